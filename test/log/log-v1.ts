/**
 * A stored log of the first schema version (1), as a browser would hold it, for the upgrade
 * tests (Node and both browsers). The restore builds the version-1 database from the fixture with
 * the raw IndexedDB API and its own frozen copy of the version-1 schema: later schema versions
 * must open it and read everything in it. It is plain JavaScript source, so the browser tests run
 * exactly the same code inside an extension page.
 */
export interface LogDump {
  version: number;
  stores: Record<string, unknown[]>;
}

/** `(factory, name, dump) => Promise<void>`, as source. */
export const RESTORE_V1_SOURCE = `(factory, name, dump) => new Promise((resolve, reject) => {
  const req = factory.open(name, 1);
  req.onupgradeneeded = () => {
    const db = req.result;
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
    for (const [store, rows] of Object.entries(dump.stores)) for (const row of rows) req.transaction.objectStore(store).put(row);
  };
  req.onsuccess = () => { req.result.close(); resolve(); };
  req.onerror = () => reject(req.error);
  req.onblocked = () => reject(new Error('blocked'));
})`;

export const restoreV1 = new Function(`return ${RESTORE_V1_SOURCE}`)() as (factory: IDBFactory, name: string, dump: LogDump) => Promise<void>;
