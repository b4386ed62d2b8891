/** The in-page tests (page-suite.ts) in Firefox ESR with the built dist/firefox. */
import { FIREFOX, browserAvailable } from './harness.js';
import { launchFirefox } from './page-driver.js';
import { definePageSuite } from './page-suite.js';

definePageSuite('Firefox', browserAvailable(FIREFOX, 'Firefox ESR'), launchFirefox);
