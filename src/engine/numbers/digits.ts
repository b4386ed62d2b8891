/**
 * Reading one number token written in digits (Western, Arabic-Indic or Persian) with its inner
 * separators: 1,234,567 · ١٬٢٣٤ · ١،٢٣٤،٥٦٧ · 12.5 · ١٢٫٥ · 1,5 · 3/4 · 15/10/1436 · 18:02.
 *
 * Separator rules, in the order news uses them: a comma followed by groups of exactly three
 * digits groups thousands; a single comma followed by anything else is a decimal comma (1,5 مليون,
 * the Maghrebi and European habit); a single dot or ٫ is a decimal point; several dots are a date
 * (15.10.2015) or an identifier (192.168.1.2); when two different separators appear, the last one
 * is the decimal mark. A slash makes a fraction (3/4) or, with three parts, a date whose numeric
 * parts are reported separately; a colon makes a clock time.
 */

export interface DigitGroup {
  /** ASCII digits of the group. */
  digits: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
}

export type DigitRead =
  | {
      type: 'number';
      value: number;
      integer: boolean;
      /** no separator at all */
      plain: boolean;
      intDigits: number;
      /**
       * One dot before exactly three digits («40.000», «2.500»): the value if the dot groups
       * thousands, as it often does in this register; the context decides (digit-atom.ts).
       */
      thousands?: number;
    }
  | { type: 'fraction'; num: number; den: number; value: number; groups: DigitGroup[] }
  | { type: 'time'; value: number; hours: number; minutes: number }
  | { type: 'date'; groups: DigitGroup[]; sep: string }
  | {
      type: 'list';
      groups: DigitGroup[];
      /** «2،6»: the value if the Arabic comma is a decimal comma; the context decides (digit-atom.ts). */
      decimal?: number;
    }
  | { type: 'identifier' };

/** Value of a digit character in any of the three digit sets, or -1. */
function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  return -1;
}

/** The separator a character stands for, or '' when it is not one. */
function separatorOf(c: number): string {
  switch (c) {
    case 0x2e:
    case 0x066b: // Arabic decimal separator
      return '.';
    case 0x2c:
      return ',';
    case 0x066c: // Arabic thousands separator
      return "'";
    case 0x060c: // Arabic comma
      return '،';
    case 0x2f:
      return '/';
    case 0x3a:
      return ':';
    default:
      return '';
  }
}

/** Splits a number token's text into digit groups and the separators between them. */
function digitGroups(text: string, offset: number): { groups: DigitGroup[]; seps: string[] } {
  const groups: DigitGroup[] = [];
  const seps: string[] = [];
  let cur = '';
  let curStart = -1;
  let curEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const d = digitValue(c);
    if (d >= 0) {
      if (curStart < 0) curStart = offset + i;
      cur += String.fromCharCode(0x30 + d);
      curEnd = offset + i + 1;
      continue;
    }
    const s = separatorOf(c);
    if (s && cur) {
      groups.push({ digits: cur, start: curStart, end: curEnd });
      seps.push(s);
      cur = '';
      curStart = -1;
    }
    // Anything else (invisible bidi marks) is skipped.
  }
  if (cur) groups.push({ digits: cur, start: curStart, end: curEnd });
  return { groups, seps };
}

function isThousandsSep(s: string): boolean {
  return s === ',' || s === "'" || s === '،';
}

function number(intPart: string, frac: string | null): DigitRead {
  const value = Number(frac === null ? intPart : `${intPart}.${frac}`);
  return { type: 'number', value, integer: frac === null || /^0*$/.test(frac), plain: false, intDigits: intPart.replace(/^0+(?=\d)/, '').length };
}

/** True when three groups read as a plausible day/month/year (either order of day and month). */
function plausibleDate(g: DigitGroup[]): boolean {
  if (g.length !== 3) return false;
  const [a, b, c] = g.map((x) => Number(x.digits));
  const yearFirst = g[0].digits.length === 4;
  const yearLast = g[2].digits.length === 4 || g[2].digits.length === 2;
  if (yearFirst) return b >= 1 && b <= 12 && c >= 1 && c <= 31;
  if (!yearLast) return false;
  return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
}

export function readDigits(text: string, offset: number): DigitRead {
  const { groups: g, seps } = digitGroups(text, offset);
  if (g.length === 0) return { type: 'identifier' };
  if (g.length === 1) {
    const d = g[0].digits;
    return { type: 'number', value: Number(d), integer: true, plain: true, intDigits: d.replace(/^0+(?=\d)/, '').length };
  }
  const kinds = new Set(seps);
  if (kinds.size === 1) {
    const s = seps[0];
    if (s === ':') {
      const [h, m] = [Number(g[0].digits), Number(g[1].digits)];
      if (g.length <= 3 && h <= 24 && g[1].digits.length === 2 && m < 60) return { type: 'time', value: Number(`${h}.${g[1].digits}`), hours: h, minutes: m };
      return { type: 'list', groups: g };
    }
    if (s === '/') {
      if (g.length === 2) {
        const num = Number(g[0].digits);
        const den = Number(g[1].digits);
        // «2014/2015»: a season of two years, not a fraction.
        if (g[0].digits.length === 4 && g[1].digits.length === 4 && num >= 1300 && den > num && den - num <= 5) return { type: 'list', groups: g };
        if (den === 0) return { type: 'list', groups: g };
        return { type: 'fraction', num, den, value: num / den, groups: g };
      }
      return plausibleDate(g) ? { type: 'date', groups: g, sep: '/' } : { type: 'list', groups: g };
    }
    const tail3 = g.slice(1).every((x) => x.digits.length === 3) && g[0].digits.length <= 3;
    if (s === '.') {
      if (g.length === 2) {
        const n = number(g[0].digits, g[1].digits);
        if (n.type === 'number' && g[1].digits.length === 3 && g[0].digits.length <= 3 && g[0].digits[0] !== '0') n.thousands = Number(g[0].digits + g[1].digits);
        return n;
      }
      if (plausibleDate(g)) return { type: 'date', groups: g, sep: '.' };
      if (tail3) return number(g.map((x) => x.digits).join(''), null);
      return { type: 'identifier' };
    }
    // Commas of one kind.
    if (tail3) return number(g.map((x) => x.digits).join(''), null);
    if (g.length === 2 && s === ',') return number(g[0].digits, g[1].digits);
    if (g.length === 2 && s === '،' && g[1].digits.length <= 2) return { type: 'list', groups: g, decimal: Number(`${g[0].digits}.${g[1].digits}`) };
    return { type: 'list', groups: g };
  }
  // Two kinds of separators: the last one is the decimal mark, the others group thousands.
  const last = seps[seps.length - 1];
  const before = seps.slice(0, -1);
  if (before.every((s) => s !== last && (isThousandsSep(s) || s === '.')) && new Set(before).size === 1 && last !== '/' && last !== ':' && !before.includes('/') && !before.includes(':')) {
    const head = g.slice(0, -1);
    if (head.slice(1).every((x) => x.digits.length === 3) && head[0].digits.length <= 3)
      return number(head.map((x) => x.digits).join(''), g[g.length - 1].digits);
  }
  return { type: 'identifier' };
}
