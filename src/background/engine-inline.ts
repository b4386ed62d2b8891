/**
 * The engine run in the caller's own thread: unit tests, where a Worker has nothing to add. The
 * extension never uses it (its worker stays free while Web Workers analyse: engine.ts).
 */
import type { Engine } from './engine.js';
import { runJob } from './engine-job.js';
import type { AnalyzeFn } from './engine-job.js';

export function inlineEngine(analyze: AnalyzeFn): Engine {
  return {
    async analyze(_tabId, text, page) {
      return runJob(analyze, text, page);
    },
    cancel() {},
  };
}
