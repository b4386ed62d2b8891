/**
 * `npm run train:ner`: trains the name tagger and writes the model file the engine ships
 * (src/engine/models/ner-model.bin, with its summary ner-model.meta.json). Training data: ANERcorp's
 * train split (CAMeL Lab; 2000s news) and the news articles annotated for this project
 * (../shared/ner-news and the entities of ../shared/quotes-train, 2018; scripts/ner/news.ts).
 * Features also read word clusters (`npm run train:clusters` first: .tmp/ner/clusters.tsv) and the
 * NERAr and Wikidata name lists (scripts/ner/name-lists.ts); both are packed into the model file.
 *
 *   npm run train:ner                 train on everything, write the model, score ANERcorp test
 *   npm run train:ner -- --repack     only recompile the rules' lexicon from lang/ar into the model
 *                                     file (it does not feed the tagger's features: no retraining)
 *   npm run train:ner -- --reprune X  drop the committed model's features whose weights are all
 *                                     below X, and re-measure it (no retraining)
 *   npm run train:ner -- --tune       train without the tuning parts (the last 10% of ANERcorp train,
 *                                     the news articles news.ts sets aside) and score those parts;
 *                                     the test split is not read
 *   options: --epochs1 N --epochs2 N --folds N --min-count N --prune X --o-bias X (--obias a,b,c
 *            with --tune scores several) --mask P --hide P --ensemble K --news-copies K
 *            --no-clusters --no-lists --no-write --dump FILE (with --tune: the tuning parts tagged)
 *            --seed N (another shuffle and masking: how much of a difference is chance)
 *
 * Deterministic: fixed seeds, fixed order. Never reads ../shared/dev (the dev set and its Saudi
 * articles are for measuring only).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ROOT, sharedOrExit } from './lib/shared.js';
import { parseConll, score } from './ner/conll.js';
import type { TaggedSentence } from './ner/conll.js';
import { LABELS } from '../src/engine/entities/tagger/model.js';
import { readModelFile } from '../src/engine/entities/tagger/model-file.js';
import { Scorer } from '../src/engine/entities/tagger/features.js';
import { featureLexicon, lexiconFingerprint, packLexicon } from '../src/engine/entities/tagger/lexicon.js';
import { NameTables, LIST_SHIFT, WIKI_SHIFT, frequencyBits, packPhrases, packWords } from '../src/engine/entities/tagger/tables.js';
import type { TableColumns } from '../src/engine/entities/tagger/tables.js';
import { tagStacked } from '../src/engine/entities/tagger/two-pass.js';
import type { Pass } from '../src/engine/entities/tagger/two-pass.js';
import { MEMORY_WINDOW } from '../src/engine/entities/tagger/memory.js';
import { trainStacked } from './ner/stack-train.js';
import type { LabelledSentence } from './ner/stack-train.js';
import type { DenseModel } from './ner/train.js';
import { labelledSentences, newsArticles } from './ner/news.js';
import { loadNameLists } from './ner/name-lists.js';
import { pruneModelFile, replaceSection, writeModelFile } from './ner/model-writer.js';
import type { PassWeights } from './ner/model-writer.js';
import { buildLexicon } from '../src/engine/entities/lexicon-build.js';
import { engineLabels } from './ner/engine-bio.js';

const argv = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : def;
};
const tune = argv.includes('--tune');
const write = !argv.includes('--no-write') && !tune;
const EPOCHS1 = opt('--epochs1', 10);
const EPOCHS2 = opt('--epochs2', 10);
const FOLDS = opt('--folds', 5);
const MIN_COUNT = opt('--min-count', 1);
/** Features whose weights are all smaller are dropped: 1 keeps every dev and ANERcorp figure of a 0.05 cut at 40% of the size. */
const PRUNE = opt('--prune', 1);
const MASK = opt('--mask', 0.5);
const HIDE = opt('--hide', 0.3);
const ENSEMBLE = opt('--ensemble', 2);
const NEWS_COPIES = opt('--news-copies', 1);
const SEED = opt('--seed', 20240601);
const OBIAS_LIST = (argv.includes('--obias') ? argv[argv.indexOf('--obias') + 1] : '').split(',').filter(Boolean).map(Number);
const OBIAS = OBIAS_LIST.length === 1 ? OBIAS_LIST[0] : opt('--o-bias', 5);

if (argv.includes('--repack')) {
  const path = join(ROOT, 'src/engine/models/ner-model.bin');
  const bytes = replaceSection(readFileSync(path), 'rlex', new TextEncoder().encode(JSON.stringify(buildLexicon())));
  writeFileSync(path, bytes);
  console.log(`recompiled the rules' lexicon into ${path}`);
  process.exit(0);
}

if (argv.includes('--reprune')) {
  const path = join(ROOT, 'src/engine/models/ner-model.bin');
  const min = opt('--reprune', PRUNE);
  const pruned = pruneModelFile(readFileSync(path), min);
  writeFileSync(path, pruned.file);
  const metaPath = join(ROOT, 'src/engine/models/ner-model.meta.json');
  const old = JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, unknown>;
  const aner0 = sharedOrExit('re-measuring the model', 'corpora', 'anercorp-camel');
  const test0 = parseConll(readFileSync(join(aner0, 'ANERCorp_CamelLab_test.txt'), 'utf8'));
  const { tagSentences } = await import('../src/engine/entities/tagger/tagger.js');
  const { analyze } = await import('../src/engine/index.js');
  const pred = tagSentences(test0.map((x) => x.words));
  const gold0 = test0.map((x) => x.tags);
  const three = score(gold0, pred, ['PERS', 'LOC', 'ORG']);
  const four = score(gold0, pred, ['PERS', 'LOC', 'ORG', 'MISC']);
  const engine0 = score(gold0, engineLabels(test0.map((x) => x.words), (t) => analyze(t, { stages: { quotes: false } }), 15), ['PERS', 'LOC', 'ORG']).micro.f1;
  const meta = {
    ...old,
    prune: min,
    features: pruned.kept,
    bytes: pruned.file.byteLength,
    gzipBytes: gzipSync(pruned.file).length,
    test: {
      f1_3types: Number(three.micro.f1.toFixed(2)),
      f1_4types: Number(four.micro.f1.toFixed(2)),
      perType: Object.fromEntries(Object.entries(four.perType).map(([k, v]) => [k, Number(v.f1.toFixed(2))])),
    },
    engine: { f1_3types: Number(engine0.toFixed(2)), documentSentences: 15 },
  };
  writeFileSync(metaPath, JSON.stringify(meta, null, 2) + '\n');
  console.log(`kept ${pruned.kept} of ${pruned.of} features (${(pruned.file.byteLength / 1e6).toFixed(2)} MB); ANERcorp test ${three.micro.f1.toFixed(2)} alone, ${engine0.toFixed(2)} through the engine`);
  process.exit(0);
}

const aner = sharedOrExit('training the name tagger', 'corpora', 'anercorp-camel');
const t0 = performance.now();
const secs = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;

// ---------------------------------------------------------------------------------------------
// Tables: word clusters and name lists.

function buildTables(): { tables: NameTables; columns: TableColumns; info: Record<string, number> } {
  const entries = new Map<string, number>();
  const info: Record<string, number> = {};
  const clusters = join(ROOT, '.tmp', 'ner', 'clusters.tsv');
  if (!argv.includes('--no-clusters')) {
    if (!existsSync(clusters)) {
      console.error('No word clusters: run `npm run train:clusters` first (or pass --no-clusters).');
      process.exit(1);
    }
    for (const line of readFileSync(clusters, 'utf8').split('\n')) {
      const [w, , , l3, count] = line.split('\t');
      if (w && l3 !== undefined) entries.set(w, (Number(l3) + 1) | frequencyBits(Number(count)));
    }
    info.clusterWords = entries.size;
  }
  let phrases: { words: string[]; flag: number }[] = [];
  if (!argv.includes('--no-lists')) {
    const lists = loadNameLists(sharedOrExit('the name lists', 'gazetteers'));
    for (const [w, bits] of lists.wordBits) entries.set(w, (entries.get(w) ?? 0) | (bits << LIST_SHIFT));
    for (const [w, b] of lists.wiki) entries.set(w, (entries.get(w) ?? 0) | (b << WIKI_SHIFT));
    phrases = lists.phrases;
    info.listWords = lists.wordBits.size;
    info.wikidataWords = lists.wiki.size;
    info.listPhrases = phrases.length;
  }
  const lexicon = packLexicon(featureLexicon());
  const columns: TableColumns = { words: packWords(entries, lexicon.lex), phrases: packPhrases(phrases), gazetteer: lexicon.gazetteer, skeletons: lexicon.skeletons };
  return { tables: new NameTables(columns), columns, info };
}

// ---------------------------------------------------------------------------------------------
// Data.

/** Fixes the rare I- without a B- in the data (39 in ANERcorp train) so gold sequences obey BIO. */
function labelIds(tags: readonly string[]): Uint8Array {
  const out = new Uint8Array(tags.length);
  for (let i = 0; i < tags.length; i++) {
    let t = tags[i];
    if (t.startsWith('I-') && (i === 0 || tags[i - 1].slice(2) !== t.slice(2))) t = 'B-' + t.slice(2);
    const id = LABELS.indexOf(t as (typeof LABELS)[number]);
    out[i] = id < 0 ? 0 : id;
  }
  return out;
}

const anerTrain = parseConll(readFileSync(join(aner, 'ANERCorp_CamelLab_train.txt'), 'utf8'));
const anerCut = Math.floor(anerTrain.length * 0.9);
const news = newsArticles().map((a) => ({ tune: a.tune, sents: labelledSentences(a) }));
console.log(`data: ANERcorp train ${anerTrain.length} sentences; news ${news.length} articles (${news.filter((a) => a.tune).length} for tuning)  ${secs()}`);

function trainingSet(): LabelledSentence[] {
  const out: LabelledSentence[] = (tune ? anerTrain.slice(0, anerCut) : anerTrain).map((s) => ({ words: s.words, gold: labelIds(s.tags), doc: -1 }));
  news.forEach((a, k) => {
    if (tune && a.tune) return;
    // News sentences can be seen more than once (--news-copies) to weigh the register more.
    for (let c = 0; c < NEWS_COPIES; c++) for (const s of a.sents) out.push({ words: s.words, gold: labelIds(s.tags), doc: k * NEWS_COPIES + c });
  });
  return out;
}

const { tables, columns, info } = buildTables();
console.log(`tables: ${JSON.stringify(info)}  ${secs()}`);

function fit(sents: readonly LabelledSentence[]): { first: DenseModel; second: DenseModel } {
  return trainStacked(sents, { epochs1: EPOCHS1, epochs2: EPOCHS2, folds: FOLDS, seed: SEED, minCount: MIN_COUNT, tables, mask: MASK, hide: HIDE, ensemble: ENSEMBLE, log: (m) => console.log(m + '  ' + secs()) });
}

const passOf = (w: DenseModel | Pass['weights'], t: NameTables = tables): Pass => ({ weights: w, scorer: new Scorer(w, t) });

/** Tags `docs` (each a list of sentences tagged as one document) and scores them. */
function evaluate(first: Pass, second: Pass, docs: readonly (readonly TaggedSentence[])[]) {
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const d of docs) {
    gold.push(...d.map((s) => s.tags));
    pred.push(...tagStacked(first, second, d.map((s) => s.words), MEMORY_WINDOW).map((p) => Array.from(p, (y) => LABELS[y] as string)));
  }
  return { three: score(gold, pred, ['PERS', 'LOC', 'ORG']), four: score(gold, pred, ['PERS', 'LOC', 'ORG', 'MISC']) };
}

function line(name: string, s: ReturnType<typeof evaluate>): string {
  const per = Object.entries(s.four.perType).map(([k, v]) => `${k} ${v.f1.toFixed(1)}`).join(' ');
  const m = s.three.micro;
  return `${name}  PER/LOC/ORG F1 ${m.f1.toFixed(2)} (P ${m.precision.toFixed(1)} R ${m.recall.toFixed(1)})  4-type F1 ${s.four.micro.f1.toFixed(2)}  (${per})`;
}

const train = trainingSet();
console.log(`training on ${train.length} sentences: pass 1 ${EPOCHS1} epochs, pass 2 ${EPOCHS2} epochs, ${FOLDS} folds, min-count ${MIN_COUNT}, mask ${MASK}, hide ${HIDE}, ensemble ${ENSEMBLE}, news copies ${NEWS_COPIES}`);
const fitted = fit(train);

if (tune) {
  const anerTune = [anerTrain.slice(anerCut)];
  const newsTune = news.filter((a) => a.tune).map((a) => a.sents);
  for (const d of OBIAS_LIST.length ? OBIAS_LIST : [OBIAS]) {
    const first = passOf(fitted.first);
    const second = passOf(fitted.second.withOBias(d));
    console.log(line(`O-bias ${d}: ANERcorp tune (${anerTune[0].length} sentences)`, evaluate(first, second, anerTune)));
    console.log(line(`O-bias ${d}: news tune (${newsTune.length} articles)`, evaluate(first, second, newsTune)));
  }
  // --dump FILE: the tuning parts tagged (word, gold, predicted), for reading the errors.
  if (argv.includes('--dump')) {
    const first = passOf(fitted.first);
    const second = passOf(fitted.second.withOBias(OBIAS));
    const rows: string[] = [];
    for (const d of [...anerTune, ...newsTune]) {
      const pred = tagStacked(first, second, d.map((s) => s.words), MEMORY_WINDOW);
      d.forEach((s, k) => {
        s.words.forEach((w, i) => rows.push(`${w}\t${s.tags[i]}\t${LABELS[pred[k][i]]}`));
        rows.push('');
      });
    }
    writeFileSync(argv[argv.indexOf('--dump') + 1], rows.join('\n'));
  }
} else {
  const second = fitted.second.withOBias(OBIAS);
  const passes: [PassWeights, PassWeights] = [fitted.first, second].map((m) => ({ ...m.pruned(PRUNE), trans: m.trans })) as [PassWeights, PassWeights];
  const lexicon = buildLexicon();
  const file = writeModelFile({ meta: {}, passes, tables: columns, lexicon });
  // Score the file itself, as the engine will read it.
  const read = readModelFile(file);
  const readTables = new NameTables(read.tables);
  const test = parseConll(readFileSync(join(aner, 'ANERCorp_CamelLab_test.txt'), 'utf8'));
  const s = evaluate(passOf(read.passes[0], readTables), passOf(read.passes[1], readTables), [test]);
  console.log(line('ANERcorp test', s));
  const meta = {
    trainedOn: {
      anercorp: 'ANERCorp_CamelLab_train.txt',
      news: `${news.length} articles of ../shared/ner-news and ../shared/quotes-train`,
      newsCopies: NEWS_COPIES,
    },
    epochs1: EPOCHS1,
    epochs2: EPOCHS2,
    folds: FOLDS,
    minCount: MIN_COUNT,
    mask: MASK,
    hide: HIDE,
    ensemble: ENSEMBLE,
    prune: PRUNE,
    oBias: OBIAS,
    seed: SEED,
    tables: info,
    features: new Set([...passes[0].keys, ...passes[1].keys]).size,
    bytes: file.byteLength,
    gzipBytes: gzipSync(file).length,
    // The lexicon the features were built from (a test checks the shipped one still matches).
    lexicon: {
      fingerprint: lexiconFingerprint(featureLexicon()),
      i18nIsoCountries: (JSON.parse(readFileSync(join(ROOT, 'node_modules/i18n-iso-countries/package.json'), 'utf8')) as { version: string }).version,
    },
    test: {
      f1_3types: Number(s.three.micro.f1.toFixed(2)),
      f1_4types: Number(s.four.micro.f1.toFixed(2)),
      perType: Object.fromEntries(Object.entries(s.four.perType).map(([k, v]) => [k, Number(v.f1.toFixed(2))])),
    },
  };
  console.log(`model file: ${(file.byteLength / 1e6).toFixed(2)} MB, ${(meta.gzipBytes / 1e6).toFixed(2)} MB gzip`);
  if (write) {
    const final = writeModelFile({ meta, passes, tables: columns, lexicon });
    writeFileSync(join(ROOT, 'src/engine/models/ner-model.bin'), final);
    // The whole engine with this model (analyze() on ANERcorp test as raw text), the figure the
    // regression test holds the engine to (`npm run eval:ner -- --record` rewrites it after rule changes).
    const { analyze } = await import('../src/engine/index.js');
    const viaEngine = engineLabels(test.map((x) => x.words), (t) => analyze(t, { stages: { quotes: false } }), 15);
    const engine = score(test.map((x) => x.tags), viaEngine, ['PERS', 'LOC', 'ORG']).micro.f1;
    console.log(`ANERcorp test through the whole engine: PER/LOC/ORG F1 ${engine.toFixed(2)}`);
    writeFileSync(join(ROOT, 'src/engine/models/ner-model.meta.json'), JSON.stringify({ ...meta, engine: { f1_3types: Number(engine.toFixed(2)), documentSentences: 15 } }, null, 2) + '\n');
    console.log('wrote src/engine/models/ner-model.bin and ner-model.meta.json');
  }
}
console.log(`done in ${secs()}`);
