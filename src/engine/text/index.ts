/**
 * The text core, in the order a document goes through it: one definition of the Arabic script's
 * character classes (`charset.ts`); normalization for matching, with a map back to the original
 * (`normalize.ts`); tokens with offsets (`tokenize.ts`); the one clitic reader (`clitics.ts`);
 * sentences and paragraphs (`sentences.ts`). Every later stage reads text through these; what the
 * rest of the engine takes from here as a whole is re-exported below.
 */
export { normalizeWord } from './normalize.js';
export { tokenize } from './tokenize.js';
export type { Token } from './tokenize.js';
export { readings } from './clitics.js';
export { splitSentences, splitParagraphs } from './sentences.js';
