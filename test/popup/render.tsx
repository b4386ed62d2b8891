/** Renders the popup App with fake browser actions and a scripted worker. */
import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { App } from '../../src/popup/App.js';
import type { PopupActions } from '../../src/popup/context.js';
import type { Lang } from '../../src/popup/i18n.js';
import type { TabAnalysis } from '../../src/shared/messages.js';
import { i18nFor, readyTab } from './fixture.js';
import { settingsIn } from '../../src/popup/settings.js';
import type { LocalStore } from '../../src/shared/site-settings.js';

/** storage.local in memory, writing through to `data`. */
function memoryStore(data: Record<string, unknown>): LocalStore {
  return {
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}

export interface Options {
  lang?: Lang;
  /** Answers of the worker, in order; the last one repeats. A function answers freely. */
  answers?: (TabAnalysis | Error)[] | ((refresh: boolean) => Promise<TabAnalysis>);
  speaker?: string;
  showInPage?: boolean;
  /** This device's storage.local (site settings, display settings); absent: no settings offered. */
  storage?: Record<string, unknown>;
  /** An answer the shell already had when it rendered. */
  initial?: TabAnalysis;
}

export function renderApp(o: Options = {}) {
  const answers = o.answers ?? [readyTab()];
  let call = 0;
  const load = vi.fn(
    typeof answers === 'function'
      ? answers
      : async () => {
          const a = answers[Math.min(call++, answers.length - 1)];
          if (a instanceof Error) throw a;
          return structuredClone(a);
        },
  );
  const actions = {
    showInPage: vi.fn(async () => o.showInPage ?? true),
    copyText: vi.fn(async () => true),
    download: vi.fn(),
    settings: o.storage ? settingsIn(memoryStore(o.storage)) : undefined,
  } satisfies PopupActions;
  const onReady = vi.fn();
  const view = render(<App i18n={i18nFor(o.lang ?? 'en')} load={load} initial={o.initial} actions={actions} speaker={o.speaker ?? null} onReady={onReady} pollMs={5} />);
  return { ...view, load, actions, onReady };
}
