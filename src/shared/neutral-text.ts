/**
 * Page text made safe to show and export. A page can hide controls in its text: a right-to-left
 * override (U+202E) shows «gnp.exe» as «exe.png», embeddings and isolates reorder words, marks
 * and zero-width characters hide in names and quotes. Code review tools show such characters
 * instead of obeying them; Isnad does the same wherever page text leaves the page (hover card,
 * popup, exports):
 *  - a control that reorders text (embedding, override, isolate, and their ends) becomes a
 *    visible U+FFFD, so the reader sees that something was hidden there and nothing is reordered;
 *  - any other invisible control (marks, zero-width and format characters: charset.ts
 *    `isInvisibleControl`) becomes U+034F COMBINING GRAPHEME JOINER, which shows nothing, joins
 *    Arabic letters through (as they were), and has no effect on direction.
 * Every replacement is one code unit for one, so offsets into the text stay valid and slicing
 * before or after neutralising gives the same result. Real Arabic news has such characters
 * legitimately (in 31,397 ANT articles: RLM in 120, PDF in 78, LRO in 44), so the inert
 * replacement keeps the common marks quiet.
 */
import { BIDI_CONTROLS, INVISIBLE_FORMAT, charClass, isInvisibleControl } from '../engine/text/charset.js';

/** The bidi controls that reorder what is shown (the rest of BIDI_CONTROLS are marks). */
export const REORDERING_CONTROLS = [
  [0x202a, 0x202e],
  [0x2066, 0x2069],
] as const;

export const SHOWN_INSTEAD = '\ufffd';
export const INERT = '\u034f';

const ANY = new RegExp(charClass([...BIDI_CONTROLS, ...INVISIBLE_FORMAT]), 'g');
const isReordering = (c: number) => REORDERING_CONTROLS.some(([a, b]) => c >= a && c <= b);

/** The text with every invisible control neutralised (same length, same offsets). */
export function neutralise(text: string): string {
  ANY.lastIndex = 0;
  if (!ANY.test(text)) return text;
  ANY.lastIndex = 0;
  return text.replace(ANY, (ch) => {
    const c = ch.charCodeAt(0);
    return isReordering(c) ? SHOWN_INSTEAD : isInvisibleControl(c) ? INERT : ch;
  });
}

/** Every string in a JSON-like value neutralised (objects and arrays copied only where something changed). */
export function neutraliseDeep<T>(value: T): T {
  if (typeof value === 'string') return neutralise(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((x) => {
      const y = neutraliseDeep(x);
      changed ||= y !== x;
      return y;
    });
    return (changed ? out : value) as T;
  }
  if (value && typeof value === 'object') {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(value)) {
      const y = neutraliseDeep(x);
      changed ||= y !== x;
      out[k] = y;
    }
    return (changed ? out : value) as T;
  }
  return value;
}
