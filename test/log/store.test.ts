/**
 * The reading log's storage in Node, on fake-indexeddb: logging, re-reading, joining people
 * across articles, merge and split, search, export and import, deletion, and what happens when
 * a write fails half-way or a stored entry is corrupt.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { articleInput } from '../../src/background/log/entry.js';
import { LogStore, QUOTA_MESSAGE, partsOf } from '../../src/background/log/store.js';
import { openLog } from '../../src/shared/log/schema.js';
import type { LogDB } from '../../src/shared/log/schema.js';
import { counts, exportLog, personPage, search, topPeople } from '../../src/shared/log/read.js';
import type { ArticleInput } from '../../src/shared/log/article.js';
import { ARTICLES } from './articles.js';

let db: LogDB;
let store: LogStore;

beforeEach(async () => {
  db = await openLog('test-log', new IDBFactory());
  store = new LogStore(async () => db);
});

const inputs = (): ArticleInput[] => ARTICLES.map((a, i) => articleInput(a.meta, a.text, analyze(a.text), new Date(Date.UTC(2026, 7, 12, 10, i))));

async function logAll(): Promise<ArticleInput[]> {
  const all = inputs();
  for (const a of all) await store.record(a);
  return all;
}

/** The log as a reader sees it, without entry ids (they belong to one log). */
async function view(d: LogDB) {
  const { people } = await topPeople(d, {}, 100);
  const pages = await Promise.all(people.map((p) => personPage(d, p.id)));
  return pages.map((p) => ({
    name: p!.person.name,
    articles: p!.person.articles,
    quotes: p!.quotes.map((q) => `${q.article.outlet}|${q.kind}|${q.content}|${q.link}`).sort(),
  }));
}

describe('the reading log store', () => {
  it('joins one speaker across three articles and outlets, with every quote and its link', async () => {
    await logAll();
    const { people } = await topPeople(db);
    expect(people[0]).toMatchObject({ name: 'سامي الحسن', type: 'person', articles: 3, outlets: 3 });
    expect(people[0].roles).toContain('وزير الصحة');
    const page = (await personPage(db, people[0].id))!;
    expect(page.quotes).toHaveLength(5);
    expect(page.byOutlet.map((g) => g.outlet).sort()).toEqual(['أخبار الوادي', 'شام نيوز', 'صحيفة النهار']);
    // Newest first, dated by publication.
    expect(page.quotes[0].article.day).toBe('2026-08-12');
    expect(page.quotes.at(-1)!.article.day).toBe('2026-08-10');
    for (const q of page.quotes) {
      expect(q.link).toMatch(/^https:\/\/[a-z.]+\/.*#:~:text=/);
      expect(q.sentence).toContain(q.content);
    }
    expect(page.quotes.find((q) => q.kind === 'direct')?.content).toBe('نحتاج إلى مزيد من الأدوية والأطباء بصورة عاجلة');
    // The city's figures across articles, with who reported them.
    const city = (await topPeople(db, { types: ['location'] })).people.find((p) => p.name === 'حلب')!;
    const numbers = (await personPage(db, city.id))!.numbers;
    expect(numbers.map((n) => n.value)).toEqual(expect.arrayContaining([120, 5_000_000, 150]));
    expect(numbers.find((n) => n.value === 150)?.by).toBe('سامي الحسن');
  });

  it('updates an article read again instead of adding it twice', async () => {
    const [first] = await logAll();
    const again = { ...first, readAt: '2026-08-13T08:00:00.000Z', quotes: first.quotes.slice(0, 1) };
    expect(await store.record(again)).toBe('updated');
    expect((await counts(db)).articles).toBe(3);
    const { people } = await topPeople(db);
    const page = (await personPage(db, people[0].id))!;
    expect(page.quotes).toHaveLength(4);
    expect(people[0].articles).toBe(3);
    // The quote that went is out of the search index too.
    expect((await search(db, 'الأدوية')).total).toBe(0);
  });

  it('searches quotes, names and titles ignoring diacritics, hamza, ta marbuta and clitics', async () => {
    await logAll();
    const plain = await search(db, 'الحكومة خصصت');
    expect(plain.total).toBe(1);
    expect(plain.hits[0].quotes[0].content).toContain('الحكومة خصصت');
    // Harakat, a bare alef for the hamza, ha for ta marbuta, a clitic «و» and «ب».
    for (const q of ['الحُكُومَةُ خَصَّصَت', 'حكومه خصصت', 'والحكومة', 'بالمستشفيات']) expect((await search(db, q)).total, q).toBeGreaterThan(0);
    expect((await search(db, 'الادوية')).hits[0].quotes[0].kind).toBe('direct');
    // A name finds its entry; a title word finds its article; an unfinished word is a prefix.
    expect((await search(db, 'سامى الحسن')).people[0]?.name).toBe('سامي الحسن');
    expect((await search(db, 'ارتفاع')).hits[0].titleMatch).toBe(true);
    expect((await search(db, 'المستشف')).total).toBeGreaterThan(0);
    expect((await search(db, 'كلمة_غير_موجودة')).total).toBe(0);
    // Filters.
    expect((await search(db, 'حلب', { outlet: 'شام نيوز' })).total).toBe(1);
    expect((await search(db, 'حلب', { from: '2026-08-11', to: '2026-08-11' })).total).toBe(1);
  });

  it('joins a longer form of a known name, and keeps a part two names share from joining either', async () => {
    const base = inputs()[2];
    const as = (url: string, speaker: string): ArticleInput => ({
      ...base,
      key: url,
      url,
      names: [],
      numbers: [],
      quotes: [{ ...base.quotes[0], speaker, key: `actor:${speaker}`, link: `${url}#:~:text=x` }],
    });
    await store.record(as('https://x.example/1', 'عثمان الطيب'));
    await store.record(as('https://x.example/2', 'العميد عثمان الطيب'));
    expect((await topPeople(db)).people.map((p) => [p.name, p.articles])).toEqual([['العميد عثمان الطيب', 2]]);
    await store.record(as('https://x.example/3', 'محمد عبد الله'));
    await store.record(as('https://x.example/4', 'عبد الله النعيمي'));
    await store.record(as('https://x.example/5', 'عبد الله'));
    expect((await topPeople(db)).people).toHaveLength(4);
    expect(partsOf('actor:a b c')).toEqual(['actor:a b', 'actor:b c']);
  });

  it('merges two entries and splits them again; both choices survive later articles', async () => {
    await logAll();
    const all = (await topPeople(db, { types: [] }, 100)).people;
    const minister = all.find((p) => p.name === 'سامي الحسن')!;
    const director = all.find((p) => p.name === 'خالد يوسف')!;
    expect(await store.merge(minister.id, director.id)).toBe(true);
    let top = (await topPeople(db)).people;
    expect(top.find((p) => p.id === director.id)).toBeUndefined();
    expect((await personPage(db, minister.id))!.quotes).toHaveLength(6);
    // A new article quoting the merged name goes to the merged entry.
    const again = { ...inputs()[1], key: 'https://nahar.example/a/23', url: 'https://nahar.example/a/23' };
    await store.record(again);
    expect((await personPage(db, minister.id))!.quotes).toHaveLength(8);
    // Split the director off again.
    const page = (await personPage(db, minister.id))!;
    const key = page.forms.find((f) => f.key.includes('خالد'))!.key;
    const fresh = await store.split(minister.id, key);
    expect(fresh).toBeTruthy();
    top = (await topPeople(db)).people;
    expect(top.find((p) => p.id === fresh)).toMatchObject({ name: 'خالد يوسف', articles: 2 });
    expect((await personPage(db, minister.id))!.quotes).toHaveLength(6);
    const { data } = await exportLog(db);
    expect(data.choices.map((c) => c.kind)).toEqual(['merge', 'split']);
  });

  it('exports and imports the same log, merging without duplicates, skipping and reporting broken entries', async () => {
    await logAll();
    const people = (await topPeople(db, { types: [] }, 100)).people;
    await store.merge(people.find((p) => p.name === 'سامي الحسن')!.id, people.find((p) => p.name === 'خالد يوسف')!.id);
    const before = await view(db);
    const { data } = await exportLog(db);
    const json = JSON.parse(JSON.stringify(data));

    // Into an empty log: the same log back.
    const other = await openLog('other', new IDBFactory());
    const otherStore = new LogStore(async () => other);
    json.articles.push({ url: 'javascript:alert(1)' });
    const report = await otherStore.importLog(json);
    expect(report).toMatchObject({ added: 3, updated: 0, skipped: [{ index: 3 }] });
    expect(await view(other)).toEqual(before);

    // Into the same log: nothing doubles.
    const again = await store.importLog(json);
    expect(again).toMatchObject({ added: 0, unchanged: 3 });
    expect(await view(db)).toEqual(before);
    await expect(store.importLog({ hello: 1 })).rejects.toThrow(/not an Isnad reading log/);
  });

  it('deletes one article, then everything', async () => {
    const all = await logAll();
    await store.remove(all[0].key);
    expect((await counts(db)).articles).toBe(2);
    const top = (await topPeople(db)).people[0];
    expect(top).toMatchObject({ name: 'سامي الحسن', articles: 2 });
    expect((await search(db, 'الأدوية')).total).toBe(0);
    expect((await topPeople(db, { types: ['organization'] })).people.find((p) => p.name === 'منظمة الصحة العالمية')).toBeUndefined();
    await store.clear();
    expect(await counts(db)).toMatchObject({ articles: 0, people: 0 });
    expect((await search(db, 'حلب')).total).toBe(0);
  });

  it('keeps the log as it was when a write fails half-way (a full disk), with a plain message', async () => {
    const [a, b] = inputs();
    await store.record(a);
    const at = new Date(0);
    const before = await exportLog(db, at);
    const proto = Object.getPrototypeOf(db.transaction('details', 'readwrite').objectStore('details'));
    const put = proto.put;
    // The disk fills up on the article's last write, after its terms and people were written.
    const spy = vi.spyOn(proto, 'put').mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === 'details') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(store.record(b)).rejects.toThrow(QUOTA_MESSAGE);
    spy.mockRestore();
    expect(await exportLog(db, at)).toEqual(before);
    expect((await topPeople(db)).people[0].articles).toBe(1);
    expect((await search(db, 'خصصت')).total).toBe(0);
    // And the log works on.
    await store.record(b);
    expect((await counts(db)).articles).toBe(2);
  });

  it('lands two articles logged at the same moment', async () => {
    const [a, b, c] = inputs();
    await Promise.all([store.record(a), store.record(b), store.record(c)]);
    expect((await counts(db)).articles).toBe(3);
    expect((await topPeople(db)).people[0].articles).toBe(3);
  });

  it('skips and reports a corrupt stored entry without losing the rest', async () => {
    const all = await logAll();
    const tx = db.transaction(['details'], 'readwrite');
    await tx.objectStore('details').put({ key: all[1].key, quotes: 'garbage' } as never);
    await tx.done;
    const top = (await topPeople(db)).people[0];
    const page = (await personPage(db, top.id))!;
    expect(page.skipped).toBe(1);
    expect(page.quotes).toHaveLength(4);
    const { data, skipped } = await exportLog(db);
    expect(skipped).toBe(1);
    expect(data.articles).toHaveLength(2);
    expect((await search(db, 'حلب')).skipped).toBe(1);
  });
});
