/**
 * The reading log's database: one IndexedDB database of the extension's origin, written by the
 * worker only (src/background/log/), read by the log page, the popup's count and the exports.
 *
 * Stores (schema version 1):
 * - `articles`: one summary per article (key = its address without fragment: re-reading the same
 *   article replaces its entry), with what it contributes to each person's entry (`contrib`),
 *   so the ranking, filters and merges never need the heavy part.
 * - `details`: the heavy part of an article (quotes, names, numbers, its search terms), same key.
 * - `people`: one entry per speaker or name across articles, with counts kept in step with the
 *   articles' contributions (the first screen reads the top of its `byArticles` index).
 * - `aliases`: normalised name form → entry; `pinned` when the user merged or split by hand.
 * - `search`: the search index: per article its number and its terms, under a multiEntry index
 *   on the terms, so the database keeps the inverted index itself (term → article numbers) in the
 *   same write as the article: one request per article, and never out of step with the log.
 * - `choices`: the user's merges and splits, kept so an export and import keeps them.
 * - `meta`: counters.
 *
 * Every write is one transaction: a worker stopped in the middle leaves the log as it was.
 */
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { EntityType, NumberKind, QuoteKind, SpeakerType } from '../../engine/types.js';

const LOG_DB = 'isnad-log';
export const LOG_VERSION = 1;

export type PersonType = SpeakerType;

export interface LoggedQuote {
  id: string;
  /** The entry of the speaker (people store). */
  person: string;
  /** Normalised name form the speaker was matched by (for splits). */
  key: string;
  /** The speaker as written at the attribution. */
  speaker: string;
  speakerType: PersonType;
  role?: string;
  kind: QuoteKind;
  cue: string;
  content: string;
  /** The sentence holding the quote, as written. */
  sentence: string;
  /** The article's address with a `#:~:text=` directive to the sentence. */
  link: string;
  /** The speaker was carried over from an earlier sentence (وأضاف). */
  resolved?: boolean;
}

export interface LoggedName {
  person: string;
  key: string;
  name: string;
  type: EntityType;
  role?: string;
  mentions: number;
}

export interface LoggedNumber {
  text: string;
  value: number;
  to?: number;
  kind: NumberKind;
  unit?: string;
  counted?: string;
  approx?: string;
  sentence: string;
  link: string;
  /** Entries named in the same sentence. */
  people: string[];
  /** The entry whose quote holds the figure: who reported it (else the outlet). */
  speaker?: string;
}

/** What one article adds to one entry. */
export interface Contribution {
  /** Quotes by this entry in the article. */
  q: number;
  /** The article names the entry (not only quotes it). */
  n: boolean;
  /** The name as written in this article. */
  form: string;
  role?: string;
  type: PersonType;
}

export interface ArticleSummary {
  key: string;
  /** Order of first logging; numbers the article in the search index. */
  seq: number;
  url: string;
  canonical?: string;
  title: string;
  outlet: string;
  site: string;
  author?: string;
  publishedAt?: string;
  /** Publication day (YYYY-MM-DD) where known, else the day it was read: dates and filters use it. */
  day: string;
  /** When it was last read (ISO). */
  readAt: string;
  firstReadAt: string;
  quotes: number;
  /** Every entry the article quotes or names (multiEntry index). */
  people: string[];
  contrib: Record<string, Contribution>;
}

export interface ArticleDetail {
  key: string;
  quotes: LoggedQuote[];
  names: LoggedName[];
  numbers: LoggedNumber[];
}

interface SearchRow {
  seq: number;
  terms: string[];
}

export interface PersonEntry {
  id: string;
  /** The name shown: the form written most often (longest on a tie). */
  name: string;
  type: PersonType;
  /** Forms as written → number of articles. */
  forms: Record<string, number>;
  roles: Record<string, number>;
  /** Articles quoting the entry. */
  articles: number;
  /** Articles naming or quoting the entry. */
  named: number;
  quotes: number;
  outlets: Record<string, number>;
  /** Latest day of an article quoting or naming the entry. */
  lastDay?: string;
  /**
   * `-articles` and `-named`: the ranking indexes read in ascending key order, so the first screen
   * is one `getAll` of the top of an index rather than a cursor stepping back through it.
   */
  rank: number;
  rankNamed: number;
}

export interface AliasRow {
  key: string;
  /** Entry id; '' when the form is ambiguous (a part of two different entries' names). */
  id: string;
  /** A full name form (true) or a part of a longer one (false). */
  full: boolean;
  /** Set by the user's merge or split: automatic joining never moves it. */
  pinned?: boolean;
  type: PersonType;
}

export type Choice =
  | { id?: number; kind: 'merge'; /** normalised forms of the kept entry */ into: string[]; /** forms of the entry merged into it */ from: string[] }
  | { id?: number; kind: 'split'; /** the form taken out into an entry of its own */ key: string };

interface MetaRow {
  key: string;
  value: number;
}

export interface LogSchema extends DBSchema {
  articles: {
    key: string;
    value: ArticleSummary;
    indexes: { seq: number; day: string; outlet: string; people: string; readAt: string };
  };
  details: { key: string; value: ArticleDetail };
  people: { key: string; value: PersonEntry; indexes: { rank: number; rankNamed: number } };
  aliases: { key: string; value: AliasRow; indexes: { id: string } };
  search: { key: number; value: SearchRow; indexes: { terms: string } };
  choices: { key: number; value: Choice };
  meta: { key: string; value: MetaRow };
}

export type LogDB = IDBPDatabase<LogSchema>;

/** Creates or upgrades the schema, one version step at a time (each step is tested from a fixture). */
function upgradeLog(db: IDBPDatabase<LogSchema>, oldVersion: number): void {
  if (oldVersion < 1) {
    const articles = db.createObjectStore('articles', { keyPath: 'key' });
    articles.createIndex('seq', 'seq', { unique: true });
    articles.createIndex('day', 'day');
    articles.createIndex('outlet', 'outlet');
    articles.createIndex('people', 'people', { multiEntry: true });
    articles.createIndex('readAt', 'readAt');
    db.createObjectStore('details', { keyPath: 'key' });
    const people = db.createObjectStore('people', { keyPath: 'id' });
    people.createIndex('rank', 'rank');
    people.createIndex('rankNamed', 'rankNamed');
    const aliases = db.createObjectStore('aliases', { keyPath: 'key' });
    aliases.createIndex('id', 'id');
    db.createObjectStore('search', { keyPath: 'seq' }).createIndex('terms', 'terms', { multiEntry: true });
    db.createObjectStore('choices', { keyPath: 'id', autoIncrement: true });
    db.createObjectStore('meta', { keyPath: 'key' });
  }
}

/**
 * Opens the log (creating or upgrading it). `factory` is the IndexedDB to use (tests pass
 * fake-indexeddb's). The connection closes itself when another context upgrades or deletes the
 * database, and `onClose` is told, so the caller opens a fresh one next time.
 */
export async function openLog(name = LOG_DB, factory?: IDBFactory, onClose?: () => void): Promise<LogDB> {
  const g = globalThis as { indexedDB?: IDBFactory };
  const saved = g.indexedDB;
  // idb opens through the global indexedDB; a test's factory stands in for the call only.
  if (factory) g.indexedDB = factory;
  try {
    const db = await openDB<LogSchema>(name, LOG_VERSION, {
      upgrade: (database, oldVersion) => upgradeLog(database, oldVersion),
      blocking: () => {
        db.close();
        onClose?.();
      },
      terminated: () => onClose?.(),
    });
    return db;
  } finally {
    if (factory) g.indexedDB = saved;
  }
}
