/**
 * Arabic character classes, defined once (as CAMeL Tools' `utils/charsets.py`). Every table and
 * predicate that asks "is this a letter, a mark, a digit, an invisible control?" is built from
 * these ranges, so the tokenizer, the normalizer, the number reader and the page's language check
 * cannot drift apart. Ranges are inclusive UTF-16 code units (everything here is in the BMP).
 */

export type CodeRange = readonly [from: number, to: number];

/** Arabic letters: base block (tatweel U+0640 and superscript alef U+0670 left out), supplement, extended-A and presentation forms. */
export const ARABIC_LETTERS: readonly CodeRange[] = [
  [0x0621, 0x063f],
  [0x0641, 0x064a],
  [0x066e, 0x066f],
  [0x0671, 0x06d3],
  [0x06d5, 0x06d5],
  [0x06ee, 0x06ef],
  [0x06fa, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08d2],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefc],
];

/** Harakat, tanwin, shadda, sukun, hamza above/below (U+064B–U+065F). */
const HARAKAT: CodeRange = [0x064b, 0x065f];
/** The superscript (dagger) alef. */
const SUPERSCRIPT_ALEF = 0x0670;
/** Tatweel (kashida): a stretch of the baseline, never a letter. */
export const TATWEEL = 0x0640;
/** Honorific and Quranic signs written above or below letters (U+0610–U+061A). */
const QURANIC_SIGNS: CodeRange = [0x0610, 0x061a];
/** Quranic annotation marks (U+06D6–U+06ED); small waw and small yeh among them are letters in some orthographies. */
const QURANIC_MARKS: CodeRange = [0x06d6, 0x06ed];
export const SMALL_LETTERS: readonly number[] = [0x06e5, 0x06e6];
/** Extended-A combining marks (U+08D3–U+08FF). */
const EXTENDED_MARKS: CodeRange = [0x08d3, 0x08ff];

/** Every combining mark of the Arabic script, small letters excepted: what "diacritics removed" removes. */
export const ARABIC_MARKS: readonly CodeRange[] = [
  QURANIC_SIGNS,
  HARAKAT,
  [SUPERSCRIPT_ALEF, SUPERSCRIPT_ALEF],
  [QURANIC_MARKS[0], SMALL_LETTERS[0] - 1],
  [SMALL_LETTERS[1] + 1, QURANIC_MARKS[1]],
  EXTENDED_MARKS,
];

/** Zero-width non-joiner and joiner: shape letters, sit inside words. */
export const ZERO_WIDTH_JOINERS: readonly number[] = [0x200c, 0x200d];

/**
 * Invisible bidi and format controls: marks (LRM, RLM, ALM), embeddings, overrides and isolates.
 * Pages use them to reorder what is displayed («gnp.exe» shown as «exe.png»).
 */
export const BIDI_CONTROLS: readonly CodeRange[] = [
  [0x200e, 0x200f],
  [0x061c, 0x061c],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];

/** Other invisible format characters: zero-width space, word joiner and friends, BOM, soft hyphen. */
export const INVISIBLE_FORMAT: readonly CodeRange[] = [
  [0x200b, 0x200b],
  [0x2060, 0x2064],
  [0xfeff, 0xfeff],
  [0x00ad, 0x00ad],
  [0x180e, 0x180e],
];

/** First code unit of the Arabic-Indic digits ٠–٩ and of the Extended (Persian/Urdu) digits ۰–۹. */
export const ARABIC_INDIC_ZERO = 0x0660;
export const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

const inRanges = (c: number, ranges: readonly CodeRange[]): boolean => {
  for (const [a, b] of ranges) if (c >= a && c <= b) return true;
  return false;
};

/** A combining mark of the Arabic script (harakat, superscript alef, Quranic signs), tatweel excluded. */
export function isArabicMark(c: number): boolean {
  return inRanges(c, ARABIC_MARKS);
}

export function isArabicLetter(c: number): boolean {
  return inRanges(c, ARABIC_LETTERS);
}

/** Arabic-Indic or Extended Arabic-Indic digit. */
export function isArabicDigit(c: number): boolean {
  return (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) || (c >= EXTENDED_ARABIC_INDIC_ZERO && c <= EXTENDED_ARABIC_INDIC_ZERO + 9);
}

function isBidiControl(c: number): boolean {
  return inRanges(c, BIDI_CONTROLS);
}

/** Invisible characters a reader cannot see but a page can use to disguise text. */
export function isInvisibleControl(c: number): boolean {
  return isBidiControl(c) || inRanges(c, INVISIBLE_FORMAT);
}

/** A regular-expression character class source for a list of ranges, e.g. `[\u0610-\u061a…]`. */
export function charClass(ranges: readonly CodeRange[], extra: readonly number[] = []): string {
  const hex = (c: number) => '\\u' + c.toString(16).padStart(4, '0');
  const parts = ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`));
  return `[${parts.join('')}${extra.map(hex).join('')}]`;
}

const MARKS_AND_TATWEEL = new RegExp(charClass(ARABIC_MARKS, [TATWEEL]), 'g');

/** The text with Arabic marks and tatweel removed and nothing else changed (letters keep their shape). */
export function stripMarks(text: string): string {
  return text.replace(MARKS_AND_TATWEEL, '');
}
