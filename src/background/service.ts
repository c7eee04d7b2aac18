/**
 * The background's knowledge: the fact packs (bundled and the user's), the fact
 * base merged from them and the compiled matcher, loaded once per background
 * lifetime and kept in IndexedDB so the next start restores instead of compiling.
 *
 * When IndexedDB cannot be used (private windows, a full disk, a newer database
 * left by a later version), everything still works from the bundled packs in
 * memory; the failure is reported once in the console and in `status()`.
 */
import { mergePrevalidated } from '../core/facts/prevalidated';
import {
  compileMatcher,
  compileMatcherTables,
  MATCHER_FORMAT,
  type Matcher,
  matcherFrom,
} from '../core/match/matcher';
import { type PackManifest, packSetKey, samePack } from '../core/packs/manifest';
import { type Pack, parsePack } from '../core/packs/pack';
import { within } from '../core/timeout';
import type { KnowledgeStatus, Reply } from '../messages';
import { Knowledge } from './knowledge';
import type { SiyaqDb, StoredPack } from './store';

/** A database that has not opened by then (blocked, a stalled disk) counts as unavailable. */
const OPEN_TIMEOUT_MS = 3000;

/** The packs shipped with this version of the extension. */
export interface BundledPacks {
  manifests(): Promise<readonly PackManifest[]>;
  load(id: string): Promise<Pack>;
}

interface Loaded {
  readonly knowledge: Knowledge;
  readonly status: KnowledgeStatus;
}

export class KnowledgeService {
  readonly #bundled: BundledPacks;
  readonly #open: (onClose: () => void) => Promise<SiyaqDb>;
  #db: Promise<SiyaqDb> | null = null;
  readonly #report: (message: string) => void;
  #loaded: Promise<Loaded> | null = null;
  #reported = false;
  /** User packs while the database is unusable: kept for this background's lifetime only. */
  #memoryPacks: StoredPack[] = [];

  constructor(
    bundled: BundledPacks,
    open: (onClose: () => void) => Promise<SiyaqDb>,
    report: (message: string) => void,
  ) {
    this.#bundled = bundled;
    this.#open = open;
    this.#report = report;
  }

  /** One connection for the background's lifetime, reopened if the browser or a newer version closes it. */
  #database(): Promise<SiyaqDb> {
    if (!this.#db) {
      const db = within(
        this.#open(() => {
          this.#db = null;
        }),
        OPEN_TIMEOUT_MS,
        'opening IndexedDB',
      );
      db.catch(() => {
        this.#db = null;
      });
      this.#db = db;
    }
    return this.#db;
  }

  /** The knowledge, loading it on first use (and after the packs change). */
  ready(): Promise<Loaded> {
    this.#loaded ??= this.#load();
    // A failed load (the bundled packs unreadable) is retried by the next request, not cached.
    this.#loaded.catch(() => {
      this.#loaded = null;
    });
    return this.#loaded;
  }

  async knowledge(): Promise<Knowledge> {
    return (await this.ready()).knowledge;
  }

  async status(): Promise<KnowledgeStatus> {
    return (await this.ready()).status;
  }

  #fail(what: string, e: unknown): string {
    const message = `${what}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
    if (!this.#reported) {
      this.#reported = true;
      this.#report(`Siyaq: ${message}. Working from the bundled fact packs in memory.`);
    }
    return message;
  }

  async #load(): Promise<Loaded> {
    const manifests = await this.#bundled.manifests();
    let db: SiyaqDb;
    let packs: StoredPack[];
    try {
      db = await this.#database();
      packs = await this.#syncBundled(db, manifests);
    } catch (e) {
      return this.#inMemory(manifests, this.#fail('IndexedDB unavailable', e));
    }
    const base = mergePacks(packs);
    const key = packSetKey(packs.map((p) => p.manifest));
    let matcher: Matcher | null = null;
    let how: KnowledgeStatus['matcher'] = 'restored';
    let error: string | null = null;
    try {
      const cached = await db.get('matchers', key);
      if (cached?.format === MATCHER_FORMAT) matcher = matcherFrom(cached, base);
    } catch (e) {
      error = this.#fail('reading the compiled matcher failed', e);
    }
    if (!matcher) {
      how = 'compiled';
      const compiled = compileMatcherTables(base);
      matcher = matcherFrom(compiled, base) as Matcher;
      try {
        const tx = db.transaction('matchers', 'readwrite');
        await Promise.all([tx.store.clear(), tx.store.put(compiled, key), tx.done]);
      } catch (e) {
        error = this.#fail('storing the compiled matcher failed', e);
      }
    }
    return {
      knowledge: new Knowledge(base, matcher),
      status: statusOf(error ? 'memory' : 'indexeddb', error, packs, matcher, how),
    };
  }

  /** Replaces stored bundled packs that this version ships differently, in one transaction. */
  async #syncBundled(db: SiyaqDb, manifests: readonly PackManifest[]): Promise<StoredPack[]> {
    const stored = await db.getAll('packs');
    const changed = manifests.filter(
      (m) => !stored.some((s) => s.bundled && s.manifest.id === m.id && samePack(s.manifest, m)),
    );
    const gone = stored.filter((s) => s.bundled && !manifests.some((m) => m.id === s.manifest.id));
    if (!changed.length && !gone.length) return stored;
    // Read the new packs before the transaction: one must not wait on anything but the database.
    const fresh = await Promise.all(changed.map((m) => this.#bundled.load(m.id)));
    const tx = db.transaction(['packs', 'matchers'], 'readwrite');
    const packsStore = tx.objectStore('packs');
    await Promise.all([
      ...gone.map((s) => packsStore.delete(s.manifest.id)),
      ...fresh.map((p) => packsStore.put({ ...p, bundled: true })),
      tx.objectStore('matchers').clear(),
      tx.done,
    ]);
    return db.getAll('packs');
  }

  async #inMemory(manifests: readonly PackManifest[], error: string): Promise<Loaded> {
    const bundled = await Promise.all(
      manifests.map(async (m) => ({ ...(await this.#bundled.load(m.id)), bundled: true })),
    );
    const packs = [...bundled, ...this.#memoryPacks];
    const base = mergePacks(packs);
    const matcher = compileMatcher(base); // nothing to store it in
    return {
      knowledge: new Knowledge(base, matcher),
      status: statusOf('memory', error, packs, matcher, 'compiled'),
    };
  }

  /** Adds or replaces a user pack, validated whole beside the packs it joins. */
  async addPack(raw: unknown): Promise<Reply<'siyaq:add-pack'>> {
    const { status } = await this.ready();
    const bundledIds = new Set(status.packs.filter((p) => p.bundled).map((p) => p.manifest.id));
    const id = (raw as { manifest?: { id?: unknown } } | null)?.manifest?.id;
    if (typeof id === 'string' && bundledIds.has(id)) {
      return { ok: false, error: `pack ${id}: a bundled pack has this id` };
    }
    const current = await this.#packs(status);
    const parsed = parsePack(raw, current);
    if (!parsed.ok) return parsed;
    const pack: StoredPack = { ...parsed.pack, bundled: false };
    const error = await this.#changeUserPacks(status, pack.manifest.id, pack);
    return error ? { ok: false, error } : { ok: true, manifest: pack.manifest };
  }

  /** A pack as stored (bundled or the reader's), for export. */
  async getPack(id: string): Promise<Reply<'siyaq:get-pack'>> {
    const { status } = await this.ready();
    const pack = (await this.#packs(status)).find((p) => p.manifest.id === id);
    return pack ? { manifest: pack.manifest, sources: [...pack.sources], records: [...pack.records] } : null;
  }

  async removePack(id: string): Promise<Reply<'siyaq:remove-pack'>> {
    const { status } = await this.ready();
    const entry = status.packs.find((p) => p.manifest.id === id);
    if (!entry) return { ok: false, error: `no pack ${id}` };
    if (entry.bundled) return { ok: false, error: `pack ${id} is bundled with Siyaq` };
    const error = await this.#changeUserPacks(status, id, null);
    return error ? { ok: false, error } : { ok: true };
  }

  /**
   * Puts (or, with null, removes) user pack `id` where the packs live, clearing the compiled
   * matcher in the same transaction; the next request loads the new set. The error, if any.
   */
  async #changeUserPacks(
    status: KnowledgeStatus,
    id: string,
    pack: StoredPack | null,
  ): Promise<string | null> {
    if (status.storage === 'memory') {
      this.#memoryPacks = [...this.#memoryPacks.filter((p) => p.manifest.id !== id), ...(pack ? [pack] : [])];
    } else {
      try {
        const db = await this.#database();
        const tx = db.transaction(['packs', 'matchers'], 'readwrite');
        const packs = tx.objectStore('packs');
        await Promise.all([
          pack ? packs.put(pack) : packs.delete(id),
          tx.objectStore('matchers').clear(),
          tx.done,
        ]);
      } catch (e) {
        return `the packs could not be stored: ${e instanceof Error ? e.message : String(e)}`;
      }
    }
    this.#loaded = null;
    return null;
  }

  /** Every pack in use now, whole (for validating a new one beside them). */
  async #packs(status: KnowledgeStatus): Promise<readonly Pack[]> {
    if (status.storage === 'memory') {
      const bundled = await Promise.all(
        status.packs.filter((p) => p.bundled).map((p) => this.#bundled.load(p.manifest.id)),
      );
      return [...bundled, ...this.#memoryPacks];
    }
    return (await this.#database()).getAll('packs');
  }
}

/** Stored packs were validated before they were stored (by the build, or on adding): merged without the schema. */
function mergePacks(packs: readonly Pack[]) {
  return mergePrevalidated(
    packs.map((p) => ({ name: p.manifest.id, data: { sources: p.sources, records: p.records } })),
  );
}

function statusOf(
  storage: KnowledgeStatus['storage'],
  error: string | null,
  packs: readonly StoredPack[],
  matcher: Matcher,
  how: KnowledgeStatus['matcher'],
): KnowledgeStatus {
  return {
    storage,
    error,
    packs: packs.map((p) => ({ manifest: p.manifest, bundled: p.bundled })),
    aliasCount: matcher.aliasCount,
    matcher: how,
    loadedAt: Date.now(),
  };
}
