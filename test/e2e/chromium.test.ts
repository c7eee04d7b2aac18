/**
 * End to end in Debian's Chromium (playwright-core): the built extension
 * (dist/test-chrome) on fixture pages served under a news domain mapped to localhost.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/demo/chromium';
import { NESTED_NAMES, NOTES_PARAGRAPHS, notesPage, UNTOUCHED } from './pages';
import {
  askBackground,
  askTab,
  background,
  CLAIM_KINDS,
  cardText,
  exportDeleteImport,
  highlightedTexts,
  isPainted,
  namesPaintedInPixels,
  pageSummary,
  paintedCount,
  pointOfText,
  pressNoteButton,
  RECORD_KINDS,
  saveNote,
  selectText,
  sendCommand,
  snapshot,
  startFixtureServer,
} from './support';

const SHOTS = join(import.meta.dirname, '../../out/screenshots');
let context: BrowserContext;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  context = await launchChromium(join(import.meta.dirname, '../../dist/test-chrome'), { headless: true });
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

async function open(path: string, minHighlights = 1): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url(path));
  await page.waitForFunction(
    ([min, kinds]) => kinds.reduce((n, t) => n + (CSS.highlights.get(`siyaq-${t}`)?.size ?? 0), 0) >= min,
    [minHighlights, RECORD_KINDS] as const,
  );
  return page;
}

/** Selects `text`, presses the button beside it, and waits for the editor to offer links. */
async function editorWithLinks(page: Page, text: string): Promise<void> {
  expect(await page.evaluate(selectText, text)).toBe(true);
  await page.waitForFunction(() =>
    document.querySelector('[data-siyaq="notes"]')?.shadowRoot?.querySelector('.button'),
  );
  await page.evaluate(pressNoteButton);
  await page.waitForFunction(() =>
    document.querySelector('[data-siyaq="notes"]')?.shadowRoot?.querySelector('.panel .links'),
  );
}

async function hover(page: Page, text: string): Promise<void> {
  const p = await page.evaluate(pointOfText, text);
  if (!p) throw new Error(`not on page: ${text}`);
  await page.mouse.move(p.x + 30, p.y + 40);
  await page.mouse.move(p.x, p.y, { steps: 3 });
}

describe('Chromium', () => {
  it('highlights the right text on a seed article, including a name split across elements', async () => {
    const page = await open('/demo/seed-002.html', 40);
    const texts = await page.evaluate(highlightedTexts, RECORD_KINDS);
    expect(texts).toContainEqual(['person', 'نيد برايس']);
    expect(texts).toContainEqual(['place', 'المنطقة الخضراء']);
    expect(texts).toContainEqual(['organization', 'البيت الأبيض']);
    const dated = await open('/dated.html', 2);
    expect(await dated.evaluate(highlightedTexts, RECORD_KINDS)).toContainEqual(['person', 'مصطفى الكاظمي']);
  });

  it('opens the right card on hover, as of the article date, with sources', async () => {
    const page = await open('/dated.html', 2);
    await hover(page, 'الكاظمي');
    await page.waitForFunction(() => {
      const host = document.querySelector('[data-siyaq="card"]');
      const wrap = host?.shadowRoot?.querySelector('.wrap') as HTMLElement | null;
      return wrap && !wrap.hidden;
    });
    const card = await page.evaluate(cardText);
    expect(card?.title).toBe('مصطفى الكاظمي');
    expect(card?.text).toContain('سابقاً'); // former PM on 2024-01-25
    expect(card?.text).toContain('2020–2022');
    expect(card?.text).toContain('المصادر');
    // Escape closes it.
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('.wrap') as HTMLElement)
          ?.hidden,
    );
  });

  it('lets keyboard users reach mentions and open their cards', async () => {
    const page = await open('/dated.html', 2);
    // The old hard-coded Alt+Shift+N (the Windows layout switch) does nothing now.
    await page.keyboard.press('Alt+Shift+N');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => Boolean(document.querySelector('[data-siyaq="card"]')))).toBe(false);
    await page.evaluate(sendCommand, 'next-mention');
    await page.waitForFunction(() =>
      document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('.card'),
    );
    expect((await page.evaluate(cardText))?.title).toBe('مصطفى الكاظمي');
    await page.evaluate(sendCommand, 'next-mention');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('h2')?.textContent !==
        'مصطفى الكاظمي',
    );
    expect((await page.evaluate(cardText))?.title).toBe('كتائب حزب الله');
    await page.evaluate(sendCommand, 'previous-mention');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('h2')?.textContent ===
        'مصطفى الكاظمي',
    );
    await page.evaluate(sendCommand, 'next-mention');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('h2')?.textContent ===
        'كتائب حزب الله',
    );
    // Focus moved into the card, for screen readers.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-siyaq'))).toBe('card');
    await page.keyboard.press('Escape');
    // In a form field the keys are the reader's typing: no card, and the field keeps its focus.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'typing';
      document.body.prepend(input);
      input.focus();
    });
    await page.evaluate(sendCommand, 'next-mention');
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => {
        const wrap = document
          .querySelector('[data-siyaq="card"]')
          ?.shadowRoot?.querySelector('.wrap') as HTMLElement | null;
        return [Boolean(wrap && !wrap.hidden), document.activeElement?.id];
      }),
    ).toEqual([false, 'typing']);
  });

  it('leaves editable regions, form fields, code, shadow DOM and iframe elements as they were, and reads the open shadow root', async () => {
    const page = await context.newPage();
    await page.goto(server.url('/hostile.html'));
    const before = await page.evaluate(snapshot, UNTOUCHED);
    const bodyBefore = await page.evaluate(() => document.body.textContent);
    await page.waitForFunction(() => (CSS.highlights.get('siyaq-person')?.size ?? 0) >= 2);
    await page.waitForTimeout(300);
    expect(await page.evaluate(highlightedTexts, RECORD_KINDS)).toEqual([
      ['person', 'فؤاد حسين'],
      ['person', 'جواد الطليباوي'],
    ]);
    expect(await page.evaluate(snapshot, UNTOUCHED)).toEqual(before);
    expect(await page.evaluate(() => document.body.textContent)).toBe(bodyBefore);
  });

  it('paints names in nested inline elements and in an open shadow root (the Chromium build styles highlights on :root)', async () => {
    const page = await open('/nested.html', NESTED_NAMES.length);
    expect(await namesPaintedInPixels(page, NESTED_NAMES)).toEqual(NESTED_NAMES.map(() => true));
    await page.close();
  });

  it('follows a page that re-renders its content', async () => {
    const page = await open('/rerender.html', 2);
    expect((await page.evaluate(highlightedTexts, RECORD_KINDS)).map((x) => x[1])).toContain('هادي العامري');
    await page.waitForFunction(() => document.body.dataset.rerendered === '1');
    await page.waitForFunction(
      () =>
        (CSS.highlights.get('siyaq-person')?.size ?? 0) === 1 &&
        [...(CSS.highlights.get('siyaq-person') ?? [])].every((r) => r.startContainer.isConnected),
    );
    const texts = (await page.evaluate(highlightedTexts, RECORD_KINDS)).map((x) => x[1]);
    expect(texts).toContain('لويد أوستن');
    expect(texts).not.toContain('هادي العامري');
  });

  it('annotates paragraphs added later', async () => {
    const page = await open('/live.html', 1);
    await page.waitForFunction(() => document.body.dataset.done === '1');
    await page.waitForFunction(() => (CSS.highlights.get('siyaq-person')?.size ?? 0) >= 2, undefined, {
      timeout: 5000,
    });
    const texts = (await page.evaluate(highlightedTexts, RECORD_KINDS)).map((x) => x[1]);
    expect(texts).toEqual(
      expect.arrayContaining(['قاعدة عين الأسد', 'جعفر الحسيني', 'البنتاغون', 'قاسم الأعرجي']),
    );
  });

  it('shows a card on a seed article (screenshot in out/screenshots/chromium.png)', async () => {
    const page = await open('/demo/seed-001.html', 40);
    await hover(page, 'إسماعيل قاآني');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('h2')?.textContent ===
        'إسماعيل قاآني',
    );
    const card = await page.evaluate(cardText);
    expect(card?.text).toContain('فيلق القدس');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'chromium.png') });
  });

  it('loads the release build (closed shadow root) and annotates with it', async () => {
    const release = await launchChromium(join(import.meta.dirname, '../../dist/chrome'), { headless: true });
    try {
      let [worker] = release.serviceWorkers();
      worker ??= await release.waitForEvent('serviceworker');
      expect(worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
      const page = await release.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url('/dated.html'));
      await page.waitForFunction(() => (CSS.highlights.get('siyaq-person')?.size ?? 0) >= 1);
      // The card host exists but its shadow root is closed to the page.
      await hover(page, 'الكاظمي');
      await page.waitForSelector('[data-siyaq="card"]', { state: 'attached' });
      expect(await page.evaluate(() => document.querySelector('[data-siyaq="card"]')?.shadowRoot)).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await release.close();
    }
  });

  it('marks a true and a false claim by verdict, and their cards show claimed against recorded', async () => {
    const page = await open('/claims.html', 2);
    await page.waitForFunction(() => (CSS.highlights.get('siyaq-claim-contradicted')?.size ?? 0) > 0);
    expect(await page.evaluate(highlightedTexts, CLAIM_KINDS)).toEqual([
      ['claim-supported', '5 يناير/كانون الثاني 2020'],
      ['claim-contradicted', '6 يناير/كانون الثاني 2020'],
    ]);
    await hover(page, '6 يناير');
    await page.waitForFunction(() =>
      document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('.claim'),
    );
    const card = await page.evaluate(cardText);
    expect(card?.title).toBe('تصويت البرلمان العراقي على إخراج القوات الأجنبية');
    expect(card?.text).toContain('مخالف للسجل');
    expect(card?.text).toContain('6 يناير 2020'); // what the page says
    expect(card?.text).toContain('5 يناير 2020'); // what is recorded
    expect(card?.text).toContain('المصادر');
    await page.keyboard.press('Escape');
    await hover(page, '5 يناير');
    await page.waitForFunction(() =>
      document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('.claim.verdict-supported'),
    );
    expect((await page.evaluate(cardText))?.text).toContain('مؤكَّد');
    // The popup's list comes from the summary: claims by verdict, each revealable.
    const summary = await page.evaluate(pageSummary);
    const claims = (JSON.parse(summary) as { claims: { index: number; verdict: string; text: string }[] })
      .claims;
    expect(claims.map((c) => [c.verdict, c.text])).toEqual([
      ['supported', '5 يناير/كانون الثاني 2020'],
      ['contradicted', '6 يناير/كانون الثاني 2020'],
    ]);
    await page.keyboard.press('Escape');
    await page.evaluate(() =>
      document.dispatchEvent(new CustomEvent('siyaq:reveal-claim-request', { detail: 1 })),
    );
    await page.waitForFunction(() =>
      document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('.claim.verdict-contradicted'),
    );
    await page.screenshot({ path: join(SHOTS, 'chromium-claims.png') });
  });

  it('judges claims again when the article date moves (client-side navigation)', async () => {
    const page = await open('/spa.html', 1);
    const kadhimi = async () => {
      const summary = await page.evaluate(pageSummary);
      const claims = (JSON.parse(summary) as { claims: { verdict: string; text: string }[] }).claims;
      return claims.find((c) => c.text.includes('الكاظمي'))?.verdict ?? null;
    };
    // Al-Kadhimi was prime minister in April 2021, not in January 2024.
    await expect.poll(kadhimi, { timeout: 10_000 }).toBe('supported');
    await page.evaluate(() => {
      history.pushState({}, '', '/spa-2024.html');
      document
        .querySelector('meta[property="article:published_time"]')
        ?.setAttribute('content', '2024-01-25T09:00:00Z');
      const p = document.createElement('p');
      p.textContent = 'وزار لويد أوستن بغداد.';
      document.getElementById('app')?.append(p);
    });
    await expect.poll(kadhimi, { timeout: 10_000 }).toBe('contradicted');
    await page.close();
  });

  it('keeps a reader’s note across reloads and page edits, and lists it as an orphan when its passage is gone', async () => {
    const passage = 'القوات القتالية الأميركية ستغادر العراق بحلول نهاية العام';
    const page = await open('/notes.html', 1);
    const notesCount = () => page.evaluate(() => CSS.highlights.get('siyaq-note')?.size ?? 0);
    const summaryNotes = async () =>
      (
        JSON.parse(await page.evaluate(pageSummary)) as {
          notes: { quote: string; comment: string; placed: boolean }[];
        }
      ).notes;
    // The shortcut and the context menu reach the page as siyaq:add-note: with a selection, the editor opens.
    expect(await page.evaluate(selectText, NOTES_PARAGRAPHS[2]?.slice(0, 20) ?? '')).toBe(true);
    const viaShortcut = JSON.parse(
      await page.evaluate(askTab, JSON.stringify({ name: 'siyaq:add-note', params: {} })),
    ) as { reply?: unknown };
    expect(viaShortcut.reply).toBe(true);
    await page.waitForFunction(() =>
      document.querySelector('[data-siyaq="notes"]')?.shadowRoot?.querySelector('.panel textarea'),
    );
    await page.evaluate(() => {
      const root = (document.querySelector('[data-siyaq="notes"]') as HTMLElement).shadowRoot as ShadowRoot;
      (root.querySelector('.panel .cancel') as HTMLButtonElement).click();
    });
    // Select, then the button beside the selection, then the editor.
    expect(await page.evaluate(selectText, passage)).toBe(true);
    await page.waitForFunction(() =>
      document.querySelector('[data-siyaq="notes"]')?.shadowRoot?.querySelector('.button'),
    );
    await page.evaluate(pressNoteButton);
    await page.waitForFunction(() =>
      document.querySelector('[data-siyaq="notes"]')?.shadowRoot?.querySelector('.panel textarea'),
    );
    await page.evaluate(saveNote, ['الموعد: 31 كانون الأول 2021', 'انسحاب، قوات'] as const);
    await expect.poll(notesCount).toBe(1);
    // Reload: it is there.
    await page.reload();
    await expect.poll(notesCount, { timeout: 10_000 }).toBe(1);
    expect(await summaryNotes()).toEqual([
      {
        id: expect.any(String),
        quote: passage,
        comment: 'الموعد: 31 كانون الأول 2021',
        tags: ['انسحاب', 'قوات'],
        placed: true,
      },
    ]);
    // The notes view opens the page at the note: scrolled to, and shown with the focus highlight.
    const id = ((await summaryNotes()) as unknown as { id: string }[])[0]?.id ?? '';
    const opened = await context.newPage();
    await opened.goto(`${server.url('/notes.html')}#siyaq-note=${id.replace('urn:uuid:', '')}`);
    await expect
      .poll(() => opened.evaluate(() => CSS.highlights.get('siyaq-focus')?.size ?? 0), { timeout: 10_000 })
      .toBe(1);
    await opened.close();
    // The page changes: a paragraph above, a word edited inside the passage.
    server.pages.set(
      '/notes.html',
      notesPage([
        'عاجل: تحديث للخبر.',
        ...NOTES_PARAGRAPHS.map((p) => p.replace('نهاية العام', 'نهاية السنة')),
      ]),
    );
    await page.reload();
    await expect.poll(notesCount, { timeout: 10_000 }).toBe(1);
    const [edited] = await summaryNotes();
    expect(edited?.placed).toBe(true);
    const painted = await page.evaluate(() => {
      const [r] = [...(CSS.highlights.get('siyaq-note') ?? [])];
      const range = document.createRange();
      range.setStart(r!.startContainer, r!.startOffset);
      range.setEnd(r!.endContainer, r!.endOffset);
      return range.toString();
    });
    expect(painted).toBe('القوات القتالية الأميركية ستغادر العراق بحلول نهاية السنة');
    // The passage removed: an orphan, listed, not dropped.
    server.pages.set('/notes.html', notesPage([NOTES_PARAGRAPHS[0]!, NOTES_PARAGRAPHS[2]!]));
    await page.reload();
    await expect
      .poll(async () => (await summaryNotes()).map((n) => n.placed), { timeout: 10_000 })
      .toEqual([false]);
    expect(await notesCount()).toBe(0);
    server.pages.set('/notes.html', notesPage(NOTES_PARAGRAPHS));
    // Export, delete everything, import: the same notes, to the letter.
    const bg = background((request) => page.evaluate(askBackground, request));
    expect(await exportDeleteImport(bg)).toHaveLength(1);
    expect(await bg('siyaq:notes-all', {})).toHaveLength(1);
    expect(await bg('siyaq:notes-import', { data: { type: 'nope' } })).toMatchObject({ ok: false });
    await page.close();
  });

  it('keeps every note when two tabs save at once and a tab is closed as it saves', async () => {
    const tabs = await Promise.all([open('/notes.html'), open('/notes.html'), open('/notes.html')]);
    const bg = background((request) => (tabs[0] as Page).evaluate(askBackground, request));
    const count = async () => ((await bg('siyaq:notes-all', {})) as unknown[]).length;
    const before = await count();
    // Each tab's editor open on a passage of its own.
    for (const [i, page] of tabs.entries()) {
      expect(await page.evaluate(selectText, NOTES_PARAGRAPHS[i]?.slice(0, 25) ?? '')).toBe(true);
      await page.waitForFunction(() =>
        document.querySelector('[data-siyaq="notes"]')?.shadowRoot?.querySelector('.button'),
      );
      await page.evaluate(pressNoteButton);
      await page.waitForFunction(() =>
        document.querySelector('[data-siyaq="notes"]')?.shadowRoot?.querySelector('.panel textarea'),
      );
    }
    const [a, b, c] = tabs as [Page, Page, Page];
    await Promise.all([a.evaluate(saveNote, ['أ', ''] as const), b.evaluate(saveNote, ['ب', ''] as const)]);
    // The third is saved and its tab closed at once, as a reader closes a tab right after saving.
    await c.evaluate(saveNote, ['ج', ''] as const);
    await c.close();
    await expect.poll(count).toBe(before + 3);
    const comments = ((await bg('siyaq:notes-all', {})) as { body?: { value?: string }[] }[]).flatMap(
      (n) => n.body?.map((x) => x.value) ?? [],
    );
    expect(comments).toEqual(expect.arrayContaining(['أ', 'ب', 'ج']));
    await a.close();
    await b.close();
  });

  it('links a note to a record the passage mentions, and shows it on hover', async () => {
    const page = await open('/dated.html', 1);
    await editorWithLinks(page, 'مصطفى');
    const offered = await page.evaluate(() => {
      const root = (document.querySelector('[data-siyaq="notes"]') as HTMLElement).shadowRoot as ShadowRoot;
      const label = root.querySelector('.links label') as HTMLLabelElement;
      (label.querySelector('input') as HTMLInputElement).checked = true;
      return label.textContent?.trim();
    });
    expect(offered).toBe('مصطفى الكاظمي');
    await page.evaluate(saveNote, ['عن الكاظمي', ''] as const);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('siyaq-note')?.size ?? 0)).toBe(1);
    const all = JSON.parse(await page.evaluate(askBackground, ['siyaq:notes-all', {}] as const)) as {
      reply: { target: { source: string }; body: { purpose: string; source?: string }[] }[];
    };
    const mine = all.reply.filter((n) => n.target.source.endsWith('/dated.html'));
    expect(mine.flatMap((n) => n.body.filter((b) => b.purpose === 'linking').map((b) => b.source))).toEqual([
      'siyaq:record/kadhimi',
    ]);
    // Hovering the noted name: the note, and the record's card beside it.
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await hover(page, 'مصطفى');
    await page.waitForFunction(() =>
      document.querySelector('[data-siyaq="notes"]')?.shadowRoot?.querySelector('.bubble'),
    );
    await page.waitForFunction(() =>
      Boolean(document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('.card')),
    );
    const bubble = await page.evaluate(
      () =>
        document.querySelector('[data-siyaq="notes"]')?.shadowRoot?.querySelector('.bubble')?.textContent ??
        '',
    );
    expect(bubble).toContain('عن الكاظمي');
    expect(bubble).toContain('مصطفى الكاظمي');
    expect((await page.evaluate(cardText))?.title).toBe('مصطفى الكاظمي');
    const inBubble = (selector: string) =>
      page.evaluate((sel) => {
        const root = (document.querySelector('[data-siyaq="notes"]') as HTMLElement).shadowRoot as ShadowRoot;
        (root.querySelector(`.bubble ${sel}`) as HTMLButtonElement).click();
      }, selector);
    // Edit from the bubble.
    await inBubble('.edit');
    await page.waitForFunction(() =>
      document.querySelector('[data-siyaq="notes"]')?.shadowRoot?.querySelector('.panel textarea'),
    );
    await page.evaluate(saveNote, ['عن الكاظمي، معدّلة', 'تعديل'] as const);
    await expect
      .poll(
        async () => (JSON.parse(await page.evaluate(pageSummary)) as { notes: { comment: string }[] }).notes,
      )
      .toEqual([expect.objectContaining({ comment: 'عن الكاظمي، معدّلة', tags: ['تعديل'] })]);
    // Delete, then undo.
    await page.mouse.move(5, 5);
    await hover(page, 'مصطفى');
    await page.waitForFunction(() =>
      document.querySelector('[data-siyaq="notes"]')?.shadowRoot?.querySelector('.bubble .delete'),
    );
    await inBubble('.delete');
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('siyaq-note')?.size ?? 0)).toBe(0);
    await inBubble('.undo');
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('siyaq-note')?.size ?? 0)).toBe(1);
    expect((JSON.parse(await page.evaluate(pageSummary)) as { notes: { comment: string }[] }).notes).toEqual([
      expect.objectContaining({ comment: 'عن الكاظمي، معدّلة' }),
    ]);
    await page.close();
  });

  it('links a note to a claim the passage makes', async () => {
    const page = await open('/claims.html', 2);
    await page.waitForFunction(() => (CSS.highlights.get('siyaq-claim-contradicted')?.size ?? 0) > 0);
    await editorWithLinks(page, '6 يناير/كانون الثاني 2020');
    const offered = await page.evaluate(() => {
      const root = (document.querySelector('[data-siyaq="notes"]') as HTMLElement).shadowRoot as ShadowRoot;
      const labels = [...root.querySelectorAll('.links label')] as HTMLLabelElement[];
      const claim = labels.find((l) => l.textContent?.includes('فحص ادعاء'));
      if (claim) (claim.querySelector('input') as HTMLInputElement).checked = true;
      return labels.map((l) => l.textContent?.trim());
    });
    expect(offered).toContain('فحص ادعاء (تاريخ): 6 يناير/كانون الثاني 2020');
    await page.evaluate(saveNote, ['التاريخ خطأ في المقال', ''] as const);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('siyaq-note')?.size ?? 0)).toBe(1);
    const all = JSON.parse(await page.evaluate(askBackground, ['siyaq:notes-all', {}] as const)) as {
      reply: { target: { source: string }; body: { purpose: string; source?: string }[] }[];
    };
    const mine = all.reply.filter((n) => n.target.source.endsWith('/claims.html'));
    expect(mine.flatMap((n) => n.body.filter((b) => b.purpose === 'linking').map((b) => b.source))).toEqual([
      'siyaq:claim/date',
    ]);
    await page.close();
  });

  it('answers the popup’s messages through the extension runtime: summary with claims, reveal a claim', async () => {
    const page = await open('/claims.html', 2);
    await page.waitForFunction(() => (CSS.highlights.get('siyaq-claim-contradicted')?.size ?? 0) > 0);
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    // The popup's own calls (tabs.sendMessage to the active tab, the page just opened), made from
    // the extension's worker: without the "tabs" permission we cannot read tab URLs, as in the popup.
    const send = (message: unknown) =>
      worker.evaluate(async (message) => {
        type Tabs = {
          query(q: object): Promise<{ id?: number }[]>;
          sendMessage(id: number, m: unknown): Promise<unknown>;
        };
        const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
        const ids = (await tabs.query({ active: true })).map((t) => t.id ?? -1);
        return tabs.sendMessage(Math.max(...ids), message);
      }, message);
    const summary = (await send({ type: 'siyaq:summary' })) as {
      date: string;
      claims: { index: number; verdict: string; expected: string }[];
    };
    expect(summary.date).toBe('2021-04-08');
    expect(summary.claims.map((c) => [c.index, c.verdict, c.expected])).toEqual([
      [0, 'supported', '2020-01-05'],
      [1, 'contradicted', '2020-01-05'],
    ]);
    expect(await send({ type: 'siyaq:reveal-claim', index: 1 })).toBe(true);
    await page.waitForFunction(() =>
      document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('.claim.verdict-contradicted'),
    );
    expect(await send({ type: 'siyaq:reveal-claim', index: 99 })).toBe(false);
    // The toolbar badge shows the page's mention count (the background counts what it sent).
    const badge = await worker.evaluate(async () => {
      type Chrome = {
        tabs: { query(q: object): Promise<{ id?: number }[]> };
        action: { getBadgeText(d: { tabId: number }): Promise<string> };
      };
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const ids = (await chrome.tabs.query({ active: true })).map((t) => t.id ?? -1);
      return chrome.action.getBadgeText({ tabId: Math.max(...ids) });
    });
    expect(badge).toBe(String((summary as unknown as { mentionCount: number }).mentionCount));
  });

  it('loads with no errors and shows the popup with the page’s records', async () => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    const id = new URL(worker.url()).host;
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.waitForSelector('main');
    expect(await popup.locator('h1').textContent()).toBe('سياق');
  });

  it('paints only what is near the viewport, while the summary and the keyboard know every mention', async () => {
    const page = await open('/long.html', 1);
    const summary = JSON.parse(
      await page.evaluate(askTab, JSON.stringify({ name: 'siyaq:summary', params: {} })),
    ).reply as { mentionCount: number };
    expect(summary.mentionCount).toBeGreaterThan(900); // 3 names in each of 300 paragraphs, and more
    const painted = await page.evaluate(paintedCount, RECORD_KINDS);
    expect(painted).toBeGreaterThan(0);
    expect(painted).toBeLessThan(summary.mentionCount / 4);
    expect(await page.evaluate(isPainted, ['person', 'فؤاد حسين'] as const)).toBe(true);
    expect(await page.evaluate(isPainted, ['person', 'قاسم الأعرجي'] as const)).toBe(false); // far below
    expect(await page.evaluate(isPainted, ['person', 'جعفر الحسيني'] as const)).toBe(false);
    // Scrolled to the middle: its name is painted; scrolled on to the end, it no longer is.
    await page.evaluate(() => document.getElementById('middle')?.scrollIntoView({ block: 'center' }));
    await page.waitForFunction(isPainted, ['person', 'قاسم الأعرجي'] as const);
    await page.evaluate(() => document.getElementById('last')?.scrollIntoView());
    await page.waitForFunction(isPainted, ['person', 'جعفر الحسيني'] as const);
    expect(await page.evaluate(isPainted, ['person', 'قاسم الأعرجي'] as const)).toBe(false);
    // The keyboard still reaches a mention far from the viewport: the first one, from the end of the page.
    await page.evaluate(sendCommand, 'next-mention');
    await page.waitForFunction(() => {
      const wrap = document
        .querySelector('[data-siyaq="card"]')
        ?.shadowRoot?.querySelector('.wrap') as HTMLElement | null;
      return wrap && !wrap.hidden;
    });
    expect((await page.evaluate(cardText))?.title).toBe('فؤاد حسين');
  });
});
