/**
 * ANERcorp through the whole engine: sentences put back together as raw text (documents of a few
 * sentences, words separated by spaces), `analyze()` run on it, and each entity mention mapped back
 * to the corpus tokens it covers as BIO labels, so the engine is scored with the same conlleval
 * scorer as the tagger alone.
 */
import type { Analysis } from '../../src/engine/types.js';

const TAG: Record<string, string> = { person: 'PERS', organization: 'ORG', location: 'LOC' };

interface Document {
  text: string;
  /** For each sentence of the document, each word's [start, end) in `text`. */
  spans: [number, number][][];
}

/** Sentences `from`..`to` as one document: words joined by spaces, sentences by a newline. */
function documentOf(sentences: readonly (readonly string[])[]): Document {
  let text = '';
  const spans: [number, number][][] = [];
  for (const words of sentences) {
    if (text) text += '\n';
    const s: [number, number][] = [];
    for (const w of words) {
      if (s.length) text += ' ';
      s.push([text.length, text.length + w.length]);
      text += w;
    }
    spans.push(s);
  }
  return { text, spans };
}

/** BIO labels of every word of `doc` from the entities of its analysis. */
function labelsFrom(doc: Document, analysis: Pick<Analysis, 'entities'>): string[][] {
  const words = doc.spans.flat();
  const labels = words.map(() => 'O');
  const mentions = analysis.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, tag: TAG[e.type] }))).sort((a, b) => a.start - b.start);
  let k = 0;
  for (const m of mentions) {
    if (!m.tag) continue;
    while (k < words.length && words[k][1] <= m.start) k++;
    let first = true;
    for (let j = k; j < words.length && words[j][0] < m.end; j++) {
      if (labels[j] !== 'O') {
        first = false;
        continue;
      }
      labels[j] = (first ? 'B-' : 'I-') + m.tag;
      first = false;
    }
  }
  const out: string[][] = [];
  let i = 0;
  for (const s of doc.spans) {
    out.push(labels.slice(i, i + s.length));
    i += s.length;
  }
  return out;
}

/** Engine labels for all `sentences`, analysed `size` sentences at a time. */
export function engineLabels(sentences: readonly (readonly string[])[], analyze: (text: string) => Pick<Analysis, 'entities'>, size = 15): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < sentences.length; i += size) {
    const doc = documentOf(sentences.slice(i, i + size));
    out.push(...labelsFrom(doc, analyze(doc.text)));
  }
  return out;
}
