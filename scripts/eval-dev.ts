/**
 * `npm run eval:dev`: one summary of the engine on ../shared/dev — quotes (detection, speaker,
 * end-to-end), entities per type and numbers (found, counted noun) — with one line per article.
 * Scoring: scripts/lib/dev-scorer.ts, as ../shared/dev/README.md describes.
 */
import { analyze } from '../src/engine/index.js';
import { loadDevSet } from './lib/dev-gold.js';
import type { DevArticle } from './lib/dev-gold.js';
import { addTally, emptyTally, scoreEntities, scoreNumbers, scoreQuotes, tallyPRF } from './lib/dev-scorer.js';
import type { PRF } from './lib/dev-scorer.js';
import { sharedOrExit } from './lib/shared.js';

const articles = loadDevSet(sharedOrExit('the dev-set evaluation', 'dev')) as DevArticle[];
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const fmt = (s: PRF) => `P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`;

const quoteDet = emptyTally();
const quoteE2E = emptyTally();
let matched = 0;
let speakerRight = 0;
const ent = { person: emptyTally(), organization: emptyTally(), location: emptyTally(), all: emptyTally() };
const num = emptyTally();
let countedRight = 0;
let countedTotal = 0;
let ms = 0;

console.log(`${'article'.padEnd(22)} quotes e2e F1  entities F1  numbers F1`);
for (const art of articles) {
  const a = analyze(art.text);
  ms += a.stats.milliseconds;
  const q = scoreQuotes(art, a.quotes);
  const e = scoreEntities(art, a);
  const n = scoreNumbers(art, a);
  addTally(quoteDet, q.detection);
  addTally(quoteE2E, q.endToEnd);
  matched += q.matches.filter((m) => m.predicted).length;
  speakerRight += q.matches.filter((m) => m.speakerRight).length;
  for (const t of ['person', 'organization', 'location'] as const) addTally(ent[t], e.byType[t]);
  addTally(ent.all, e.all);
  addTally(num, n.detection);
  countedRight += n.counted.right;
  countedTotal += n.counted.total;
  console.log(`${art.name.padEnd(22)} ${pct(q.endToEnd.f1)}         ${pct(e.all.f1)}        ${pct(n.detection.f1)}`);
}

console.log(`\n${articles.length} articles, ${ms.toFixed(0)} ms in analyze()`);
console.log(`quotes     detection  ${fmt(tallyPRF(quoteDet))}`);
console.log(`           speaker accuracy among matched ${pct(matched ? speakerRight / matched : 1)}`);
console.log(`           end-to-end ${fmt(tallyPRF(quoteE2E))}`);
for (const t of ['person', 'organization', 'location', 'all'] as const) console.log(`entities   ${t.padEnd(12)} ${fmt(tallyPRF(ent[t]))}`);
console.log(`numbers    found      ${fmt(tallyPRF(num))}`);
console.log(`           counted noun right ${countedRight}/${countedTotal}`);
