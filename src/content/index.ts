/**
 * The content script. On a page that is clearly not Arabic it stops after a few attribute reads
 * and a short text sample. On an Arabic news article it extracts the article text, has the worker
 * analyse it, and keeps the text→DOM map so the popup can point into the page.
 *
 * It never changes the page's DOM, and every entry point is guarded: an error here must never
 * break the page it runs on.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { dispatch } from '../shared/messages.js';
import { sendToBackground } from '../shared/send.js';
import type { Handlers, PageInfo, ToContent, Verdict } from '../shared/messages.js';
import { segmentAt } from '../shared/dom-text.js';
import { detectPage } from './detect.js';
import { extractArticle } from './extract.js';
import type { Article } from './extract.js';

interface State {
  article?: Article;
  page?: PageInfo;
}

const state: State = {};

function pageInfo(verdict: Verdict, reason: string, lang: string, title: string): PageInfo {
  return { url: location.href, title, site: location.hostname, lang, verdict, reason };
}

async function analyse(force: boolean): Promise<{ verdict: Verdict; analysed: boolean }> {
  const detection = detectPage(document);
  const arabic = detection.verdict === 'arabic-article' || detection.verdict === 'arabic-page';
  if (!arabic && !force) return { verdict: detection.verdict, analysed: false };
  if (!arabic) {
    const page = pageInfo(detection.verdict, detection.reason, detection.lang, document.title);
    await sendToBackground('page-state', { page });
    return { verdict: detection.verdict, analysed: false };
  }
  const article = extractArticle(document);
  const page = pageInfo(detection.verdict, detection.reason, detection.lang, article.title);
  state.article = article;
  state.page = page;
  if (!article.text.trim()) {
    await sendToBackground('page-state', { page: { ...page, verdict: 'no-text', reason: 'No article text was found on this page.' } });
    return { verdict: 'no-text', analysed: false };
  }
  await sendToBackground('analyze', { page, text: article.text });
  return { verdict: detection.verdict, analysed: true };
}

/** A live DOM Range for a span of the article text, or null when the span is not in the page. */
function rangeFor(start: number, end: number): Range | null {
  const segs = state.article?.segments;
  if (!segs?.length) return null;
  const a = segmentAt(segs, start);
  const b = segmentAt(segs, Math.max(start, end - 1));
  if (a < 0 || b < 0) return null;
  const range = document.createRange();
  const sa = segs[a];
  const sb = segs[b];
  range.setStart(sa.node, sa.nodeOffset + (start - sa.start));
  range.setEnd(sb.node, Math.min(sb.node.data.length, sb.nodeOffset + (end - sb.start)));
  return range;
}

const handlers: Handlers<ToContent, undefined> = {
  collect: ({ force }) => analyse(force),
  'show-in-page': ({ start, end }) => {
    const range = rangeFor(start, end);
    if (!range) return { ok: false };
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return { ok: true };
  },
};

try {
  browser.runtime.onMessage.addListener((message: unknown, _sender: Runtime.MessageSender) =>
    dispatch(handlers, message, undefined),
  );
  const detection = detectPage(document);
  if (detection.verdict === 'arabic-article') {
    analyse(false).catch(() => undefined);
  }
} catch {
  // Never let the extension break the page.
}
