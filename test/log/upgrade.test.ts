/**
 * A log stored by the first schema version opens with the current code and reads in full: the
 * people, their quotes with links, search, and new articles written on top of it.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { articleInput } from '../../src/background/log/entry.js';
import { LogStore } from '../../src/background/log/store.js';
import { LOG_VERSION, openLog } from '../../src/shared/log/schema.js';
import { counts, personPage, search, topPeople } from '../../src/shared/log/read.js';
import { restoreV1 } from './log-v1.js';
import type { LogDump } from './log-v1.js';
import { ARTICLES } from './articles.js';

const dump = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/log-v1.json'), 'utf8')) as LogDump;

describe('schema upgrades', () => {
  it('opens a version-1 log with the current schema and reads everything in it', async () => {
    const factory = new IDBFactory();
    await restoreV1(factory, 'isnad-log', dump);
    const db = await openLog('isnad-log', factory);
    expect(db.version).toBe(LOG_VERSION);
    expect(await counts(db)).toMatchObject({ articles: 3 });
    const top = (await topPeople(db)).people[0];
    expect(top).toMatchObject({ name: 'سامي الحسن', articles: 3 });
    const page = (await personPage(db, top.id))!;
    expect(page.quotes).toHaveLength(5);
    expect(page.skipped).toBe(0);
    expect((await search(db, 'الحُكومة')).total).toBe(1);
    // New articles land on top of the old log, joined to the same people.
    const store = new LogStore(async () => db);
    const a = ARTICLES[0];
    await store.record(articleInput({ ...a.meta, url: 'https://wadi.example/news/9' }, a.text, analyze(a.text), new Date('2026-09-01T00:00:00Z')));
    expect((await topPeople(db)).people[0]).toMatchObject({ id: top.id, articles: 4 });
  });
});
