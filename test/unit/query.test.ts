import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../src/core/facts/factbase';
import { affiliationsAt, figuresOf, incoming, roleAt, timeline } from '../../src/core/facts/query';

const cite = [{ source: 's', quote: 'q' }];
const base = buildFactBase([
  {
    name: 'fixture.json',
    data: {
      sources: [{ id: 's', kind: 'seed', tier: 2, outlet: null, title: 't', date: '2021', file: 's.txt' }],
      records: [
        {
          id: 'pm',
          type: 'person',
          label: { ar: 'رئيس', en: 'PM' },
          description: { ar: 'د', en: 'd' },
          wikidata: null,
          subtype: 'politician',
          aliases: [],
          roles: [
            {
              title: { ar: 'رئيس وزراء العراق', en: 'prime minister of Iraq' },
              of: 'iraq',
              start: '2020-05-07',
              end: '2022-10-27',
              cite,
            },
            {
              title: { ar: 'رئيس جهاز المخابرات', en: 'head of intelligence' },
              start: '2016-06',
              end: '2020-05',
              cite,
            },
            { title: { ar: 'سفير', en: 'ambassador' }, start: '2030', cite },
          ],
          relations: [
            { type: 'member-of', target: 'party', start: '2019', end: '2021-03', cite },
            { type: 'allied-with', target: 'iraq', cite },
            { type: 'located-in', target: 'iraq', cite },
          ],
        },
        {
          id: 'iraq',
          type: 'place',
          label: { ar: 'العراق', en: 'Iraq' },
          description: { ar: 'د', en: 'd' },
          wikidata: 'Q796',
          subtype: 'country',
          aliases: [],
        },
        {
          id: 'party',
          type: 'organization',
          label: { ar: 'حزب', en: 'Party' },
          description: { ar: 'د', en: 'd' },
          wikidata: null,
          subtype: 'party',
          aliases: [],
        },
        {
          id: 'strike',
          type: 'event',
          label: { ar: 'ضربة', en: 'Strike' },
          description: { ar: 'د', en: 'd' },
          wikidata: null,
          subtype: 'attack',
          aliases: [],
          date: '2020-01-08',
          places: ['iraq'],
          participants: [{ id: 'party', role: 'perpetrator' }],
          cite,
          figures: [
            { kind: 'attacks', value: 150, qualifier: 'about', unit: { ar: 'هجوم', en: 'attacks' }, cite },
            { kind: 'attacks', value: 80, qualifier: 'more-than', unit: { ar: 'هجوم', en: 'attacks' }, cite },
            {
              kind: 'troops',
              value: 900,
              qualifier: 'exact',
              unit: { ar: 'جندي', en: 'troops' },
              scope: 'iraq',
              cite,
            },
          ],
        },
        {
          id: 'talks',
          type: 'event',
          label: { ar: 'محادثات', en: 'Talks' },
          description: { ar: 'د', en: 'd' },
          wikidata: null,
          subtype: 'talks',
          aliases: [],
          date: '2021-04',
          places: [],
          participants: [{ id: 'pm', role: 'party' }],
          cite,
        },
      ],
    },
  },
]);

describe('roleAt answers with the role as it stood at the date', () => {
  it.each([
    [
      '2024-01-25',
      'former prime minister of Iraq (2020–2022)',
      'رئيس وزراء العراق (سابقاً، 2020–2022)',
      'former',
    ],
    ['2021-02-24', 'prime minister of Iraq (2020–2022)', 'رئيس وزراء العراق (2020–2022)', 'current'],
    ['2020-05-07', 'prime minister of Iraq (2020–2022)', 'رئيس وزراء العراق (2020–2022)', 'current'],
    ['2022-10-27', 'prime minister of Iraq (2020–2022)', 'رئيس وزراء العراق (2020–2022)', 'current'],
    [
      '2022-10-28',
      'former prime minister of Iraq (2020–2022)',
      'رئيس وزراء العراق (سابقاً، 2020–2022)',
      'former',
    ],
    ['2019', 'head of intelligence (2016–2020)', 'رئيس جهاز المخابرات (2016–2020)', 'current'],
    ['2020-05', 'prime minister of Iraq (2020–2022)', 'رئيس وزراء العراق (2020–2022)', 'current'],
    ['2010', 'future head of intelligence (2016–2020)', 'رئيس جهاز المخابرات (لاحقاً، 2016–2020)', 'future'],
    ['2031', 'ambassador (since 2030)', 'سفير (منذ 2030)', 'current'],
  ])('pm at %s: %s', (date, en, ar, status) => {
    const [first] = roleAt(base, 'pm', date);
    expect(first?.phrase).toEqual({ en, ar });
    expect(first?.status).toBe(status);
  });

  it('lists every role, current before former before future', () => {
    expect(roleAt(base, 'pm', '2021').map((r) => r.status)).toEqual(['current', 'former', 'future']);
  });

  it('gives nothing for an unknown id or a record with no roles', () => {
    expect(roleAt(base, 'nobody', '2021')).toEqual([]);
    expect(roleAt(base, 'iraq', '2021')).toEqual([]);
  });
});

describe('affiliationsAt', () => {
  it.each([
    [
      '2020',
      [
        ['party', 'current'],
        ['iraq', 'current'],
      ],
    ],
    [
      '2022',
      [
        ['iraq', 'current'],
        ['party', 'former'],
      ],
    ],
  ])('at %s', (date, expected) => {
    expect(affiliationsAt(base, 'pm', date).map((a) => [a.target.id, a.status])).toEqual(expected);
  });

  it('leaves out non-affiliations such as located-in', () => {
    expect(affiliationsAt(base, 'pm', '2020').some((a) => a.relation.type === 'located-in')).toBe(false);
  });

  it('finds members from the other side', () => {
    expect(incoming(base, 'party', ['member-of']).map((a) => a.target.id)).toEqual(['pm']);
  });
});

describe('timeline', () => {
  it('orders events and role changes oldest first', () => {
    expect(timeline(base, 'pm').map((e) => `${e.kind}:${e.date}`)).toEqual([
      'role-start:2016-06',
      'role-end:2020-05',
      'role-start:2020-05-07',
      'event:2021-04',
      'role-end:2022-10-27',
      'role-start:2030',
    ]);
  });

  it('includes events at a place and events a group took part in', () => {
    expect(timeline(base, 'iraq').map((e) => (e.kind === 'event' ? `${e.event.id}/${e.as}` : ''))).toEqual([
      'strike/place',
    ]);
    expect(timeline(base, 'party').map((e) => (e.kind === 'event' ? `${e.event.id}/${e.as}` : ''))).toEqual([
      'strike/perpetrator',
    ]);
  });
});

describe('figures', () => {
  it('groups figures that answer the same question and says when they disagree', () => {
    const groups = figuresOf(base, 'strike');
    expect(groups.map((g) => [g.key, g.figures.length, g.agree])).toEqual([
      ['attacks@', 2, false],
      ['troops@iraq', 1, true],
    ]);
  });
});
