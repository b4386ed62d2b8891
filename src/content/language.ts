/**
 * Is this sample of text Arabic? Persian, Urdu, Pashto, Kurdish and Sindhi share the script, so
 * counting Arabic-script letters is not enough: letters those languages add (پ چ ژ گ ک ی ے ٹ ڈ …)
 * and their function words give them away. Pure function over a string: cheap and testable.
 */

export type LanguageGuess = 'arabic' | 'other-arabic-script' | 'not-arabic-script' | 'too-little-text';

export interface LanguageEvidence {
  guess: LanguageGuess;
  arabicScriptShare: number;
  /** Share of Arabic-script letters that only other languages use. */
  foreignLetterShare: number;
  arabicWords: number;
  foreignWords: number;
}

/** Letters of Persian, Urdu, Pashto, Kurdish, Sindhi… that standard Arabic does not use. */
const FOREIGN_LETTERS = new Set('پچژگکیےۓٹڈڑںھۀہۂۃەۆێڵڕڤۇۋٺٽٿڀڦڄڃڇڍڊڌڏڳڱښڅځډړږ'.split(''));
/** Very frequent Arabic function words, normalized (no alef hamza). */
const ARABIC_WORDS = new Set(['في', 'من', 'على', 'الى', 'إلى', 'أن', 'ان', 'التي', 'الذي', 'عن', 'مع', 'هذا', 'هذه', 'كان', 'قال', 'وقال', 'بين', 'بعد', 'حتى', 'لم', 'لا', 'ما', 'وفي', 'الى', 'ذلك', 'كما', 'أو', 'او', 'إن', 'قد', 'كانت', 'عند', 'منذ', 'خلال']);
/** Function words of Persian and Urdu (written with Arabic letters only, so letters alone miss them). */
const FOREIGN_WORDS = new Set(['است', 'این', 'را', 'که', 'می', 'های', 'هم', 'شد', 'شده', 'برای', 'بود', 'کرد', 'آن', 'از', 'تا', 'اند', 'ای', 'کے', 'کی', 'ہے', 'میں', 'اور', 'سے', 'نے', 'کو', 'پر', 'ته', 'چې', 'دا', 'یې', 'لە', 'بۆ', 'ئەو']);

export function guessLanguage(sample: string): LanguageEvidence {
  let arabicScript = 0;
  let otherLetters = 0;
  let foreign = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x0620 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) {
      if ((c >= 0x064b && c <= 0x065f) || (c >= 0x0660 && c <= 0x066d) || (c >= 0x06f0 && c <= 0x06f9) || c === 0x0640) continue;
      arabicScript++;
      if (FOREIGN_LETTERS.has(ch)) foreign++;
    } else if (/\p{L}/u.test(ch)) otherLetters++;
  }
  let arabicWords = 0;
  let foreignWords = 0;
  for (const w of sample.split(/[\s\u200c.,،؛:!?؟()«»"]+/)) {
    if (!w) continue;
    if (FOREIGN_WORDS.has(w)) foreignWords++;
    else if (ARABIC_WORDS.has(w)) arabicWords++;
  }
  const letters = arabicScript + otherLetters;
  const evidence = {
    arabicScriptShare: letters ? arabicScript / letters : 0,
    foreignLetterShare: arabicScript ? foreign / arabicScript : 0,
    arabicWords,
    foreignWords,
  };
  let guess: LanguageGuess;
  if (arabicScript < 20) guess = letters < 20 ? 'too-little-text' : 'not-arabic-script';
  else if (evidence.arabicScriptShare < 0.3) guess = 'not-arabic-script';
  // Arabic news may quote one Persian name (پ in «پوتين» is rare); a steady share is another language.
  else if (evidence.foreignLetterShare > 0.01 || foreignWords > arabicWords) guess = 'other-arabic-script';
  else guess = 'arabic';
  return { guess, ...evidence };
}
