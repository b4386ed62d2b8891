/**
 * What the log page needs from the outside world: the log's reads (straight from IndexedDB),
 * the worker for every change, and the browser for files. The shell (index.tsx) binds it; tests
 * pass their own.
 */
import type { LogCounts, LogExport, LogFilters, PeoplePage, PersonPage, SearchAnswer, ArticleRef } from '../shared/log/read.js';
import type { LogChange, LogChangeResult, LogStatus } from '../shared/log/status.js';

export interface LogSource {
  status(): Promise<LogStatus>;
  settings(change: { enabled?: boolean; paused?: boolean }): Promise<LogStatus>;
  top(filters: LogFilters, limit: number): Promise<PeoplePage>;
  person(id: string, filters: LogFilters): Promise<PersonPage | null>;
  search(q: string, filters: LogFilters): Promise<SearchAnswer>;
  outlets(): Promise<string[]>;
  counts(): Promise<LogCounts>;
  storageUse(): Promise<{ bytes?: number; quota?: number }>;
  articles(filters: LogFilters): Promise<{ articles: (ArticleRef & { quotes: number })[]; total: number; skipped: number }>;
  exportLog(): Promise<{ data: LogExport; skipped: number }>;
  change(c: LogChange): Promise<LogChangeResult>;
  download(fileName: string, mime: string, content: string): void;
}
