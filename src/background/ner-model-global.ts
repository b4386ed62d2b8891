/**
 * The names model as the engine's Web Worker sees it (engine-worker.ts). The model is several
 * megabytes of base64; inside a script it would push the file past what Mozilla's linter and store
 * will parse (5 MB), so build.mjs writes each pass to a script of its own (ner-model-1.js,
 * ner-model-2.js) and points the engine's import of `models/ner-model.js` here; the Worker imports
 * them with importScripts during its first evaluation, in both browsers. The background worker
 * itself never loads the model (the engine runs in the Worker). Node (tests, CLI) imports the
 * model module directly: the engine is the same everywhere.
 */

declare const importScripts: ((...urls: string[]) => void) | undefined;

const g = globalThis as typeof globalThis & { __ISNAD_NER__?: string[] };
if (!g.__ISNAD_NER__ && typeof importScripts === 'function') importScripts('ner-model-1.js', 'ner-model-2.js');

export const NER_PASS1: string = g.__ISNAD_NER__?.[0] ?? '';
export const NER_PASS2: string = g.__ISNAD_NER__?.[1] ?? '';
