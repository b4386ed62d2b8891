/** Shared by the quote tests: run the quote stage alone (no names stage) and check every span. */
import { expect } from 'vitest';
import { createDoc } from '../../src/engine/doc.js';
import type { Doc } from '../../src/engine/doc.js';
import { findQuotes } from '../../src/engine/quotes/index.js';
import type { Entity, EntityType, Quote } from '../../src/engine/types.js';

export function run(text: string, entities: Entity[] = []): Doc {
  const doc = createDoc(text);
  doc.entities = entities;
  findQuotes(doc);
  for (const q of doc.quotes) expectExact(text, q);
  return doc;
}

export function quotes(text: string, entities: Entity[] = []): Quote[] {
  return run(text, entities).quotes;
}

/** Entities for every occurrence of the given names in the text, as the names stage would give them. */
export function entities(text: string, names: [string, EntityType][]): Entity[] {
  return names.map(([name, type], k) => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length, text: name });
    return { id: `e${k + 1}`, type, name, mentions };
  });
}

/** The only quote of the text; fails when there are more or none. */
export function one(text: string): Quote {
  const qs = quotes(text);
  expect(qs.map((q) => q.content.text)).toHaveLength(1);
  return qs[0];
}

function expectExact(text: string, q: Quote): void {
  for (const s of [q.cue, q.content]) expect(text.slice(s.start, s.end)).toBe(s.text);
  if (q.speaker.start !== undefined) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
  expect(q.sentence.start).toBeLessThanOrEqual(q.cue.start);
  expect(q.sentence.end).toBeGreaterThanOrEqual(q.content.end);
}

/** A compact view for assertions: [kind, speaker, content]. */
export const view = (q: Quote): [string, string, string] => [q.kind, q.speaker.text, q.content.text];
