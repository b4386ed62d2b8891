/**
 * The reading log's switch and count, in `storage.local` under one key: the worker writes it
 * (when the user switches the log on, pauses it, and after every article it logs), the popup
 * reads it directly and follows its changes, so showing the count never wakes the worker.
 */
import type { LocalStore } from '../site-settings.js';

export const LOG_STATUS_KEY = 'log:status';

export interface LogStatus {
  /** The user chose to keep a log (off until they do). */
  enabled: boolean;
  /** Logging is paused: nothing new is logged, nothing stored is touched. */
  paused: boolean;
  /** Articles in the log. */
  articles: number;
  /** The last write failed: a plain message (a full disk, …); cleared by the next success. */
  error?: string;
}

const DEFAULT_LOG_STATUS: LogStatus = { enabled: false, paused: false, articles: 0 };

export function parseLogStatus(raw: unknown): LogStatus {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<LogStatus>;
  const s: LogStatus = {
    enabled: r.enabled === true,
    paused: r.paused === true,
    articles: Number.isInteger(r.articles) && (r.articles as number) >= 0 ? (r.articles as number) : 0,
  };
  if (typeof r.error === 'string' && r.error) s.error = r.error.slice(0, 500);
  return s;
}

export async function readLogStatus(store: LocalStore | undefined): Promise<LogStatus> {
  if (!store) return { ...DEFAULT_LOG_STATUS };
  try {
    return parseLogStatus((await store.get(LOG_STATUS_KEY))[LOG_STATUS_KEY]);
  } catch {
    return { ...DEFAULT_LOG_STATUS };
  }
}

/** The log page's address (an extension page), optionally on one entry or a search. */
export function logPagePath(opts: { entry?: string; q?: string; lang?: string } = {}): string {
  const p = new URLSearchParams();
  if (opts.entry) p.set('entry', opts.entry);
  if (opts.q) p.set('q', opts.q);
  if (opts.lang) p.set('lang', opts.lang);
  const qs = p.toString();
  return qs ? `log.html?${qs}` : 'log.html';
}

/** A change to the log the log page asks of the worker (the only writer). */
export type LogChange =
  | { op: 'delete'; key: string }
  | { op: 'clear' }
  /** Part of a JSON export (the page sends a large one in batches; choices come with the last). */
  | { op: 'import'; data: unknown }
  | { op: 'merge'; into: string; from: string }
  | { op: 'split'; id: string; key: string };

interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  skipped: { index: number; reason: string }[];
}

export type LogChangeResult = { ok: true; status: LogStatus; import?: ImportSummary; id?: string } | { ok: false; error: string; status?: LogStatus };
