/** What the seeds demand of the fact base: the records, the time-aware answers, the figures, the forms. */
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/core/arabic/fold';
import { affiliationsAt, figuresOf, roleAt, timeline } from '../../src/core/facts/query';
import type { RecordType } from '../../src/core/facts/schema';
import { policyProblems } from '../../src/core/facts/source-policy';
import { diskFactBase } from '../support/facts';

const base = diskFactBase();

const REQUIRED: Record<RecordType, string[]> = {
  person: [
    'biden',
    'kadhimi',
    'sudani',
    'soleimani',
    'muhandis',
    'qaani',
    'amiri',
    'qais-khazali',
    'lloyd-austin',
    'fuad-hussein',
    'qasim-araji',
    'alina-romanowski',
    'jose-manuel-albares',
    'ned-price',
    'abu-hussein-hamidawi',
    'jawad-talibawi',
    'hassan-salem',
    'yahya-rasool',
    'jafar-husseini',
    'abu-ali-askari',
    'tom-harb',
    'rafi-kubaisi',
    'muqtada-sadr',
  ],
  organization: [
    'kataib-hezbollah',
    'asaib-ahl-al-haq',
    'nujaba',
    'kataib-sayyid-al-shuhada',
    'pmf',
    'irgc',
    'quds-force',
    'isis',
    'international-coalition',
    'resistance-coordination-committee',
    'islamic-resistance-in-iraq',
    'coordination-framework',
    'nubni-alliance',
    'sadiqoun-bloc',
    'iraqi-parliament',
    'pentagon',
    'centcom',
    'white-house',
    'state-department',
    'iraq-national-security-service',
    'hamas',
    'houthis',
    'lebanese-hezbollah',
  ],
  place: [
    'ain-al-asad',
    'harir-base',
    'erbil-airport',
    'green-zone',
    'us-embassy-baghdad',
    'jurf-al-sakhar',
    'al-qaim',
    'baghdad-airport',
    'iraq',
    'united-states',
    'iran',
    'syria',
    'baghdad',
    'erbil',
    'washington',
    'tehran',
  ],
  event: [
    'soleimani-assassination',
    'parliament-foreign-forces-vote',
    'iran-missile-strike-jan-2020',
    'attacks-2020',
    'embassy-closure-threat-2020',
    'embassy-attack-feb-2021',
    'biden-kadhimi-call-feb-2021',
    'strategic-dialogue-round-3',
    'us-strikes-jun-2021',
    'end-of-combat-mission-agreement',
    'attacks-since-oct-2023',
    'us-strikes-jan-2024',
    'coalition-end-talks-2024',
    'us-troop-presence',
    'strategic-framework-agreement',
  ],
};

describe('coverage of the seeds', () => {
  it.each(Object.entries(REQUIRED).flatMap(([type, ids]) => ids.map((id) => [id, type])))(
    '%s is a %s',
    (id, type) => {
      expect(base.records.get(id)?.type).toBe(type);
    },
  );
});

describe('time-aware answers on the real fact base', () => {
  it.each([
    ['kadhimi', '2024-01-25', 'former', /^former Prime Minister of Iraq \(2020–2022\)$/],
    ['kadhimi', '2021-02-24', 'current', /^Prime Minister of Iraq/],
    ['sudani', '2021-02-24', 'future', /^future Prime Minister of Iraq/],
    ['sudani', '2024-01-25', 'current', /^Prime Minister of Iraq \(since 2022\)$/],
    ['soleimani', '2019-06-01', 'current', /Quds Force/],
    ['soleimani', '2021-04-08', 'former', /^former .*Quds Force/],
    ['qaani', '2021-04-08', 'current', /^Commander of the Quds Force/],
    ['biden', '2021-07-26', 'current', /^President of the United States/],
    ['biden', '2026-01-01', 'former', /^former President of the United States \(2021–2025\)$/],
    ['lloyd-austin', '2024-01-25', 'current', /Secretary of Defense/],
  ])('%s at %s is %s', (id, date, status, phrase) => {
    const [first] = roleAt(base, id, date);
    expect(first?.status).toBe(status);
    expect(first?.phrase.en).toMatch(phrase);
    expect(first?.phrase.ar.length).toBeGreaterThan(3);
  });

  it('knows what al-Muhandis belonged to while alive, and that it ended', () => {
    const before = affiliationsAt(base, 'muhandis', '2019-01-01').map((a) => [a.target.id, a.status]);
    expect(before).toContainEqual(['kataib-hezbollah', 'current']);
    const after = affiliationsAt(base, 'muhandis', '2021-01-01').map((a) => [a.target.id, a.status]);
    expect(after).toContainEqual(['kataib-hezbollah', 'former']);
  });

  it('puts the killing, the vote and the missile strike on Soleimani’s timeline in order', () => {
    const events = timeline(base, 'soleimani').flatMap((e) => (e.kind === 'event' ? [e.event.id] : []));
    expect(events.indexOf('soleimani-assassination')).toBeGreaterThanOrEqual(0);
    const dates = timeline(base, 'soleimani').map((e) => e.date.slice(0, 4));
    expect([...dates].sort()).toEqual(dates);
  });
});

describe('figures keep their qualifiers, and disagreeing sources sit side by side', () => {
  const fig = (id: string, kind: string) =>
    figuresOf(base, id)
      .filter((g) => g.kind === kind)
      .flatMap((g) =>
        g.figures.map((f) => `${f.qualifier} ${f.value}${f.scope ? `@${f.scope}` : ''} ${f.cite[0]?.source}`),
      );
  it.each([
    ['iran-missile-strike-jan-2020', 'missiles', 'more-than 15 seed-001'],
    ['iran-missile-strike-jan-2020', 'injured', 'about 110 seed-001'],
    ['attacks-2020', 'attacks', 'exact 63@iraq seed-001'],
    ['attacks-2020', 'rocket-attacks', 'exact 41@iraq seed-001'],
    ['attacks-2020', 'ied-attacks', 'exact 22@iraq seed-001'],
    ['embassy-attack-feb-2021', 'rockets', 'at-least 3 seed-002'],
    ['erbil-airport-attack-feb-2021', 'rockets', 'more-than 12 seed-002'],
    ['us-strikes-jun-2021', 'killed', 'exact 4 seed-000'],
    ['us-strikes-jan-2024', 'facilities-struck', 'exact 3 seed-003'],
    ['us-strikes-jan-2024', 'killed', 'at-least 2 seed-003'],
    ['attacks-since-oct-2023', 'attacks', 'about 150 seed-003'],
    ['attacks-since-oct-2023', 'attacks', 'more-than 80 seed-004'],
    ['us-troop-presence', 'troops', 'exact 2500@iraq seed-003'],
    ['us-troop-presence', 'troops', 'exact 900@syria seed-003'],
    ['us-troop-presence', 'troops', 'about 2500@iraq seed-004'],
  ])('%s %s: %s', (id, kind, expected) => {
    expect(fig(id, kind)).toContain(expected);
  });
});

describe('aliases cover the forms Arabic media use', () => {
  const owner = new Map<string, string[]>();
  for (const r of base.records.values()) {
    for (const a of r.aliases) owner.set(foldKey(a.text), [...(owner.get(foldKey(a.text)) ?? []), r.id]);
  }
  it.each([
    ['البنتاغون', 'pentagon'],
    ['البنتاجون', 'pentagon'],
    ['قاآني', 'qaani'],
    ['داعش', 'isis'],
    ['تنظيم الدولة الإسلامية', 'isis'],
    ['كتائب حزب الله العراقي', 'kataib-hezbollah'],
    ['كتائب حزب الله العراقية', 'kataib-hezbollah'],
    ['القوات الأميركية', 'us-forces'],
    ['القوات الأمريكية', 'us-forces'],
    ['جون بايدن', 'biden'],
    ['أبي مهدي المهندس', 'muhandis'],
    ['أبو مهدي المهندس', 'muhandis'],
    ['محمد الشياع السوداني', 'sudani'],
    ['حزب الله اللبناني', 'lebanese-hezbollah'],
  ])('%s → %s', (alias, id) => {
    expect(owner.get(foldKey(alias))).toContain(id);
  });

  it('records «جون بايدن» as a misspelling of «جو بايدن», citing seed 000', () => {
    const a = base.records.get('biden')?.aliases.find((x) => x.text === 'جون بايدن');
    expect(a).toMatchObject({ kind: 'misspelling', correct: 'جو بايدن' });
    expect(a?.cite?.[0]?.source).toBe('seed-000');
  });
});

describe('the source policy (docs/source-policy.md)', () => {
  const base = diskFactBase();
  it('holds for every source, quote and fact of the bundled fact base', () => {
    expect(policyProblems(base)).toEqual([]);
  });

  it('is enforced: a denied host, tier 3 alone for a span, an infobox quote are each a problem', () => {
    const sources = new Map(base.sources);
    sources.set('web-x-mirror', {
      id: 'web-x-mirror',
      kind: 'web',
      tier: 2,
      outlet: null,
      title: 't',
      date: null,
      url: 'https://www.wikizero.net/x',
    });
    sources.set('web-x-wiki', {
      id: 'web-x-wiki',
      kind: 'web',
      tier: 3,
      outlet: null,
      title: 't',
      date: null,
      url: 'https://en.wikipedia.org/wiki/X',
    });
    const kadhimi = base.records.get('kadhimi')!;
    const records = new Map(base.records);
    records.set('kadhimi', {
      ...kadhimi,
      roles: [
        {
          title: { ar: 'وزير', en: 'Minister' },
          start: '2020',
          cite: [{ source: 'web-x-wiki', quote: 'He became minister in 2020.' }],
        },
        {
          title: { ar: 'وزير', en: 'Minister' },
          cite: [{ source: 'web-x-mirror', quote: 'Term Start2: 5 December 2003' }],
        },
      ],
    });
    const problems = policyProblems({ sources, records });
    expect(problems).toContain('source web-x-mirror: wikizero.net is on the deny list');
    expect(problems).toContain('kadhimi: roles[0] (its span) rests on tier-3 sources alone');
    expect(
      problems.some((p) =>
        p.startsWith('kadhimi: roles[1]: the quote from web-x-mirror is an infobox field'),
      ),
    ).toBe(true);
  });
});
