/** Places, people and organizations for display: how often, and in which sentences. */
import type { Analysis, Entity, EntityType, Span, TextSpan } from '../../engine/types.js';
import { sentenceOf } from './spans.js';

interface EntitySentence {
  sentence: Span;
  /** This entity's mentions inside the sentence. */
  mentions: TextSpan[];
}

export interface EntityRow {
  entity: Entity;
  /** Number of mentions in the article. */
  count: number;
  sentences: EntitySentence[];
}

/** Entities of one type, the most mentioned first (ties in order of first mention). */
export function entityRows(analysis: Pick<Analysis, 'entities' | 'sentences'>, type: EntityType): EntityRow[] {
  const rows: EntityRow[] = [];
  for (const entity of analysis.entities) {
    if (entity.type !== type) continue;
    const bySentence = new Map<number, EntitySentence>();
    for (const m of [...entity.mentions].sort((a, b) => a.start - b.start)) {
      const sentence = sentenceOf(analysis.sentences, m);
      let row = bySentence.get(sentence.start);
      if (!row) {
        row = { sentence, mentions: [] };
        bySentence.set(sentence.start, row);
      }
      row.mentions.push(m);
    }
    rows.push({ entity, count: entity.mentions.length, sentences: [...bySentence.values()] });
  }
  const first = (r: EntityRow) => r.sentences[0]?.mentions[0]?.start ?? Infinity;
  return rows.sort((a, b) => b.count - a.count || first(a) - first(b));
}
