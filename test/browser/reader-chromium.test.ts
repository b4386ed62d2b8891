/** What the reader sees (reader-suite.ts) in headless Chromium with the built dist/chrome. */
import { CHROMIUM, browserAvailable } from './harness.js';
import { launchChromium } from './page-driver.js';
import { defineReaderSuite } from './reader-suite.js';

defineReaderSuite('Chromium', browserAvailable(CHROMIUM, 'Chromium'), launchChromium);
