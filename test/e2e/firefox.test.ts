/**
 * End to end in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi:
 * the built extension (dist/test-firefox) installed as a temporary add-on, fixture
 * pages served under a news domain that network.dns.forceResolve sends to localhost.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installFresh, launchFirefox } from './firefox';
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

let browser: Browser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchFirefox();
  await installFresh(browser, join(import.meta.dirname, '../../dist/test-firefox'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs in the page (the kinds are passed in: a page function cannot see this module). */
const countHighlights = ([min, kinds]: readonly [number, readonly string[]]) =>
  kinds.reduce((n, t) => n + (CSS.highlights.get(`siyaq-${t}`)?.size ?? 0), 0) >= min;

async function open(path: string, min = 1): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  await page.goto(server.url(path));
  await page.waitForFunction(countHighlights, { timeout: 20_000 }, [min, RECORD_KINDS] as const);
  return page;
}

const cardOpen = () => {
  const wrap = document
    .querySelector('[data-siyaq="card"]')
    ?.shadowRoot?.querySelector('.wrap') as HTMLElement | null;
  return Boolean(wrap && !wrap.hidden);
};

describe('Firefox ESR', () => {
  it('highlights the right text on a seed article and a name split across elements', async () => {
    const page = await open('/demo/seed-003.html', 20);
    // Names are painted as their text comes near the viewport.
    for (const [kind, text] of [
      ['place', 'جرف الصخر'],
      ['person', 'لويد أوستن'],
    ] as const) {
      await page.evaluate(pointOfText, text);
      await page.waitForFunction(isPainted, { timeout: 5000 }, [kind, text] as const);
    }
    const dated = await open('/dated.html', 2);
    expect(await dated.evaluate(highlightedTexts, RECORD_KINDS)).toContainEqual(['person', 'مصطفى الكاظمي']);
  });

  it('opens the right card on hover, as of the article date', async () => {
    const page = await open('/dated.html', 2);
    const p = await page.evaluate(pointOfText, 'الكاظمي');
    if (!p) throw new Error('no point');
    await page.mouse.move(p.x + 30, p.y + 40);
    await page.mouse.move(p.x, p.y, { steps: 3 });
    await page.waitForFunction(cardOpen, { timeout: 5000 });
    const card = await page.evaluate(cardText);
    expect(card?.title).toBe('مصطفى الكاظمي');
    expect(card?.text).toContain('سابقاً');
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('.wrap') as HTMLElement)
          ?.hidden === true,
    );
  });

  it('marks a true and a false claim by verdict, and their cards show claimed against recorded', async () => {
    const page = await open('/claims.html', 2);
    await page.waitForFunction(() => (CSS.highlights.get('siyaq-claim-contradicted')?.size ?? 0) > 0);
    expect(await page.evaluate(highlightedTexts, CLAIM_KINDS)).toEqual([
      ['claim-supported', '5 يناير/كانون الثاني 2020'],
      ['claim-contradicted', '6 يناير/كانون الثاني 2020'],
    ]);
    for (const [text, verdict, word] of [
      ['6 يناير', 'contradicted', 'مخالف للسجل'],
      ['5 يناير', 'supported', 'مؤكَّد'],
    ] as const) {
      const p = await page.evaluate(pointOfText, text);
      if (!p) throw new Error('no point');
      await page.mouse.move(p.x + 30, p.y + 40);
      await page.mouse.move(p.x, p.y, { steps: 3 });
      await page.waitForFunction(
        (v) =>
          document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector(`.claim.verdict-${v}`),
        { timeout: 5000 },
        verdict,
      );
      const card = await page.evaluate(cardText);
      expect(card?.text).toContain(word);
      expect(card?.text).toContain('5 يناير 2020');
      expect(card?.text).toContain('المصادر');
      await page.keyboard.press('Escape');
    }
    await page.screenshot({ path: join(SHOTS, 'firefox-claims.png') });
  });

  it('shows a card on a seed article (screenshot in out/screenshots/firefox.png)', async () => {
    const page = await open('/demo/seed-001.html', 40);
    const p = await page.evaluate(pointOfText, 'إسماعيل قاآني');
    if (!p) throw new Error('no point');
    await page.mouse.move(p.x + 30, p.y + 40);
    await page.mouse.move(p.x, p.y, { steps: 3 });
    await page.waitForFunction(cardOpen, { timeout: 5000 });
    expect((await page.evaluate(cardText))?.title).toBe('إسماعيل قاآني');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'firefox.png') });
  });

  it('opens cards from the keyboard', async () => {
    const page = await open('/dated.html', 2);
    await page.evaluate(sendCommand, 'next-mention');
    await page.waitForFunction(cardOpen, { timeout: 5000 });
    expect((await page.evaluate(cardText))?.title).toBe('مصطفى الكاظمي');
    await page.evaluate(sendCommand, 'next-mention');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('h2')?.textContent ===
        'كتائب حزب الله',
      { timeout: 5000 },
    );
    // Not while the reader types in a field.
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'typing';
      document.body.prepend(input);
      input.focus();
    });
    await page.evaluate(sendCommand, 'previous-mention');
    await new Promise((r) => setTimeout(r, 300));
    expect(
      await page.evaluate(() => [
        (
          document
            .querySelector('[data-siyaq="card"]')
            ?.shadowRoot?.querySelector('.wrap') as HTMLElement | null
        )?.hidden,
        document.activeElement?.id,
      ]),
    ).toEqual([true, 'typing']);
  });

  it('leaves editable regions, form fields, code, shadow DOM and iframe elements as they were, and reads the open shadow root', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/hostile.html'));
    const before = await page.evaluate(snapshot, UNTOUCHED);
    await page.waitForFunction(countHighlights, { timeout: 20_000 }, [2, RECORD_KINDS] as const);
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.evaluate(highlightedTexts, RECORD_KINDS)).toEqual([
      ['person', 'فؤاد حسين'],
      ['person', 'جواد الطليباوي'],
    ]);
    expect(await page.evaluate(snapshot, UNTOUCHED)).toEqual(before);
  });

  it('paints names in nested inline elements and in an open shadow root', async () => {
    const page = await open('/nested.html', NESTED_NAMES.length);
    expect(await namesPaintedInPixels(page, NESTED_NAMES)).toEqual(NESTED_NAMES.map(() => true));
    await page.close();
  });

  it('follows re-renders and paragraphs added later', async () => {
    const page = await open('/rerender.html', 2);
    await page.waitForFunction(() => document.body.dataset.rerendered === '1');
    await page.waitForFunction(
      () =>
        [...(CSS.highlights.get('siyaq-person') ?? [])].length === 1 &&
        [...(CSS.highlights.get('siyaq-person') ?? [])].every((r) => r.startContainer.isConnected),
      { timeout: 5000 },
    );
    expect((await page.evaluate(highlightedTexts, RECORD_KINDS)).map((x) => x[1])).toContain('لويد أوستن');
    const live = await open('/live.html', 1);
    await live.waitForFunction(() => document.body.dataset.done === '1', { timeout: 10_000 });
    await live.waitForFunction(() => (CSS.highlights.get('siyaq-person')?.size ?? 0) >= 2, { timeout: 5000 });
    expect((await live.evaluate(highlightedTexts, RECORD_KINDS)).map((x) => x[1])).toEqual(
      expect.arrayContaining(['قاعدة عين الأسد', 'جعفر الحسيني', 'البنتاغون', 'قاسم الأعرجي']),
    );
  });

  it('keeps a reader’s note across a reload and a page edit, and lists it as an orphan when its passage is gone', async () => {
    const passage = 'القوات القتالية الأميركية ستغادر العراق بحلول نهاية العام';
    const page = await open('/notes.html', 1);
    const notesCount = () => page.evaluate(() => CSS.highlights.get('siyaq-note')?.size ?? 0);
    const placed = async () =>
      (JSON.parse(await page.evaluate(pageSummary)) as { notes: { placed: boolean }[] }).notes.map(
        (n) => n.placed,
      );
    expect(await page.evaluate(selectText, passage)).toBe(true);
    await page.waitForFunction(() =>
      document.querySelector('[data-siyaq="notes"]')?.shadowRoot?.querySelector('.button'),
    );
    await page.evaluate(pressNoteButton);
    await page.waitForFunction(() =>
      document.querySelector('[data-siyaq="notes"]')?.shadowRoot?.querySelector('.panel textarea'),
    );
    await page.evaluate(saveNote, ['ملاحظة في فايرفوكس', ''] as const);
    await page.waitForFunction(() => (CSS.highlights.get('siyaq-note')?.size ?? 0) === 1);
    await page.reload();
    await page.waitForFunction(() => (CSS.highlights.get('siyaq-note')?.size ?? 0) === 1, {
      timeout: 20_000,
    });
    server.pages.set(
      '/notes.html',
      notesPage(['مقدمة جديدة.', ...NOTES_PARAGRAPHS.map((p) => p.replace('نهاية العام', 'نهاية السنة'))]),
    );
    await page.reload();
    await page.waitForFunction(() => (CSS.highlights.get('siyaq-note')?.size ?? 0) === 1, {
      timeout: 20_000,
    });
    expect(await placed()).toEqual([true]);
    server.pages.set('/notes.html', notesPage([NOTES_PARAGRAPHS[0] as string]));
    await page.reload();
    await expect.poll(placed, { timeout: 20_000 }).toEqual([false]);
    expect(await notesCount()).toBe(0);
    server.pages.set('/notes.html', notesPage(NOTES_PARAGRAPHS));
    // Export, delete everything, import: the same notes, to the letter.
    const bg = background((request) => page.evaluate(askBackground, request));
    await exportDeleteImport(bg);
    await page.close();
  });

  it('keeps the editor’s marks on claims across a reload, and exports the page’s report', async () => {
    const page = await open('/claims.html', 2);
    await page.waitForFunction(() => (CSS.highlights.get('siyaq-claim-contradicted')?.size ?? 0) > 0);
    const ask = async (name: string, params: object) => {
      const r = JSON.parse(await page.evaluate(askTab, JSON.stringify({ name, params }))) as {
        reply?: unknown;
        error?: string;
      };
      if (r.error) throw new Error(r.error);
      return r.reply;
    };
    expect(
      await ask('siyaq:mark-claim', { index: 1, mark: 'checked-wrong', comment: 'التاريخ الصحيح 5 يناير' }),
    ).toEqual({
      ok: true,
    });
    await page.reload();
    await page.waitForFunction(() => (CSS.highlights.get('siyaq-claim-contradicted')?.size ?? 0) > 0, {
      timeout: 20_000,
    });
    const marks = async () =>
      ((await ask('siyaq:summary', {})) as { claims: { mark: string | null; comment: string }[] }).claims.map(
        (c) => [c.mark, c.comment],
      );
    await expect.poll(marks, { timeout: 10_000 }).toEqual([
      [null, ''],
      ['checked-wrong', 'التاريخ الصحيح 5 يناير'],
    ]);
    const report = (await ask('siyaq:report', {})) as {
      date: string;
      claims: { verdict: string; mark: string | null; recorded: { value: { date: string } }[] }[];
    };
    expect(report.date).toBe('2021-04-08');
    expect(report.claims.map((c) => [c.verdict, c.mark, c.recorded[0]?.value.date])).toEqual([
      ['supported', null, '2020-01-05'],
      ['contradicted', 'checked-wrong', '2020-01-05'],
    ]);
    // Clearing the mark removes it.
    expect(await ask('siyaq:mark-claim', { index: 1, mark: null, comment: '' })).toEqual({ ok: true });
    expect(await marks()).toEqual([
      [null, ''],
      [null, ''],
    ]);
    await page.close();
  });

  it('answers the popup’s typed messages through the extension runtime: summary with claims, reveal a claim', async () => {
    const page = await open('/claims.html', 1);
    await page.waitForFunction(() => (CSS.highlights.get('siyaq-claim-contradicted')?.size ?? 0) > 0);
    const ask = async (name: string, params: object) =>
      JSON.parse(await page.evaluate(askTab, JSON.stringify({ name, params }))) as {
        reply?: unknown;
        error?: string;
      };
    const { reply } = await ask('siyaq:summary', {});
    const summary = reply as { date: string; claims: { index: number; verdict: string; expected: string }[] };
    expect(summary.date).toBe('2021-04-08');
    expect(summary.claims.map((c) => [c.index, c.verdict, c.expected])).toEqual([
      [0, 'supported', '2020-01-05'],
      [1, 'contradicted', '2020-01-05'],
    ]);
    expect(await ask('siyaq:reveal-claim', { index: 1 })).toEqual({ reply: true });
    await page.waitForFunction(cardOpen);
    expect(await ask('siyaq:reveal-claim', { index: 99 })).toEqual({ reply: false });
  });
});
