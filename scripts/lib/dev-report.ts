/**
 * Tallies of dev-set scores by the groups every report prints: all articles, each source family,
 * the held-out part and the part tuned on. One place, so eval scripts and the floor test agree.
 */
import type { DevArticle } from './dev-gold.js';
import { addTally, emptyTally, tallyPRF } from './dev-scorer.js';
import type { PRF, QuoteScore, Tally } from './dev-scorer.js';

export const GROUPS = ['all', 'saudi', 'broadcast', 'seed', 'held-out', 'tuning'] as const;
export type Group = (typeof GROUPS)[number];

export function groupsOf(art: Pick<DevArticle, 'family' | 'heldOut'>): Group[] {
  return ['all', art.family, art.heldOut ? 'held-out' : 'tuning'];
}

export interface QuoteTally {
  det: Tally;
  e2e: Tally;
  matched: number;
  right: number;
  articles: number;
}

export interface QuoteSummary {
  detection: PRF;
  speakerAccuracy: number;
  endToEnd: PRF;
  articles: number;
}

/** Quote scores summed per group; `summary(g)` gives P/R/F1 and speaker accuracy. */
export class QuoteTallies {
  private readonly t = new Map<Group, QuoteTally>();

  add(art: Pick<DevArticle, 'family' | 'heldOut'>, s: Pick<QuoteScore, 'detection' | 'endToEnd' | 'matches'>): void {
    for (const g of groupsOf(art)) {
      let x = this.t.get(g);
      if (!x) this.t.set(g, (x = { det: emptyTally(), e2e: emptyTally(), matched: 0, right: 0, articles: 0 }));
      addTally(x.det, s.detection);
      addTally(x.e2e, s.endToEnd);
      x.matched += s.matches.filter((m) => m.predicted).length;
      x.right += s.matches.filter((m) => m.speakerRight).length;
      x.articles++;
    }
  }

  summary(g: Group): QuoteSummary | null {
    const x = this.t.get(g);
    if (!x) return null;
    return { detection: tallyPRF(x.det), speakerAccuracy: x.matched ? x.right / x.matched : 1, endToEnd: tallyPRF(x.e2e), articles: x.articles };
  }
}
