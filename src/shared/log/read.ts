/**
 * Reading the log: the questions the log page asks (who is quoted most, everything one person
 * said, what was reported for a place, search), the export, the count and the storage used.
 * Read-only transactions: the log page reads the database directly (no trip through the
 * worker, which may be asleep); only the worker writes it.
 *
 * A stored record that is not what the log expects (a disk error, an old bug) is skipped and
 * counted in `skipped`, never allowed to break the whole answer.
 */
import type { ArticleInput, InputNumber } from './article.js';
import type { ArticleDetail, ArticleSummary, Choice, LogDB, LoggedNumber, LoggedQuote, PersonEntry, PersonType } from './schema.js';
import { parseQuery, textMatches } from './search-text.js';
import type { SearchQuery } from './search-text.js';

export interface LogFilters {
  outlet?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  /** Kinds of entries to list (person, organization, location, anonymous…); all when empty. */
  types?: PersonType[];
  /** Only direct or only indirect quotes. */
  kind?: 'direct' | 'indirect';
}

// ── shape checks of stored records ─────────────────────────────────────────

function isSummary(v: unknown): v is ArticleSummary {
  const a = v as ArticleSummary;
  return (
    !!a && typeof a === 'object' && typeof a.key === 'string' && typeof a.url === 'string' && typeof a.title === 'string' &&
    typeof a.outlet === 'string' && typeof a.day === 'string' && typeof a.readAt === 'string' && Number.isInteger(a.seq) &&
    Array.isArray(a.people) && !!a.contrib && typeof a.contrib === 'object'
  );
}

function isDetail(v: unknown): v is ArticleDetail {
  const d = v as ArticleDetail;
  return (
    !!d && typeof d === 'object' && typeof d.key === 'string' && Array.isArray(d.quotes) && Array.isArray(d.names) &&
    Array.isArray(d.numbers) &&
    d.quotes.every((q) => !!q && typeof q.content === 'string' && typeof q.person === 'string' && typeof q.link === 'string')
  );
}

function isPerson(v: unknown): v is PersonEntry {
  const p = v as PersonEntry;
  return !!p && typeof p === 'object' && typeof p.id === 'string' && typeof p.name === 'string' && Number.isFinite(p.articles) && !!p.outlets && !!p.forms;
}

function inFilters(a: ArticleSummary, f: LogFilters): boolean {
  if (f.outlet && a.outlet !== f.outlet) return false;
  if (f.from && a.day < f.from) return false;
  if (f.to && a.day > f.to) return false;
  return true;
}

const hasArticleFilter = (f: LogFilters) => !!(f.outlet || f.from || f.to);

// ── the ranking ─────────────────────────────────────────────────────────────

export interface RankedPerson {
  id: string;
  name: string;
  type: PersonType;
  roles: string[];
  /** Articles quoting (or, for places, naming) the entry within the filters. */
  articles: number;
  quotes: number;
  outlets: number;
}

const topKeys = (m: Record<string, number>, n: number) =>
  Object.entries(m)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k]) => k);

function ranked(p: PersonEntry, byNamed: boolean): RankedPerson {
  return { id: p.id, name: p.name, type: p.type, roles: topKeys(p.roles, 3), articles: byNamed ? p.named : p.articles, quotes: p.quotes, outlets: Object.keys(p.outlets).length };
}

export interface PeoplePage {
  people: RankedPerson[];
  /** There are more beyond `limit`. */
  more: boolean;
  skipped: number;
}

/**
 * The entries most articles quote (or, for places only, name), best first. Without an outlet or
 * date filter this reads only the top of an index: the log page's first screen.
 */
export async function topPeople(db: LogDB, filters: LogFilters = {}, limit = 50): Promise<PeoplePage> {
  const types = filters.types?.length ? new Set(filters.types) : null;
  const byNamed = !!types && [...types].every((t) => t === 'location');
  if (hasArticleFilter(filters)) return filteredPeople(db, filters, limit, byNamed);
  const out: RankedPerson[] = [];
  let skipped = 0;
  const index = db.transaction('people').store.index(byNamed ? 'rankNamed' : 'rank');
  // The top of the ranking in one read; entries of other kinds are passed over, and when too many
  // were, the read is made again larger.
  for (let cap = Math.max(limit * 3, 150); ; cap *= 4) {
    const rows = await index.getAll(IDBKeyRange.upperBound(-1), cap);
    out.length = 0;
    skipped = 0;
    for (const p of rows) {
      if (!isPerson(p)) skipped++;
      else if (!types || types.has(p.type)) out.push(ranked(p, byNamed));
    }
    if (out.length > limit || rows.length < cap) return { people: out.slice(0, limit), more: out.length > limit, skipped };
  }
}

/** The summaries within an outlet or date filter, by the narrowest index. */
async function summariesIn(db: LogDB, f: LogFilters): Promise<{ rows: ArticleSummary[]; skipped: number }> {
  let raw: unknown[];
  if (f.outlet) raw = await db.getAllFromIndex('articles', 'outlet', f.outlet);
  else if (f.from || f.to) raw = await db.getAllFromIndex('articles', 'day', IDBKeyRange.bound(f.from ?? '0000', f.to ?? '9999-99-99'));
  else raw = await db.getAll('articles');
  const rows = raw.filter(isSummary);
  return { rows: rows.filter((a) => inFilters(a, f)), skipped: raw.length - rows.length };
}

async function filteredPeople(db: LogDB, f: LogFilters, limit: number, byNamed: boolean): Promise<PeoplePage> {
  const { rows, skipped } = await summariesIn(db, f);
  const types = f.types?.length ? new Set(f.types) : null;
  const acc = new Map<string, { articles: number; named: number; quotes: number; outlets: Set<string> }>();
  for (const a of rows)
    for (const [id, c] of Object.entries(a.contrib)) {
      const e = acc.get(id) ?? { articles: 0, named: 0, quotes: 0, outlets: new Set<string>() };
      if (c.q > 0) e.articles++;
      e.named++;
      e.quotes += c.q;
      e.outlets.add(a.outlet);
      acc.set(id, e);
    }
  const score = (e: { articles: number; named: number }) => (byNamed ? e.named : e.articles);
  const ids = [...acc.entries()].filter(([, e]) => score(e) > 0).sort((a, b) => score(b[1]) - score(a[1]));
  const out: RankedPerson[] = [];
  const tx = db.transaction('people');
  for (const [id, e] of ids) {
    if (out.length > limit) break;
    const p = await tx.store.get(id);
    if (!isPerson(p) || (types && !types.has(p.type))) continue;
    out.push({ ...ranked(p, byNamed), articles: score(e), quotes: e.quotes, outlets: e.outlets.size });
  }
  return { people: out.slice(0, limit), more: out.length > limit, skipped };
}

// ── one entry ───────────────────────────────────────────────────────────────

export interface ArticleRef {
  key: string;
  url: string;
  title: string;
  outlet: string;
  day: string;
  publishedAt?: string;
  readAt: string;
}

export interface TimelineQuote extends LoggedQuote {
  article: ArticleRef;
}

interface ReportedNumber extends LoggedNumber {
  article: ArticleRef;
  /** Who reported it: the name of the speaker whose quote holds it, else none (the outlet). */
  by?: string;
}

export interface PersonPage {
  person: PersonEntry;
  /** Every quote, newest first. */
  quotes: TimelineQuote[];
  /** The same quotes by outlet, outlets with most quotes first. */
  byOutlet: { outlet: string; quotes: TimelineQuote[] }[];
  /** Figures in sentences naming the entry or quoted from it, newest first. */
  numbers: ReportedNumber[];
  /** Articles naming the entry without quoting it. */
  mentions: ArticleRef[];
  /** The entry's name forms as matched (to split one off), with how many articles wrote each. */
  forms: { key: string; label: string; count: number }[];
  skipped: number;
}

const refOf = (a: ArticleSummary): ArticleRef => {
  const r: ArticleRef = { key: a.key, url: a.url, title: a.title, outlet: a.outlet, day: a.day, readAt: a.readAt };
  if (a.publishedAt) r.publishedAt = a.publishedAt;
  return r;
};

const newestFirst = (a: { article: ArticleRef }, b: { article: ArticleRef }) => (b.article.day === a.article.day ? b.article.readAt.localeCompare(a.article.readAt) : b.article.day.localeCompare(a.article.day));

export async function personPage(db: LogDB, id: string, filters: LogFilters = {}): Promise<PersonPage | null> {
  const tx = db.transaction(['people', 'articles', 'details', 'aliases']);
  const person = await tx.objectStore('people').get(id);
  if (!isPerson(person)) return null;
  const raw = await tx.objectStore('articles').index('people').getAll(id);
  const summaries = raw.filter(isSummary).filter((a) => inFilters(a, filters));
  let skipped = raw.length - raw.filter(isSummary).length;
  const details = await Promise.all(summaries.map((a) => tx.objectStore('details').get(a.key)));
  const aliasRows = await tx.objectStore('aliases').index('id').getAll(id);
  const speakerNames = new Map<string, string>([[id, person.name]]);
  const quotes: TimelineQuote[] = [];
  const numbers: ReportedNumber[] = [];
  const mentions: ArticleRef[] = [];
  const formCount = new Map<string, number>();
  const labels = new Map<string, string>();
  summaries.forEach((a, i) => {
    const d = details[i];
    if (!isDetail(d)) {
      skipped++;
      return;
    }
    const article = refOf(a);
    let quoted = false;
    for (const q of d.quotes) {
      if (q.person === id && (!filters.kind || q.kind === filters.kind)) {
        quotes.push({ ...q, article });
        quoted = true;
      }
      speakerNames.set(q.person, q.speaker);
    }
    const keys = new Set<string>();
    for (const n of d.names) if (n.person === id && !keys.has(n.key)) (keys.add(n.key), labels.has(n.key) || labels.set(n.key, n.name));
    for (const q of d.quotes) if (q.person === id && !keys.has(q.key)) (keys.add(q.key), labels.has(q.key) || labels.set(q.key, q.speaker));
    for (const k of keys) formCount.set(k, (formCount.get(k) ?? 0) + 1);
    if (!quoted && !filters.kind) mentions.push(article);
    for (const n of d.numbers)
      if (n.people.includes(id) || n.speaker === id) numbers.push({ ...n, article, ...(n.speaker ? { by: speakerNames.get(n.speaker) ?? d.quotes.find((q) => q.person === n.speaker)?.speaker } : {}) });
  });
  quotes.sort(newestFirst);
  numbers.sort(newestFirst);
  mentions.sort((a, b) => b.day.localeCompare(a.day));
  const groups = new Map<string, TimelineQuote[]>();
  for (const q of quotes) (groups.get(q.article.outlet) ?? groups.set(q.article.outlet, []).get(q.article.outlet)!).push(q);
  const byOutlet = [...groups.entries()].map(([outlet, qs]) => ({ outlet, quotes: qs })).sort((a, b) => b.quotes.length - a.quotes.length);
  const forms = aliasRows.filter((r) => r.full).map((r) => ({ key: r.key, label: labels.get(r.key) ?? r.key.slice(r.key.indexOf(':') + 1), count: formCount.get(r.key) ?? 0 }));
  return { person, quotes, byOutlet, numbers, mentions, forms, skipped };
}

// ── search ──────────────────────────────────────────────────────────────────

interface SearchHit {
  article: ArticleRef;
  titleMatch: boolean;
  quotes: LoggedQuote[];
}

export interface SearchAnswer {
  hits: SearchHit[];
  /** Entries whose name matches. */
  people: RankedPerson[];
  /** Articles matching in all (hits holds the newest `limit`). */
  total: number;
  skipped: number;
}

const PREFIX_KEYS = 20_000;

/** The search store's term index, as the one read it needs. */
interface TermsIndex {
  getAllKeys(query: string | IDBKeyRange, count?: number): Promise<number[]>;
}

/**
 * Article numbers holding any of `terms`; with `prefix` and none of them, those holding a word
 * that starts with it (an unfinished word: reading every word that starts with a complete one
 * would cost much and add little).
 */
async function seqsFor(index: TermsIndex, terms: string[], prefix?: string): Promise<Set<number>> {
  const out = new Set<number>();
  for (const keys of await Promise.all(terms.map((t) => index.getAllKeys(t)))) for (const k of keys) out.add(k);
  if (prefix && out.size === 0) for (const k of await index.getAllKeys(IDBKeyRange.bound(prefix, `${prefix}\uffff`), PREFIX_KEYS)) out.add(k);
  return out;
}

function intersect(sets: Set<number>[]): Set<number> {
  if (!sets.length) return new Set();
  sets.sort((a, b) => a.size - b.size);
  const [first, ...rest] = sets;
  return new Set([...first].filter((x) => rest.every((s) => s.has(x))));
}

/**
 * Articles where every word of `input` occurs (in a quote, a speaker's or a name's words, the
 * title, outlet or author), newest first, with the quotes that hold the words; and the entries
 * whose names match. Diacritics, hamza forms, ta marbuta, alef maqsura and clitics are ignored
 * on both sides (search-text.ts).
 */
export async function search(db: LogDB, input: string, filters: LogFilters = {}, limit = 30): Promise<SearchAnswer> {
  const query: SearchQuery = parseQuery(input);
  if (!query.words.length) return { hits: [], people: [], total: 0, skipped: 0 };
  const last = query.words.length - 1;
  // One transaction for the whole answer: each one costs a round trip to the browser's database.
  const tx = db.transaction(['search', 'articles', 'details', 'people']);
  const terms = tx.objectStore('search').index('terms');
  const sets = await Promise.all(query.lookup.map((g, i) => seqsFor(terms, g, i === last ? query.prefix : undefined)));
  // Newest first by logging order; only the summaries shown are read (all of them only when a
  // filter must look at each: then in batches of 100; without one, the first batch is the page).
  const seqs = [...intersect(sets)].sort((a, b) => b - a);
  const bySeq = tx.objectStore('articles').index('seq');
  const filtering = hasArticleFilter(filters);
  let skipped = 0;
  let total = 0;
  const top: ArticleSummary[] = [];
  for (let i = 0, batch = filtering ? 100 : limit; i < seqs.length && (filtering || top.length < limit); i += batch, batch = 100) {
    const raw = await Promise.all(seqs.slice(i, i + batch).map((s) => bySeq.get(s)));
    for (const a of raw) {
      if (a === undefined) continue;
      if (!isSummary(a)) skipped++;
      else if (inFilters(a, filters)) {
        total++;
        if (top.length < limit) top.push(a);
      }
    }
  }
  if (!filtering) total = seqs.length - skipped;
  top.sort((a, b) => (b.day === a.day ? b.readAt.localeCompare(a.readAt) : b.day.localeCompare(a.day)));
  const details = await Promise.all(top.map((a) => tx.objectStore('details').get(a.key)));
  const hits: SearchHit[] = [];
  top.forEach((a, i) => {
    const d = details[i];
    if (!isDetail(d)) {
      skipped++;
      return;
    }
    const quotes = d.quotes.filter((q) => (!filters.kind || q.kind === filters.kind) && (textMatches(query, q.content) || textMatches(query, q.speaker)));
    hits.push({ article: refOf(a), titleMatch: textMatches(query, a.title), quotes });
  });
  // The people: those named in the articles shown whose name (or role) itself matches.
  const matches = new Map<string, boolean>();
  const match = (s: string | undefined) => {
    if (!s) return false;
    let m = matches.get(s);
    if (m === undefined) matches.set(s, (m = textMatches(query, s)));
    return m;
  };
  const ids = new Set<string>();
  for (const a of top) for (const [id, c] of Object.entries(a.contrib)) if (!ids.has(id) && (match(c.form) || match(c.role))) ids.add(id);
  const people: RankedPerson[] = [];
  for (const p of await Promise.all([...ids].map((id) => tx.objectStore('people').get(id)))) if (isPerson(p)) people.push(ranked(p, p.articles === 0));
  people.sort((a, b) => b.articles - a.articles);
  return { hits, people: people.slice(0, 20), total, skipped };
}

// ── lists, counts, storage ─────────────────────────────────────────────────

/** Every outlet in the log, for the filter. */
export async function outlets(db: LogDB): Promise<string[]> {
  const out: string[] = [];
  let cursor = await db.transaction('articles').store.index('outlet').openKeyCursor(null, 'nextunique');
  while (cursor) {
    out.push(String(cursor.key));
    cursor = await cursor.continue();
  }
  return out;
}

export interface LogCounts {
  articles: number;
  people: number;
}

export async function counts(db: LogDB): Promise<LogCounts> {
  const [articles, people] = await Promise.all([db.count('articles'), db.count('people')]);
  return { articles, people };
}

/**
 * What the extension's storage uses and may use, when the browser says (all of the extension's
 * storage: browsers tell no finer). Asked apart from the counts: the browser may take a while to
 * measure a large database, and the first screen does not wait for it.
 */
export async function storageUse(): Promise<{ bytes?: number; quota?: number }> {
  try {
    const est = await (globalThis.navigator as Navigator | undefined)?.storage?.estimate?.();
    return { bytes: est?.usage, quota: est?.quota };
  } catch {
    return {};
  }
}

/** The articles of the log, newest first (the list of articles, with delete). */
export async function articleList(db: LogDB, filters: LogFilters = {}, limit = 100): Promise<{ articles: (ArticleRef & { quotes: number })[]; total: number; skipped: number }> {
  const out: (ArticleRef & { quotes: number })[] = [];
  let skipped = 0;
  let total = 0;
  let cursor = await db.transaction('articles').store.index('day').openCursor(null, 'prev');
  while (cursor) {
    const a = cursor.value;
    if (!isSummary(a)) skipped++;
    else if (inFilters(a, filters)) {
      total++;
      if (out.length < limit) out.push({ ...refOf(a), quotes: a.quotes });
    }
    cursor = await cursor.continue();
  }
  return { articles: out, total, skipped };
}

// ── export ──────────────────────────────────────────────────────────────────

export interface LogExport {
  format: 'isnad-log';
  version: 1;
  exportedAt: string;
  articles: ArticleInput[];
  choices: Choice[];
}

/** A stored article as the log takes articles in (people by matching form, not by entry id). */
function inputOf(a: ArticleSummary, d: ArticleDetail): ArticleInput {
  const keyOf = new Map<string, string>();
  for (const x of [...d.names, ...d.quotes]) if (!keyOf.has(x.person)) keyOf.set(x.person, x.key);
  const input: ArticleInput = {
    key: a.key,
    url: a.url,
    title: a.title,
    outlet: a.outlet,
    site: a.site,
    readAt: a.readAt,
    firstReadAt: a.firstReadAt,
    quotes: d.quotes.map(({ person: _, ...q }) => q),
    names: d.names.map(({ person: _, ...n }) => n),
    numbers: d.numbers.map(({ people, speaker, ...n }) => {
      const out: InputNumber = { ...n, people: people.map((p) => keyOf.get(p)).filter((k): k is string => !!k) };
      const s = speaker ? keyOf.get(speaker) : undefined;
      if (s) out.speaker = s;
      return out;
    }),
  };
  if (a.canonical) input.canonical = a.canonical;
  if (a.author) input.author = a.author;
  if (a.publishedAt) input.publishedAt = a.publishedAt;
  return input;
}

/** Everything, in the order it was first logged; unreadable entries are skipped and counted. */
export async function exportLog(db: LogDB, now = new Date()): Promise<{ data: LogExport; skipped: number }> {
  const tx = db.transaction(['articles', 'details', 'choices']);
  const [summaries, choices] = await Promise.all([tx.objectStore('articles').index('seq').getAll(), tx.objectStore('choices').getAll()]);
  const articles: ArticleInput[] = [];
  let skipped = 0;
  for (const a of summaries) {
    const d = isSummary(a) ? await tx.objectStore('details').get(a.key) : undefined;
    if (!isSummary(a) || !isDetail(d)) {
      skipped++;
      continue;
    }
    articles.push(inputOf(a, d));
  }
  return { data: { format: 'isnad-log', version: 1, exportedAt: now.toISOString(), articles, choices: choices.map(({ id: _, ...c }) => c as Choice) }, skipped };
}
