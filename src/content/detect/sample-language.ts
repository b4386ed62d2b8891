/**
 * Is this sample of text Arabic? Persian, Urdu, Pashto, Kurdish, Sindhi and Uyghur share the
 * script, so counting Arabic-script letters is not enough. Three kinds of evidence tell them
 * apart, each robust where another is weak:
 *  - letters the other languages add (پ چ ژ گ ٹ ڈ ے ە ښ …): a steady share means another
 *    language, while one foreign name in an Arabic story stays well under the threshold;
 *  - the Arabic definite article: a quarter of Arabic words start with «ال», a few percent of
 *    Persian or Urdu words (loanwords) do;
 *  - very frequent function words of each language.
 * Pure function over a string: cheap and testable. The tables live in `language-data.ts`.
 */
import { TATWEEL, isArabicDigit, isArabicMark } from '../../engine/text/charset.js';
import { languageTables } from './language-data.js';

type LanguageGuess = 'arabic' | 'other-arabic-script' | 'not-arabic-script' | 'too-little-text';

export interface LanguageEvidence {
  guess: LanguageGuess;
  /** Share of all letters that are Arabic-script. */
  arabicScriptShare: number;
  /** Share of Arabic-script letters that standard Arabic never uses (پ چ ژ گ ٹ ے ە …). */
  foreignLetterShare: number;
  /** Share of Arabic-script words starting with the definite article «ال». */
  definiteArticleShare: number;
  arabicWords: number;
  foreignWords: number;
}

/** Below this many Arabic-script letters a sample says nothing either way. */
const MIN_LETTERS = 20;
/** Thresholds, measured on the test pages (see test/content/language.test.ts). */
const MIN_SCRIPT_SHARE = 0.3;
const MAX_FOREIGN_LETTER_SHARE = 0.012;
const MAX_FOREIGN_LETTER_SHARE_IN_ARABIC = 0.05;
const MIN_DEFINITE_ARTICLE_SHARE = 0.08;
const STRONG_DEFINITE_ARTICLE_SHARE = 0.12;

function isArabicScript(c: number): boolean {
  return (c >= 0x0620 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfeff);
}

/** Marks, digits, tatweel and the script's own punctuation are Arabic-script code points but not letters. */
function isArabicNonLetter(c: number): boolean {
  return isArabicMark(c) || isArabicDigit(c) || c === TATWEEL || (c >= 0x066a && c <= 0x066d);
}

function isOtherLetter(c: number): boolean {
  // ASCII and Latin-1 letters are checked without a regex: this runs on every non-Arabic page.
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c < 0x100) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  return /\p{L}/u.test(String.fromCharCode(c));
}

const WORD_SPLIT = /[\s\u200c\u200f\u200e.,،؛:!?؟()[\]«»"'“”\-–—/]+/;

export function guessLanguage(sample: string): LanguageEvidence {
  let arabicScript = 0;
  let otherLetters = 0;
  let strong = 0;
  let tables: ReturnType<typeof languageTables> | null = null;
  let weak = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x41) continue;
    if (isArabicScript(c)) {
      if (isArabicNonLetter(c)) continue;
      arabicScript++;
      tables ??= languageTables();
      if (tables.strongForeignLetters.has(c)) strong++;
      else if (tables.weakForeignLetters.has(c)) weak++;
    } else if (isOtherLetter(c)) otherLetters++;
  }
  const letters = arabicScript + otherLetters;
  const empty = { arabicScriptShare: letters ? arabicScript / letters : 0, foreignLetterShare: 0, definiteArticleShare: 0, arabicWords: 0, foreignWords: 0 };
  if (arabicScript < MIN_LETTERS) return { guess: letters < MIN_LETTERS ? 'too-little-text' : 'not-arabic-script', ...empty };
  if (empty.arabicScriptShare < MIN_SCRIPT_SHARE) return { guess: 'not-arabic-script', ...empty };

  const { arabicWords: ARABIC_FUNCTION_WORDS, otherWords: OTHER_FUNCTION_WORDS } = languageTables();
  let arabicWords = 0;
  let foreignWords = 0;
  let scriptWords = 0;
  let definite = 0;
  for (const w of sample.split(WORD_SPLIT)) {
    if (!w || !isArabicScript(w.charCodeAt(0))) continue;
    scriptWords++;
    if (OTHER_FUNCTION_WORDS.has(w)) foreignWords++;
    else if (ARABIC_FUNCTION_WORDS.has(w)) arabicWords++;
    // «ال», with or without a clitic (وال، بال، فال، لل، كال).
    if (w.length > 3 && (w.startsWith('ال') || (w.length > 4 && /^[وفبك]ال|^لل/.test(w)))) definite++;
  }
  // Persian keyboards type ی and ک for Arabic ي and ك: those two only count when the page also
  // uses letters no Arabic keyboard has.
  const foreign = strong > 0 ? strong + weak : strong;
  const evidence = {
    arabicScriptShare: empty.arabicScriptShare,
    foreignLetterShare: foreign / arabicScript,
    definiteArticleShare: scriptWords ? definite / scriptWords : 0,
    arabicWords,
    foreignWords,
  };
  return { guess: decide(evidence), ...evidence };
}

function decide(e: Omit<LanguageEvidence, 'guess'>): LanguageGuess {
  if (e.foreignWords > e.arabicWords) return 'other-arabic-script';
  // Plainly Arabic prose (the article everywhere, Arabic function words, none of the others'):
  // a few foreign letters are names («گرگان»), not another language.
  const plainlyArabic = e.definiteArticleShare >= STRONG_DEFINITE_ARTICLE_SHARE && e.arabicWords >= 3 && e.foreignWords * 4 <= e.arabicWords;
  if (e.foreignLetterShare > (plainlyArabic ? MAX_FOREIGN_LETTER_SHARE_IN_ARABIC : MAX_FOREIGN_LETTER_SHARE)) return 'other-arabic-script';
  if (e.definiteArticleShare < MIN_DEFINITE_ARTICLE_SHARE && e.arabicWords < 3) return 'other-arabic-script';
  return 'arabic';
}
