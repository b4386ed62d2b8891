/**
 * The handshake between the content script's language stage (`language-stage.ts`) and the full
 * script (`main.ts`), both injected by the worker into the same isolated world: one global, one
 * interface.
 */
import type { Detection } from './detect/language-verdict.js';

/** Name of the global in the content script's world (pages cannot see it). */
export const MAIN_GLOBAL = '__isnadContentMain';

export interface MainApi {
  /** Starts the page controller (once) with the language stage's verdict. */
  start(detection: Detection): void;
}
