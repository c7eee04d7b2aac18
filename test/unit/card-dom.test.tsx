// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClaimView } from '../../src/core/card/claim-view';
import type { CardModel } from '../../src/core/card/model';
import { Card } from '../../src/ui/Card';
import { claimValueText } from '../../src/ui/claim-values';

const hostile = '<img src=x onerror="alert(1)">';
const model: CardModel = {
  id: 'x',
  type: 'person',
  subtype: 'politician',
  label: { ar: 'مصطفى الكاظمي', en: 'Mustafa al-Kadhimi' },
  description: { ar: `وصف ${hostile}`, en: 'description' },
  wikidata: null,
  articleDate: '2024-01-25',
  today: '2026-11-25',
  rolesThen: [
    {
      text: { ar: 'رئيس وزراء العراق (سابقاً، 2020–2022)', en: 'former Prime Minister of Iraq (2020–2022)' },
      status: 'former',
      sources: [
        {
          kind: 'seed',
          tier: 2,
          outlet: null,
          title: 'مقال',
          date: '2021-02-24',
          url: null,
          quote: `اقتباس ${hostile}`,
        },
      ],
    },
  ],
  rolesNow: [],
  affiliations: [],
  timeline: [{ text: { ar: 'حدث', en: 'event' }, date: '2020-01-03', sources: [] }],
  statements: [],
  figures: [
    [
      {
        kind: 'attacks',
        value: 150,
        qualifier: 'about',
        unit: { ar: 'هجوماً', en: 'attacks' },
        scope: null,
        sources: [],
      },
      {
        kind: 'attacks',
        value: 80,
        qualifier: 'more-than',
        unit: { ar: 'هجوماً', en: 'attacks' },
        scope: null,
        sources: [],
      },
    ],
  ],
  event: null,
};

afterEach(() => render(null, document.body));

function mount(
  lang: 'ar' | 'en',
  handlers = { onPin: vi.fn(), onClose: vi.fn(), onLang: vi.fn() },
  card: CardModel = model,
) {
  render(h(Card, { model: card, lang, pinned: false, ...handlers }), document.body);
  return handlers;
}

describe('Card', () => {
  it('is right-to-left and Arabic first, with the English name beside it', () => {
    mount('ar');
    const card = document.querySelector('.card') as HTMLElement;
    expect(card.getAttribute('dir')).toBe('rtl');
    expect(card.getAttribute('lang')).toBe('ar');
    expect(card.querySelector('h2')?.textContent).toBe('مصطفى الكاظمي');
    expect(card.querySelector('.alt')?.textContent).toBe('Mustafa al-Kadhimi');
    expect(card.textContent).toContain('عند تاريخ المقال (25 يناير 2024)');
  });

  it('switches to English', () => {
    mount('en');
    const card = document.querySelector('.card') as HTMLElement;
    expect(card.getAttribute('dir')).toBe('ltr');
    expect(card.querySelector('h2')?.textContent).toBe('Mustafa al-Kadhimi');
    expect(card.textContent).toContain('former Prime Minister of Iraq (2020–2022)');
  });

  it('shows each source with its outlet and tier, and links only web addresses, to a new tab', () => {
    const web = {
      kind: 'web' as const,
      tier: 1 as const,
      outlet: { ar: 'وزارة', en: 'Ministry' },
      title: 't',
      date: null,
      quote: 'q',
    };
    const withSources: CardModel = {
      ...model,
      statements: [
        {
          text: { ar: 'بيان', en: 'statement' },
          sources: [
            { ...web, url: 'https://www.state.gov/a' },
            { ...web, url: 'javascript:alert(1)' },
          ],
        },
      ],
    };
    mount('ar', undefined, withSources);
    const links = [...document.querySelectorAll('.src-url a')] as HTMLAnchorElement[];
    expect(links.map((a) => [a.getAttribute('href'), a.target, a.rel])).toEqual([
      ['https://www.state.gov/a', '_blank', 'noopener noreferrer'],
    ]);
    expect(document.body.textContent).toContain('مصدر رسمي');
    // A seed article is named for what it is, not as an unknown outlet.
    mount('ar');
    expect(document.querySelector('.outlet')?.textContent).toContain('مقال إخباري محفوظ مع سياق');
    expect(document.querySelector('.tier')?.textContent).toBe('وسيلة إعلام');
  });

  it('links to the record’s Wikidata page where it has one, and nowhere else', () => {
    mount('ar', undefined, { ...model, wikidata: 'Q23812' });
    const a = document.querySelector('.more a') as HTMLAnchorElement;
    expect([a.getAttribute('href'), a.target, a.rel]).toEqual([
      'https://www.wikidata.org/wiki/Q23812',
      '_blank',
      'noopener noreferrer',
    ]);
    mount('ar', undefined, { ...model, wikidata: null });
    expect(document.querySelector('.more')).toBeNull();
  });

  it('renders fact and quote text as text, never as markup', () => {
    mount('ar');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('.desc')?.textContent).toContain(hostile);
    expect(document.querySelector('blockquote')?.textContent).toContain(hostile);
  });

  it('shows disagreeing figures side by side with their qualifiers', () => {
    mount('ar');
    const group = document.querySelector('li.differ') as HTMLElement;
    expect(group.textContent).toContain('المصادر تختلف');
    expect(group.textContent).toContain('نحو 150 هجوماً');
    expect(group.textContent).toContain('أكثر من 80 هجوماً');
  });

  it('shows a source’s wrong statement as that source’s claim, with what contradicts it', () => {
    const ref = {
      kind: 'web' as const,
      tier: 2 as const,
      outlet: null,
      title: 't',
      date: null,
      url: null,
      quote: 'q',
    };
    const withClaim: CardModel = {
      ...model,
      statements: [
        {
          text: { ar: 'شكّل تحالف نبني الإطار التنسيقي', en: 'Nabni formed the Framework' },
          sources: [ref],
          contradictedBy: [ref],
        },
      ],
    };
    mount('ar', undefined, withClaim);
    const line = document.querySelector('li.contradicted') as HTMLElement;
    expect(line.textContent).toContain('قول مصدر');
    expect(line.querySelector('.contradicted-by')?.textContent).toContain('تخالفه');
  });

  it('keeps quotes behind a sources toggle, and wires pin, language and close', () => {
    const handlers = mount('ar');
    expect(document.querySelector('details.sources')?.hasAttribute('open')).toBe(false);
    const buttons = [...document.querySelectorAll('button')];
    buttons.find((b) => b.textContent === 'English')?.click();
    buttons.find((b) => b.getAttribute('aria-pressed') === 'false')?.click();
    buttons.find((b) => b.classList.contains('close'))?.click();
    expect(handlers.onLang).toHaveBeenCalledOnce();
    expect(handlers.onPin).toHaveBeenCalledOnce();
    expect(handlers.onClose).toHaveBeenCalledOnce();
  });
});

describe('claim cards', () => {
  const handlers = { onPin: vi.fn(), onClose: vi.fn(), onLang: vi.fn() };
  const claim: ClaimView = {
    kind: 'date',
    verdict: 'contradicted',
    text: `6 يناير ${hostile}`,
    claimed: { type: 'date', date: '2020-01-06' },
    recorded: [
      {
        value: { type: 'date', date: '2020-01-05' },
        sources: [
          {
            kind: 'seed',
            tier: 2,
            outlet: null,
            title: 't',
            date: '2021-04-08',
            url: null,
            quote: `صوت في 5 يناير ${hostile}`,
          },
        ],
      },
    ],
    reason: null,
    subject: { id: 'vote', label: { ar: 'تصويت البرلمان العراقي', en: 'Iraqi parliament vote' } },
  };

  it('shows the verdict, what the text says beside what is recorded, and the sources', () => {
    render(h(Card, { model: null, claims: [claim], lang: 'ar', pinned: false, ...handlers }), document.body);
    const block = document.querySelector('.claim.verdict-contradicted') as HTMLElement;
    expect(document.querySelector('h2')?.textContent).toBe('فحص ادعاء');
    expect(block.querySelector('.verdict')?.textContent).toBe('✗ مخالف للسجل'); // a shape as well as a colour;
    expect(block.querySelector('.claimed')?.textContent).toContain('6 يناير 2020');
    expect(block.querySelector('.recorded')?.textContent).toContain('5 يناير 2020');
    expect(block.textContent).toContain('تصويت البرلمان العراقي');
    expect(document.querySelector('img')).toBeNull(); // page and fact text stay text
  });

  it('shows claims above the record on a mention card, in English too', () => {
    render(h(Card, { model, claims: [claim], lang: 'en', pinned: false, ...handlers }), document.body);
    const body = document.querySelector('.body') as HTMLElement;
    expect(body.firstElementChild?.classList.contains('claim')).toBe(true);
    expect(body.textContent).toContain('Contradicted');
    expect(body.textContent).toContain('5 Jan 2020');
  });

  it('writes every kind of value in words, page and fact text as text', () => {
    const words = (value: ClaimView['claimed'], lang: 'ar' | 'en') => claimValueText(value, lang);
    expect(words({ type: 'weekday', weekday: 0, date: '2020-01-03' }, 'ar')).toBe('الأحد 3 يناير 2020');
    expect(
      words(
        {
          type: 'quantity',
          value: 15,
          qualifier: 'more-than',
          unit: { ar: 'صاروخ', en: 'missiles' },
          kind: 'missiles',
        },
        'en',
      ),
    ).toBe('more than 15 missiles');
    expect(
      words(
        {
          type: 'quantity',
          value: 2000,
          upper: 3000,
          qualifier: 'exact',
          unit: { ar: 'جندي', en: 'troops' },
          kind: 'troops',
        },
        'ar',
      ),
    ).toBe('بين 2,000 و3,000 جندي');
    expect(
      words(
        {
          type: 'quantity',
          value: 140,
          qualifier: 'more-than',
          unit: null,
          kind: 'attacks',
          asOf: '2024-01-20',
        },
        'en',
      ),
    ).toBe('more than 140 attacks (as of 20 Jan 2024)');
    expect(words({ type: 'title', text: 'رئيس الوزراء', key: 'prime-minister', former: true }, 'ar')).toBe(
      'رئيس الوزراء (السابق)',
    );
    expect(
      words({ type: 'role', title: { ar: 'رئيس الوزراء', en: 'Prime Minister' }, start: '2022-10-27' }, 'en'),
    ).toBe('Prime Minister (since 2022)');
    // A title from the page with markup in it stays text in the card.
    const titled: ClaimView = {
      ...claim,
      kind: 'role',
      claimed: { type: 'title', text: `رئيس ${hostile}`, key: 'president', former: false },
    };
    render(h(Card, { model: null, claims: [titled], lang: 'ar', pinned: false, ...handlers }), document.body);
    expect(document.querySelector('.claimed')?.textContent).toContain(hostile);
    expect(document.querySelector('img')).toBeNull();
  });

  it('says when nothing is recorded to compare with', () => {
    const unverified: ClaimView = {
      ...claim,
      verdict: 'unverified',
      recorded: [],
      subject: null,
      reason: 'event-not-recorded',
    };
    render(
      h(Card, { model: null, claims: [unverified], lang: 'ar', pinned: false, ...handlers }),
      document.body,
    );
    expect(document.querySelector('.claim .none')?.textContent).toBe('لا قيمة مسجّلة تقارَن به');
    // The reason is the view's words for the core's code.
    expect(document.querySelector('.claim .note')?.textContent).toContain('حدث غير مسجّل');
  });
});
