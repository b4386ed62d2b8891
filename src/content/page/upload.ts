/**
 * Sends the article text to the worker for analysis: a short one in one message, a long one in
 * parts with a pause between them (sending it whole is one long task on the page's main thread).
 * Every message names the whole text's length and the number of parts, so the worker can refuse
 * an incomplete text (background/uploads.ts); the answer echoes the length it analysed, and
 * `analysedWhole` checks it before anything is marked.
 */
import { MAX_TEXT_CHARS } from '../../shared/messages.js';
import type { ContentToBackground, PageAnalyzeResult, PageInfo } from '../../shared/messages.js';
import { Slicer } from './scheduler.js';

/** Texts longer than this go to the worker in parts of this size (see `analyze-page`). */
export const PART_CHARS = 100_000;

type Send = <K extends keyof ContentToBackground>(type: K, payload: ContentToBackground[K]['request']) => Promise<ContentToBackground[K]['response']>;

/** The part of the article the worker is sent: all of it, up to the engine's limit (offsets stay those of the article). */
export function textToSend(text: string): string {
  return text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
}

export async function sendText(send: Send, text: string, page: PageInfo, signal: AbortSignal): Promise<PageAnalyzeResult> {
  const length = text.length;
  if (length <= PART_CHARS) return send('analyze-page', { page, text, length });
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const count = Math.ceil(length / PART_CHARS);
  const slicer = new Slicer(undefined, signal);
  for (let index = 0; index < count - 1; index++) {
    const answer = await send('text-part', { id, index, count, length, text: text.slice(index * PART_CHARS, (index + 1) * PART_CHARS) });
    if (!answer?.ok) return { ok: false, error: 'The worker did not take the text.' };
    await slicer.pause();
  }
  return send('analyze-page', { page, text: text.slice((count - 1) * PART_CHARS), length, parts: { id, count, length } });
}

/** True when the worker's answer is an analysis of exactly the text that was sent. */
export function analysedWhole(result: PageAnalyzeResult | undefined, sent: string): result is Extract<PageAnalyzeResult, { ok: true }> {
  return !!result && result.ok === true && result.textLength === sent.length;
}
