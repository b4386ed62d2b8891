/**
 * Clitics, normalized. Proclitics attach in a fixed order: conjunction, then preposition (or the
 * future particle س), then the article ال: «وبالمدينة» = و + ب + ال + مدينة.
 */

/** Conjunctions that may open a word; '' stands for none. */
export const CONJUNCTIONS: readonly string[] = ['', 'و', 'ف'];

/** Prepositions and the future particle that may follow a conjunction; '' stands for none. */
export const PREPOSITIONS: readonly string[] = ['', 'ب', 'ك', 'ل', 'س'];

/**
 * Attached pronouns removed when looking a word up, longest first. ك and ي are left out on
 * purpose: as word endings they are far more often part of the stem (ملك، سوري) than pronouns.
 */
export const ENCLITICS: readonly string[] = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'ها', 'نا', 'ه'];

/**
 * Whole normalized words that are only clitics, written apart from their host or glued to a
 * number: «الـ70», «بـ30», «لـ 5», «و20».
 */
export const DETACHED_PROCLITICS: ReadonlySet<string> = new Set([
  'ال', 'و', 'ف', 'ب', 'ل', 'ك', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل', 'وب', 'فب', 'ول', 'فل', 'وك',
  'وبال', 'فبال', 'وكال',
]);
