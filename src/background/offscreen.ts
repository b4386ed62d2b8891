/**
 * Chrome's offscreen document (offscreen.html): it only hosts the engine's Worker pool, which a
 * service worker cannot start itself (offscreen-engine.ts). It answers the worker's runtime
 * messages addressed to it, and no other: content scripts' messages reach every extension page
 * too.
 *
 * While jobs are under way it pings the worker every 20 s: an MV3 service worker waiting for an
 * answer is otherwise "idle" and may be stopped after 30 s, and a 1 MB article can take longer on
 * a slow machine.
 */
import { EnginePool } from './engine-pool.js';
import { ENGINE_TARGET } from './offscreen-engine.js';
import type { OffscreenReply, OffscreenRequest } from './offscreen-engine.js';

interface Runtime {
  id: string;
  sendMessage(m: unknown): Promise<unknown>;
  onMessage: { addListener(l: (m: unknown, sender: { id?: string; tab?: unknown }, respond: (r: unknown) => void) => boolean | undefined): void };
}
const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;

const pool = new EnginePool({ spawn: () => new Worker('engine-worker.js') as never });
let underWay = 0;
let ping: ReturnType<typeof setInterval> | undefined;

function track(delta: number): void {
  underWay += delta;
  if (underWay > 0 && !ping) ping = setInterval(() => void runtime.sendMessage({ type: 'engine-alive' }).catch(() => undefined), 20_000);
  if (underWay === 0 && ping) {
    clearInterval(ping);
    ping = undefined;
  }
}

runtime.onMessage.addListener((message, sender, respond) => {
  const m = message as OffscreenRequest | undefined;
  // Only the extension's own worker (no tab) talks to the engine.
  if (!m || m.target !== ENGINE_TARGET || sender.id !== runtime.id || sender.tab) return undefined;
  if (m.op === 'cancel') {
    pool.cancel(m.tabId);
    return undefined;
  }
  if (m.op !== 'analyze' || typeof m.text !== 'string' || typeof m.tabId !== 'number') return undefined;
  track(1);
  pool
    .analyze(m.tabId, m.text, m.page)
    .then(
      (result): OffscreenReply => ({ ok: true, result }),
      (e: unknown): OffscreenReply => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    )
    .then((reply) => {
      track(-1);
      respond(reply);
    });
  return true;
});
