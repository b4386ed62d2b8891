/**
 * The always-loaded content script, kept tiny on purpose: it runs on every page the user opens.
 * It reads the lang attribute and the title (`quick-language.ts`) and, on a page that is clearly
 * not Arabic, stops there: no listener, no timer, nothing kept. On a page that may be Arabic it
 * asks the worker for the next stage (`language-stage.ts`: the text sample), which in turn brings
 * in the full content script on Arabic pages.
 *
 * It never changes the page, and an error here must never break the page it runs on.
 */
import { ext } from './ext.js';
import { quickLanguage } from './quick-language.js';

try {
  if (!quickLanguage(document)) void ext()?.runtime.sendMessage({ type: 'load-content', payload: { part: 'language' } }).catch(() => undefined);
} catch {
  // Never let the extension break the page.
}
