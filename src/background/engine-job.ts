/**
 * One analysis job, wherever the engine runs (engine-worker.ts in a Web Worker, engine-inline.ts
 * in tests): the page's metadata checked and completed (page-meta.ts reads a byline's date with
 * the engine), the text analysed with the publication date, the article's byline and dateline
 * found (shared/article-frame.ts), and what the worker keeps of it.
 * Only the Worker's bundle imports this (with the engine); the worker's own never does.
 */
import type { Analysis, AnalyzeOptions } from '../engine/types.js';
import { packAnalysis } from '../shared/analysis-pack.js';
import { articleFrame } from '../shared/article-frame.js';
import { encodePageWire } from '../shared/page-wire.js';
import type { EngineResult, JobPage } from './engine.js';
import { completePageMeta } from './page-meta.js';

export type AnalyzeFn = (text: string, options?: AnalyzeOptions) => Analysis;

export function runJob(analyze: AnalyzeFn, text: string, page?: JobPage): EngineResult {
  const meta = page ? completePageMeta(page.meta, page.url) : undefined;
  const analysis = analyze(text, meta?.publishedAt ? { publishedAt: meta.publishedAt } : {});
  // The byline and dateline, found once here, where the whole analysis is at hand; the author the
  // page's metadata names tells a byline from a line that only mentions someone.
  const frame = articleFrame(text, analysis, { title: typeof page?.title === 'string' ? page.title : undefined, author: meta?.author });
  return {
    textLength: analysis.textLength,
    quotes: analysis.quotes.length,
    wire: encodePageWire({ ...analysis, frame }),
    packed: packAnalysis(analysis, text),
    frame,
    ...(meta ? { meta } : {}),
  };
}
