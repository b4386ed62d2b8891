/**
 * The full content script, injected by the worker only into Arabic pages (asked by the language
 * stage, `language-stage.ts`), or into any page whose analysis the popup asks for: article
 * extraction, highlights, hover cards, navigation watching. It alone listens for messages: on a
 * page that is not Arabic nothing of the extension is listening, and the worker injects this
 * script when the popup wants the page analysed anyway.
 */
import type { Browser } from 'webextension-polyfill';
import type { LocalStore } from '../shared/site-settings.js';
import type { ContentToBackground, ToContent } from '../shared/messages.js';
import { PageController } from './controller.js';
import type { Detection } from './detect/language-verdict.js';
import { ext, onContentMessage } from './ext.js';
import { MAIN_GLOBAL } from './main-api.js';
import type { MainApi } from './main-api.js';
import { detectPage } from './detect/article-verdict.js';

type Message = { [K in keyof ToContent]: { type: K; payload: ToContent[K]['request'] } }[keyof ToContent];
const TYPES: ReadonlySet<string> = new Set<keyof ToContent>(['collect', 'page-status', 'show-in-page', 'focus-next-mention']);

function isMessage(m: unknown): m is Message {
  return typeof m === 'object' && m !== null && TYPES.has((m as { type?: unknown }).type as string);
}

function setUp(api: Browser): MainApi {
  let controller: PageController | null = null;
  const send = <K extends keyof ContentToBackground>(type: K, payload: ContentToBackground[K]['request']) =>
    api.runtime.sendMessage({ type, payload }) as Promise<ContentToBackground[K]['response']>;

  const start = (detection: Detection): PageController => {
    if (controller) return controller;
    controller = new PageController(
      {
        doc: document,
        send,
        local: api.storage?.local as unknown as LocalStore | undefined,
        onLocalChange(listener) {
          const l = (changes: Record<string, { newValue?: unknown }>, area: string) => {
            if (area === 'local') listener(changes);
          };
          api.storage?.onChanged.addListener(l);
          return () => api.storage?.onChanged.removeListener(l);
        },
      },
      detection,
    );
    controller.start();
    return controller;
  };

  const handle = async (m: Message): Promise<unknown> => {
    // Injected on request (the popup, on a page the always-loaded script left alone).
    const c = controller ?? start(detectPage(document));
    switch (m.type) {
      case 'collect':
        return c.collect(m.payload.force);
      case 'page-status':
        return c.status();
      case 'show-in-page':
        return c.showInPage(m.payload.start, m.payload.end);
      case 'focus-next-mention':
        return c.focusNext(m.payload.backwards);
    }
  };
  onContentMessage((m) => (isMessage(m) ? handle(m).catch(() => undefined) : undefined));
  return { start };
}

const g = globalThis as Record<string, unknown>;
try {
  const api = ext();
  if (api && !g[MAIN_GLOBAL]) g[MAIN_GLOBAL] = setUp(api);
} catch {
  // Never let the extension break the page.
}
