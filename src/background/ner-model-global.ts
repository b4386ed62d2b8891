/**
 * The names model as the extension's worker sees it. The model is several megabytes of base64;
 * inside background.js it would push the file past what Mozilla's linter and store will parse
 * (5 MB), so build.mjs writes each pass to a script of its own (ner-model-1.js, ner-model-2.js)
 * and points the engine's import of `models/ner-model.js` here. Firefox loads those scripts
 * before the worker (manifest `background.scripts`); Chrome's service worker imports them here,
 * during its first evaluation, the only time importScripts is allowed. Node (tests, CLI) imports
 * the model module directly: the engine is the same everywhere.
 */

declare const importScripts: ((...urls: string[]) => void) | undefined;

const g = globalThis as typeof globalThis & { __ISNAD_NER__?: string[] };
if (!g.__ISNAD_NER__ && typeof importScripts === 'function') importScripts('ner-model-1.js', 'ner-model-2.js');

export const NER_PASS1: string = g.__ISNAD_NER__?.[0] ?? '';
export const NER_PASS2: string = g.__ISNAD_NER__?.[1] ?? '';
