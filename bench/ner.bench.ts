/**
 * Names: the cold start and the speed on real news text, measured on the engine bundled as the
 * worker bundles it, each in a fresh Node process (wall time; CPU time beside it, which a busy
 * machine does not inflate).
 * - Cold start: the process imports the engine and analyses a 1,500-character article (our own
 *   sample): from before the import to the result, model file read included (median of 5).
 * - The tagger (both passes, document memory) on ANERcorp test, tokens per second, warm.
 * - The entities stage and the whole engine on the dev articles (real news), ms per 1,000 tokens,
 *   warm; and the whole engine's first pass over them in the fresh process (code cold, every word
 *   new to the caches). Without ../shared, a generated text stands in for both.
 * - The model file's size.
 */
import { readFileSync, mkdirSync, copyFileSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BenchRow } from './lib.js';
import { devTexts, rng } from './lib.js';
import { ROOT, sharedPath } from '../scripts/lib/shared.js';
import { parseConll } from '../scripts/ner/conll.js';

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
  const dev = devTexts();
  return dev.length > 0 ? dev.map((a) => a.text) : [generated().map((s) => s.join(' ')).join('\n')];
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

/** Wall and CPU milliseconds from before the engine's import to the first analysis' result, in a fresh process. */
function coldStart(engine: string, text: string): { wall: number; cpu: number } {
  const script =
    `const c0 = process.cpuUsage(); const t0 = performance.now(); const { analyze } = await import(${JSON.stringify(engine)}); analyze(${JSON.stringify(text)}); ` +
    `const c = process.cpuUsage(c0); process.stdout.write(JSON.stringify({ wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

/** Runs bench/ner-probe.ts, bundled, on the given text in a fresh process. */
async function probe(sentences: string[][], texts: string[]): Promise<Record<string, { wall: number; cpu: number }> & { tokens: number; docTokens: number }> {
  const dir = join(ROOT, '.tmp', 'bench');
  const out = join(dir, 'ner-probe.mjs');
  await build({ entryPoints: [join(ROOT, 'bench/ner-probe.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile: out, logLevel: 'warning' });
  copyFileSync(MODEL, join(dir, 'ner-model.bin'));
  const input = join(dir, 'ner-probe-input.json');
  writeFileSync(input, JSON.stringify({ sentences, texts }));
  return JSON.parse(execFileSync(process.execPath, [out, input], { encoding: 'utf8', maxBuffer: 1 << 26 }));
}

const both = (x: { wall: number; cpu: number }, per = 1) => `${(x.cpu * per).toFixed(per === 1 ? 0 : 1)} CPU`;

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const sample = readFileSync(join(ROOT, 'samples/sample-article.txt'), 'utf8').slice(0, 1500);
  const engine = await bundledEngine();
  coldStart(engine, sample);
  const colds = Array.from({ length: 5 }, () => coldStart(engine, sample)).sort((a, b) => a.wall - b.wall);
  const cpus = colds.map((c) => c.cpu).sort((a, b) => a - b);
  rows.push({ suite: 'ner', name: 'cold start: import + 1st analyze', value: colds[2].wall, unit: 'ms', note: `${cpus[2].toFixed(0)} CPU ms; 1,500 characters, fresh process, model file included` });

  const sents = anercorp();
  const texts = articles();
  const p = await probe(sents, texts);
  rows.push({ suite: 'ner', name: 'model load (read in place)', value: p.load.wall, unit: 'ms', note: `${both(p.load)} ms; first call in the process` });
  rows.push({ suite: 'ner', name: 'tagger, two passes', value: (p.tokens / p.tagger.wall) * 1000, unit: 'tokens/s', note: `${p.tokens} tokens in ${p.tagger.wall.toFixed(0)} ms (${both(p.tagger)} ms)` });
  const k = 1000 / p.docTokens;
  rows.push({ suite: 'ner', name: 'entities stage on news', value: (p.stage.wall - p.core.wall) * k, unit: 'ms / 1k tokens', note: `${texts.length} articles, ${p.docTokens} tokens; ${((p.stage.cpu - p.core.cpu) * k).toFixed(1)} CPU ms / 1k` });
  rows.push({ suite: 'ner', name: 'whole engine on news', value: p.whole.wall * k, unit: 'ms / 1k tokens', note: `analyze(), all stages; ${(p.whole.cpu * k).toFixed(1)} CPU ms / 1k` });
  rows.push({ suite: 'ner', name: 'whole engine on news, first pass', value: p.firstPass.wall * k, unit: 'ms / 1k tokens', note: `fresh process, every word new; ${(p.firstPass.cpu * k).toFixed(1)} CPU ms / 1k` });
  const file = readFileSync(MODEL);
  rows.push({ suite: 'ner', name: 'model file (raw / gzip)', value: statSync(MODEL).size / 1e6, unit: 'MB', note: `${(gzipSync(file).length / 1e6).toFixed(2)} MB gzip` });
  return rows;
}
