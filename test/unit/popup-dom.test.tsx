// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageSummary } from '../../src/messages';
import { Popup, type PopupApi, type PopupProps } from '../../src/popup/Popup';
import { type PageKind, pageKind } from '../../src/popup/page-kind';

const summary: PageSummary = {
  enabled: true,
  date: '2021-04-08',
  mentionCount: 5,
  records: [
    { id: 'kadhimi', type: 'person', label: { ar: 'مصطفى الكاظمي', en: 'Mustafa al-Kadhimi' }, count: 3 },
    {
      id: 'iraqi-parliament',
      type: 'organization',
      label: { ar: 'مجلس النواب', en: 'Parliament' },
      count: 2,
    },
  ],
  claims: [
    {
      index: 0,
      kind: 'date',
      verdict: 'supported',
      text: '5 يناير 2020',
      expected: '2020-01-05',
      mark: null,
      comment: '',
    },
    {
      index: 1,
      kind: 'date',
      verdict: 'contradicted',
      text: '6 يناير 2020',
      expected: '2020-01-05',
      mark: 'checked-wrong',
      comment: 'صححناه في النص',
    },
    {
      index: 2,
      kind: 'number',
      verdict: 'unverified',
      text: '7 صواريخ',
      expected: '',
      mark: null,
      comment: '',
    },
  ],
  notes: [
    {
      id: 'urn:uuid:1',
      quote: 'مصطفى الكاظمي',
      comment: 'رئيس الوزراء حتى 2022',
      tags: ['حكومة'],
      placed: true,
    },
    { id: 'urn:uuid:2', quote: 'مقطع حُذف من الصفحة', comment: '', tags: [], placed: false },
  ],
};

function fakeApi(result: PageSummary | null = summary): PopupApi {
  return {
    summary: vi.fn(async () => result),
    setSiteEnabled: vi.fn(async () => result),
    enableEverywhere: vi.fn(async () => result),
    annotateNow: vi.fn(async () => result),
    reveal: vi.fn(async () => {}),
    revealClaim: vi.fn(async () => {}),
    setLang: vi.fn(async () => {}),
    markClaim: vi.fn(async () => result),
    report: vi.fn(async () => null),
    download: vi.fn(),
    openNotesView: vi.fn(),
    openOptions: vi.fn(),
    exportNotes: vi.fn(async () => '{"type":"AnnotationCollection"}'),
    importNotes: vi.fn(async () => ({ ok: true as const, added: 2, updated: 0 })),
  };
}

const WEB: PageKind = { kind: 'web', host: 'www.aljazeera.net', origin: 'https://www.aljazeera.net/*' };

async function mount(api: PopupApi, props: Partial<PopupProps> = {}) {
  await act(async () => {
    render(
      h(Popup, {
        api,
        initialLang: 'ar',
        page: WEB,
        onEverywhere: true,
        shortcuts: { 'next-mention': 'Alt+.', 'add-note': 'Alt+M' },
        ...props,
      }),
      document.body,
    );
  });
}

afterEach(() => render(null, document.body));

describe('Popup', () => {
  it('lets the editor mark a claim, and shows the mark it has', async () => {
    const api = fakeApi();
    await mount(api);
    const selects = [...document.querySelectorAll('select.mark')] as HTMLSelectElement[];
    // Contradicted first: the claim with index 1 carries its mark.
    expect(selects[0]?.value).toBe('checked-wrong');
    await act(async () => {
      const s = selects[1] as HTMLSelectElement;
      s.value = 'needs-source';
      s.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(api.markClaim).toHaveBeenCalledWith(2, 'needs-source', '');
    // A marked claim takes the editor's comment.
    const comment = document.querySelector('input.mark-comment') as HTMLInputElement;
    expect(comment.value).toBe('صححناه في النص');
    await act(async () => {
      comment.value = 'أُبلغ الكاتب';
      comment.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(api.markClaim).toHaveBeenCalledWith(1, 'checked-wrong', 'أُبلغ الكاتب');
  });

  it('lists the page’s notes, marking the ones whose passage is gone', async () => {
    await mount(fakeApi());
    const notes = [...document.querySelectorAll('.notes li')];
    expect(notes.map((n) => n.classList.contains('orphan'))).toEqual([false, true]);
    expect(notes[0]?.textContent).toContain('رئيس الوزراء حتى 2022');
    expect(notes[1]?.textContent).toContain('لم يُعثر على مقطعها');
  });

  it('lists records by type and claims by verdict, contradicted first', async () => {
    await mount(fakeApi());
    expect(document.querySelector('main')?.getAttribute('dir')).toBe('rtl');
    const groups = [...document.querySelectorAll('.claims .group h3')].map((x) => x.textContent);
    // Each verdict has its shape as well as its colour.
    expect(groups).toEqual(['✗ مخالف للسجل (1)', '? لم يُتحقق منه (1)', '✓ مؤكَّد (1)']);
    // Claims come before the records, which are collapsed by type.
    const sections = [...document.querySelectorAll('main > section, main > details')].map((x) => x.className);
    expect(sections).toEqual(['claims', 'records', 'notes']);
    const person = document.querySelector('details.group.type-person') as HTMLDetailsElement;
    expect(person.open).toBe(false);
    expect(person.querySelector('summary')?.textContent).toBe('● أشخاص (1)');
    expect(person.querySelector('.record')?.textContent).toContain('مصطفى الكاظمي');
  });

  it('takes the reader to a claim or a record', async () => {
    const api = fakeApi();
    await mount(api);
    (document.querySelector('button.claim[data-index="1"]') as HTMLButtonElement).click();
    expect(api.revealClaim).toHaveBeenCalledWith(1);
    (document.querySelector('button.record[data-id="kadhimi"]') as HTMLButtonElement).click();
    expect(api.reveal).toHaveBeenCalledWith('kadhimi');
  });

  it('turns the site off and says when a page has no claims or was not annotated', async () => {
    const api = fakeApi({ ...summary, claims: [] });
    await mount(api);
    expect(document.querySelector('.claims')?.textContent).toContain('لا ادعاءات قابلة للفحص.');
    const boxes = document.querySelectorAll('input[type="checkbox"]');
    expect(boxes.length).toBe(1); // one control for the site
    await act(async () => (boxes[0] as HTMLInputElement).click());
    expect(api.setSiteEnabled).toHaveBeenCalledWith(false);
    render(null, document.body);
    const idle = fakeApi(null);
    await mount(idle);
    expect(document.body.textContent).toContain('لم تُحلَّل هذه الصفحة.');
    await act(async () => (document.querySelector('.not-annotated button') as HTMLButtonElement).click());
    expect(idle.annotateNow).toHaveBeenCalled();
  });

  it('exports the page report in one click', async () => {
    const api = fakeApi();
    const report = {
      page: 'https://www.aljazeera.net/a',
      title: 'مقال',
      date: '2021-04-08',
      generated: '2026-11-30T00:00:00.000Z',
      claims: [],
    };
    api.report = vi.fn(async () => report);
    await mount(api);
    await act(async () => (document.querySelector('button.export-report') as HTMLButtonElement).click());
    expect(api.download).toHaveBeenCalledWith(
      'siyaq-report.md',
      'text/markdown',
      expect.stringContaining('مقال'),
    );
  });

  it.each([
    ['chrome://extensions/', 'لا يعمل سياق في صفحات المتصفح نفسه'],
    ['about:newtab', 'لا يعمل سياق في صفحات المتصفح نفسه'],
    ['https://chromewebstore.google.com/detail/x', 'متجر الإضافات'],
    ['https://addons.mozilla.org/ar/firefox/', 'متجر الإضافات'],
    ['file:///home/a.html', 'الملفات المحلية'],
  ])('explains why Siyaq cannot run on %s, and asks nothing of it', async (url, words) => {
    const api = fakeApi();
    const page = pageKind(url);
    expect(page.kind).toBe('closed');
    await mount(api, { page });
    expect(document.querySelector('.closed')?.textContent).toContain(words);
    expect(document.querySelector('input[type="checkbox"]')).toBe(null);
    expect(api.summary).not.toHaveBeenCalled();
  });

  it('offers to turn Siyaq on when it is off everywhere', async () => {
    const api = fakeApi();
    await mount(api, { onEverywhere: false });
    expect(document.querySelector('.off-everywhere')?.textContent).toContain('سياق متوقف في كل المواقع.');
    await act(async () => (document.querySelector('.off-everywhere button') as HTMLButtonElement).click());
    expect(api.enableEverywhere).toHaveBeenCalled();
    expect(document.querySelector('.off-everywhere')).toBe(null);
  });

  it('announces what the page holds to screen readers as it opens', async () => {
    await mount(fakeApi());
    const status = document.querySelector('.announce');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent).toBe('في الصفحة 5 إشارة و3 ادعاء، منها 1 مخالف للسجل.');
  });

  it('shows the shortcuts bound now, not fixed ones', async () => {
    await mount(fakeApi());
    const hint = document.querySelector('.hint')?.textContent ?? '';
    expect(hint).toContain('Alt+.');
    expect(hint).toContain('Alt+M');
    expect(hint).not.toContain('Alt+Shift');
    expect(hint).not.toContain('السابقة'); // unbound: not listed
  });
});
