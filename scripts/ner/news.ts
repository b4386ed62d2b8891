/**
 * The news articles with names annotated at document level (../shared/ner-news, and the entities
 * of ../shared/quotes-train, annotated the same way) as tagger training sentences: each article is
 * tokenized and split into sentences exactly as the engine does at run time, and each entity's
 * forms are found at word boundaries — the first word possibly behind the proclitics the tokenizer
 * leaves attached (و ف ب ك ل, لل for ال) — longest form first, then labelled BIO over the tokens
 * (../shared/ner-news/README.md). About two articles in ten (by a hash of the file name) are the
 * tuning part: never trained on, scored by `npm run eval:ner`.
 */
import { createDoc } from '../../src/engine/doc.js';
import { normalizeWord } from '../../src/engine/text/normalize.js';
import { CLITIC_POLICIES, readings } from '../../src/engine/text/clitics.js';
import { sentenceRanges } from '../../src/engine/entities/sentence-ranges.js';
import type { Token } from '../../src/engine/text/tokenize.js';
import { loadDevSet } from '../lib/dev-gold.js';
import type { DevArticle } from '../lib/dev-gold.js';
import { sharedPath } from '../lib/shared.js';
import type { TaggedSentence } from './conll.js';

export interface NewsArticle extends DevArticle {
  /** In the tuning part (not trained on). */
  tune: boolean;
}

/** About two in ten, by a hash of the name: fixed whatever the scores. */
function isTuneArticle(name: string): boolean {
  let h = 0x9747b28c;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h % 10 < 2;
}

/** The annotated news articles (ner-news, then quotes-train); [] without ../shared. */
export function newsArticles(): NewsArticle[] {
  const out: NewsArticle[] = [];
  for (const dir of ['ner-news', 'quotes-train']) {
    for (const a of loadDevSet(sharedPath(dir)) ?? []) out.push({ ...a, tune: isTuneArticle(a.name) });
  }
  return out;
}

const TAG = { person: 'PERS', organization: 'ORG', location: 'LOC' } as const;

/** Does token `t` read as `word`, possibly behind proclitics? */
function startsWith(t: Token, word: string): boolean {
  if (t.norm === word) return true;
  for (const s of readings(t.norm, CLITIC_POLICIES.proclitics)) if (s.stem === word) return true;
  return false;
}

/** BIO-labelled sentences of one article, its entity forms projected onto the tokens. */
export function labelledSentences(article: Pick<DevArticle, 'text' | 'entities'>): TaggedSentence[] {
  const doc = createDoc(article.text);
  const { tokens } = doc;
  const forms: { words: string[]; tag: string }[] = [];
  for (const e of article.entities) {
    for (const f of e.forms) {
      const words = f.split(/\s+/).map(normalizeWord).filter(Boolean);
      if (words.length) forms.push({ words, tag: TAG[e.type] });
    }
  }
  forms.sort((a, b) => b.words.length - a.words.length);
  const labels = tokens.map(() => 'O');
  for (const ranges of [sentenceRanges(doc)]) {
    for (const [from, to] of ranges) {
      const hits: { i: number; n: number; tag: string }[] = [];
      for (let i = from; i < to; i++) {
        if (tokens[i].kind === 'punct') continue;
        for (const f of forms) {
          const n = f.words.length;
          if (i + n > to || !startsWith(tokens[i], f.words[0])) continue;
          let ok = true;
          for (let k = 1; k < n && ok; k++) ok = tokens[i + k].norm === f.words[k];
          if (ok) hits.push({ i, n, tag: f.tag });
        }
      }
      // Longest first; a name nested in a longer one is not labelled on its own.
      hits.sort((a, b) => b.n - a.n || a.i - b.i);
      for (const h of hits) {
        let free = true;
        for (let k = h.i; k < h.i + h.n && free; k++) free = labels[k] === 'O';
        if (!free) continue;
        labels[h.i] = 'B-' + h.tag;
        for (let k = h.i + 1; k < h.i + h.n; k++) labels[k] = 'I-' + h.tag;
      }
    }
  }
  return sentenceRanges(doc).map(([from, to]) => ({
    words: tokens.slice(from, to).map((t) => t.text),
    tags: labels.slice(from, to),
  }));
}
