/**
 * `npm run train:clusters`: word clusters for the name tagger, learned from unlabelled news
 * (../shared/corpora/ant and ANERcorp train, see scripts/ner/unlabelled.ts). Skip-gram word
 * vectors (word2vec with negative sampling, Mikolov et al. 2013) then hierarchical k-means on them:
 * 32 clusters, each split in 8 (256), each of those in 8 (2,048), so a word has a cluster at
 * three granularities. The C++ program (scripts/ner/clusters.cpp) is compiled with g++ and runs
 * on one core; it is deterministic for its seed. Writes .tmp/ner/clusters.tsv (word, three
 * cluster ids, count), which `npm run train:ner` packs into the shipped model.
 *   options: --min-count N (default 5), --epochs N (default 5), --dim N (default 100)
 */
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, sharedOrExit } from './lib/shared.js';
import { unlabelledLines } from './ner/unlabelled.js';

const argv = process.argv.slice(2);
const opt = (name: string, def: number): number => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : def);
const ant = sharedOrExit('the word clusters', 'corpora', 'ant');
const train = sharedOrExit('the word clusters', 'corpora', 'anercorp-camel', 'ANERCorp_CamelLab_train.txt');
const dir = join(ROOT, '.tmp', 'ner');
mkdirSync(dir, { recursive: true });
const corpus = join(dir, 'corpus.txt');
const t0 = performance.now();
const secs = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;

if (!existsSync(corpus) || argv.includes('--corpus')) {
  const out = createWriteStream(corpus);
  let lines = 0;
  for await (const line of unlabelledLines(ant, train)) {
    if (!out.write(line + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
    if (++lines % 100_000 === 0) console.log(`${lines} lines  ${secs()}`);
  }
  await new Promise<void>((r) => out.end(() => r()));
  console.log(`corpus: ${lines} lines, ${(statSync(corpus).size / 1e6).toFixed(0)} MB  ${secs()}`);
}

const bin = join(dir, 'clusters');
execFileSync('g++', ['-O3', '-o', bin, join(ROOT, 'scripts/ner/clusters.cpp')], { stdio: 'inherit' });
execFileSync(
  'nice',
  ['-n', '10', bin, corpus, join(dir, 'clusters.tsv'), String(opt('--min-count', 5)), String(opt('--epochs', 5)), String(opt('--dim', 100))],
  { stdio: 'inherit' },
);
console.log(`wrote .tmp/ner/clusters.tsv  ${secs()}`);
