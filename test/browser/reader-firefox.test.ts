/** What the reader sees (reader-suite.ts) in Firefox ESR with the built dist/firefox. */
import { FIREFOX, browserAvailable } from './harness.js';
import { launchFirefox } from './page-driver.js';
import { defineReaderSuite } from './reader-suite.js';

defineReaderSuite('Firefox', browserAvailable(FIREFOX, 'Firefox ESR'), launchFirefox);
