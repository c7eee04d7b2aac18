/**
 * Every mention in the five seeds, surface form by surface form, with the record it must
 * resolve to (test/fixtures/seed-mentions.json, reviewed by hand), plus hard cases on
 * the real fact base.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/core/match/matcher';
import { diskFactBase, SEEDS_DIR } from '../support/facts';

const matcher = compileMatcher(diskFactBase());
const expected: Record<string, [string, string][]> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/seed-mentions.json'), 'utf8'),
);
const norm = (s: string) => s.replace(/\s+/g, ' ');

describe.each(Object.keys(expected))('seed %s', (file) => {
  const text = readFileSync(join(SEEDS_DIR, file), 'utf8');
  const { mentions } = matcher.find(text);
  const found = new Set(mentions.map((m) => `${norm(m.surface)} → ${m.entity.id}`));
  const want = new Set((expected[file] ?? []).map(([s, id]) => `${s} → ${id}`));

  it('finds every expected surface form with its record', () => {
    expect([...want].filter((w) => !found.has(w))).toEqual([]);
  });
  it('finds nothing unexpected', () => {
    expect([...found].filter((f) => !want.has(f))).toEqual([]);
  });
  it('gives offsets whose slice is the surface', () => {
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });
});

describe('hard cases on the real fact base', () => {
  const ids = (text: string) => matcher.find(text).mentions.map((m) => [m.surface, m.entity.id]);
  it.each([
    [
      'Lebanese, not Iraqi, Hezbollah',
      'وقال حزب الله اللبناني في بيان',
      [['حزب الله اللبناني', 'lebanese-hezbollah']],
    ],
    [
      'Kataib Hezbollah by its Iraqi qualifier',
      'وقالت كتائب حزب الله العراقية',
      [['كتائب حزب الله العراقية', 'kataib-hezbollah']],
    ],
    ['the Quds Force inside «قائد فيلق القدس»', 'قائد فيلق القدس', [['فيلق القدس', 'quds-force']]],
    ['ل + ال', 'التابعة للحرس الثوري الإيراني', [['لحرس الثوري الإيراني', 'irgc']]],
    ['بال', 'بالحشد الشعبي', [['الحشد الشعبي', 'pmf']]],
    ['a clitic chain', 'وللكاظمي', [['لكاظمي', 'kadhimi']]],
    ['vowelled and stretched', 'قَاسِم سُلَيْمـــانِي', [['قَاسِم سُلَيْمـــانِي', 'soleimani']]],
    ['the misspelling', 'الرئيس جون بايدن', [['جون بايدن', 'biden']]],
    ['Pentagon with ج', 'قال البنتاجون', [['البنتاجون', 'pentagon']]],
    ['the event phrase', 'منذ اغتيال سليماني', [['اغتيال سليماني', 'soleimani-assassination']]],
    ['no match inside a longer word', 'البغداديون وبغدادي', []],
  ])('%s', (_name, text, want) => {
    expect(ids(text)).toEqual(want);
  });

  it('a bare «السوداني» ("the Sudanese") alone is not the prime minister', () => {
    expect(ids('قال الرئيس السوداني')).toEqual([]);
  });
});
