/**
 * The one IndexedDB database of Siyaq (through idb). Versioned: each entry of
 * MIGRATIONS upgrades from the version before it, so a database left by any
 * older version runs the rest and keeps what it holds (test/unit/store.test.ts
 * opens a v1 database with data and upgrades it).
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import type { CompiledMatcher } from '../core/match/matcher';
import type { Annotation } from '../core/notes/annotation';
import type { Pack } from '../core/packs/pack';

export const DB_NAME = 'siyaq';

/** A pack as stored: bundled with the extension (replaced on update) or added by the user. */
export interface StoredPack extends Pack {
  readonly bundled: boolean;
}

export interface SiyaqSchema extends DBSchema {
  /** Fact packs by manifest id. */
  packs: { key: string; value: StoredPack };
  /** Compiled matchers by pack-set key: one per set of packs, rebuilt when the set changes. */
  matchers: { key: string; value: CompiledMatcher };
  /** Readers' notes and editors' marks (W3C Web Annotations) by id, indexed by page. */
  notes: { key: string; value: Annotation; indexes: { page: string } };
}

export type SiyaqDb = IDBPDatabase<SiyaqSchema>;
type UpgradeTx = IDBPTransaction<SiyaqSchema, ('packs' | 'matchers' | 'notes')[], 'versionchange'>;

/** Migration i takes a database from version i to version i + 1. */
export const MIGRATIONS: readonly ((db: SiyaqDb, tx: UpgradeTx) => void)[] = [
  // v1: fact packs.
  (db) => {
    db.createObjectStore('packs', { keyPath: 'manifest.id' });
  },
  // v2: the compiled-matcher cache, so a stopped service worker restores its matcher instead of compiling.
  (db) => {
    db.createObjectStore('matchers');
  },
  // v3: readers' notes and editors' marks.
  (db) => {
    db.createObjectStore('notes', { keyPath: 'id' }).createIndex('page', 'target.source');
  },
];

export const DB_VERSION = MIGRATIONS.length;

/**
 * Opens (creating or upgrading) the database. It closes itself when a newer
 * version elsewhere wants to upgrade, so it never blocks one; `onClose` hears of it.
 */
export function openStore(onClose: () => void = () => {}, version = DB_VERSION): Promise<SiyaqDb> {
  return openDB<SiyaqSchema>(DB_NAME, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) MIGRATIONS[v]?.(db, tx);
    },
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      onClose();
    },
    terminated: onClose,
  });
}
