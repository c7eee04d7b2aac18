/**
 * Readers' notes and editors' marks, kept in the one IndexedDB database (store
 * `notes`, v3). Writes say whether they landed: a failed write (a full disk, a
 * closed database) comes back as an error and the page keeps the note in its
 * editor. A save names the version it edits, so a note changed meanwhile in
 * another tab is not overwritten silently.
 */
import { type Annotation, importAnnotations } from '../core/notes/annotation';
import type { SiyaqDb } from './store';

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly error: string };

const why = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

export class NoteBook {
  constructor(private readonly db: () => Promise<SiyaqDb>) {}

  async forPage(page: string): Promise<Annotation[]> {
    return (await this.db()).getAllFromIndex('notes', 'page', page);
  }

  async all(): Promise<Annotation[]> {
    return (await this.db()).getAll('notes');
  }

  /** Saves a note; `previous` is the `modified` of the version the editor started from (null: new). */
  async save(note: Annotation, previous: string | null): Promise<WriteResult> {
    try {
      const db = await this.db();
      const tx = db.transaction('notes', 'readwrite');
      const stored = await tx.store.get(note.id);
      if ((stored?.modified ?? null) !== previous) {
        tx.done.catch(() => {}); // aborted on purpose
        tx.abort();
        return { ok: false, error: 'this note was changed in another tab; reopen it to see the latest' };
      }
      await tx.store.put(note);
      await tx.done;
      return { ok: true };
    } catch (e) {
      return { ok: false, error: `the note was not saved (${why(e)})` };
    }
  }

  /** Deletes a note and returns it, so the page can offer to undo. */
  async remove(id: string): Promise<{ ok: true; note: Annotation } | { ok: false; error: string }> {
    try {
      const db = await this.db();
      const tx = db.transaction('notes', 'readwrite');
      const note = await tx.store.get(id);
      if (!note) {
        tx.done.catch(() => {}); // aborted on purpose
        tx.abort();
        return { ok: false, error: 'no such note' };
      }
      await tx.store.delete(id);
      await tx.done;
      return { ok: true, note };
    } catch (e) {
      return { ok: false, error: `the note was not deleted (${why(e)})` };
    }
  }

  /** Imports an export: all or nothing; an id already here is updated if the import is newer. */
  async import(
    raw: unknown,
  ): Promise<{ ok: true; added: number; updated: number } | { ok: false; error: string }> {
    const parsed = importAnnotations(raw);
    if (!parsed.ok) return parsed;
    let tx: { abort(): void; done: Promise<void> } | undefined;
    try {
      const db = await this.db();
      const t = db.transaction('notes', 'readwrite');
      tx = t;
      let added = 0;
      let updated = 0;
      for (const a of parsed.annotations) {
        const stored = await t.store.get(a.id);
        if (!stored) added++;
        else if (stored.modified < a.modified) updated++;
        else continue;
        await t.store.put(a);
      }
      await t.done;
      return { ok: true, added, updated };
    } catch (e) {
      // A failure in our own code does not abort the transaction: the puts before it would commit.
      try {
        tx?.abort();
      } catch {
        // already finished or aborted
      }
      tx?.done.catch(() => {}); // the abort we asked for

      return { ok: false, error: `nothing was imported (${why(e)})` };
    }
  }
}
