/**
 * Runs inside an extension page of a copy of the built extension (bench/log.bench.ts adds it):
 * fills the log with the worker's own writer, then times the worker's cost of logging one more
 * article and the log's search. The log page itself is timed by opening it (log.bench.ts).
 */
import { articleInput } from '../../src/background/log/entry.js';
import { LogStore } from '../../src/background/log/store.js';
import type { Analysis } from '../../src/engine/types.js';
import type { ArticleInput } from '../../src/shared/log/article.js';
import { openLog } from '../../src/shared/log/schema.js';
import { counts, search, storageUse, topPeople } from '../../src/shared/log/read.js';
import type { PageMeta } from '../../src/shared/page-meta.js';

export interface BaseArticle {
  text: string;
  analysis: Analysis;
}

const OUTLETS = ['الجزيرة نت', 'العربية', 'بي بي سي عربي', 'سكاي نيوز عربية', 'فرانس 24', 'الشرق الأوسط', 'الحياة', 'المصري اليوم', 'الرياض', 'عكاظ', 'النهار', 'القدس العربي'];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function metaFor(i: number, title: string, rand: () => number): { meta: PageMeta; readAt: Date } {
  const outlet = OUTLETS[i % OUTLETS.length];
  const site = `outlet${i % OUTLETS.length}.example`;
  const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 500) * 86_400_000);
  return {
    meta: { url: `https://${site}/news/${i}`, title, outlet, site, publishedAt: day.toISOString().slice(0, 10), dateSource: 'meta' },
    readAt: new Date(day.getTime() + 3_600_000),
  };
}

/** Article `i` of the dev-text log: one of the dev articles, at its own address, outlet and date. */
function devArticle(base: BaseArticle[], i: number, rand: () => number): ArticleInput {
  const b = base[i % base.length];
  const title = b.text.split('\n')[0].slice(0, 120);
  const { meta, readAt } = metaFor(i, title, rand);
  return articleInput(meta, b.text, b.analysis, readAt);
}

/** Generated text: words of a made-up Arabic-letter vocabulary (Zipf-like), names from a pool of thousands. */
function generatedArticle(i: number, rand: () => number): ArticleInput {
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const word = (k: number) => {
    let s = '';
    let x = k * 2654435761;
    for (let j = 0; j < 3 + (k % 5); j++) {
      s += letters[(x >>> 0) % letters.length];
      x = Math.imul(x ^ (x >>> 13), 0x5bd1e995) + j;
    }
    return s;
  };
  const zipf = () => Math.floor(60_000 ** rand());
  const sentence = (n: number) => Array.from({ length: n }, () => word(zipf())).join(' ');
  const name = () => `${word(10_000 + Math.floor(rand() * 3000))} ${word(20_000 + Math.floor(rand() * 3000))}`;
  const { meta, readAt } = metaFor(i, sentence(8), rand);
  const url = meta.url;
  const quotes = Array.from({ length: 4 + Math.floor(rand() * 8) }, (_, q) => {
    const speaker = name();
    const content = sentence(15 + Math.floor(rand() * 25));
    return { id: `q${q + 1}`, key: `actor:${speaker}`, speaker, speakerType: 'person' as const, kind: rand() < 0.4 ? ('direct' as const) : ('indirect' as const), cue: 'قال', content, sentence: `قال ${speaker} إن ${content}.`, link: `${url}#:~:text=${q}` };
  });
  const names = quotes.map((q) => ({ key: q.key, name: q.speaker, type: 'person' as const, mentions: 1 }));
  const numbers = Array.from({ length: 3 }, () => ({ text: String(Math.floor(rand() * 500)), value: 1, kind: 'cardinal' as const, sentence: sentence(10), link: `${url}#:~:text=n`, people: [quotes[0].key] }));
  return { key: url, url, title: meta.title, outlet: meta.outlet, site: meta.site, publishedAt: meta.publishedAt, readAt: readAt.toISOString(), quotes, names, numbers };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function fill(base: BaseArticle[], n: number, variant: 'dev' | 'generated'): Promise<{ ms: number; articles: number; people: number; bytes?: number }> {
  const db = await openLog();
  const store = new LogStore(async () => db);
  await store.clear();
  const rand = rng(7);
  const t0 = performance.now();
  const BATCH = 100;
  for (let i = 0; i < n; i += BATCH) {
    const batch: ArticleInput[] = [];
    for (let j = i; j < Math.min(n, i + BATCH); j++) batch.push(variant === 'dev' ? devArticle(base, j, rand) : generatedArticle(j, rand));
    await store.recordMany(batch);
  }
  const c = await counts(db);
  return { ms: performance.now() - t0, articles: c.articles, people: c.people, bytes: (await storageUse()).bytes };
}

/** The worker's added cost of logging one article (building its record + its transaction), on the filled log. */
export async function logOne(base: BaseArticle[], runs: number, variant: 'dev' | 'generated'): Promise<{ build: number; write: number; total: number }> {
  const db = await openLog();
  const store = new LogStore(async () => db);
  const rand = rng(99);
  const build: number[] = [];
  const write: number[] = [];
  const total: number[] = [];
  for (let k = 0; k < runs; k++) {
    const i = 1_000_000 + k;
    const t0 = performance.now();
    let input: ArticleInput;
    if (variant === 'dev') {
      const b = base[k % base.length];
      const { meta, readAt } = metaFor(i, b.text.slice(0, 80), rand);
      input = articleInput(meta, b.text, b.analysis, readAt);
    } else input = generatedArticle(i, rand);
    const t1 = performance.now();
    await store.record(input);
    const t2 = performance.now();
    build.push(t1 - t0);
    write.push(t2 - t1);
    total.push(t2 - t0);
    await store.remove(input.key);
  }
  return { build: median(build), write: median(write), total: median(total) };
}

/** Median time of a search answer (articles, their matching quotes, matching names) for each query. */
export async function searches(queries: string[], runs: number): Promise<{ q: string; ms: number; total: number }[]> {
  const db = await openLog();
  const out: { q: string; ms: number; total: number }[] = [];
  for (const q of queries) {
    const times: number[] = [];
    let total = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      total = (await search(db, q)).total;
      times.push(performance.now() - t0);
    }
    out.push({ q, ms: median(times), total });
  }
  return out;
}

/** The names most quoted, for search queries that hit real entries. */
export async function topNames(n: number): Promise<string[]> {
  return (await topPeople(await openLog(), {}, n)).people.map((p) => p.name);
}

(globalThis as Record<string, unknown>).__isnadLogBench = { fill, logOne, searches, topNames };

/** Where a search's time goes (diagnostics). */
export async function probeSearch(q: string): Promise<Record<string, number | string>> {
  const { parseQuery } = await import('../../src/shared/log/search-text.js');
  const db = await openLog();
  const out: Record<string, number | string> = {};
  const query = parseQuery(q);
  out.query = JSON.stringify(query);
  const index = db.transaction('search').store.index('terms');
  for (const g of query.words)
    for (const t of g) {
      const t0 = performance.now();
      const keys = await index.getAllKeys(t);
      out[`keys ${t} (${keys.length})`] = performance.now() - t0;
    }
  if (query.prefix) {
    const t0 = performance.now();
    const keys = await index.getAllKeys(IDBKeyRange.bound(query.prefix, `${query.prefix}\uffff`), 20000);
    out[`prefix ${query.prefix} (${keys.length})`] = performance.now() - t0;
  }
  const t0 = performance.now();
  await search(db, q);
  out.total = performance.now() - t0;
  return out;
}
(globalThis as Record<string, unknown>).__isnadLogBench = { fill, logOne, searches, topNames, probeSearch };
