/**
 * Who said what, grouped for display: one group per speaker entity (the attribution's entity, as
 * the hover card files them: shared/attribution.ts), one for anonymous sources, one for
 * documents, and otherwise one per speaker as written.
 */
import type { Analysis, Entity, Quote, SpeakerType } from '../../engine/types.js';

type GroupKind = 'entity' | 'anonymous' | 'document' | 'named' | 'unnamed';

export interface SpeakerGroup {
  /** Stable key: `entity:e3`, `anonymous`, `document`, `named:<text>`, `unnamed`. */
  key: string;
  kind: GroupKind;
  /** Display name; empty for the anonymous, document and unnamed groups (the UI labels those). */
  name: string;
  type: SpeakerType;
  role?: string;
  entityId?: string;
  quotes: Quote[];
  /** Offset of the group's first quote, for a stable order. */
  first: number;
}

const KIND_RANK: Record<GroupKind, number> = { entity: 0, named: 0, anonymous: 1, document: 2, unnamed: 3 };

/** Speaker text as written, without the trailing colon or comma attributions often carry. */
export function cleanSpeakerText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\s:：،,؛;]+$/u, '').trim();
}

function groupKey(q: Quote, entities: ReadonlyMap<string, Entity>): Omit<SpeakerGroup, 'quotes' | 'first'> {
  const s = q.speaker;
  const entity = s.entityId ? entities.get(s.entityId) : undefined;
  if (entity) return { key: `entity:${entity.id}`, kind: 'entity', name: entity.name, type: entity.type, role: entity.role, entityId: entity.id };
  if (s.type === 'anonymous') return { key: 'anonymous', kind: 'anonymous', name: '', type: 'anonymous' };
  if (s.type === 'document') return { key: 'document', kind: 'document', name: '', type: 'document' };
  const name = cleanSpeakerText(s.text ?? '');
  if (!name) return { key: 'unnamed', kind: 'unnamed', name: '', type: 'unknown' };
  return { key: `named:${name}`, kind: 'named', name, type: s.type };
}

/**
 * Named speakers first (the most quoted first, ties in article order), then anonymous sources,
 * documents, and speakers the article does not name. Quotes inside a group keep article order.
 */
export function groupQuotes(analysis: Pick<Analysis, 'quotes' | 'entities'>): SpeakerGroup[] {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const groups = new Map<string, SpeakerGroup>();
  const quotes = [...analysis.quotes].sort((a, b) => a.cue.start - b.cue.start);
  for (const q of quotes) {
    const base = groupKey(q, entities);
    let g = groups.get(base.key);
    if (!g) {
      g = { ...base, quotes: [], first: q.cue.start };
      groups.set(base.key, g);
    }
    g.quotes.push(q);
  }
  const rank = (g: SpeakerGroup) => KIND_RANK[g.kind];
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || b.quotes.length - a.quotes.length || a.first - b.first);
}

/** How many quotes each entity has as speaker, by entity id. */
export function quoteCounts(analysis: Pick<Analysis, 'quotes'>): Map<string, number> {
  const out = new Map<string, number>();
  for (const q of analysis.quotes) {
    const id = q.speaker.entityId;
    if (id) out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
}
