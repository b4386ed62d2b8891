/**
 * Digits that are not quantities: URLs and e-mail addresses, hashtags, time-zone offsets, phone
 * numbers, and list item numbers at the start of a line. (Codes glued to names — «F-16», «كوفيد19» — are caught where the digits
 * are read, in digit-atom.ts; codes after a head word — «القرار 2254» — in quantity.ts.)
 */
import type { Ctx } from './context.js';
import { joined, touching } from './context.js';
import { setOf } from './lookup.js';
import type { CliticPolicy } from '../text/clitics.js';
import { findReading } from '../text/clitics.js';
import { PHONE_CUES } from '../lang/ar/numbers.js';

export interface Range {
  start: number;
  end: number;
}

const PHONE_CUE = setOf(PHONE_CUES);
/** Phone cues with their proclitics and pronouns: «وبرقم», «هاتفه», «جوالها». */
const PHONE_CUE_CLITICS: CliticPolicy = { article: false, prepositions: 'بلك' };

/** The first-person «ي» (هاتفي), which the clitic reader leaves on the stem, is tried off too. */
function isPhoneCue(norm: string): boolean {
  return findReading(norm, (s) => PHONE_CUE.has(s) || (s.endsWith('ي') && PHONE_CUE.has(s.slice(0, -1))), PHONE_CUE_CLITICS) !== null;
}
const TLDS = new Set(['com', 'org', 'net', 'gov', 'edu', 'info', 'io', 'co', 'int', 'sa', 'ae', 'eg', 'qa', 'kw', 'om', 'bh', 'jo', 'lb', 'sy', 'iq', 'ma', 'dz', 'tn', 'ly', 'sd', 'ps', 'ye', 'uk', 'fr', 'de', 'tv', 'me', 'news']);
/** Longest stretch scanned around an anchor, so a pathological text cannot make the scan quadratic. */
const MAX_REACH = 300;

const isUrlChar = (c: number) => c > 0x20 && c < 0x7f && c !== 0x22 && c !== 0x3c && c !== 0x3e;
const isHostChar = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x2e || c === 0x5f;
const isLocalChar = (c: number) => isHostChar(c) || c === 0x2b || c === 0x25;

/** End of a URL-like run starting at `i` (printable ASCII without spaces or quotes). */
function runEnd(text: string, i: number): number {
  let e = i;
  while (e < text.length && e - i < MAX_REACH * 4 && isUrlChar(text.charCodeAt(e))) e++;
  // A sentence stop or closing bracket right after a URL is not part of it.
  while (e > i && '.,;:)]!?'.includes(text[e - 1])) e--;
  return e;
}

/**
 * Stretches of text where no number is read, in text order and disjoint: URLs and e-mail addresses,
 * hashtags («#كلنا_مع_السعودية_ايد_واحدة», «#دبي_10x»: a slogan, whatever number words it holds)
 * and time-zone offsets («GMT+0400», «UTC−3», «غرينتش +3»: part of a clock time, not an amount).
 */
export function excludedSpans(text: string): Range[] {
  const hashtags = text.includes('#') ? patternSpans(text, HASHTAG) : [];
  const zones = ZONE_NAME.test(text) ? patternSpans(text, ZONE_OFFSET) : [];
  return mergeSpans([...webSpans(text), ...hashtags, ...zones]);
}

const HASHTAG = /#[\p{L}\p{M}\p{N}_]+/gu;
const ZONE_OFFSET = /(?:\b(?:GMT|UTC)|غرينتش|جرينتش)\s?[+\-\u2212]\s?\d{1,2}(?::?\d{2})?/giu;
/** The zone names alone, a cheap first look before ZONE_OFFSET runs. */
const ZONE_NAME = /GMT|UTC|غرينتش|جرينتش/i;

function patternSpans(text: string, re: RegExp): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Sorted by start, overlapping or touching spans joined. */
function mergeSpans(spans: Range[]): Range[] {
  spans.sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of spans) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** URLs (with a scheme, «www.», or a bare domain with a known TLD) and e-mail addresses. */
function webSpans(text: string): Range[] {
  const out: Range[] = [];
  const add = (start: number, end: number) => {
    if (end <= start) return;
    const last = out[out.length - 1];
    if (last && start < last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  };
  // Anchors in text order: «://», «www.», «@», and dots before a known top-level domain.
  for (let i = text.indexOf('.'), at = text.indexOf('@'), sch = text.indexOf('://'); i >= 0 || at >= 0 || sch >= 0; ) {
    const next = Math.min(...[i, at, sch].filter((x) => x >= 0));
    if (next === sch) {
      let s = sch;
      while (s > 0 && sch - s < 10 && /[a-z]/i.test(text[s - 1])) s--;
      add(s, runEnd(text, sch));
      sch = text.indexOf('://', Math.max(sch + 3, out[out.length - 1]?.end ?? 0));
    } else if (next === at) {
      let s = at;
      while (s > 0 && at - s < MAX_REACH && isLocalChar(text.charCodeAt(s - 1))) s--;
      let e = at + 1;
      while (e < text.length && e - at < MAX_REACH && isHostChar(text.charCodeAt(e))) e++;
      while (e > at + 1 && text[e - 1] === '.') e--;
      if (s < at && text.slice(at + 1, e).includes('.')) add(s, e);
      at = text.indexOf('@', Math.max(at + 1, e));
    } else {
      // «www.» or a dot followed by a known top-level domain and a word end.
      let e = i + 1;
      while (e < text.length && e - i < 8 && /[a-z]/i.test(text[e])) e++;
      const tld = text.slice(i + 1, e).toLowerCase();
      const www = i >= 3 && text.slice(i - 3, i).toLowerCase() === 'www';
      if ((www || TLDS.has(tld)) && !(e < text.length && isHostChar(text.charCodeAt(e)) && text[e] !== '.' && text[e] !== '-')) {
        let s = i;
        while (s > 0 && i - s < MAX_REACH && isHostChar(text.charCodeAt(s - 1))) s--;
        if (s < i) add(s, text[e] === '/' || www ? runEnd(text, s) : e);
      }
      i = text.indexOf('.', Math.max(i + 1, out[out.length - 1]?.end ?? 0));
    }
  }
  return out;
}

const ZEROS = /^[0٠۰]/;
const DIGITS = /^[\d٠-٩۰-۹]+(?:\/[\d٠-٩۰-۹]+)*$/;

/**
 * Token index after a phone number starting at token `i` (or at the «+» before it), or -1: a
 * number after «+», a run of digit groups starting with 0, or digits after a word such as «هاتف».
 */
export function phoneEnd(ctx: Ctx, i: number): number {
  const { tokens, text } = ctx;
  let k = i;
  let plus = false;
  if (tokens[k].norm === '+') {
    if (!tokens[k + 1] || tokens[k + 1].kind !== 'number' || !touching(ctx, k)) return -1;
    plus = true;
    k++;
  } else if (tokens[k - 1]?.norm === '+' && touching(ctx, k - 1)) plus = true;
  if (tokens[k].kind !== 'number') return -1;
  let digits = 0;
  let j = k;
  let groups = 0;
  for (;;) {
    const t = tokens[j];
    if (!DIGITS.test(t.text)) break;
    digits += t.text.replace(/\//g, '').length;
    groups++;
    const sep = tokens[j + 1];
    if (groups >= 6 || !sep) break;
    if (sep.kind === 'number' && text.slice(t.end, sep.start) === ' ' && sep.text.length >= 2) {
      j++;
      continue;
    }
    if ((sep.text === '-' || sep.text === '/') && touching(ctx, j) && tokens[j + 2]?.kind === 'number' && touching(ctx, j + 1)) {
      j += 2;
      continue;
    }
    break;
  }
  if (groups === 1 && digits >= 16) return j + 1; // a long code, not a quantity
  let cue = false;
  for (let b = i - 1; b >= Math.max(0, i - 3); b--) {
    if (tokens[b].kind !== 'word') continue;
    if (isPhoneCue(tokens[b].norm)) cue = true;
  }
  const lead0 = ZEROS.test(tokens[k].text) && tokens[k].text.length >= 2;
  if (plus && digits >= 6) return j + 1;
  if (lead0 && digits >= 7) return j + 1;
  if (cue && digits >= 6 && (groups > 1 || lead0 || digits >= 7)) return j + 1;
  return -1;
}

/** «1 - », «2.», «(3)» opening a line: a list item number, not a quantity. */
export function isListMarker(ctx: Ctx, i: number): boolean {
  const { tokens, text } = ctx;
  const t = tokens[i];
  if (!/^[0-9٠-٩۰-۹]{1,2}$/.test(t.text)) return false;
  let b = i - 1;
  if (tokens[b] && tokens[b].text === '(' && touching(ctx, b)) b--;
  const lineStart = b < 0 || /[\n\r\u2029]/.test(text.slice(tokens[b].end, tokens[b + 1].start));
  if (!lineStart) return false;
  const n = tokens[i + 1];
  return n !== undefined && joined(ctx, i) && (n.norm === '-' || n.text === '.' || n.text === ')' || n.text === ':');
}
