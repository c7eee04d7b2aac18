/** The background's notebook (src/background/notes.ts) on fake-indexeddb: saves, conflicts, deletes, imports, upgrades. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { NoteBook } from '../../src/background/notes';
import { DB_NAME, MIGRATIONS, openStore, type SiyaqDb, type SiyaqSchema } from '../../src/background/store';
import { type Annotation, annotationOf, exportAnnotations } from '../../src/core/notes/annotation';

const TEXT = 'وقال رئيس الوزراء العراقي مصطفى الكاظمي إن الحوار مستمر.';
const PAGE = 'https://news.example/a';
const note = (id: string, comment: string, now = '2026-11-30T10:00:00.000Z', url = PAGE): Annotation =>
  annotationOf({ text: TEXT, start: 4, end: 20, url, comment, id, now });
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const book = () => {
  let db: Promise<SiyaqDb> | null = null;
  return new NoteBook(() => {
    db ??= openStore(() => {
      db = null;
    });
    return db;
  });
};

describe('NoteBook', () => {
  it('keeps notes by page, and edits only the version it was given', async () => {
    const b = book();
    const a = note(id(1), 'أولى');
    expect(await b.save(a, null)).toEqual({ ok: true });
    await b.save(note(id(2), 'على صفحة أخرى', undefined, 'https://news.example/b'), null);
    expect((await b.forPage(PAGE)).map((n) => n.id)).toEqual([a.id]);
    // Two tabs: both opened the note at its first version; the second save must not overwrite.
    const edited = { ...a, modified: '2026-11-30T11:00:00.000Z' };
    expect(await b.save(edited, a.modified)).toEqual({ ok: true });
    const stale = await b.save({ ...a, modified: '2026-11-30T12:00:00.000Z' }, a.modified);
    expect(stale).toMatchObject({ ok: false, error: expect.stringMatching(/another tab/) });
    expect((await b.forPage(PAGE))[0]?.modified).toBe(edited.modified);
  });

  it('deletes a note and hands it back for undo', async () => {
    const b = book();
    const a = note(id(3), 'ستحذف');
    await b.save(a, null);
    const r = await b.remove(a.id);
    expect(r).toEqual({ ok: true, note: a });
    expect(await b.forPage(PAGE)).toEqual([]);
    expect(await b.save(a, null)).toEqual({ ok: true }); // undo
    expect(await b.remove(id(99))).toMatchObject({ ok: false });
  });

  it('imports an export whole: new ones added, newer ones updated, nothing doubled', async () => {
    const b = book();
    await b.save(note(id(4), 'قديمة'), null);
    const data = JSON.parse(
      JSON.stringify(
        exportAnnotations([note(id(4), 'أحدث', '2026-12-01T00:00:00.000Z'), note(id(5), 'جديدة')]),
      ),
    );
    expect(await b.import(data)).toEqual({ ok: true, added: 1, updated: 1 });
    expect(await b.import(data)).toEqual({ ok: true, added: 0, updated: 0 });
    expect((await b.all()).length).toBe(2);
    data.first.items[0].motivation = 'bookmarking';
    expect(await b.import(data)).toMatchObject({ ok: false, error: /item 1: motivation/ });
  });

  it('keeps every note when many tabs save at once', async () => {
    const b = book();
    const notes = Array.from({ length: 25 }, (_, i) => note(id(100 + i), `تبويب ${i}`));
    expect(await Promise.all(notes.map((n) => b.save(n, null)))).toEqual(notes.map(() => ({ ok: true })));
    expect((await b.all()).map((n) => n.id).sort()).toEqual(notes.map((n) => n.id).sort());
  });

  it('imports all or nothing: a write that fails halfway (a closed tab, a full disk) leaves no part behind', async () => {
    const b = book();
    await b.save(note(id(200), 'قبل'), null);
    const data = JSON.parse(
      JSON.stringify(exportAnnotations([1, 2, 3, 4].map((n) => note(id(200 + n), `${n}`)))),
    );
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++calls === 3) throw new DOMException('the tab went away', 'AbortError');
      return put.apply(this, args);
    };
    try {
      expect(await b.import(data)).toMatchObject({
        ok: false,
        error: /nothing was imported.*AbortError|tab went away/,
      });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await b.all()).map((n) => n.id)).toEqual([`urn:uuid:${id(200)}`]);
  });

  it('reports a failed write instead of throwing, so the page keeps the note', async () => {
    const b = new NoteBook(() => Promise.reject(new DOMException('disk full', 'QuotaExceededError')));
    expect(await b.save(note(id(6), 'x'), null)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not saved.*QuotaExceededError/),
    });
  });
});

describe('upgrading a v2 database', () => {
  it('keeps its packs and matchers and gains the notes store', async () => {
    const v2 = await openDB<SiyaqSchema>(DB_NAME, 2, {
      upgrade(db, _old, _new, tx) {
        MIGRATIONS[0]?.(db, tx);
        MIGRATIONS[1]?.(db, tx);
      },
    });
    await v2.put('matchers', { format: 2 } as never, 'set-key');
    v2.close();
    const db = await openStore();
    expect([...db.objectStoreNames].sort()).toEqual(['matchers', 'notes', 'packs']);
    expect(await db.get('matchers', 'set-key')).toEqual({ format: 2 });
    db.close();
  });
});
