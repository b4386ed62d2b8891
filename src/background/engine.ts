/**
 * The engine as the worker sees it: a service that analyses a tab's text somewhere else and
 * answers later, so the worker's own event loop stays free for every other tab (a 1 MB article
 * kept it busy for 5–9 s). Where it runs is chosen in index.ts: in Chrome, Web Workers started by
 * an offscreen document (a service worker cannot start a Worker; offscreen-engine.ts and
 * offscreen.ts); in Firefox, Web Workers started by the background page itself; in unit tests,
 * in-process (`inlineEngine`). The pool of Web Workers is engine-pool.ts.
 *
 * What comes back is what the worker needs and no more: the page's share as offsets
 * (`wire`), the analysis packed for storage (`packed`, offsets instead of copies of the text) and
 * the number of quotes for the badge. The worker never holds the full Analysis object except to
 * answer the popup.
 */
import type { Analysis } from '../engine/types.js';
import { packAnalysis } from '../shared/analysis-pack.js';
import type { PackedAnalysis } from '../shared/analysis-pack.js';
import { encodePageWire } from '../shared/page-wire.js';

export interface EngineResult {
  textLength: number;
  quotes: number;
  /** JSON of the page's share (shared/page-wire.ts). */
  wire: string;
  packed: PackedAnalysis;
}

export interface Engine {
  /** Analyses a tab's text. Rejects with an Error whose message is `CANCELLED` when cancelled. */
  analyze(tabId: number, text: string): Promise<EngineResult>;
  /** The tab's analyses still waiting or running are not wanted any more. */
  cancel(tabId: number): void;
}

export const CANCELLED = 'cancelled';

export const isCancelled = (e: unknown): boolean => e instanceof Error && e.message === CANCELLED;

/** Everything the worker wants of an analysis, computed where the engine ran. */
export function resultOf(analysis: Analysis, text: string): EngineResult {
  return { textLength: analysis.textLength, quotes: analysis.quotes.length, wire: encodePageWire(analysis), packed: packAnalysis(analysis, text) };
}

/**
 * The engine run in the caller's own thread (unit tests, the CLI's way). Takes the analyse
 * function so the worker's bundle never includes the engine.
 */
export function inlineEngine(analyze: (text: string) => Analysis): Engine {
  return {
    async analyze(_tabId, text) {
      return resultOf(analyze(text), text);
    },
    cancel() {},
  };
}
