/**
 * Two-pass tagging at run time. Pass 1 tags each sentence on its own; pass 2 sees, in addition, how
 * pass 1 labelled the same words elsewhere in the document (memory.ts). How the passes are trained
 * is scripts/ner/stack-train.ts.
 */
import { sentenceFeatures } from './features.js';
import { memoryValues, MEMORY_WINDOW } from './memory.js';
import { emissions, viterbi } from './model.js';
import type { Weights } from './model.js';

/** Labels of consecutive sentences of one document (or corpus window) with both passes. */
export function tagStacked(first: Weights, second: Weights, sentences: readonly (readonly string[])[], window = MEMORY_WINDOW): Uint8Array[] {
  const pass1 = sentences.map((s) => {
    const { feats, offsets } = sentenceFeatures(s);
    return viterbi(s.length, emissions(first, feats, offsets, s.length), first.trans);
  });
  const memo = memoryValues(sentences, pass1, window);
  return sentences.map((s, i) => {
    const { feats, offsets } = sentenceFeatures(s, memo[i]);
    return viterbi(s.length, emissions(second, feats, offsets, s.length), second.trans);
  });
}
