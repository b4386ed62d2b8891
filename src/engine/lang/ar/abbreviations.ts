/**
 * Words that end with a dot without ending the sentence, without the final dot, written as usual
 * (sentences.ts normalizes them). Single letters (Arabic or Latin) are handled as a rule; a letter
 * right after a number («2015م.») ends the sentence.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Arabic
  'د', 'م', 'ه', 'هـ', 'ص', 'ج', 'ق', 'ب', 'ت', 'س', 'ش', 'ا', 'أ', 'ك', 'كم', 'مم', 'سم', 'كغ', 'كلغ', 'ملم', 'مج',
  'ق.م', 'ص.ب', 'م.ب', 'ش.م', 'ش.م.م', 'أ.د', 'ا.د', 'ط', 'ع', 'ن', 'كجم', 'كلم', 'ج.م.ع', 'م.م', 'ر.س', 'د.ك',
  // Latin
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
]);

/**
 * The Latin letters' names as Arabic writes them, spelled in the ways news uses: a foreign
 * acronym is written as its letters joined by dots («سي.إن.إن» CNN, «إف.بي.آي» FBI, «زد.تي.إي»
 * ZTE).
 */
export const LATIN_LETTER_NAMES: readonly string[] = [
  'إيه', 'ايه', 'أيه', 'آيه', 'بي', 'سي', 'دي', 'إي', 'اي', 'إف', 'اف', 'جي', 'جيه', 'إتش', 'اتش', 'إيتش', 'ايتش',
  'آي', 'أي', 'جاي', 'كيه', 'كاي', 'كي', 'إل', 'إم', 'ام', 'إن', 'ان', 'أو', 'او', 'كيو', 'آر', 'ار', 'إس', 'اس',
  'تي', 'يو', 'في', 'دبليو', 'إكس', 'اكس', 'واي', 'زد', 'زي',
];
