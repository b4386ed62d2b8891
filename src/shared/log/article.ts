/**
 * One article as the log takes it in and gives it out: the worker makes it from an analysis
 * (background/log/entry.ts), the JSON export writes it, the import reads it back. People are
 * named here by their matching form (`key`), never by an entry id: ids belong to one log, forms
 * travel between logs.
 */
import type { EntityType, NumberKind, QuoteKind } from '../../engine/types.js';
import type { ArticleDetail, Contribution, LoggedName, LoggedNumber, LoggedQuote, PersonType } from './schema.js';

export type InputQuote = Omit<LoggedQuote, 'person'>;
type InputName = Omit<LoggedName, 'person'>;
export type InputNumber = Omit<LoggedNumber, 'people' | 'speaker'> & { people: string[]; speaker?: string };

export interface ArticleInput {
  key: string;
  url: string;
  canonical?: string;
  title: string;
  outlet: string;
  site: string;
  author?: string;
  publishedAt?: string;
  /** When it was read (ISO); an import keeps the later of two readings. */
  readAt: string;
  firstReadAt?: string;
  quotes: InputQuote[];
  names: InputName[];
  numbers: InputNumber[];
}

/** Who a matching form stands for in one article. */
export interface PersonRef {
  key: string;
  form: string;
  type: PersonType;
  role?: string;
}

/** The kind of thing a name is, for matching: a place is never joined to a person of the same name. */
export function nameGroup(type: PersonType): 'place' | 'actor' | 'source' {
  return type === 'location' ? 'place' : type === 'anonymous' || type === 'document' ? 'source' : 'actor';
}

/** The distinct people of an article, by matching form: a named entity wins over a bare speaker. */
export function refsOf(a: Pick<ArticleInput, 'quotes' | 'names'>): Map<string, PersonRef> {
  const refs = new Map<string, PersonRef>();
  for (const n of a.names) if (!refs.has(n.key)) refs.set(n.key, { key: n.key, form: n.name, type: n.type, role: n.role });
  for (const q of a.quotes) {
    const known = refs.get(q.key);
    if (!known) refs.set(q.key, { key: q.key, form: q.speaker, type: q.speakerType, role: q.role });
    else if (!known.role && q.role) known.role = q.role;
  }
  return refs;
}

/** What the article adds to each entry, from its detail (entry ids resolved). */
export function contributionsOf(detail: Pick<ArticleDetail, 'quotes' | 'names'>): Record<string, Contribution> {
  const out: Record<string, Contribution> = {};
  for (const n of detail.names) {
    const c = (out[n.person] ??= { q: 0, n: true, form: n.name, type: n.type });
    c.n = true;
    if (n.name.length > c.form.length) c.form = n.name;
    if (!c.role && n.role) c.role = n.role;
  }
  for (const q of detail.quotes) {
    const c = (out[q.person] ??= { q: 0, n: false, form: q.speaker, type: q.speakerType });
    c.q++;
    if (!c.role && q.role) c.role = q.role;
  }
  return out;
}

// ── checking what comes from outside (an import, a stored record) ─────────────

const QUOTE_KINDS: ReadonlySet<QuoteKind> = new Set(['direct', 'indirect']);
const ENTITY_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization', 'location']);
const PERSON_TYPES: ReadonlySet<PersonType> = new Set(['person', 'organization', 'location', 'anonymous', 'document', 'unknown']);
const NUMBER_KINDS: ReadonlySet<NumberKind> = new Set(['cardinal', 'ordinal', 'fraction', 'percent', 'money', 'date', 'year', 'time', 'range']);

const isStr = (v: unknown, max = 100_000): v is string => typeof v === 'string' && v.length <= max;
const optStr = (v: unknown, max = 100_000) => v === undefined || isStr(v, max);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function webUrl(v: unknown): v is string {
  if (!isStr(v, 4096)) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function quoteOk(q: Record<string, unknown>): boolean {
  return (
    isStr(q.id, 20) && isStr(q.key, 300) && isStr(q.speaker, 1000) && PERSON_TYPES.has(q.speakerType as PersonType) && optStr(q.role, 1000) &&
    QUOTE_KINDS.has(q.kind as QuoteKind) && isStr(q.cue, 1000) && isStr(q.content) && isStr(q.sentence) && webUrl(q.link) &&
    (q.resolved === undefined || typeof q.resolved === 'boolean')
  );
}

function nameOk(n: Record<string, unknown>): boolean {
  return isStr(n.key, 300) && isStr(n.name, 1000) && ENTITY_TYPES.has(n.type as EntityType) && optStr(n.role, 1000) && isNum(n.mentions);
}

function numberOk(n: Record<string, unknown>): boolean {
  return (
    isStr(n.text, 1000) && isNum(n.value) && (n.to === undefined || isNum(n.to)) && NUMBER_KINDS.has(n.kind as NumberKind) &&
    optStr(n.unit, 20) && optStr(n.counted, 1000) && optStr(n.approx, 100) && isStr(n.sentence) && webUrl(n.link) &&
    Array.isArray(n.people) && n.people.every((p) => isStr(p, 300)) && optStr(n.speaker, 300)
  );
}

const records = (v: unknown): v is Record<string, unknown>[] => Array.isArray(v) && v.every((x) => !!x && typeof x === 'object');

/** The article if every field is what the log expects, else a reason it is not. */
export function checkInput(raw: unknown): { ok: true; article: ArticleInput } | { ok: false; reason: string } {
  if (!raw || typeof raw !== 'object') return { ok: false, reason: 'not an object' };
  const a = raw as Record<string, unknown>;
  if (!isStr(a.key, 4096) || !webUrl(a.url)) return { ok: false, reason: 'no web address' };
  if (!isStr(a.title, 2000) || !isStr(a.outlet, 500) || !isStr(a.site, 500)) return { ok: false, reason: 'title or outlet missing' };
  if (!optStr(a.author, 500) || !optStr(a.publishedAt, 64) || (a.canonical !== undefined && !webUrl(a.canonical))) return { ok: false, reason: 'bad page details' };
  if (!isStr(a.readAt, 64) || Number.isNaN(Date.parse(a.readAt)) || (a.firstReadAt !== undefined && (!isStr(a.firstReadAt, 64) || Number.isNaN(Date.parse(a.firstReadAt)))))
    return { ok: false, reason: 'bad reading date' };
  if (!records(a.quotes) || !a.quotes.every(quoteOk)) return { ok: false, reason: 'a quote is malformed' };
  if (!records(a.names) || !a.names.every(nameOk)) return { ok: false, reason: 'a name is malformed' };
  if (!records(a.numbers) || !a.numbers.every(numberOk)) return { ok: false, reason: 'a number is malformed' };
  return { ok: true, article: a as unknown as ArticleInput };
}
