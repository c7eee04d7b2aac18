/** Fact packs: the bundled pack is valid; a bad pack is rejected whole, with its first error. */
import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../src/cli/pack';
import { packSetKey, samePack } from '../../src/core/packs/manifest';
import { factBaseOf, type Pack, parsePack } from '../../src/core/packs/pack';
import { BUNDLED_PACKS, FACT_FILES } from '../../src/facts/index';

const source = {
  id: 'web-example',
  kind: 'web',
  tier: 2,
  outlet: { ar: 'مثال', en: 'Example' },
  title: 'An example',
  date: '2024-01-01',
  url: 'https://example.org/a',
};
const record = (id: string, alias: string, extra: object = {}) => ({
  id,
  type: 'organization',
  subtype: 'militia',
  label: { ar: alias, en: id },
  description: { ar: 'وصف', en: 'description' },
  wikidata: null,
  aliases: [{ text: alias, lang: 'ar' }],
  ...extra,
});
const userPack = (records: object[], manifest: object = {}) => ({
  manifest: {
    id: 'user-one',
    version: '1',
    title: { ar: 'حزمتي', en: 'My pack' },
    license: 'CC0-1.0',
    schemaVersion: 1,
    counts: { records: records.length, sources: 1 },
    ...manifest,
  },
  sources: [source],
  records,
});

describe('the bundled packs', () => {
  const packs = bundledPacks();
  it.each(packs.map((p) => [p.manifest.id, p]))(
    '%s carries its counts, schema version and a content digest',
    (_, p) => {
      expect(p.manifest.schemaVersion).toBe(1);
      expect(p.manifest.counts.records).toBe(p.records.length);
      expect(p.manifest.counts.sources).toBe(p.sources.length);
      expect(p.manifest.digest).toMatch(/^[0-9a-f]{64}$/);
    },
  );

  it('are deterministic', () => {
    expect(bundledPacks().map((p) => p.manifest.digest)).toEqual(packs.map((p) => p.manifest.digest));
  });

  it('hold every fact file exactly once, by theme', () => {
    const files = BUNDLED_PACKS.flatMap((p) => p.files);
    expect([...files].sort()).toEqual(FACT_FILES.map((f) => f.name).sort());
    expect(new Set(files).size).toBe(files.length);
  });

  it('merge into the fact base the CLI uses', () => {
    const base = factBaseOf(packs);
    expect(base.records.get('kataib-hezbollah')?.label.ar).toBe('كتائب حزب الله');
    expect(base.records.size).toBe(packs.reduce((n, p) => n + p.records.length, 0));
  });
});

describe('parsePack', () => {
  const bundled = bundledPacks();

  it('accepts a user pack that joins the bundled one (references across packs resolve)', () => {
    const r = parsePack(
      userPack([
        record('new-militia', 'سرايا الاختبار', {
          relations: [{ type: 'part-of', target: 'pmf', cite: [{ source: 'web-example', quote: 'q' }] }],
        }),
      ]),
      bundled,
    );
    expect(r.ok).toBe(true);
  });

  it.each([
    ['not an object', 'nope', /pack: \(root\)/],
    ['a missing manifest', { sources: [], records: [] }, /manifest/],
    ['another schema version', userPack([], { schemaVersion: 2 }), /schemaVersion must be 1/],
    ['a bad version', userPack([], { version: 'v1-beta' }), /version must be numbers/],
    [
      'counts that do not match',
      userPack([record('a-b', 'اسم')], { counts: { records: 2, sources: 1 } }),
      /counts 2 records/,
    ],
    ['a record without aliases list', userPack([{ ...record('a-b', 'اسم'), aliases: undefined }]), /aliases/],
    ['an id the core already has', userPack([record('kadhimi', 'اسم آخر')]), /duplicate id "kadhimi"/],
    [
      'a dangling reference',
      userPack([
        record('a-b', 'اسم', {
          relations: [{ type: 'part-of', target: 'nowhere', cite: [{ source: 'web-example', quote: 'q' }] }],
        }),
      ]),
      /nowhere/,
    ],
    ['an alias the core claims', userPack([record('a-b', 'كتائب حزب الله')]), /claimed by/],
  ])('rejects %s, naming the first problem', (_, raw, error) => {
    const r = parsePack(raw, bundled);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  it('validates a replacement beside the other packs, not beside the pack it replaces', () => {
    const first = parsePack(userPack([record('a-b', 'اسم جديد')]), bundled);
    expect(first.ok).toBe(true);
    const again = parsePack(userPack([record('a-b', 'اسم جديد')], { version: '2' }), [
      ...bundled,
      (first as { pack: Pack }).pack,
    ]);
    expect(again.ok).toBe(true);
  });
});

describe('pack manifests', () => {
  const m = (id: string, version: string, digest?: string) => ({
    id,
    version,
    title: { ar: 'ع', en: 'e' },
    license: 'x',
    schemaVersion: 1 as const,
    counts: { records: 0, sources: 0 },
    ...(digest ? { digest } : {}),
  });
  it('key a pack set by ids, versions and digests, in any order', () => {
    expect(packSetKey([m('b', '1'), m('a', '2')])).toBe(packSetKey([m('a', '2'), m('b', '1')]));
    expect(packSetKey([m('a', '1')])).not.toBe(packSetKey([m('a', '2')]));
    expect(packSetKey([m('a', '1', 'f'.repeat(64))])).not.toBe(packSetKey([m('a', '1', 'e'.repeat(64))]));
  });
  it('tell a changed pack from the same one', () => {
    expect(samePack(m('a', '1', 'f'.repeat(64)), m('a', '1', 'f'.repeat(64)))).toBe(true);
    expect(samePack(m('a', '1', 'f'.repeat(64)), m('a', '1', 'e'.repeat(64)))).toBe(false);
    expect(samePack(m('a', '1'), m('a', '1.1'))).toBe(false);
  });
});
