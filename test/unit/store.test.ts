/** The IndexedDB database (fake-indexeddb in Node; the real one in the browser tests): upgrades keep everything. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, MIGRATIONS, openStore, type SiyaqSchema } from '../../src/background/store';
import { bundledPacks } from '../../src/cli/pack';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('the Siyaq database', () => {
  it('opens a v1 database with data, upgrades it to the current version, and loses nothing', async () => {
    // What v1 code made: the packs store, with the bundled pack and a user pack in it.
    const v1 = await openDB<SiyaqSchema>(DB_NAME, 1, {
      upgrade(db, _old, _new, tx) {
        MIGRATIONS[0]?.(db, tx);
      },
    });
    const core = { ...bundledPacks()[0]!, bundled: true };
    const user = { ...core, manifest: { ...core.manifest, id: 'user-pack' }, records: [], bundled: false };
    await v1.put('packs', core);
    await v1.put('packs', user);
    v1.close();

    const db = await openStore();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['matchers', 'notes', 'packs']);
    const packs = await db.getAll('packs');
    expect(packs.map((p) => p.manifest.id).sort()).toEqual(['core', 'user-pack']);
    expect(packs.find((p) => p.manifest.id === 'core')).toEqual(core);
    db.close();
  });

  it('creates every store on a fresh profile', async () => {
    const db = await openStore();
    expect([...db.objectStoreNames].sort()).toEqual(['matchers', 'notes', 'packs']);
    db.close();
  });

  it('steps aside when a newer version opens the database, and says so', async () => {
    let closed = 0;
    const db = await openStore(() => closed++);
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    expect(closed).toBe(1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    void db;
  });

  it('fails to open when a newer version left the database (the caller falls back to memory)', async () => {
    (await openDB(DB_NAME, DB_VERSION + 5)).close();
    await expect(openStore()).rejects.toThrow(/version/i);
  });
});
