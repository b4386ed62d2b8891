/**
 * `npm run eval:quotes`: the quote extractor against ../shared/dev (scoring: scripts/lib/dev-scorer.ts,
 * as ../shared/dev/README.md describes). Prints detection P/R/F1, speaker accuracy among matched
 * quotes and end-to-end F1 on all articles, per source family, on the held-out part and the part
 * tuned on, and for direct / indirect quotes; one line per article; the seed article's quotes with
 * right or wrong speaker. `--verbose` lists every miss and false alarm; `--no-entities` runs without
 * the names stage, to see the quote stage stand on its own; `--train` scores ../shared/quotes-train
 * instead (the articles learnt from: never a measure of generalisation).
 */
import { analyze } from '../src/engine/index.js';
import { loadDevSet, SEED_NAME } from './lib/dev-gold.js';
import type { DevArticle } from './lib/dev-gold.js';
import { addTally, emptyTally, scoreQuotes, tallyPRF } from './lib/dev-scorer.js';
import type { PRF, QuoteScore, Tally } from './lib/dev-scorer.js';
import { GROUPS, QuoteTallies } from './lib/dev-report.js';
import { sharedOrExit } from './lib/shared.js';

const verbose = process.argv.includes('--verbose');
// --no-entities: the quote stage on its own, without the names stage's entities.
const noEntities = process.argv.includes('--no-entities');
const setName = process.argv.includes('--train') ? 'quotes-train' : 'dev';
const articles = loadDevSet(sharedOrExit('the quote evaluation', setName)) as DevArticle[];

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const fmt = (s: PRF) => `P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`;
const clip = (s: string, n = 70) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

type Kind = 'all' | 'direct' | 'indirect';
const totals: Record<Kind, { det: Tally; e2e: Tally; matched: number; right: number }> = {
  all: { det: emptyTally(), e2e: emptyTally(), matched: 0, right: 0 },
  direct: { det: emptyTally(), e2e: emptyTally(), matched: 0, right: 0 },
  indirect: { det: emptyTally(), e2e: emptyTally(), matched: 0, right: 0 },
};
const scores = new Map<string, QuoteScore>();
const groups = new QuoteTallies();

console.log(`Quotes on ../shared/${setName}\n`);
console.log(`${'article'.padEnd(22)} gold pred  detection F1  speaker acc  end-to-end F1`);
for (const art of articles) {
  const a = analyze(art.text, noEntities ? { stages: { entities: false } } : {});
  const s = scoreQuotes(art, a.quotes, a.entities);
  scores.set(art.name, s);
  groups.add(art, s);
  const add = (k: Kind, part: { detection: PRF; endToEnd: PRF }, ms: QuoteScore['matches']) => {
    addTally(totals[k].det, part.detection);
    addTally(totals[k].e2e, part.endToEnd);
    totals[k].matched += ms.filter((m) => m.predicted).length;
    totals[k].right += ms.filter((m) => m.speakerRight).length;
  };
  add('all', s, s.matches);
  add('direct', s.byKind.direct, s.matches.filter((m) => m.gold.kind === 'direct'));
  add('indirect', s.byKind.indirect, s.matches.filter((m) => m.gold.kind === 'indirect'));
  console.log(
    `${(art.name + (art.heldOut ? '*' : '')).padEnd(22)} ${String(s.matches.length).padStart(4)} ${String(a.quotes.length).padStart(4)}  ${pct(s.detection.f1)}        ${pct(s.speakerAccuracy)}        ${pct(s.endToEnd.f1)}`,
  );
  if (verbose) {
    for (const m of s.matches) {
      if (!m.predicted) console.log(`    MISSED  [${m.gold.kind}] ${m.gold.speaker}: ${clip(m.gold.content)}`);
      else if (!m.speakerRight) console.log(`    SPEAKER [${m.gold.kind}] gold ${m.gold.speaker} ≠ «${m.predicted.speaker.text}»: ${clip(m.gold.content, 50)}`);
    }
    for (const p of s.spurious) console.log(`    EXTRA   [${p.kind}] ${p.cue.text} / «${p.speaker.text}»: ${clip(p.content.text)}`);
  }
}

console.log('');
for (const k of ['all', 'direct', 'indirect'] as Kind[]) {
  const t = totals[k];
  const acc = t.matched === 0 ? 1 : t.right / t.matched;
  console.log(`${k.padEnd(9)} detection ${fmt(tallyPRF(t.det))}   speaker acc ${pct(acc)}   end-to-end ${fmt(tallyPRF(t.e2e))}`);
}
console.log('(direct/indirect: recall over gold quotes of that kind, precision over predictions of that kind)');
console.log('(gold: required quotes; a prediction matching an optional quote is not counted; * = held out)\n');
for (const g of GROUPS) {
  const x = groups.summary(g);
  if (!x) continue;
  console.log(`${g.padEnd(9)} ${String(x.articles).padStart(2)} articles  detection ${fmt(x.detection)}   speaker acc ${pct(x.speakerAccuracy)}   end-to-end ${fmt(x.endToEnd)}`);
}

const seed = scores.get(SEED_NAME);
if (seed) {
  const right = seed.matches.filter((m) => m.speakerRight).length;
  console.log(`\nSeed article (${SEED_NAME}): ${right}/${seed.matches.length} quotes found with the right speaker`);
  seed.matches.forEach((m, k) => {
    const mark = m.speakerRight ? 'right' : m.predicted ? 'WRONG' : 'MISSED';
    const who = m.predicted ? `«${m.predicted.speaker.text}»${m.predicted.speaker.resolved ? ' (resolved)' : ''}` : '—';
    console.log(`  ${String(k + 1).padStart(2)}. ${mark.padEnd(6)} ${m.gold.speaker} ← ${who}  ${m.gold.cue}: ${clip(m.gold.content, 60)}`);
  });
}
