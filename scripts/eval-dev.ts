/**
 * `npm run eval:dev`: one summary of the engine on ../shared/dev — quotes (detection, speaker,
 * end-to-end), entities per type and numbers (value, value + counted noun) — with one line per
 * article, then per source family and on the held-out part. Scoring: scripts/lib/dev-scorer.ts, as
 * ../shared/dev/README.md describes. `--verbose` lists missed and extra names and numbers — of the
 * tuning articles only: the held-out part's misses are never printed, so that nobody tunes on them by
 * accident (`--verbose-held-out` prints them too, for a final error analysis); `--train`
 * scores ../shared/quotes-train instead (annotated the same way; the articles learnt from, so never a
 * measure of generalisation: only its `all` line is printed).
 */
import { analyze } from '../src/engine/index.js';
import { loadDevSet } from './lib/dev-gold.js';
import type { DevArticle } from './lib/dev-gold.js';
import { addTally, emptyTally, scoreEntities, scoreNumbers, scoreQuotes, tallyPRF } from './lib/dev-scorer.js';
import type { PRF, Tally } from './lib/dev-scorer.js';
import { GROUPS, groupsOf, QuoteTallies } from './lib/dev-report.js';
import type { Group } from './lib/dev-report.js';
import { sharedOrExit } from './lib/shared.js';

const verbose = process.argv.includes('--verbose') || process.argv.includes('--verbose-held-out');
const showHeldOut = process.argv.includes('--verbose-held-out');
const train = process.argv.includes('--train');
const setName = train ? 'quotes-train' : 'dev';
const articles = loadDevSet(sharedOrExit('the dev-set evaluation', setName)) as DevArticle[];
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const fmt = (s: PRF) => `P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`;

type EntityKey = 'person' | 'organization' | 'location' | 'all';
interface Sums {
  ent: Record<EntityKey, Tally>;
  num: Tally;
  /** Value and counted noun both right: found numbers with a counted noun count only when it is right. */
  numCounted: Tally;
  countedRight: number;
  countedTotal: number;
}
const sums = new Map<Group, Sums>();
const sumsOf = (g: Group): Sums => {
  let s = sums.get(g);
  if (!s) {
    s = { ent: { person: emptyTally(), organization: emptyTally(), location: emptyTally(), all: emptyTally() }, num: emptyTally(), numCounted: emptyTally(), countedRight: 0, countedTotal: 0 };
    sums.set(g, s);
  }
  return s;
};
const quotes = new QuoteTallies();
let ms = 0;

console.log(`${'article'.padEnd(22)} quotes e2e F1  entities F1  numbers F1`);
for (const art of articles) {
  const a = analyze(art.text);
  ms += a.stats.milliseconds;
  const q = scoreQuotes(art, a.quotes, a.entities);
  const e = scoreEntities(art, a);
  const n = scoreNumbers(art, a);
  quotes.add(art, q);
  for (const g of train ? (['all'] as const) : groupsOf(art)) {
    const s = sumsOf(g);
    for (const t of ['person', 'organization', 'location'] as const) addTally(s.ent[t], e.byType[t]);
    addTally(s.ent.all, e.all);
    addTally(s.num, n.detection);
    addTally(s.numCounted, n.withNoun);
    s.countedRight += n.counted.right;
    s.countedTotal += n.counted.total;
  }
  console.log(`${(art.name + (art.heldOut && !train ? '*' : '')).padEnd(22)} ${pct(q.endToEnd.f1)}         ${pct(e.all.f1)}        ${pct(n.detection.f1)}`);
  if (verbose && (!art.heldOut || train || showHeldOut)) {
    for (const m of e.missed) console.log(`    NAME MISSED ${m.type}: ${m.forms.join(' / ')}`);
    for (const x of e.spurious) console.log(`    NAME EXTRA  ${x.type}: ${x.name}`);
    for (const x of n.missed) console.log(`    NUMBER MISSED «${x}»`);
    for (const x of n.extra) console.log(`    NUMBER EXTRA  «${x}»`);
  }
}

console.log(`\n${articles.length} articles of ../shared/${setName}${train ? '' : ' (* = held out)'}, ${ms.toFixed(0)} ms in analyze()`);
for (const g of train ? (['all'] as const) : GROUPS) {
  const q = quotes.summary(g);
  const s = sums.get(g);
  if (!q || !s) continue;
  console.log(`\n== ${g} (${q.articles} articles)`);
  console.log(`quotes     detection  ${fmt(q.detection)}   speaker accuracy ${pct(q.speakerAccuracy)}`);
  console.log(`           end-to-end ${fmt(q.endToEnd)}`);
  for (const t of ['person', 'organization', 'location', 'all'] as const) console.log(`entities   ${t.padEnd(12)} ${fmt(tallyPRF(s.ent[t]))}`);
  console.log(`numbers    value        ${fmt(tallyPRF(s.num))}`);
  console.log(`           value+noun   ${fmt(tallyPRF(s.numCounted))}   (counted noun right ${s.countedRight}/${s.countedTotal})`);
}
