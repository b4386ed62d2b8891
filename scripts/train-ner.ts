/**
 * `npm run train:ner`: trains the name tagger on the ANERcorp train split (CAMeL Lab) and writes
 * the model into src/engine/models/ (committed; derived from ANERcorp, CC BY-SA 4.0).
 *
 *   npm run train:ner                      full train split, write the model and its meta file
 *   npm run train:ner -- --tune            fit on the first 90% of train, score the last 10%
 *                                          (tuning; the test split is not read)
 *   npm run train:ner -- --cv 5            5-fold cross-validation over train (tuning)
 *   options: --epochs1 N --epochs2 N --folds N --min-count N --prune X --o-bias X --slice N --no-write
 *            --mask P (probability a training name is masked in an extra copy, stack.ts)
 *            --ensemble K (runs averaged per pass)
 *            (--obias a,b,c with --tune/--cv scores several O-biases at once)
 *
 * Deterministic: fixed seeds, fixed order. The test split is read only after the final training,
 * to record the score the regression test checks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ROOT, sharedOrExit } from './lib/shared.js';
import { parseConll, score } from './ner/conll.js';
import type { TaggedSentence } from './ner/conll.js';
import { LABELS, PackedWeights, pack, serialize, toBase64 } from '../src/engine/entities/tagger/model.js';
import type { Weights } from '../src/engine/entities/tagger/model.js';
import { trainStacked } from './ner/stack-train.js';
import { tagStacked } from '../src/engine/entities/tagger/two-pass.js';
import type { LabelledSentence } from './ner/stack-train.js';
import { MEMORY_WINDOW } from '../src/engine/entities/tagger/memory.js';
import { lexiconFingerprint } from '../src/engine/entities/tagger/features.js';

const argv = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : def;
};
const tune = argv.includes('--tune');
const write = !argv.includes('--no-write') && !tune && !argv.includes('--cv');
const EPOCHS1 = opt('--epochs1', 10);
const EPOCHS2 = opt('--epochs2', 10);
const FOLDS = opt('--folds', 5);
const CV = opt('--cv', 0);
const MIN_COUNT = opt('--min-count', 1);
const PRUNE = opt('--prune', 0.05);
const SLICE = opt('--slice', 0);
const WINDOW = opt('--window', MEMORY_WINDOW);
const MASK = opt('--mask', 0.5);
const ENSEMBLE = opt('--ensemble', 3);
const SEED = 20240601;
/** O-bias of the second pass (see DenseModel.withOBias; 5 chosen by 5-fold CV on train); tuning tries several with --obias a,b,c. */
const OBIAS_LIST = (argv.includes('--obias') ? argv[argv.indexOf('--obias') + 1] : '').split(',').filter(Boolean).map(Number);
const OBIAS = OBIAS_LIST.length === 1 ? OBIAS_LIST[0] : opt('--o-bias', 5);

const dir = sharedOrExit('training the name tagger', 'corpora', 'anercorp-camel');
let train = parseConll(readFileSync(join(dir, 'ANERCorp_CamelLab_train.txt'), 'utf8'));
if (SLICE) train = train.slice(0, SLICE);
const t0 = performance.now();
const secs = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;

/** Fixes the rare I- without a B- in the data (39 in train) so gold sequences obey BIO. */
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

const labelled = (sents: readonly TaggedSentence[]): LabelledSentence[] => sents.map((s) => ({ words: s.words, gold: labelIds(s.tags) }));

function fit(sents: readonly TaggedSentence[]) {
  return trainStacked(labelled(sents), { epochs1: EPOCHS1, epochs2: EPOCHS2, folds: FOLDS, seed: SEED, minCount: MIN_COUNT, window: WINDOW, mask: MASK, ensemble: ENSEMBLE, log: (m) => console.log(m + '  ' + secs()) });
}

function evaluate(first: Weights, second: Weights, sents: readonly TaggedSentence[]) {
  const pred = tagStacked(first, second, sents.map((s) => s.words)).map((p) => Array.from(p, (y) => LABELS[y] as string));
  const gold = sents.map((s) => s.tags);
  return { three: score(gold, pred, ['PERS', 'LOC', 'ORG']), four: score(gold, pred, ['PERS', 'LOC', 'ORG', 'MISC']) };
}

function line(name: string, s: ReturnType<typeof evaluate>): string {
  const per = Object.entries(s.four.perType).map(([k, v]) => `${k} ${v.f1.toFixed(1)}`).join(' ');
  return `${name}  3-type F1 ${s.three.micro.f1.toFixed(2)}  4-type F1 ${s.four.micro.f1.toFixed(2)}  (${per})`;
}

if (tune || CV) {
  const parts: [TaggedSentence[], TaggedSentence[]][] = [];
  if (tune) {
    const cut = Math.floor(train.length * 0.9);
    parts.push([train.slice(0, cut), train.slice(cut)]);
  } else {
    const size = Math.ceil(train.length / CV);
    for (let f = 0; f < CV; f++) parts.push([[...train.slice(0, f * size), ...train.slice((f + 1) * size)], train.slice(f * size, (f + 1) * size)]);
  }
  const biases = OBIAS_LIST.length ? OBIAS_LIST : [OBIAS];
  const gold: string[][] = [];
  const pred: string[][][] = biases.map(() => []);
  for (const [a, b] of parts) {
    const { first, second } = fit(a);
    gold.push(...b.map((s) => s.tags));
    biases.forEach((d, k) => {
      const p = tagStacked(first, second.withOBias(d), b.map((s) => s.words), WINDOW).map((x) => Array.from(x, (y) => LABELS[y] as string));
      pred[k].push(...p);
    });
    console.log(`part of ${b.length} sentences done  ${secs()}`);
  }
  biases.forEach((d, k) => {
    const s3 = score(gold, pred[k], ['PERS', 'LOC', 'ORG']);
    console.log(line(`ALL held-out, O-bias ${d}`, { three: s3, four: score(gold, pred[k], ['PERS', 'LOC', 'ORG', 'MISC']) }) + `  P ${s3.micro.precision.toFixed(1)} R ${s3.micro.recall.toFixed(1)}`);
  });
} else {
  console.log(`training on ${train.length} sentences: pass 1 ${EPOCHS1} epochs, pass 2 ${EPOCHS2} epochs, ${FOLDS} folds, min-count ${MIN_COUNT}, mask ${MASK}, ensemble ${ENSEMBLE}`);
  const fitted = fit(train);
  const first = fitted.first;
  const second = fitted.second.withOBias(OBIAS);
  const bins = [first, second].map((m) => {
    const { keys, weights } = m.pruned(PRUNE);
    return serialize(pack(keys, weights, m.trans));
  });
  const gz = bins.reduce((n, b) => n + gzipSync(b).length, 0);
  const bytes = bins.reduce((n, b) => n + b.length, 0);
  console.log(`model: ${bins.map((b) => new PackedWeights(b).size).join(' + ')} features, ${(bytes / 1e6).toFixed(2)} MB, ${(gz / 1e6).toFixed(2)} MB gzip`);
  const [p1, p2] = bins.map((b) => new PackedWeights(b));
  const test = parseConll(readFileSync(join(dir, 'ANERCorp_CamelLab_test.txt'), 'utf8'));
  const s = evaluate(p1, p2, test);
  console.log(line('ANERcorp test', s));
  if (write) {
    writeFileSync(
      join(ROOT, 'src/engine/models/ner-model.ts'),
      `// Generated by \`npm run train:ner\`; do not edit. Derived from ANERcorp (CC BY-SA 4.0): see LICENSE.md here.\n` +
        `// Two averaged-perceptron passes, packed (src/engine/entities/tagger/model.ts), base64.\n` +
        `export const NER_PASS1 =\n  '${toBase64(bins[0])}';\n` +
        `export const NER_PASS2 =\n  '${toBase64(bins[1])}';\n`,
    );
    const meta = {
      trainedOn: 'ANERCorp_CamelLab_train.txt',
      epochs1: EPOCHS1,
      epochs2: EPOCHS2,
      folds: FOLDS,
      minCount: MIN_COUNT,
      mask: MASK,
      ensemble: ENSEMBLE,
      prune: PRUNE,
      oBias: OBIAS,
      seed: SEED,
      features: [p1.size, p2.size],
      // The lexicon the features were built from (a test checks the shipped one still matches).
      lexicon: {
        fingerprint: lexiconFingerprint(),
        i18nIsoCountries: (JSON.parse(readFileSync(join(ROOT, 'node_modules/i18n-iso-countries/package.json'), 'utf8')) as { version: string }).version,
      },
      bytes,
      gzipBytes: gz,
      test: {
        f1_3types: Number(s.three.micro.f1.toFixed(2)),
        f1_4types: Number(s.four.micro.f1.toFixed(2)),
        perType: Object.fromEntries(Object.entries(s.four.perType).map(([k, v]) => [k, Number(v.f1.toFixed(2))])),
      },
    };
    writeFileSync(join(ROOT, 'src/engine/models/ner-model.meta.json'), JSON.stringify(meta, null, 2) + '\n');
    console.log('wrote src/engine/models/ner-model.ts and ner-model.meta.json');
  }
}
console.log(`done in ${secs()}`);
