/**
 * The background's knowledge service over fake-indexeddb: first start stores the
 * bundled pack and compiles; a restarted worker restores; an update replaces the
 * bundled pack atomically and keeps the user's; a failing database still answers.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ScanSessions } from '../../src/background/knowledge';
import { type BundledPacks, KnowledgeService } from '../../src/background/service';
import { DB_NAME, DB_VERSION, openStore } from '../../src/background/store';
import { bundledPacks } from '../../src/cli/pack';
import type { Pack } from '../../src/core/packs/pack';

const bundled = bundledPacks();
const core = bundled.find((p) => p.manifest.id === 'core') as Pack;

/** The bundled packs of one extension version; counts how often a pack file is read. */
function shipped(packs: readonly Pack[]): BundledPacks & { loads: number } {
  const shipping = {
    loads: 0,
    manifests: async () => packs.map((p) => p.manifest),
    load: async (id: string) => {
      shipping.loads++;
      const p = packs.find((x) => x.manifest.id === id);
      if (!p) throw new Error(`no pack ${id}`);
      return structuredClone(p);
    },
  };
  return shipping;
}

/** A new release of the core pack: one label changed, the version bumped. */
function nextRelease(): Pack {
  const records = core.records.map((r: unknown) =>
    (r as { id: string }).id === 'kadhimi'
      ? { ...(r as object), label: { ar: 'مصطفى الكاظمي (الإصدار الجديد)', en: 'Mustafa al-Kadhimi (new)' } }
      : r,
  );
  return { ...core, manifest: { ...core.manifest, version: '2.1.0', digest: 'a'.repeat(64) }, records };
}

/** The bundled packs with the core one replaced by its next release. */
function nextBundle(): Pack[] {
  return bundled.map((p) => (p === core ? nextRelease() : p));
}

const userPack = {
  manifest: {
    id: 'my-notes',
    version: '1',
    title: { ar: 'حزمتي', en: 'Mine' },
    license: 'CC0-1.0',
    schemaVersion: 1,
    counts: { records: 1, sources: 1 },
  },
  sources: [
    {
      id: 'web-mine',
      kind: 'web',
      tier: 2,
      outlet: null,
      title: 'mine',
      date: null,
      url: 'https://example.org/',
    },
  ],
  records: [
    {
      id: 'test-brigade',
      type: 'organization',
      subtype: 'militia',
      label: { ar: 'سرايا الاختبار', en: 'Test Brigades' },
      description: { ar: 'فصيل للاختبار', en: 'a test faction' },
      wikidata: null,
      aliases: [{ text: 'سرايا الاختبار', lang: 'ar' }],
    },
  ],
};

const text = 'قال مصطفى الكاظمي إن سرايا الاختبار أعلنت مسؤوليتها.';
const match = (s: KnowledgeService) =>
  s
    .knowledge()
    .then((k) =>
      k.match({ session: 's', text, runs: [{ start: 0, end: text.length }], present: [], date: null }),
    );
const ids = (reply: Awaited<ReturnType<typeof match>>) =>
  reply.mentions.map((m) => reply.entities[m.entity]?.id);

let warnings: string[];
const service = (bundled: BundledPacks, open = openStore) =>
  new KnowledgeService(bundled, open, (m) => warnings.push(m));

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  warnings = [];
});

describe('KnowledgeService', () => {
  it('stores the bundled pack and the compiled matcher on first start; a restarted worker restores both', async () => {
    const first = service(shipped(bundled));
    expect(await first.status()).toMatchObject({ storage: 'indexeddb', matcher: 'compiled', error: null });
    expect(ids(await match(first))).toEqual(['kadhimi']);

    const release = shipped(bundled);
    const restarted = service(release);
    const status = await restarted.status();
    expect(status).toMatchObject({ storage: 'indexeddb', matcher: 'restored' });
    expect(status.packs.map((p) => [p.manifest.id, p.bundled]).sort()).toEqual(
      bundled.map((p) => [p.manifest.id, true]).sort(),
    );
    expect(release.loads).toBe(0); // nothing read from the package: all from the database
    expect(ids(await match(restarted))).toEqual(['kadhimi']);
    expect(warnings).toEqual([]);
  });

  it('replaces the bundled pack when an update ships a new version, keeping the user’s packs', async () => {
    const v1 = service(shipped(bundled));
    expect((await v1.addPack(userPack)).ok).toBe(true);
    expect(ids(await match(v1))).toEqual(['kadhimi', 'test-brigade']);

    const v2 = service(shipped(nextBundle()));
    const status = await v2.status();
    expect(status.matcher).toBe('compiled'); // a new pack set: the old cache does not fit
    expect(status.packs.map((p) => `${p.manifest.id}@${p.manifest.version}`).sort()).toEqual(
      [
        ...bundled.filter((p) => p !== core).map((p) => `${p.manifest.id}@${p.manifest.version}`),
        'core@2.1.0',
        'my-notes@1',
      ].sort(),
    );
    const reply = await match(v2);
    expect(ids(reply)).toEqual(['kadhimi', 'test-brigade']);
    expect(reply.entities.find((e) => e.id === 'kadhimi')?.label.en).toBe('Mustafa al-Kadhimi (new)');
  });

  it('works from memory when IndexedDB cannot be opened, and reports it once', async () => {
    (await openDB(DB_NAME, DB_VERSION + 1)).close(); // a newer version's database: ours cannot open it
    const s = service(shipped(bundled));
    const status = await s.status();
    expect(status.storage).toBe('memory');
    expect(status.error).toMatch(/IndexedDB unavailable.*VersionError/);
    expect(ids(await match(s))).toEqual(['kadhimi']);
    // A user pack still works for this session.
    expect((await s.addPack(userPack)).ok).toBe(true);
    expect(ids(await match(s))).toEqual(['kadhimi', 'test-brigade']);
    expect(warnings).toHaveLength(1);
  });

  it('works from memory when IndexedDB throws on open (private windows)', async () => {
    const s = service(shipped(bundled), () =>
      Promise.reject(new DOMException('denied', 'InvalidStateError')),
    );
    expect((await s.status()).storage).toBe('memory');
    expect(ids(await match(s))).toEqual(['kadhimi']);
    expect(warnings).toEqual([expect.stringMatching(/InvalidStateError/)]);
  });

  it('rejects a bad pack whole, keeps a good one once, and removes only user packs', async () => {
    const s = service(shipped(bundled));
    const bad = await s.addPack({ ...userPack, records: [{ ...userPack.records[0], aliases: 'no' }] });
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/aliases/) });
    expect(await s.addPack({ ...userPack, manifest: { ...userPack.manifest, id: 'core' } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/bundled/),
    });
    expect((await s.status()).packs).toHaveLength(bundled.length);

    expect((await s.addPack(userPack)).ok).toBe(true);
    expect((await s.addPack({ ...userPack, manifest: { ...userPack.manifest, version: '2' } })).ok).toBe(
      true,
    );
    expect((await s.status()).packs.map((p) => `${p.manifest.id}@${p.manifest.version}`).sort()).toEqual(
      [...bundled.map((p) => `${p.manifest.id}@${p.manifest.version}`), 'my-notes@2'].sort(),
    );
    expect(await s.removePack('core')).toMatchObject({ ok: false });
    expect(await s.removePack('my-notes')).toEqual({ ok: true });
    expect(ids(await match(s))).toEqual(['kadhimi']);
    expect(await s.removePack('my-notes')).toMatchObject({ ok: false });
  });

  it('answers card requests by record id at a date', async () => {
    const k = await service(shipped(bundled)).knowledge();
    const card = k.card({ id: 'kadhimi', date: '2024-01-25' });
    expect(card?.label.ar).toBe('مصطفى الكاظمي');
    expect(card?.articleDate).toBe('2024-01-25');
    expect(k.card({ id: 'no-such-record', date: null })).toBeNull();
  });
});

describe('scan sessions', () => {
  it('let a weak alias count when an earlier batch of the same scan had the strong form, not another scan’s', async () => {
    const k = await service(shipped(bundled)).knowledge();
    const sessions = new ScanSessions(2);
    const batch = (session: string, t: string) =>
      k.match(
        { session, text: t, runs: [{ start: 0, end: t.length }], present: [], date: null },
        sessions.get(session),
      );
    const weak = 'وقال السوداني إن الحوار مستمر.'; // a bare family name: weak
    expect(ids(batch('a', weak))).toEqual([]);
    expect(ids(batch('a', 'التقى محمد شياع السوداني الوفد.'))).toEqual(['sudani']);
    expect(ids(batch('a', weak))).toEqual(['sudani']);
    expect(ids(batch('b', weak))).toEqual([]); // another page
    // Each scan counts the mentions it was sent: the tab's badge, without a message of its own.
    expect(sessions.get('a').mentions).toBe(2);
    expect(sessions.get('b').mentions).toBe(0);
  });

  it('read the article date from the first batch’s hints and judge later batches at it', async () => {
    const k = await service(shipped(bundled)).knowledge();
    const sessions = new ScanSessions();
    const t = 'صوت البرلمان العراقي في 5 يناير 2020 على إخراج القوات الأجنبية.';
    const batch = (extra: object, known: string | null = null) =>
      k.match(
        { session: 'p', text: t, runs: [{ start: 0, end: t.length }], present: [], date: known, ...extra },
        sessions.get('p'),
      );
    const hints = (published: string) => ({
      metas: [['article:published_time', published]] as [string, string][],
      jsonLd: [],
      times: [],
      text: '',
    });
    expect(batch({ hints: hints('2021-04-08T10:00:00Z') }).date).toBe('2021-04-08');
    expect(batch({}).date).toBe('2021-04-08'); // a later batch of the same scan
    expect(batch({ hints: hints('2024-01-25T09:00:00Z') }).date).toBe('2024-01-25'); // the address changed
    // A worker that forgot the scan judges at the date the page sends.
    expect(k.match({ session: 'q', text: t, runs: [], present: [], date: '2022-02-02' }).date).toBe(
      '2022-02-02',
    );
  });

  it('forget the oldest scans beyond their limit', () => {
    const sessions = new ScanSessions(2);
    sessions.get('a').seen.add('x');
    sessions.get('b');
    sessions.get('c');
    expect(sessions.size).toBe(2);
    expect(sessions.get('a').seen.has('x')).toBe(false);
  });
});
