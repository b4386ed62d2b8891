/**
 * The engine in a Web Worker (started by engine-pool.ts): one text in, the worker's share of its
 * analysis out (engine-job.ts). The names model comes in through importScripts, as in the
 * worker it replaces (ner-model-global.ts, which build.mjs points the engine's model import at).
 */
import { analyze } from '../engine/index.js';
import { runJob } from './engine-job.js';
import type { EngineReply, EngineRequest } from './engine-pool.js';

const scope = globalThis as unknown as { onmessage: ((e: { data: EngineRequest }) => void) | null; postMessage(m: EngineReply): void };

scope.onmessage = ({ data }) => {
  const { id, text, page } = data ?? {};
  if (typeof id !== 'number' || typeof text !== 'string') return;
  try {
    scope.postMessage({ id, result: runJob(analyze, text, page) });
  } catch (e) {
    scope.postMessage({ id, error: `The analysis failed: ${e instanceof Error ? e.message : String(e)}` });
  }
};
