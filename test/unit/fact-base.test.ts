import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCitations, buildFactBase, checkSeedQuotes, FactBaseError } from '../../src/core/facts/factbase';
import { diskFactBase, FACTS_DIR, factFilesOnDisk, seedFiles, seedText } from '../support/facts';

describe('the fact base on disk', () => {
  it('passes the schema and every cross-record rule', () => {
    try {
      diskFactBase();
    } catch (e) {
      if (e instanceof FactBaseError) expect.fail(e.message);
      throw e;
    }
  });

  it('quotes every seed citation verbatim from its seed file', () => {
    expect(checkSeedQuotes(diskFactBase(), seedText)).toEqual([]);
  });

  it('has a seed source for each seed file, and no seed source without its file', () => {
    const seedSources = [...diskFactBase().sources.values()].filter((s) => s.kind === 'seed');
    expect(seedSources.map((s) => s.file).sort()).toEqual(seedFiles());
  });

  it('marks every non-seed fact with a web source that has an address', () => {
    for (const s of diskFactBase().sources.values()) {
      if (s.kind === 'web') expect(s.url, s.id).toMatch(/^https?:\/\//);
    }
  });

  it('bundles every fact file in src/facts/index.ts', () => {
    const index = readFileSync(join(FACTS_DIR, 'index.ts'), 'utf8');
    for (const { name } of factFilesOnDisk()) expect(index, name).toContain(`'./${name}'`);
  });

  it('cites a source for every fact', () => {
    for (const r of diskFactBase().records.values()) {
      for (const { citation, where } of allCitations(r)) {
        expect(citation.quote.trim().length, `${r.id} ${where}`).toBeGreaterThan(0);
      }
    }
  });
});

const seed = { id: 'seed-x', kind: 'seed', tier: 2, outlet: null, title: 't', date: '2021', file: 'x.txt' };
const cite = [{ source: 'seed-x', quote: 'q' }];
const person = (over: Record<string, unknown> = {}) => ({
  id: 'p',
  type: 'person',
  label: { ar: 'أ', en: 'A' },
  description: { ar: 'أ', en: 'A' },
  wikidata: null,
  subtype: 'politician',
  aliases: [{ text: 'الكاظمي', lang: 'ar' }],
  ...over,
});
const build =
  (...records: unknown[]) =>
  () =>
    buildFactBase([{ name: 't.json', data: { sources: [seed], records } }]);

describe('the fact-base rules reject bad input with a clear message', () => {
  it.each([
    ['a duplicate id', [person(), person()], /duplicate id "p"/],
    [
      'a dangling reference',
      [person({ relations: [{ type: 'member-of', target: 'nobody', cite }] })],
      /unknown record "nobody"/,
    ],
    [
      'an unknown source',
      [person({ roles: [{ title: { ar: 'x', en: 'x' }, cite: [{ source: 'nope', quote: 'q' }] }] })],
      /unknown source "nope"/,
    ],
    [
      'a role with no citation',
      [person({ roles: [{ title: { ar: 'x', en: 'x' }, cite: [] }] })],
      /cites at least one source/,
    ],
    [
      'a date that is not a date',
      [person({ roles: [{ title: { ar: 'x', en: 'x' }, start: '2020-13', cite }] })],
      /YYYY, YYYY-MM or YYYY-MM-DD/,
    ],
    [
      'an impossible day',
      [person({ roles: [{ title: { ar: 'x', en: 'x' }, start: '2021-02-29', cite }] })],
      /impossible date/,
    ],
    [
      'a span that ends before it starts',
      [person({ roles: [{ title: { ar: 'x', en: 'x' }, start: '2022', end: '2020-05', cite }] })],
      /ends .* before it starts/,
    ],
    [
      'an alias claimed twice',
      [person(), person({ id: 'q', aliases: [{ text: 'الكَاظِمي', lang: 'ar' }] })],
      /claimed by "p" and "q"/,
    ],
    [
      'a misspelling with no correct form',
      [person({ aliases: [{ text: 'جون بايدن', lang: 'ar', kind: 'misspelling' }] })],
      /needs its correct form/,
    ],
    ['an unknown field', [person({ colour: 'red' })], /colour/],
    ['a bad id', [person({ id: 'Kadhimi PM' })], /lowercase ascii/],
    [
      'an event whose place is a person',
      [
        person(),
        {
          ...person({ id: 'e', aliases: [] }),
          type: 'event',
          date: '2020',
          places: ['p'],
          participants: [],
          cite,
        },
      ],
      /a person, expected place/,
    ],
  ])('%s', (_name, records, message) => {
    expect(build(...records)).toThrow(message);
  });

  it('allows an alias on two records when a negative context separates them', () => {
    const sep = person({ id: 'q', aliases: [{ text: 'الكاظمي', lang: 'ar', notFollowedBy: ['الآخر'] }] });
    expect(build(person(), sep)).not.toThrow();
  });

  it('reports every problem at once', () => {
    try {
      build(
        person({
          relations: [
            { type: 'member-of', target: 'a', cite },
            { type: 'member-of', target: 'b', cite },
          ],
        }),
      )();
      expect.fail('should throw');
    } catch (e) {
      expect((e as FactBaseError).problems).toHaveLength(2);
    }
  });

  it('finds a missing seed quote', () => {
    const base = build(
      person({ roles: [{ title: { ar: 'x', en: 'x' }, cite: [{ source: 'seed-x', quote: 'ليس هنا' }] }] }),
    )();
    expect(checkSeedQuotes(base, () => 'نص آخر')).toEqual([
      expect.stringContaining('quote not found in x.txt'),
    ]);
  });
});
