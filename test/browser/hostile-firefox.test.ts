/** The hostile and huge pages (hostile-suite.ts) in Firefox ESR with the built extension. */
import { FIREFOX, browserAvailable } from './harness.js';
import { launchFirefox } from './page-driver.js';
import { defineHostileSuite } from './hostile-suite.js';

defineHostileSuite('Firefox', browserAvailable(FIREFOX, 'Firefox ESR'), launchFirefox);
