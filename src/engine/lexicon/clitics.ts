/**
 * Attached pronouns removed when looking a word up, longest first. ك and ي are left out on
 * purpose: as word endings they are far more often part of the stem (ملك، سوري) than pronouns.
 */
export const ENCLITICS: readonly string[] = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'ها', 'نا', 'ه'];
