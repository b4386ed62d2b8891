/**
 * The reading log's writer. Only the worker writes the log; every change is one IndexedDB
 * transaction over every store it touches, so a worker stopped in the middle leaves the log as
 * it was, and two tabs logging at once are two transactions the database runs one after the
 * other. Work that needs no database (terms, records) is done before the transaction opens:
 * a transaction closes itself as soon as it waits on anything else.
 */
import type { IDBPTransaction } from 'idb';
import { contributionsOf, checkInput, refsOf, nameGroup } from '../../shared/log/article.js';
import type { ArticleInput, PersonRef } from '../../shared/log/article.js';
import type { AliasRow, ArticleDetail, ArticleSummary, Choice, Contribution, LogDB, LogSchema, PersonEntry, PersonType } from '../../shared/log/schema.js';
import { indexTerms } from '../../shared/log/search-text.js';
import { articleDay } from './entry.js';

type Tx = IDBPTransaction<LogSchema, ('articles' | 'details' | 'people' | 'aliases' | 'search' | 'choices' | 'meta')[], 'readwrite'>;
const ALL = ['articles', 'details', 'people', 'aliases', 'search', 'choices', 'meta'] as const;

/** What went wrong, in words the popup and the log page can show. */
export class LogError extends Error {
  constructor(
    message: string,
    readonly code: 'quota' | 'failed',
  ) {
    super(message);
  }
}

export const QUOTA_MESSAGE = 'There is no more room for the reading log on this device. Nothing stored was lost; free some disk space or delete old articles from the log.';

/** A storage failure as a plain message; a full disk is told apart. */
export function logError(e: unknown): LogError {
  if (e instanceof LogError) return e;
  const name = (e as { name?: string })?.name ?? '';
  const msg = e instanceof Error ? e.message : String(e);
  if (name === 'QuotaExceededError' || /quota/i.test(msg)) return new LogError(QUOTA_MESSAGE, 'quota');
  return new LogError(`The reading log could not be saved: ${msg}`, 'failed');
}

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Entries that could not be read, with why. */
  skipped: { index: number; reason: string }[];
}

/** Every run of two or more consecutive words of a matching form, longest first (the parts a longer name shares). */
export function partsOf(key: string): string[] {
  const colon = key.indexOf(':');
  const group = key.slice(0, colon + 1);
  const words = key.slice(colon + 1).split(' ');
  const out: string[] = [];
  for (let len = words.length - 1; len >= 2; len--) for (let i = 0; i + len <= words.length; i++) out.push(group + words.slice(i, i + len).join(' '));
  return out;
}

const compatible = (a: PersonType, b: PersonType) => a === b || a === 'unknown' || b === 'unknown' || nameGroup(a) === nameGroup(b);

function emptyPerson(id: string, type: PersonType): PersonEntry {
  return { id, name: '', type, forms: {}, roles: {}, articles: 0, named: 0, quotes: 0, outlets: {}, rank: 0, rankNamed: 0 };
}

function bump(map: Record<string, number>, k: string | undefined, by: number): void {
  if (!k) return;
  const v = (map[k] ?? 0) + by;
  if (v > 0) map[k] = v;
  else delete map[k];
}

/** The form shown for an entry: the one most articles wrote, the longest on a tie. */
function displayName(forms: Record<string, number>): string {
  let best = '';
  for (const [f, n] of Object.entries(forms)) if (!best || n > forms[best] || (n === forms[best] && f.length > best.length)) best = f;
  return best;
}

/** Adds (sign 1) or takes away (sign -1) one article's contribution to an entry. */
function apply(p: PersonEntry, c: Contribution, outlet: string, day: string, sign: 1 | -1): void {
  bump(p.forms, c.form, sign);
  bump(p.roles, c.role, sign);
  bump(p.outlets, outlet, sign);
  if (c.q > 0) p.articles += sign;
  p.named += sign;
  p.quotes += sign * c.q;
  if (sign > 0) {
    if (!p.lastDay || day > p.lastDay) p.lastDay = day;
    // An entry first made from an anonymous or unknown speaker takes the kind a name gives it.
    if (p.type === 'unknown' && c.type !== 'unknown') p.type = c.type;
  }
  p.name = displayName(p.forms) || p.name;
  p.rank = -p.articles;
  p.rankNamed = -p.named;
}

/** Articles an import writes per transaction: fewer commits, and none too long. */
const IMPORT_BATCH = 50;

async function nextCounter(tx: Tx, key: string): Promise<number> {
  const meta = tx.objectStore('meta');
  const row = await meta.get(key);
  const value = (row?.value ?? 0) + 1;
  await meta.put({ key, value });
  return value;
}

/**
 * The entry ids of an article's people: known forms, a longer or shorter form of a known name, or
 * new entries. Every alias the article may touch is read at once and decided in memory, then
 * written at once: a round trip to the database per name was most of an article's cost.
 */
async function resolvePeople(tx: Tx, refs: Map<string, PersonRef>): Promise<Map<string, string>> {
  const aliases = tx.objectStore('aliases');
  const wanted = new Set<string>();
  for (const ref of refs.values()) {
    wanted.add(ref.key);
    for (const part of partsOf(ref.key)) wanted.add(part);
  }
  const keys = [...wanted];
  const rows = await Promise.all(keys.map((k) => aliases.get(k)));
  const known = new Map<string, AliasRow>();
  keys.forEach((k, i) => rows[i] && known.set(k, rows[i]!));
  const changed = new Map<string, AliasRow>();
  const set = (row: AliasRow) => {
    known.set(row.key, row);
    changed.set(row.key, row);
  };
  const meta = tx.objectStore('meta');
  let counter = (await meta.get('person'))?.value ?? 0;
  const first = counter;
  const ids = new Map<string, string>();
  for (const ref of refs.values()) {
    const row = known.get(ref.key);
    let id = row?.id && compatible(row.type, ref.type) ? row.id : '';
    if (!id) {
      // A longer form of a name we know («العميد عثمان الطيب» → «عثمان الطيب»), or a part of a longer one.
      for (const part of partsOf(ref.key)) {
        const k = known.get(part);
        if (k?.id && k.full && compatible(k.type, ref.type)) {
          id = k.id;
          break;
        }
      }
      if (!id && row && !row.full && row.id && compatible(row.type, ref.type)) id = row.id;
    }
    if (!id) id = `p${++counter}`;
    ids.set(ref.key, id);
    if (!row || (!row.full && !row.pinned)) set({ key: ref.key, id, full: true, type: ref.type });
    // Register the parts of this name, so a later shorter form finds it; a part two entries share
    // is ambiguous and joins nothing.
    for (const part of partsOf(ref.key)) {
      const k = known.get(part);
      if (!k) set({ key: part, id, full: false, type: ref.type });
      else if (!k.full && !k.pinned && k.id && k.id !== id) set({ ...k, id: '' });
    }
  }
  const writes: Promise<unknown>[] = [...changed.values()].map((r) => aliases.put(r));
  if (counter !== first) writes.push(meta.put({ key: 'person', value: counter }));
  await Promise.all(writes);
  return ids;
}

function detailOf(input: ArticleInput, ids: Map<string, string>): ArticleDetail {
  const id = (key: string) => ids.get(key) ?? '';
  return {
    key: input.key,
    quotes: input.quotes.map((q) => ({ ...q, person: id(q.key) })),
    names: input.names.map((n) => ({ ...n, person: id(n.key) })),
    numbers: input.numbers.map(({ people, speaker, ...n }) => {
      const out: ArticleDetail['numbers'][number] = { ...n, people: people.map(id).filter(Boolean) };
      if (speaker && id(speaker)) out.speaker = id(speaker);
      return out;
    }),
  };
}

/** Applies an article's contributions to the people store (the old ones taken away first). */
async function updatePeople(tx: Tx, old: ArticleSummary | undefined, next: ArticleSummary | undefined): Promise<void> {
  const people = tx.objectStore('people');
  const touched = new Set([...Object.keys(old?.contrib ?? {}), ...Object.keys(next?.contrib ?? {})]);
  const entries = await Promise.all([...touched].map((id) => people.get(id)));
  await Promise.all(
    [...touched].map((id, i) => {
      const o = old?.contrib[id];
      const n = next?.contrib[id];
      const p = entries[i] ?? emptyPerson(id, n?.type ?? o?.type ?? 'unknown');
      if (o && old) apply(p, o, old.outlet, old.day, -1);
      if (n && next) apply(p, n, next.outlet, next.day, 1);
      return p.named > 0 ? people.put(p) : people.delete(id);
    }),
  );
}

function summaryOf(input: ArticleInput, detail: ArticleDetail, seq: number, firstReadAt: string): ArticleSummary {
  const contrib = contributionsOf(detail);
  const s: ArticleSummary = {
    key: input.key,
    seq,
    url: input.url,
    title: input.title,
    outlet: input.outlet,
    site: input.site,
    day: articleDay(input.publishedAt, input.readAt),
    readAt: input.readAt,
    firstReadAt,
    quotes: detail.quotes.length,
    people: Object.keys(contrib),
    contrib,
  };
  if (input.canonical) s.canonical = input.canonical;
  if (input.author) s.author = input.author;
  if (input.publishedAt) s.publishedAt = input.publishedAt;
  return s;
}

/** The search terms of an article: title, outlet, author, quotes, speakers, names and roles. */
function termsOf(input: ArticleInput): string[] {
  const texts = [input.title, input.outlet, input.author ?? ''];
  for (const q of input.quotes) texts.push(q.content, q.speaker, q.role ?? '');
  for (const n of input.names) texts.push(n.name, n.role ?? '');
  return [...indexTerms(texts)];
}

/** Recounts an entry from the articles that name it (after a merge or split). */
async function recount(tx: Tx, id: string, type: PersonType): Promise<void> {
  const rows = await tx.objectStore('articles').index('people').getAll(id);
  const p = emptyPerson(id, type);
  for (const a of rows) if (a.contrib[id]) apply(p, a.contrib[id], a.outlet, a.day, 1);
  if (p.named > 0) await tx.objectStore('people').put(p);
  else await tx.objectStore('people').delete(id);
}

/** Gives an article's quotes, names and numbers of one entry to another (every one, or those with `onlyKey`). */
async function reassign(tx: Tx, from: string, to: string, onlyKey?: string): Promise<void> {
  const articles = tx.objectStore('articles');
  const details = tx.objectStore('details');
  const keys = await articles.index('people').getAllKeys(from);
  for (const key of keys) {
    const [summary, detail] = await Promise.all([articles.get(key), details.get(key)]);
    if (!summary || !detail) continue;
    const moves = (p: string, k: string) => p === from && (onlyKey === undefined || k === onlyKey);
    for (const q of detail.quotes) if (moves(q.person, q.key)) q.person = to;
    const moved = new Set<string>();
    for (const n of detail.names)
      if (moves(n.person, n.key)) {
        n.person = to;
        moved.add(n.key);
      }
    if (onlyKey === undefined || moved.size)
      for (const n of detail.numbers) {
        n.people = [...new Set(n.people.map((p) => (p === from ? to : p)))];
        if (n.speaker === from) n.speaker = to;
      }
    summary.contrib = contributionsOf(detail);
    summary.people = Object.keys(summary.contrib);
    await Promise.all([details.put(detail), articles.put(summary)]);
  }
}

/** One article into the log, inside a transaction (see LogStore.record). */
async function recordIn(tx: Tx, input: ArticleInput, terms: string[], refs: Map<string, PersonRef>, keepNewer: boolean): Promise<'added' | 'updated' | 'unchanged'> {
  const articles = tx.objectStore('articles');
  const details = tx.objectStore('details');
  const old = await articles.get(input.key);
  if (old && keepNewer && old.readAt >= input.readAt) return 'unchanged';
  const seq = old?.seq ?? (await nextCounter(tx, 'seq'));
  const ids = await resolvePeople(tx, refs);
  const detail = detailOf(input, ids);
  const first = old && old.firstReadAt < (input.firstReadAt ?? input.readAt) ? old.firstReadAt : (input.firstReadAt ?? input.readAt);
  const summary = summaryOf(input, detail, seq, first);
  await updatePeople(tx, old, summary);
  await tx.objectStore('search').put({ seq, terms });
  await articles.put(summary);
  await details.put(detail);
  return old ? 'updated' : 'added';
}

export class LogStore {
  constructor(private readonly db: () => Promise<LogDB>) {}

  private async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    let tx: Tx | undefined;
    try {
      tx = (await this.db()).transaction([...ALL], 'readwrite') as Tx;
      // Its failure is reported through `work` or below; never as an unhandled rejection.
      tx.done.catch(() => undefined);
      const result = await work(tx);
      await tx.done;
      return result;
    } catch (e) {
      try {
        tx?.abort();
      } catch {
        // Already finished or aborted.
      }
      throw logError(e);
    }
  }

  /**
   * Logs an article, or updates its entry when it is already logged (same address): the old
   * quotes, names and terms are taken out and the new ones put in, in one transaction. With
   * `keepNewer` (an import), an entry read later than `input` stays as it is.
   */
  async record(input: ArticleInput, keepNewer = false): Promise<'added' | 'updated' | 'unchanged'> {
    return (await this.recordMany([input], keepNewer))[0];
  }

  /** Logs several articles in one transaction (an import, in batches): all of them land or none. */
  async recordMany(inputs: readonly ArticleInput[], keepNewer = false): Promise<('added' | 'updated' | 'unchanged')[]> {
    const prepared = inputs.map((input) => ({ input, terms: termsOf(input), refs: refsOf(input) }));
    return this.write(async (tx) => {
      const out: ('added' | 'updated' | 'unchanged')[] = [];
      for (const p of prepared) out.push(await recordIn(tx, p.input, p.terms, p.refs, keepNewer));
      return out;
    });
  }

  /** Deletes one article and everything it added. */
  async remove(key: string): Promise<boolean> {
    return this.write(async (tx) => {
      const old = await tx.objectStore('articles').get(key);
      if (!old) {
        // A half-readable entry still goes.
        await tx.objectStore('details').delete(key);
        return false;
      }
      await updatePeople(tx, old, undefined);
      await tx.objectStore('search').delete(old.seq);
      await Promise.all([tx.objectStore('articles').delete(key), tx.objectStore('details').delete(key)]);
      return true;
    });
  }

  /** Deletes the whole log. */
  async clear(): Promise<void> {
    await this.write(async (tx) => {
      await Promise.all(ALL.map((s) => tx.objectStore(s).clear()));
    });
  }

  /** The matching forms of an entry's full names. */
  private async formsOf(tx: Tx, id: string): Promise<string[]> {
    return (await tx.objectStore('aliases').index('id').getAll(id)).filter((a) => a.full).map((a) => a.key);
  }

  /** Joins entry `from` into entry `into`; the choice is kept for later articles and exports. */
  async merge(into: string, from: string, remember = true): Promise<boolean> {
    if (into === from) return false;
    return this.write(async (tx) => {
      const people = tx.objectStore('people');
      const [a, b] = await Promise.all([people.get(into), people.get(from)]);
      if (!a || !b) return false;
      const aliases = tx.objectStore('aliases');
      const intoForms = await this.formsOf(tx, into);
      const moved = await aliases.index('id').getAll(from);
      for (const row of moved) await aliases.put({ ...row, id: into, pinned: row.full ? true : row.pinned });
      await reassign(tx, from, into);
      await people.delete(from);
      await recount(tx, into, a.type);
      if (remember) await tx.objectStore('choices').add({ kind: 'merge', into: intoForms, from: moved.filter((r) => r.full).map((r) => r.key) } as Choice);
      return true;
    });
  }

  /** Takes one name form (matching `key`) out of an entry into an entry of its own. */
  async split(id: string, key: string, remember = true): Promise<string | null> {
    return this.write(async (tx) => {
      const aliases = tx.objectStore('aliases');
      const row = await aliases.get(key);
      const entry = await tx.objectStore('people').get(id);
      if (!row || row.id !== id || !entry) return null;
      const others = (await this.formsOf(tx, id)).filter((k) => k !== key);
      if (!others.length) return null;
      const fresh = `p${await nextCounter(tx, 'person')}`;
      await aliases.put({ ...row, id: fresh, full: true, pinned: true });
      // Parts of the name that led to the old entry now lead nowhere: the user said they differ.
      for (const part of partsOf(key)) {
        const p = await aliases.get(part);
        if (p && !p.full && p.id === id) await aliases.put({ ...p, id: '' });
      }
      for (const other of others) {
        const o = await aliases.get(other);
        if (o && !o.pinned) await aliases.put({ ...o, pinned: true });
      }
      await reassign(tx, id, fresh, key);
      await recount(tx, id, entry.type);
      await recount(tx, fresh, row.type);
      if (remember) await tx.objectStore('choices').add({ kind: 'split', key });
      return fresh;
    });
  }

  /**
   * Reads a JSON export back in: articles already in the log are kept or replaced by the later
   * reading (never duplicated), broken entries are skipped and reported, and the merges and
   * splits of the export are made again.
   */
  async importLog(data: unknown): Promise<ImportReport> {
    const report: ImportReport = { added: 0, updated: 0, unchanged: 0, skipped: [] };
    const d = data as { format?: unknown; articles?: unknown; choices?: unknown } | null;
    if (!d || typeof d !== 'object' || d.format !== 'isnad-log' || !Array.isArray(d.articles))
      throw new LogError('This file is not an Isnad reading log export.', 'failed');
    let batch: ArticleInput[] = [];
    const flush = async () => {
      for (const r of await this.recordMany(batch, true)) report[r]++;
      batch = [];
    };
    for (let i = 0; i < d.articles.length; i++) {
      const checked = checkInput(d.articles[i]);
      if (!checked.ok) report.skipped.push({ index: i, reason: checked.reason });
      else if (batch.push(checked.article) >= IMPORT_BATCH) await flush();
    }
    await flush();
    for (const c of Array.isArray(d.choices) ? (d.choices as Choice[]) : []) await this.replay(c);
    return report;
  }

  /** Makes a merge or split of an export again, when its names are in this log. */
  private async replay(c: Choice): Promise<void> {
    const db = await this.db();
    const idOf = async (keys: unknown) => {
      for (const k of Array.isArray(keys) ? keys : []) {
        const row = typeof k === 'string' ? await db.get('aliases', k) : undefined;
        if (row?.id && row.full) return row.id;
      }
      return '';
    };
    if (c?.kind === 'merge') {
      const [into, from] = [await idOf(c.into), await idOf(c.from)];
      if (into && from && into !== from) await this.merge(into, from);
    } else if (c?.kind === 'split' && typeof c.key === 'string') {
      const row = await db.get('aliases', c.key);
      if (row?.id) await this.split(row.id, c.key);
    }
  }
}
