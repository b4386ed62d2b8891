/**
 * The document that passes through the pipeline (spaCy-style): the text core fills tokens,
 * sentences and paragraphs; each later component adds its own annotations with offsets into the
 * same original text.
 */
import type { Entity, NumberMention, Quote, Span } from './types.js';
import type { Token } from './tokenize.js';
import { tokenize } from './tokenize.js';
import { splitParagraphs, splitSentences } from './sentences.js';

export interface Doc {
  readonly text: string;
  readonly tokens: Token[];
  readonly sentences: Span[];
  readonly paragraphs: Span[];
  entities: Entity[];
  quotes: Quote[];
  numbers: NumberMention[];
}

export type Component = (doc: Doc) => void;

export function createDoc(text: string): Doc {
  return {
    text,
    tokens: tokenize(text),
    sentences: splitSentences(text),
    paragraphs: splitParagraphs(text),
    entities: [],
    quotes: [],
    numbers: [],
  };
}

/** Index of the first token starting at or after `pos` (binary search over token starts). */
export function tokenAt(doc: Doc, pos: number): number {
  const t = doc.tokens;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
