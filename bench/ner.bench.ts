/**
 * Names: the cold start and the speed on real news text.
 * - Cold start: a fresh Node process imports the engine (bundled as the worker bundles it) and
 *   analyses a 1,500-character article (our own sample): from before the import to the result,
 *   model file read included (median of 5 processes).
 * - The tagger (both passes, document memory) on ANERcorp test, tokens per second, warm.
 * - The entities stage and the whole engine on the dev articles (real news), ms per 1,000 tokens,
 *   warm. Without ../shared, a generated text stands in for both.
 * - The model file's size.
 */
import { readFileSync, mkdirSync, copyFileSync, statSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BenchRow } from './lib.js';
import { medianMs, rng } from './lib.js';
import { ROOT, sharedPath } from '../scripts/lib/shared.js';
import { parseConll } from '../scripts/ner/conll.js';
import { loadModel, tagSentences } from '../src/engine/entities/tagger/tagger.js';
import { createDoc } from '../src/engine/doc.js';
import { findEntities } from '../src/engine/entities/index.js';
import { analyze } from '../src/engine/index.js';

const WORDS = ['قال', 'الرئيس', 'إن', 'الوفد', 'وصل', 'إلى', 'بيروت', 'أمس', 'وأكد', 'مدير', 'المرصد', 'رامي', 'سالم', 'أن', 'القوات', 'سيطرت', 'على', 'قرية', 'في', 'ريف', 'حلب', 'الشمالي', '،', '.'];
const MODEL = join(ROOT, 'src/engine/models/ner-model.bin');

function generated(): string[][] {
  const r = rng(4);
  return Array.from({ length: 900 }, () => Array.from({ length: 28 }, () => WORDS[Math.floor(r() * WORDS.length)]));
}

function anercorp(): string[][] {
  const file = sharedPath('corpora', 'anercorp-camel', 'ANERCorp_CamelLab_test.txt');
  return file ? parseConll(readFileSync(file, 'utf8')).map((s) => s.words) : generated();
}

/** Real news articles (the dev set's texts, read for timing only), or generated text. */
function articles(): string[] {
  const dir = sharedPath('dev');
  if (!dir) return [generated().map((s) => s.join(' ')).join('\n')];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** The engine bundled for Node the way the worker bundles it, with the model file beside it. */
async function bundledEngine(): Promise<string> {
  const dir = join(ROOT, '.tmp', 'bench');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'engine.mjs');
  await build({ entryPoints: [join(ROOT, 'src/engine/index.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile: out, logLevel: 'warning' });
  copyFileSync(MODEL, join(dir, 'ner-model.bin'));
  return out;
}

/** Milliseconds from before the engine's import to the first analysis' result, in a fresh process. */
function coldStart(engine: string, text: string): number {
  const script = `const t0 = performance.now(); const { analyze } = await import(${JSON.stringify(engine)}); analyze(${JSON.stringify(text)}); process.stdout.write(String(performance.now() - t0));`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const sample = readFileSync(join(ROOT, 'samples/sample-article.txt'), 'utf8').slice(0, 1500);
  const engine = await bundledEngine();
  coldStart(engine, sample);
  const colds = Array.from({ length: 5 }, () => coldStart(engine, sample)).sort((a, b) => a - b);
  rows.push({ suite: 'ner', name: 'cold start: import + 1st analyze', value: colds[2], unit: 'ms', note: '1,500 characters, fresh process, model file included' });

  rows.push({ suite: 'ner', name: 'model load (read in place)', value: medianMs(() => loadModel(), 1, 0), unit: 'ms', note: 'first call in this process' });
  const sents = anercorp();
  const tokens = sents.reduce((n, s) => n + s.length, 0);
  const ms = medianMs(() => tagSentences(sents), 5, 1);
  rows.push({ suite: 'ner', name: 'tagger, two passes', value: (tokens / ms) * 1000, unit: 'tokens/s', note: `${tokens} tokens in ${ms.toFixed(0)} ms` });

  const texts = articles();
  const docTokens = texts.reduce((n, t) => n + createDoc(t).tokens.length, 0);
  const stage = medianMs(
    () => {
      for (const t of texts) findEntities(createDoc(t));
    },
    5,
    1,
  );
  const core = medianMs(
    () => {
      for (const t of texts) createDoc(t);
    },
    5,
    1,
  );
  rows.push({ suite: 'ner', name: 'entities stage on news', value: ((stage - core) / docTokens) * 1000, unit: 'ms / 1k tokens', note: `${texts.length} articles, ${docTokens} tokens` });
  const whole = medianMs(
    () => {
      for (const t of texts) analyze(t);
    },
    5,
    1,
  );
  rows.push({ suite: 'ner', name: 'whole engine on news', value: (whole / docTokens) * 1000, unit: 'ms / 1k tokens', note: `analyze(), all stages` });
  const file = readFileSync(MODEL);
  rows.push({ suite: 'ner', name: 'model file (raw / gzip)', value: statSync(MODEL).size / 1e6, unit: 'MB', note: `${(gzipSync(file).length / 1e6).toFixed(2)} MB gzip` });
  return rows;
}
