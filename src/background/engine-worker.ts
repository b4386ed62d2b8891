/**
 * The engine in a Web Worker (started by engine-pool.ts): one text in, the worker's share of its
 * analysis out (engine-job.ts). The names model file is fetched from the package before the first
 * job (ner-model-global.ts, which build.mjs points the engine's model import at).
 */
import { analyze } from '../engine/index.js';
import { namesModelReady } from '../engine/models/ner-model.js';
import { runJob } from './engine-job.js';
import type { EngineReply, EngineRequest } from './engine-pool.js';

const scope = globalThis as unknown as { onmessage: ((e: { data: EngineRequest }) => void) | null; postMessage(m: EngineReply): void };

const failed = (e: unknown) => `The analysis failed: ${e instanceof Error ? e.message : String(e)}`;

scope.onmessage = ({ data }) => {
  const { id, text, page } = data ?? {};
  if (typeof id !== 'number' || typeof text !== 'string') return;
  // The names model file is fetched on the Worker's first job (ner-model-global.ts); jobs that
  // arrive meanwhile wait for it in order.
  namesModelReady().then(
    () => {
      try {
        scope.postMessage({ id, result: runJob(analyze, text, page) });
      } catch (e) {
        scope.postMessage({ id, error: failed(e) });
      }
    },
    (e: unknown) => scope.postMessage({ id, error: failed(e) }),
  );
};
