import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/core/arabic/fold';
import { buildFactBase } from '../../src/core/facts/factbase';
import { compileMatcher } from '../../src/core/match/matcher';

const rec = (id: string, type: string, aliases: unknown[]) => ({
  id,
  type,
  label: { ar: id, en: id },
  description: { ar: 'د', en: 'd' },
  wikidata: null,
  subtype: 'x',
  aliases,
});
const ar = (text: string, extra: Record<string, unknown> = {}) => ({ text, lang: 'ar', ...extra });

const base = buildFactBase([
  {
    name: 'fixture.json',
    data: {
      records: [
        rec('kataib-hezbollah', 'organization', [
          ar('كتائب حزب الله'),
          ar('حزب الله العراقي'),
          ar('حزب الله العراق'),
        ]),
        rec('lebanese-hezbollah', 'organization', [
          ar('حزب الله', { notFollowedBy: ['العراقي', 'العراقية', 'العراق'] }),
          ar('حزب الله اللبناني'),
        ]),
        rec('quds-force', 'organization', [ar('فيلق القدس')]),
        rec('pmf', 'organization', [ar('الحشد الشعبي'), ar('الحشد', { kind: 'weak' })]),
        rec('kadhimi', 'person', [ar('مصطفى الكاظمي'), ar('الكاظمي')]),
        rec('sudani', 'person', [ar('محمد شياع السوداني'), ar('السوداني', { kind: 'weak' })]),
        rec('fuad-hussein', 'person', [ar('فؤاد حسين'), ar('حسين', { kind: 'weak' })]),
        rec('hassan-salem', 'person', [ar('حسن سالم'), ar('سالم', { kind: 'weak' })]),
        rec('salem-other', 'person', [ar('سالم العبيدي'), ar('سالم', { kind: 'weak' })]),
        rec('biden', 'person', [
          ar('جو بايدن'),
          ar('بايدن'),
          ar('جون بايدن', { kind: 'misspelling', correct: 'جو بايدن' }),
          { text: 'Joe Biden', lang: 'en' },
        ]),
        rec('baghdad', 'place', [ar('بغداد')]),
        rec('dad', 'place', [ar('داد')]),
        rec('irgc', 'organization', [ar('الحرس الثوري'), ar('الحرس الثوري الإيراني')]),
        {
          ...rec('dialogue', 'event', [ar('الحوار الاستراتيجي'), ar('اغتيال سليماني')]),
          date: '2021',
          places: [],
          participants: [],
          cite: [{ source: 's', quote: 'q' }],
        },
      ],
      sources: [{ id: 's', kind: 'seed', tier: 2, outlet: null, title: 't', date: '2021', file: 's.txt' }],
    },
  },
]);
const m = compileMatcher(base);
const found = (text: string) => m.find(text).mentions.map((x) => [x.surface, x.entity.id]);

describe('matching names in Arabic text', () => {
  it.each([
    [
      'longest wins: «كتائب حزب الله» is not «حزب الله»',
      'هاجمت كتائب حزب الله القاعدة',
      [['كتائب حزب الله', 'kataib-hezbollah']],
    ],
    ['Lebanese Hezbollah by name', 'قال حزب الله اللبناني', [['حزب الله اللبناني', 'lebanese-hezbollah']]],
    ['bare «حزب الله» is Lebanese', 'أعلن حزب الله أمس', [['حزب الله', 'lebanese-hezbollah']]],
    [
      '«حزب الله العراق» is Kataib',
      'ميليشيات حزب الله العراق وحركة',
      [['حزب الله العراق', 'kataib-hezbollah']],
    ],
    [
      'quoted name across quote marks',
      'مواقع لكتائب "حزب الله" في',
      [['كتائب "حزب الله', 'kataib-hezbollah']],
    ],
    [
      '«قائد فيلق القدس» is the Quds Force',
      'قائد فيلق القدس بالحرس الثوري الإيراني',
      [
        ['فيلق القدس', 'quds-force'],
        ['الحرس الثوري الإيراني', 'irgc'],
      ],
    ],
    ['ل + ال merged', 'التابعة للحرس الثوري', [['لحرس الثوري', 'irgc']]],
    [
      'بال and وال',
      'بالحشد الشعبي والحشد الشعبي',
      [
        ['الحشد الشعبي', 'pmf'],
        ['الحشد الشعبي', 'pmf'],
      ],
    ],
    [
      'clitic chain on a definite name',
      'وللكاظمي وبالكاظمي فالكاظمي',
      [
        ['لكاظمي', 'kadhimi'],
        ['الكاظمي', 'kadhimi'],
        ['الكاظمي', 'kadhimi'],
      ],
    ],
    [
      'proclitics on an indefinite name',
      'وبغداد وببغداد لبغداد',
      [
        ['بغداد', 'baghdad'],
        ['بغداد', 'baghdad'],
        ['بغداد', 'baghdad'],
      ],
    ],
    ['never inside another word', 'بغداد', [['بغداد', 'baghdad']]],
    ['no article on an indefinite name', 'البغداد', []],
    ['no suffix', 'بغدادي', []],
    ['diacritics and tatweel inside a name', 'مُصْطَفَى الكـــاظِمِيّ', [['مُصْطَفَى الكـــاظِمِيّ', 'kadhimi']]],
    ['alef with hamza folded', 'الحرس الثوري الايراني', [['الحرس الثوري الايراني', 'irgc']]],
    ['known misspelling', 'الرئيس جون بايدن', [['جون بايدن', 'biden']]],
    ['English alias', 'said Joe Biden today', [['Joe Biden', 'biden']]],
    ['English alias not inside a word', 'Joe Bidenesque', []],
    [
      'events by their phrase',
      'بعد اغتيال سليماني وفي الحوار الاستراتيجي',
      [
        ['اغتيال سليماني', 'dialogue'],
        ['الحوار الاستراتيجي', 'dialogue'],
      ],
    ],
    ['text split by a line break', 'مصطفى\nالكاظمي', [['مصطفى\nالكاظمي', 'kadhimi']]],
    ['bidi marks inside', 'مصطفى \u200fالكاظمي', [['مصطفى \u200fالكاظمي', 'kadhimi']]],
    ['Persian letters', 'مصطفی الکاظمی', [['مصطفی الکاظمی', 'kadhimi']]],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('weak aliases and ambiguity', () => {
  it('counts a weak alias only when a strong form of the same record is on the page', () => {
    expect(found('قال السوداني')).toEqual([]);
    expect(found('قال محمد شياع السوداني، وأضاف السوداني')).toEqual([
      ['محمد شياع السوداني', 'sudani'],
      ['السوداني', 'sudani'],
    ]);
  });

  it('takes weak presence from the rest of the page', () => {
    expect(m.find('قال الحشد', { present: new Set(['pmf']) }).mentions.map((x) => x.entity.id)).toEqual([
      'pmf',
    ]);
  });

  it('reports a weak alias two present records share as ambiguous, with its candidates', () => {
    const r = m.find('حسن سالم وسالم العبيدي، وقال سالم');
    expect(r.mentions.map((x) => x.surface)).toEqual(['حسن سالم', 'سالم العبيدي']);
    expect(r.ambiguous.map((a) => [a.surface, a.candidates.map((c) => c.id).sort()])).toEqual([
      ['سالم', ['hassan-salem', 'salem-other']],
    ]);
  });

  it('gives offsets into the original text', () => {
    const text = 'قال وزير الخارجية فؤاد حسين إن';
    const [x] = m.find(text).mentions;
    expect(x && text.slice(x.start, x.end)).toBe('فؤاد حسين');
    expect(x?.correct).toBeUndefined();
  });

  it('carries the correct form of a misspelling', () => {
    expect(m.find('جون بايدن').mentions[0]?.correct).toBe('جو بايدن');
  });
});

describe('matching invariants hold for any text', () => {
  const pieces = [
    'كتائب حزب الله',
    'الكاظمي',
    'لل',
    'و',
    'ب',
    ' ',
    'ـ',
    'ِ',
    '"',
    'بغداد',
    'حزب الله',
    'العراقي',
    'سالم',
    'حسن',
  ];
  const textArb = fc
    .array(
      fc.oneof(
        fc.constantFrom(...pieces),
        fc.string({ maxLength: 3 }),
        fc.string({ unit: 'binary', maxLength: 3 }),
      ),
      { maxLength: 30 },
    )
    .map((a) => a.join(''));

  it('never throws, stays in bounds, is ordered and disjoint, and each slice folds to an alias', () => {
    const allAliases = new Set(
      [...base.records.values()].flatMap((r) => r.aliases.map((a) => foldKey(a.text))),
    );
    fc.assert(
      fc.property(textArb, (text) => {
        const { mentions } = m.find(text);
        let last = 0;
        for (const x of mentions) {
          expect(x.start).toBeGreaterThanOrEqual(last);
          expect(x.end).toBeLessThanOrEqual(text.length);
          expect(x.start).toBeLessThan(x.end);
          last = x.end;
          const folded = foldKey(text.slice(x.start, x.end));
          // The slice is the alias, or the alias's stem after a merged ل (للحشد → لحشد).
          const ok = allAliases.has(folded) || allAliases.has(`ا${folded}`);
          expect(ok, `${JSON.stringify(x.surface)} → ${folded}`).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
