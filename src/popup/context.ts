/**
 * What the components need from the outside world, as one context: the analysed tab, and the
 * actions that reach the browser. The shell (index.tsx) binds them to the extension APIs; tests
 * pass fakes, so no component imports the browser.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Analysis, Span } from '../engine/types.js';
import type { ArticleFrame } from '../shared/article-frame.js';
import type { PageInfo } from '../shared/messages.js';
import type { PopupSettings } from './settings.js';
import type { LogStatus } from '../shared/log/status.js';

export interface PopupActions {
  /** Scrolls the article to `span` and flashes it; false when the page could not find it. */
  showInPage(span: Span): Promise<boolean>;
  copyText(text: string): Promise<boolean>;
  download(fileName: string, mime: string, content: string): void;
  /** Opens this view in a browser tab; absent when the popup already is one. */
  openInTab?: () => void;
  /** This device's settings (the site's switch and corrections, how names are marked); absent: none offered. */
  settings?: PopupSettings;
  /** The reading log's switch, count and page (components/LogEntry.tsx). */
  log?: LogActions;
}

interface LogActions {
  status(): Promise<LogStatus>;
  settings(change: { enabled?: boolean; paused?: boolean }): Promise<LogStatus>;
  /** Follows the status as the worker updates it; returns the unsubscribe. */
  onChange(listener: (status: LogStatus) => void): () => void;
  /** Opens the log page in a tab. */
  open(): void;
}

export interface PopupEnv {
  actions: PopupActions;
  /** Says something to the reader in the status line (and to screen readers). */
  announce(message: string): void;
}

export interface ArticleData {
  page?: PageInfo;
  text: string;
  /** The analysis as the reader sees it: without the byline and dateline, with their corrections (shared/reader-view.ts). */
  analysis: Analysis;
  /** The article's byline and dateline. */
  frame?: ArticleFrame;
}

export const EnvContext = createContext<PopupEnv | null>(null);
export const ArticleContext = createContext<ArticleData | null>(null);

export function useEnv(): PopupEnv {
  const env = useContext(EnvContext);
  if (!env) throw new Error('The popup environment is missing (EnvContext).');
  return env;
}

export function useArticle(): ArticleData {
  const a = useContext(ArticleContext);
  if (!a) throw new Error('The article is missing (ArticleContext).');
  return a;
}
