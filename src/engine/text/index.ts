/**
 * The text core, in the order a document goes through it: one definition of the Arabic script's
 * character classes (`charset.ts`); normalization for matching, with a map back to the original
 * (`normalize.ts`); tokens with offsets (`tokenize.ts`); the one clitic reader (`clitics.ts`);
 * sentences and paragraphs (`sentences.ts`). Every later stage reads text through these.
 */
export { normalize, normalizeWord, toOriginal } from './normalize.js';
export type { Normalized } from './normalize.js';
export { tokenize, originalOffset } from './tokenize.js';
export type { Token, TokenKind } from './tokenize.js';
export { readings, findReading, CLITIC_POLICIES } from './clitics.js';
export type { Stem, CliticPolicy } from './clitics.js';
export { splitSentences, splitParagraphs } from './sentences.js';
