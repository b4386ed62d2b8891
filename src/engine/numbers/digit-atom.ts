/**
 * A number written in digits, read with what is glued to it: a detached proclitic («الـ70»، «بـ30»),
 * a sign («-5»), a leading decimal point («.77»), thousands grouped by spaces («40 000») and a
 * mixed fraction («2 1/4»). Digits glued to a name or code («F-16»، «كوفيد19»، «#2020») are an
 * identifier, so the caller skips them.
 */
import type { Ctx } from './context.js';
import { joined, touching } from './context.js';
import type { DigitRead } from './digits.js';
import { readDigits } from './digits.js';
import { DETACHED_PROCLITICS } from '../lang/ar/clitics.js';
import { APPROX_BEFORE, NOT_COUNTED, PERCENT_BEFORE } from '../lang/ar/numbers.js';
import { YEAR_HEADS } from '../lang/ar/dates.js';
import { numberWord } from './words.js';
import { isCurrencySymbol, isCurrencyWord } from './units.js';
import { PERCENT_AFTER } from '../lang/ar/numbers.js';
import { normalizeWord } from '../text/normalize.js';

/**
 * Words that news text sometimes glues to the number after them by a lost space («حوالى100»،
 * «عامي1987»): the digits are still a number, not part of a name.
 */
const PERCENT_WORDS: ReadonlySet<string> = new Set(PERCENT_AFTER.filter((p) => !p.includes(' ')).map(normalizeWord));
const PERCENT_AFTER_WORD: ReadonlySet<string> = new Set(PERCENT_AFTER.filter((p) => p.includes(' ')).map((p) => normalizeWord(p.split(' ')[1])));
const PERCENT_BEFORE_WORD: ReadonlySet<string> = new Set(PERCENT_AFTER.filter((p) => p.includes(' ')).map((p) => normalizeWord(p.split(' ')[0])));

const GLUE_OK: ReadonlySet<string> = new Set(
  [...APPROX_BEFORE.map((p) => p.split(' ')[0]), ...NOT_COUNTED, ...YEAR_HEADS, ...PERCENT_BEFORE].map(normalizeWord),
);

/** A number written in digits, with what is glued to it. */
export interface DigitAtom {
  /** First and after-last token of the atom (the proclitic, sign or leading dot included). */
  first: number;
  last: number;
  /** Offsets of the number itself (sign and leading dot included, proclitic excluded). */
  start: number;
  end: number;
  read: DigitRead;
  /** Value with sign and leading dot applied (for reads of type 'number'). */
  value: number;
  /** Written with the definite article glued: «الـ70», «ال53». */
  definite: boolean;
  /** Index of the token holding the digits. */
  numberToken: number;
}

const SIGNS = new Set(['-', '−', '‐', '‑']);

/** The token before `k` glues an identifier to the number (F-16، كوفيد19، #2020، A4). */
function gluedToName(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx;
  const p = tokens[k - 1];
  if (!p || !touching(ctx, k - 1)) return false;
  if (p.kind === 'latin') return true;
  if (p.kind === 'word') return !DETACHED_PROCLITICS.has(p.norm) && !GLUE_OK.has(p.norm) && !GLUE_OK.has(p.norm.slice(1));
  if (p.kind === 'punct') {
    if (p.text === '_' || p.text === '#' || p.text === '@') return true;
    if (p.norm === '-' || p.text === '/') {
      const q = tokens[k - 2];
      return q !== undefined && touching(ctx, k - 2) && (q.kind === 'latin' || q.kind === 'word');
    }
  }
  return false;
}

/**
 * The digits atom at token `k` (a number token, or a detached proclitic such as «الـ» or «بـ»
 * glued to one), or null; 'identifier' when the digits belong to a name or code.
 */
export function digitAtom(ctx: Ctx, k: number): DigitAtom | 'identifier' | null {
  const at = digitsToken(ctx, k);
  if (at === null || at === 'identifier') return at;
  const nt = ctx.tokens[at.numberToken];
  const after = ctx.tokens[at.numberToken + 1];
  if (after && touching(ctx, at.numberToken) && after.kind === 'latin') return 'identifier';
  const read = readDigits(nt.text, nt.start);
  const value = read.type === 'number' ? read.value : read.type === 'fraction' ? read.value : NaN;
  const a: DigitAtom = { first: k, last: at.numberToken + 1, start: nt.start, end: nt.end, read, value, definite: at.definite, numberToken: at.numberToken };
  if (at.numberToken === k) {
    leadingPoint(ctx, a);
    sign(ctx, a);
  }
  groupingDot(ctx, a);
  arabicCommaDecimal(ctx, a);
  if (!spaceGroups(ctx, a)) mixedFraction(ctx, a);
  return a;
}

/** The token holding the digits: `k` itself, or the one after a detached proclitic («الـ70»). */
function digitsToken(ctx: Ctx, k: number): { numberToken: number; definite: boolean } | 'identifier' | null {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t) return null;
  if (t.kind === 'word') {
    if (!DETACHED_PROCLITICS.has(t.norm)) return null;
    const nt = tokens[k + 1];
    if (!nt || nt.kind !== 'number') return null;
    // «الـ70» glued; «لـ 5» apart only after a tatweel, which marks a detached clitic.
    if (!touching(ctx, k) && !(t.text.endsWith('ـ') && joined(ctx, k))) return null;
    return { numberToken: k + 1, definite: t.norm.endsWith('ال') || t.norm.endsWith('لل') };
  }
  if (t.kind !== 'number') return null;
  if (gluedToName(ctx, k)) return 'identifier';
  return { numberToken: k, definite: false };
}

/**
 * «40.000 حالة», «10.200 ميغاوات»: one dot before three digits groups thousands, except before a
 * scale («2.500 مليون»), a percent («5.625%») or a currency («2.866 ريال», «1.985 دينار», prices
 * with three decimals), where it is a decimal point unless the three digits are «000».
 */
function groupingDot(ctx: Ctx, a: DigitAtom): void {
  const r = a.read;
  if (r.type !== 'number' || r.thousands === undefined || a.first !== a.numberToken) return;
  const { tokens } = ctx;
  const nt = tokens[a.last];
  const next = nt && joined(ctx, a.last - 1) ? nt : undefined;
  const w = next && next.kind === 'word' ? numberWord(next.norm) : null;
  if (w && (w.scale || w.approxPlural !== undefined)) return;
  if (next && (next.norm === '%' || PERCENT_WORDS.has(next.norm) || (PERCENT_BEFORE_WORD.has(next.norm) && PERCENT_AFTER_WORD.has(tokens[a.last + 1]?.norm ?? '')))) return;
  const money = (next && (isCurrencyWord(next.norm) || isCurrencySymbol(next.norm))) || (tokens[a.first - 1] !== undefined && isCurrencySymbol(tokens[a.first - 1].norm) && touching(ctx, a.first - 1));
  if (money && !tokens[a.numberToken].norm.endsWith('.000')) return;
  a.value = (a.value < 0 ? -1 : 1) * r.thousands;
}

/**
 * «2،6 مليون», «69،4 في المئة»: the Arabic comma as a decimal comma, between digits it touches and
 * before a scale or a percent (elsewhere it separates a list: «الدقيقتين 70،76»).
 */
function arabicCommaDecimal(ctx: Ctx, a: DigitAtom): void {
  const r = a.read;
  if (r.type !== 'list' || r.decimal === undefined) return;
  const { tokens } = ctx;
  const k = a.last;
  const next = tokens[k];
  if (!next || !joined(ctx, k - 1)) return;
  const w = next.kind === 'word' ? numberWord(next.norm) : null;
  const scale = w !== null && w.scale !== undefined && !w.conj;
  const percent = next.norm === '%' || PERCENT_WORDS.has(next.norm) || (PERCENT_BEFORE_WORD.has(next.norm) && PERCENT_AFTER_WORD.has(tokens[k + 1]?.norm ?? ''));
  if (!scale && !percent) return;
  const whole = r.groups[0];
  a.read = { type: 'number', value: r.decimal, integer: false, plain: false, intDigits: whole.digits.replace(/^0+(?=\d)/, '').length };
  a.value = (a.value < 0 ? -1 : 1) * r.decimal;
}

/** A leading decimal point: «.77», «٫٧٧». */
function leadingPoint(ctx: Ctx, a: DigitAtom): void {
  const { tokens } = ctx;
  const k = a.numberToken;
  if (a.read.type !== 'number' || !a.read.plain) return;
  const p = tokens[k - 1];
  if (p && touching(ctx, k - 1) && (p.text === '.' || p.text === '٫') && !(tokens[k - 2] && touching(ctx, k - 2) && tokens[k - 2].kind === 'number')) {
    a.value = Number(`0.${tokens[k].norm}`);
    a.first = k - 1;
    a.start = p.start;
  }
}

/** A minus sign glued to the number and not between two numbers («-5», not «10-20»). */
function sign(ctx: Ctx, a: DigitAtom): void {
  const { tokens } = ctx;
  if (a.read.type !== 'number' && a.read.type !== 'fraction') return;
  const p = tokens[a.first - 1];
  if (!p || !touching(ctx, a.first - 1) || !SIGNS.has(p.text)) return;
  const q = tokens[a.first - 2];
  const between = q !== undefined && (q.kind === 'number' || q.kind === 'word' || q.kind === 'latin') && touching(ctx, a.first - 2);
  if (between) return;
  a.value = -a.value;
  a.first -= 1;
  a.start = p.start;
}

const GROUP_SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009']);

/** Thousands grouped by spaces: «1 234 567», «40 000». True when groups were joined. */
function spaceGroups(ctx: Ctx, a: DigitAtom): boolean {
  const { tokens, text } = ctx;
  const nt = tokens[a.numberToken];
  if (a.read.type !== 'number' || !a.read.plain || a.read.intDigits > 3 || text.slice(a.start, nt.start).includes('.')) return false;
  let v = nt.norm;
  let j = a.numberToken;
  while (j + 1 < tokens.length) {
    const u = tokens[j + 1];
    if (u.kind !== 'number' || !GROUP_SPACES.has(text.slice(tokens[j].end, u.start))) break;
    const r = readDigits(u.text, u.start);
    if (r.type !== 'number' || !/^\d{3}(\.\d+)?$/.test(u.norm) || (r.plain === false && !u.norm.includes('.'))) break;
    const nx = tokens[j + 2];
    if (nx && touching(ctx, j + 1) && (nx.kind === 'latin' || nx.text === '/')) break;
    v += u.norm;
    j++;
    if (u.norm.includes('.')) break;
  }
  if (j === a.numberToken) return false;
  a.value = (a.value < 0 ? -1 : 1) * Number(v);
  a.last = j + 1;
  a.end = tokens[j].end;
  return true;
}

/** A mixed fraction: «2 1/4». */
function mixedFraction(ctx: Ctx, a: DigitAtom): void {
  const { tokens } = ctx;
  if (a.read.type !== 'number' || !a.read.plain) return;
  const u = tokens[a.last];
  if (!u || u.kind !== 'number' || ctx.text.slice(a.end, u.start) !== ' ') return;
  const r = readDigits(u.text, u.start);
  if (r.type !== 'fraction' || r.num >= r.den || (tokens[a.last + 1] && touching(ctx, a.last) && tokens[a.last + 1].text === '/')) return;
  a.value = a.value < 0 ? a.value - r.value : a.value + r.value;
  a.last += 1;
  a.end = u.end;
}
