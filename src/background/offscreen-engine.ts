/**
 * Chrome: the engine reached through an offscreen document. An MV3 service worker cannot start a
 * Web Worker, so the worker keeps one offscreen document (offscreen.html, reason WORKERS) that
 * runs the Worker pool (offscreen.ts → engine-pool.ts), and sends it each job as a runtime
 * message; the document answers when the job is done, and the worker's own event loop is free
 * meanwhile.
 *
 * The document is created on the first analysis and kept; after a worker restart it is found
 * again (or, if it went away, created again).
 */
import type { Engine, EngineResult, JobPage } from './engine.js';

export const ENGINE_TARGET = 'isnad-engine';
const OFFSCREEN_URL = 'offscreen.html';

export type OffscreenRequest = { target: typeof ENGINE_TARGET; op: 'analyze'; tabId: number; text: string; page?: JobPage } | { target: typeof ENGINE_TARGET; op: 'cancel'; tabId: number };
export type OffscreenReply = { ok: true; result: EngineResult } | { ok: false; error: string };

/** The part of Chrome's API this needs (typed here: webextension-polyfill has no `offscreen`). */
export interface OffscreenApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
  };
  offscreen: {
    createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  };
}

const gone = (e: unknown) => /Receiving end does not exist|Could not establish connection/i.test(e instanceof Error ? e.message : String(e));

export function offscreenEngine(api: OffscreenApi): Engine {
  let ready: Promise<void> | null = null;

  async function create(): Promise<void> {
    const open = api.runtime.getContexts ? await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }).catch(() => []) : [];
    if (open.length) return;
    try {
      await api.offscreen.createDocument({
        url: OFFSCREEN_URL,
        reasons: ['WORKERS'],
        justification: 'Runs the article analysis in a Web Worker, so that no tab waits for another.',
      });
    } catch (e) {
      // Created meanwhile (two first analyses at once, or an older Chrome without getContexts).
      if (!/single offscreen document/i.test(e instanceof Error ? e.message : String(e))) throw e;
    }
  }

  const ensure = (): Promise<void> => (ready ??= create().catch((e: unknown) => {
    ready = null;
    throw e;
  }));

  async function send(message: OffscreenRequest): Promise<unknown> {
    await ensure();
    try {
      return await api.runtime.sendMessage(message);
    } catch (e) {
      if (!gone(e)) throw e;
      // The document went away (closed, crashed): once more with a new one.
      ready = null;
      await ensure();
      return api.runtime.sendMessage(message);
    }
  }

  return {
    async analyze(tabId, text, page) {
      const reply = (await send({ target: ENGINE_TARGET, op: 'analyze', tabId, text, page })) as OffscreenReply | undefined;
      if (!reply) throw new Error('The analysis did not answer.');
      if (!reply.ok) throw new Error(reply.error);
      return reply.result;
    },
    cancel(tabId) {
      if (ready) void send({ target: ENGINE_TARGET, op: 'cancel', tabId }).catch(() => undefined);
    },
  };
}
