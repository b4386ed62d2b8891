/**
 * The whole engine, and the quotes stage on its own, on realistic news text: the bundled sample
 * article (our own writing, full of quotes, names and numbers) repeated to 1k, 10k and 100k words.
 * Reports ms per 1,000 words (median of repeated runs); it must stay flat as the text grows.
 * A repeated article meets the same words again and flatters the per-word caches, so the quotes
 * stage is also timed on real news (the dev set's texts, read for timing only, when ../shared is
 * there): on the first pass, as a freshly started worker meets its first articles, and once warm.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow } from './lib.js';
import { devTexts, medianMs } from './lib.js';
import { ROOT } from '../scripts/lib/shared.js';
import { analyze } from '../src/engine/index.js';
import { createDoc } from '../src/engine/doc.js';
import { findNumbers } from '../src/engine/numbers/index.js';
import { findEntities } from '../src/engine/entities/index.js';
import { findQuotes } from '../src/engine/quotes/index.js';

const SAMPLE = readFileSync(join(ROOT, 'samples/sample-article.txt'), 'utf8').trim();
const SAMPLE_WORDS = SAMPLE.split(/\s+/).length;

function articleOf(words: number): string {
  const copies = Math.max(1, Math.round(words / SAMPLE_WORDS));
  return Array.from({ length: copies }, () => SAMPLE).join('\n');
}

/** Median time of the quotes stage alone, on documents already through the earlier stages. */
function quotesStageMs(text: string, runs: number): number {
  const times: number[] = [];
  for (let r = 0; r < runs + 1; r++) {
    const doc = createDoc(text);
    findNumbers(doc);
    findEntities(doc);
    const t0 = performance.now();
    findQuotes(doc);
    if (r > 0) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Milliseconds of the quotes stage over all the articles, each already through the earlier stages. */
function quotesStageOver(texts: readonly string[]): number {
  const docs = texts.map((t) => {
    const doc = createDoc(t);
    findNumbers(doc);
    findEntities(doc);
    return doc;
  });
  const t0 = performance.now();
  for (const doc of docs) findQuotes(doc);
  return performance.now() - t0;
}

/**
 * Passes over the real articles before the warm figure is taken (the JIT needs a few hundred
 * thousand words to settle), and passes timed after them.
 */
const REAL_WARM_UP_PASSES = 15;
const REAL_TIMED_PASSES = 5;

function realArticleRows(): BenchRow[] {
  const texts = devTexts().map((a) => a.text);
  if (texts.length === 0) return [];
  const words = texts.reduce((n, t) => n + t.split(/\s+/).length, 0);
  const first = quotesStageOver(texts);
  for (let r = 0; r < REAL_WARM_UP_PASSES; r++) quotesStageOver(texts);
  const passes: number[] = [];
  for (let r = 0; r < REAL_TIMED_PASSES; r++) passes.push(quotesStageOver(texts));
  passes.sort((a, b) => a - b);
  const warm = passes[Math.floor(passes.length / 2)];
  const note = `${texts.length} dev articles, ${words.toLocaleString('en')} words`;
  return [
    { suite: 'analyze', name: 'quotes stage, real news, first pass', value: (first / words) * 1000, unit: 'ms / 1k words', note },
    { suite: 'analyze', name: 'quotes stage, real news, warm', value: (warm / words) * 1000, unit: 'ms / 1k words', note },
  ];
}

export function run(): BenchRow[] {
  // First, while this process has run no quotes stage yet.
  const rows: BenchRow[] = realArticleRows();
  // Warm up: the model loads once, as at the worker's first request, and the JIT settles.
  for (let i = 0; i < 20; i++) analyze(SAMPLE);
  for (const words of [1_000, 10_000, 100_000]) {
    const text = articleOf(words);
    const actual = text.split(/\s+/).length;
    const runs = words >= 100_000 ? 3 : 9;
    const full = medianMs(() => analyze(text), runs, 2);
    rows.push({ suite: 'analyze', name: `analyze() ${actual.toLocaleString('en')} words`, value: (full / actual) * 1000, unit: 'ms / 1k words', note: `${full.toFixed(0)} ms total` });
    const quotes = quotesStageMs(text, runs);
    rows.push({ suite: 'analyze', name: `quotes stage ${actual.toLocaleString('en')} words`, value: (quotes / actual) * 1000, unit: 'ms / 1k words' });
  }
  return rows;
}
