/** The document's sentences as token ranges, the unit the names stage reads. */
import type { Doc } from '../doc.js';

/** Token index ranges [from, to) of the document's sentences. */
export function sentenceRanges(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  const { tokens } = doc;
  let k = 0;
  for (const s of doc.sentences) {
    while (k < tokens.length && tokens[k].end <= s.start) k++;
    const from = k;
    while (k < tokens.length && tokens[k].start < s.end) k++;
    if (k > from) out.push([from, k]);
  }
  return out;
}


/** Sentence ranges with at least one Arabic word: the model knows nothing of other languages. */
export function taggableSentences(doc: Doc): [number, number][] {
  return sentenceRanges(doc).filter(([from, to]) => {
    for (let i = from; i < to; i++) if (doc.tokens[i].kind === 'word') return true;
    return false;
  });
}
