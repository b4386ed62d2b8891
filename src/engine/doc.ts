/**
 * The document that passes through the pipeline (spaCy-style): the text core fills tokens,
 * sentences and paragraphs; each later component adds its own annotations with offsets into the
 * same original text.
 */
import type { Entity, NumberMention, Quote, Span } from './types.js';
import type { Token } from './text/index.js';
import { splitParagraphs, splitSentences, tokenize } from './text/index.js';

export interface Doc {
  readonly text: string;
  readonly tokens: Token[];
  readonly sentences: Span[];
  readonly paragraphs: Span[];
  entities: Entity[];
  quotes: Quote[];
  numbers: NumberMention[];
  /** The article's publication day (ISO `YYYY-MM-DD`), set by the numbers stage. */
  publishedAt?: string;
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
