/**
 * Regression floor on the dev set (../shared/dev), when it is present. The floors sit a little below
 * what the extractor reaches (`npm run eval:quotes`), so a change that loses ground fails here.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { loadDevSet, SEED_NAME } from '../../scripts/lib/dev-gold.js';
import { addTally, emptyTally, scoreQuotes, tallyPRF } from '../../scripts/lib/dev-scorer.js';
import type { QuoteScore } from '../../scripts/lib/dev-scorer.js';

const articles = loadDevSet();

describe.skipIf(!articles)('quotes on the dev set', () => {
  const scores = new Map<string, QuoteScore>();
  const det = emptyTally();
  const e2e = emptyTally();
  for (const art of articles ?? []) {
    const s = scoreQuotes(art, analyze(art.text).quotes);
    scores.set(art.name, s);
    addTally(det, s.detection);
    addTally(e2e, s.endToEnd);
  }

  // Reached when written: detection F1 0.978, end-to-end F1 0.978 (goals: 0.93 and 0.90).
  it('detects quotes with F1 of at least 0.95 and end-to-end F1 of at least 0.94', () => {
    expect(tallyPRF(det).f1).toBeGreaterThanOrEqual(0.95);
    expect(tallyPRF(e2e).f1).toBeGreaterThanOrEqual(0.94);
  });

  it('finds every quote of the seed article with the right speaker', () => {
    const seed = scores.get(SEED_NAME)!;
    const wrong = seed.matches.filter((m) => !m.speakerRight).map((m) => `${m.gold.speaker}: ${m.gold.content.slice(0, 40)}`);
    expect(wrong).toEqual([]);
  });

  it('keeps end-to-end F1 of at least 0.85 on every article', () => {
    for (const [name, s] of scores) expect(s.endToEnd.f1, name).toBeGreaterThanOrEqual(0.85);
  });
});
