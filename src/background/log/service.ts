/**
 * The reading log in the worker: logs each analysed Arabic news article when the user has
 * switched the log on (and not paused it), makes the changes the log page asks for, and keeps the
 * status the popup shows (shared/log/status.ts). Nothing here sends anything anywhere.
 */
import type { Analysis } from '../../engine/types.js';
import type { PageInfo } from '../../shared/messages.js';
import type { LocalStore } from '../../shared/site-settings.js';
import type { LogDB } from '../../shared/log/schema.js';
import { LOG_STATUS_KEY, readLogStatus } from '../../shared/log/status.js';
import type { LogChange, LogChangeResult, LogStatus } from '../../shared/log/status.js';
import { articleInput } from './entry.js';
import { LogStore, logError } from './store.js';

export interface ReadingLogDeps {
  local: LocalStore;
  /** Opens the log; `onClose` is called when that connection is closed from elsewhere (an upgrade). */
  open: (onClose: () => void) => Promise<LogDB>;
  now?: () => Date;
}

export class ReadingLog {
  private db: Promise<LogDB> | null = null;
  readonly store: LogStore;
  /** Status writes in order: two articles logged at once must not write an older count last. */
  private statusChain: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: ReadingLogDeps) {
    this.store = new LogStore(() => this.database());
  }

  private database(): Promise<LogDB> {
    // A failed open is tried again next time (the disk may have room by then).
    this.db ??= this.deps.open(() => (this.db = null)).catch((e) => {
      this.db = null;
      throw e;
    });
    return this.db;
  }

  status(): Promise<LogStatus> {
    return readLogStatus(this.deps.local);
  }

  /** Writes the status with the current count (and the error of the last write, if it failed). */
  private saveStatus(change: Partial<LogStatus>, error?: string): Promise<LogStatus> {
    const next = this.statusChain.then(async () => {
      const status = { ...(await this.status()), ...change };
      try {
        status.articles = await (await this.database()).count('articles');
      } catch {
        // Keep the last count.
      }
      if (error) status.error = error;
      else delete status.error;
      await this.deps.local.set({ [LOG_STATUS_KEY]: status });
      return status;
    });
    this.statusChain = next.catch(() => undefined);
    return next;
  }

  async settings(change: { enabled?: boolean; paused?: boolean }): Promise<LogStatus> {
    const patch: Partial<LogStatus> = {};
    if (typeof change.enabled === 'boolean') patch.enabled = change.enabled;
    if (typeof change.paused === 'boolean') patch.paused = change.paused;
    if (patch.enabled === false) patch.paused = false;
    return this.saveStatus(patch);
  }

  /**
   * Called with every analysis the worker makes: logs it when the log is on and the page is an
   * Arabic news article. Resolves once stored (or refused, with the reason in the status).
   */
  async articleAnalysed(page: PageInfo, text: string, analysis: Analysis): Promise<'logged' | 'skipped' | 'failed'> {
    if (page.verdict !== 'arabic-article' || !page.meta) return 'skipped';
    const status = await this.status();
    if (!status.enabled || status.paused) return 'skipped';
    try {
      await this.store.record(articleInput(page.meta, text, analysis, this.deps.now?.() ?? new Date()));
      await this.saveStatus({});
      return 'logged';
    } catch (e) {
      await this.saveStatus({}, logError(e).message).catch(() => undefined);
      return 'failed';
    }
  }

  async change(c: LogChange): Promise<LogChangeResult> {
    try {
      let result: Omit<Extract<LogChangeResult, { ok: true }>, 'status'> = { ok: true };
      switch (c?.op) {
        case 'delete':
          await this.store.remove(String(c.key));
          break;
        case 'clear':
          await this.store.clear();
          break;
        case 'import':
          result = { ok: true, import: await this.store.importLog(c.data) };
          break;
        case 'merge':
          if (!(await this.store.merge(String(c.into), String(c.from)))) return { ok: false, error: 'These entries cannot be merged.' };
          break;
        case 'split': {
          const id = await this.store.split(String(c.id), String(c.key));
          if (!id) return { ok: false, error: 'This name cannot be split off.' };
          result = { ok: true, id };
          break;
        }
        default:
          return { ok: false, error: 'Unknown change.' };
      }
      return { ...result, status: await this.saveStatus({}) };
    } catch (e) {
      const error = logError(e).message;
      return { ok: false, error, status: await this.saveStatus({}, error).catch(() => undefined) };
    }
  }
}
