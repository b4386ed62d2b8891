/** The in-page tests (page-suite.ts) in headless Chromium with the built dist/chrome. */
import { CHROMIUM, browserAvailable } from './harness.js';
import { launchChromium } from './page-driver.js';
import { definePageSuite } from './page-suite.js';

definePageSuite('Chromium', browserAvailable(CHROMIUM, 'Chromium'), launchChromium);
