// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardModel } from '../../src/core/card/model';
import { Card } from '../../src/ui/Card';

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

function mount(lang: 'ar' | 'en', handlers = { onPin: vi.fn(), onClose: vi.fn(), onLang: vi.fn() }) {
  render(h(Card, { model, lang, pinned: false, ...handlers }), document.body);
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
