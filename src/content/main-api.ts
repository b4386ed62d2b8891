/**
 * The handshake between the always-loaded content script (`index.ts`) and the full one
 * (`main.ts`), which the worker injects into the same isolated world: one global, one interface.
 */
import type { Detection } from './detect.js';

/** Name of the global in the content script's world (pages cannot see it). */
export const MAIN_GLOBAL = '__isnadContentMain';

export interface MainApi {
  /** Starts the page controller (once) with the always-loaded script's language verdict. */
  start(detection: Detection): void;
}
