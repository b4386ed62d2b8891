/**
 * The names to mark in the page, from an analysis: every mention of a person, organization or
 * place, in text order, without overlaps, with a binary search from a text offset to the mention
 * under it. Pure: no DOM.
 */
import type { EntityType } from '../../engine/types.js';
import type { PageAnalysis } from '../../shared/page-wire.js';

export type { PageAnalysis } from '../../shared/page-wire.js';

export interface MentionRef {
  start: number;
  end: number;
  text: string;
  entityId: string;
  type: EntityType;
}

const TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'location']);

/** Which names the reader wants marked (shared/display-settings.ts); all by default. */
export interface MentionFilter {
  types?: Readonly<Record<EntityType, boolean>>;
  /** Only the first mention of each name. */
  firstOnly?: boolean;
}

/**
 * Sorted, non-overlapping mentions. Where two overlap (a place inside an organization's name:
 * «جامعة دمشق»), the longer one wins, then the earlier one.
 */
export function mentionIndex(analysis: Pick<PageAnalysis, 'entities' | 'textLength'>, filter: MentionFilter = {}): MentionRef[] {
  const all: MentionRef[] = [];
  for (const e of analysis.entities ?? []) {
    if (!TYPES.has(e.type) || filter.types?.[e.type] === false) continue;
    let first = true;
    for (const m of [...(e.mentions ?? [])].sort((a, b) => a.start - b.start)) {
      if (!(m.end > m.start) || m.start < 0 || m.end > analysis.textLength) continue;
      if (filter.firstOnly && !first) break;
      first = false;
      all.push({ start: m.start, end: m.end, text: m.text, entityId: e.id, type: e.type });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: MentionRef[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (!last || m.start >= last.end) {
      out.push(m);
      continue;
    }
    if (m.end - m.start > last.end - last.start) {
      // The longer mention replaces the shorter one it overlaps, and any others it now covers.
      out.pop();
      while (out.length && out[out.length - 1].end > m.start) out.pop();
      out.push(m);
    }
  }
  return out;
}

/** Index of the mention containing text offset `pos`, or -1. */
export function mentionAt(mentions: readonly MentionRef[], pos: number): number {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid];
    if (pos < m.start) hi = mid - 1;
    else if (pos >= m.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
