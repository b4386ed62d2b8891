/** The hostile and huge pages (hostile-suite.ts) in headless Chromium with the built extension. */
import { CHROMIUM, browserAvailable } from './harness.js';
import { launchChromium } from './page-driver.js';
import { defineHostileSuite } from './hostile-suite.js';

defineHostileSuite('Chromium', browserAvailable(CHROMIUM, 'Chromium'), launchChromium);
