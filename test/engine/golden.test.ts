/**
 * The golden articles (scripts/lib/golden.ts): each page of test/fixtures/golden gets exactly the
 * text and analysis recorded beside it. Any change fails here with the difference; when the change
 * is intended, `npm run golden:update` records it (and the diff shows what changed).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { GOLDEN_UPDATE, goldenCases, goldenOf } from '../../scripts/lib/golden.js';
import type { Golden } from '../../scripts/lib/golden.js';
import { expectSpans } from '../support/spans.js';

const cases = goldenCases();

describe('golden articles', () => {
  it('has 3 to 5 articles, each with its expected analysis', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
    expect(cases.length).toBeLessThanOrEqual(5);
    for (const c of cases) expect(existsSync(c.expectedPath), `${c.expectedPath} is missing: run ${GOLDEN_UPDATE}`).toBe(true);
  });

  for (const c of cases) {
    it(`${c.name}: text and analysis as recorded`, () => {
      const got = goldenOf(c.html);
      expectSpans(got.text, got.analysis);
      const want = JSON.parse(readFileSync(c.expectedPath, 'utf8')) as Golden;
      const hint = `The analysis of the golden article ${c.name} changed. If the change is intended, run \`${GOLDEN_UPDATE}\` and review the diff of ${c.name}.expected.json.`;
      expect(got.title, hint).toBe(want.title);
      expect(got.text, hint).toBe(want.text);
      // Part by part, so a failure shows the part that moved.
      for (const key of Object.keys(want.analysis) as (keyof Golden['analysis'])[]) expect(got.analysis[key], `${hint} (analysis.${key})`).toEqual(want.analysis[key]);
      expect(Object.keys(got.analysis).sort(), hint).toEqual(Object.keys(want.analysis).sort());
    });
  }
});
