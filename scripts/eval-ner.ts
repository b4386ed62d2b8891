/**
 * `npm run eval:ner`: names, measured three ways.
 *  1. ANERcorp test (CAMeL Lab split), conlleval-style entity-level P/R/F1 per type and micro, for
 *     PER/LOC/ORG and all four types: the tagger alone (sentence by sentence, gold tokens), and the
 *     whole engine (`analyze()` on the raw text, documents of 15 sentences, mentions mapped back to
 *     the tokens: scripts/ner/engine-bio.ts).
 *  2. ../shared/dev: document-level names per type, scored as ../shared/dev/README.md says
 *     (scripts/lib/dev-scorer.ts), on all 83 articles, per source family and on the held-out part.
 * Options: --dev (only the dev set), --anercorp (only ANERcorp), --verbose (list misses; on the dev
 * set, of the tuning articles only — never the held-out part's, so nobody tunes on them by accident),
 * --record (write the whole-engine ANERcorp figure into ner-model.meta.json, which
 * test/engine/ner-regression.test.ts holds the engine to), --show FILE (print the entities found in
 * a text file, nothing else), --breakdown (where the engine loses or adds entities against the
 * tagger, per class, on the ANERcorp tuning slice: the last 10% of train, as `train:ner -- --tune`
 * holds out; `--breakdown test` on the test set instead).
 * Skips cleanly when ../shared is absent.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, sharedOrExit } from './lib/shared.js';
import { analyze } from '../src/engine/index.js';
import { parseConll, score } from './ner/conll.js';
import type { Score } from './ner/conll.js';
import { tagSentences } from '../src/engine/entities/tagger/tagger.js';
import { engineLabels } from './ner/engine-bio.js';
import { breakdown } from './ner/breakdown.js';
import { newsArticles } from './ner/news.js';
import { loadDevSet } from './lib/dev-gold.js';
import type { DevArticle } from './lib/dev-gold.js';
import { addTally, emptyTally, scoreEntities, tallyPRF } from './lib/dev-scorer.js';
import type { Tally } from './lib/dev-scorer.js';
import { GROUPS, groupsOf } from './lib/dev-report.js';

const argv = process.argv.slice(2);
const args = new Set(argv);
if (args.has('--show')) {
  const text = readFileSync(argv[argv.indexOf('--show') + 1], 'utf8');
  const a = analyze(text, { stages: { quotes: false, numbers: false } });
  for (const e of a.entities) console.log(`${e.id} ${e.type} ${e.name}${e.role ? ` [${e.role}]` : ''} | ${e.mentions.map((m) => m.text).join(' / ')}`);
  console.log(`${a.stats.tokens} tokens, ${a.stats.milliseconds} ms`);
  process.exit(0);
}
const verbose = args.has('--verbose');
const doNews = args.has('--news');
const doDev = !args.has('--anercorp') && !doNews;
const doAner = !args.has('--dev') && !doNews;
const names = (text: string) => analyze(text, { stages: { quotes: false } });

function printScore(title: string, s: Score): void {
  console.log(`\n${title}`);
  console.log('type        P      R      F1    gold  pred');
  for (const [t, v] of Object.entries(s.perType)) {
    console.log(`${t.padEnd(6)} ${v.precision.toFixed(2).padStart(6)} ${v.recall.toFixed(2).padStart(6)} ${v.f1.toFixed(2).padStart(6)} ${String(v.gold).padStart(6)} ${String(v.predicted).padStart(5)}`);
  }
  const m = s.micro;
  console.log(`${'micro'.padEnd(6)} ${m.precision.toFixed(2).padStart(6)} ${m.recall.toFixed(2).padStart(6)} ${m.f1.toFixed(2).padStart(6)} ${String(m.gold).padStart(6)} ${String(m.predicted).padStart(5)}`);
}

if (args.has('--breakdown')) {
  const onTest = argv[argv.indexOf('--breakdown') + 1] === 'test';
  const name = onTest ? 'ANERCorp_CamelLab_test.txt' : 'ANERCorp_CamelLab_train.txt';
  const all = parseConll(readFileSync(sharedOrExit('the ANERcorp breakdown', 'corpora', 'anercorp-camel', name), 'utf8'));
  const sents = onTest ? all : all.slice(Math.floor(all.length * 0.9));
  const words = sents.map((s) => s.words);
  const tagger = tagSentences(words);
  const engine = engineLabels(words, names, 15);
  const types = ['PERS', 'LOC', 'ORG'];
  console.log(`ANERcorp ${onTest ? 'test' : 'tuning slice (last 10% of train)'}: ${sents.length} sentences`);
  console.log(`tagger F1 ${score(sents.map((s) => s.tags), tagger, types).micro.f1.toFixed(2)}, engine F1 ${score(sents.map((s) => s.tags), engine, types).micro.f1.toFixed(2)}\n`);
  console.log(breakdown(words, sents.map((s) => s.tags), tagger, engine, types, verbose ? 40 : 12));
  process.exit(0);
}

if (doAner) {
  const file = sharedOrExit('the ANERcorp evaluation', 'corpora', 'anercorp-camel', 'ANERCorp_CamelLab_test.txt');
  const test = parseConll(readFileSync(file, 'utf8'));
  const gold = test.map((s) => s.tags);
  const tokens = test.reduce((n, s) => n + s.words.length, 0);
  let t0 = performance.now();
  const pred = tagSentences(test.map((s) => s.words));
  const ms = performance.now() - t0;
  console.log(`ANERcorp test (CAMeL Lab split): ${test.length} sentences, ${tokens} tokens, tagged in ${ms.toFixed(0)} ms`);
  printScore('Tagger alone: PER / LOC / ORG', score(gold, pred, ['PERS', 'LOC', 'ORG']));
  printScore('Tagger alone: all four types', score(gold, pred, ['PERS', 'LOC', 'ORG', 'MISC']));
  // The tagger's second pass remembers how words were labelled in the sentences around (a sliding
  // window across the whole file); the engine sees documents of 15 sentences, so the fair baseline
  // for it is the tagger on the same documents.
  const blocks: string[][] = [];
  for (let i = 0; i < test.length; i += 15) blocks.push(...tagSentences(test.slice(i, i + 15).map((s) => s.words)));
  console.log(`\nTagger alone on documents of 15 sentences (what the engine sees): PER/LOC/ORG micro F1 ${score(gold, blocks, ['PERS', 'LOC', 'ORG']).micro.f1.toFixed(2)}`);
  t0 = performance.now();
  const viaEngine = engineLabels(test.map((s) => s.words), names, 15);
  const engine = score(gold, viaEngine, ['PERS', 'LOC', 'ORG']);
  printScore(`Whole engine (analyze() on raw text, 15 sentences a document, ${(performance.now() - t0).toFixed(0)} ms): PER / LOC / ORG`, engine);
  if (args.has('--record')) {
    const file = join(ROOT, 'src/engine/models/ner-model.meta.json');
    const meta = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    meta.engine = { f1_3types: Number(engine.micro.f1.toFixed(2)), documentSentences: 15 };
    writeFileSync(file, JSON.stringify(meta, null, 2) + '\n');
    console.log(`recorded the whole-engine figure in ${file}`);
  }
}

type Key = 'person' | 'organization' | 'location' | 'all';
const TYPES: readonly Key[] = ['person', 'organization', 'location', 'all'];

/** Document-level names of `articles`, summed per group. */
function documentLevel(title: string, articles: readonly DevArticle[], groups: (a: DevArticle) => readonly string[]): void {
  const sums = new Map<string, Record<Key, Tally> & { n: number }>();
  for (const art of articles) {
    const e = scoreEntities(art, names(art.text));
    for (const g of groups(art)) {
      let s = sums.get(g);
      if (!s) sums.set(g, (s = { person: emptyTally(), organization: emptyTally(), location: emptyTally(), all: emptyTally(), n: 0 }));
      s.n++;
      for (const t of ['person', 'organization', 'location'] as const) addTally(s[t], e.byType[t]);
      addTally(s.all, e.all);
    }
    if (verbose && !art.heldOut && (e.missed.length || e.spurious.length)) {
      console.log(`\n${art.name}`);
      for (const m of e.missed) console.log(`  missed ${m.type}: ${m.forms.join(' / ')}`);
      for (const x of e.spurious) console.log(`  extra  ${x.type}: ${x.name}`);
    }
  }
  console.log(`\n${title}: document-level names (P / R / F1)`);
  console.log(`${'part'.padEnd(10)} ${'n'.padStart(3)}  ${TYPES.map((t) => t.padEnd(18)).join(' ')}`);
  for (const [g, s] of sums) {
    const cells = TYPES.map((t) => {
      const p = tallyPRF(s[t]);
      return `${(100 * p.precision).toFixed(1)}/${(100 * p.recall).toFixed(1)}/${(100 * p.f1).toFixed(1)}`.padEnd(18);
    });
    console.log(`${g.padEnd(10)} ${String(s.n).padStart(3)}  ${cells.join(' ')}`);
  }
}

if (doDev) {
  const dev = loadDevSet(sharedOrExit('the dev-set name evaluation', 'dev'))!;
  documentLevel(`../shared/dev (${dev.length} articles)`, dev, (a) => GROUPS.filter((g) => groupsOf(a).includes(g)));
  // The news tuning articles are scored by `npm run train:ner -- --tune`; the shipped model is
  // trained on all of them.
}

if (doNews) {
  // `--news`: the same document-level score on ../shared/ner-news and quotes-train. The shipped
  // tagger learnt from all of them, so this measures what the rules and document stage add or lose
  // on top of a tagger that knows the text — a source of failure classes, not of generalisation.
  const news = newsArticles();
  if (!news.length) sharedOrExit('the news name evaluation', 'ner-news');
  documentLevel(`../shared/ner-news + quotes-train (${news.length} articles)`, news, () => ['all']);
}
