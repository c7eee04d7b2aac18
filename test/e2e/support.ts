/** Shared pieces of the end-to-end tests: the fixture server and highlight counting. */

import { expect } from 'vitest';
import { exportAnnotations } from '../../src/core/notes/annotation';
import { RECORD_TYPES, VERDICTS } from '../../src/core/vocabulary';
import { DEMO_HOST, type PageServer, servePages } from '../../src/demo/server';
import { fixturePages } from './pages';

export { DEMO_HOST };

export async function startFixtureServer(): Promise<
  PageServer & { url: (path: string) => string; pages: Map<string, string> }
> {
  // Read at each request: a test may change what a page serves.
  const pages = fixturePages();
  const server = await servePages(pages);
  return {
    ...server,
    close: server.close,
    url: (path: string) => `http://${DEMO_HOST}:${server.port}${path}`,
    pages,
  };
}

/** Runs in the page: selects the words `text` (first occurrence) as a reader would, and releases the mouse. */
export function selectText(text: string): boolean {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.nodeValue?.indexOf(text) ?? -1;
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + text.length);
    const sel = getSelection();
    sel?.removeAllRanges();
    sel?.addRange(r);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return true;
  }
  return false;
}

/** Runs in the page: every highlight range of ours, as [type, text]. */
export function highlightedTexts(kinds: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const type of kinds) {
    const h = CSS.highlights.get(`siyaq-${type}`);
    for (const r of h ?? []) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      out.push([type, range.toString()]);
    }
  }
  return out;
}

/** Runs in the page: the open card's title and text, or null. */
export function cardText(): { title: string; text: string } | null {
  const host = document.querySelector('[data-siyaq="card"]');
  const card = host?.shadowRoot?.querySelector('.card');
  const wrap = host?.shadowRoot?.querySelector('.wrap') as HTMLElement | null;
  if (!card || !wrap || wrap.hidden) return null;
  return { title: card.querySelector('h2')?.textContent ?? '', text: card.textContent ?? '' };
}

/** Runs in the page: scrolls a piece of text into view and says where it is, for the mouse. */
export function pointOfText(needle: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n.nodeValue ?? '').indexOf(needle);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + needle.length);
    n.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const rect = r.getClientRects()[0];
    if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** Runs in the page: a snapshot of elements that must stay as they were. */
export function snapshot(selectors: string[]): string[] {
  return selectors.map((s) => {
    const el = document.querySelector(s) as HTMLElement & { value?: string };
    return `${el?.outerHTML ?? 'missing'}|${el?.value ?? ''}|${el?.shadowRoot?.innerHTML ?? ''}`;
  });
}

/** Highlight names of mentions, by record type, for `highlightedTexts`. */
export const RECORD_KINDS: readonly string[] = RECORD_TYPES;
/** Highlight names of claims, by verdict, for `highlightedTexts`. */
export const CLAIM_KINDS: readonly string[] = VERDICTS.map((v) => `claim-${v}`);

/** Runs in the page: is this text painted as this kind? (Only text near the viewport is painted.) */
export function isPainted([kind, text]: readonly [string, string]): boolean {
  // Self-contained: it is serialised into the page.
  for (const r of CSS.highlights.get(`siyaq-${kind}`) ?? []) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    if (range.toString() === text) return true;
  }
  return false;
}

type Box = { x: number; y: number; width: number; height: number };

/** Runs in the page: the box of `text`'s first rendered occurrence, in the document or an open shadow root. */
export function textBox(text: string): Box | null {
  // Self-contained: it is serialised into the page.
  const roots: Node[] = [document];
  for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent?.indexOf(text) ?? -1;
      if (at < 0 || n.parentElement?.closest('script, style')) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + text.length);
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x, y, width, height };
    }
  }
  return null;
}

/**
 * Runs in the page: takes every highlight out of the registry (`false`) or puts them back (`true`),
 * then waits for a frame to be painted: a screenshot either side shows what the highlights paint.
 */
export function setHighlightsShown(shown: boolean): Promise<void> {
  const w = window as unknown as { __siyaqSaved?: [string, Highlight][] };
  if (shown) for (const [name, h] of w.__siyaqSaved ?? []) CSS.highlights.set(name, h);
  else {
    w.__siyaqSaved = [...CSS.highlights];
    CSS.highlights.clear();
  }
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}

/** What `namesPaintedInPixels` needs of a page: the shape Playwright's and Puppeteer's pages share. */
interface ShotPage {
  evaluate(fn: (arg: unknown) => unknown, arg: unknown): Promise<unknown>;
  screenshot(options: { clip: Box }): Promise<Uint8Array>;
}

/**
 * For each person named, whether it is registered as painted and its pixels differ with our
 * highlights from without them: the highlight styles really reach it (a registered range alone
 * does not show that).
 */
export async function namesPaintedInPixels(page: ShotPage, names: readonly string[]): Promise<boolean[]> {
  const run = <A, R>(fn: (arg: A) => R, arg: A) =>
    page.evaluate(fn as (arg: unknown) => unknown, arg) as Promise<Awaited<R>>;
  const shots = async () => {
    const out: Buffer[] = [];
    for (const name of names) {
      const clip = await run(textBox, name);
      if (!clip) throw new Error(`${name} is not on the page`);
      out.push(Buffer.from(await page.screenshot({ clip })));
    }
    return out;
  };
  const registered: boolean[] = [];
  for (const name of names) registered.push(await run(isPainted, ['person', name] as const));
  const painted = await shots();
  await run(setHighlightsShown, false);
  const bare = await shots();
  await run(setHighlightsShown, true);
  return painted.map((shot, i) => Boolean(registered[i]) && !shot.equals(bare[i] as Buffer));
}

/** Runs in the page: how many ranges of ours are registered with CSS.highlights now. */
export function paintedCount(kinds: readonly string[]): number {
  return kinds.reduce((n, k) => n + (CSS.highlights.get(`siyaq-${k}`)?.size ?? 0), 0);
}

/** Runs in the page (test builds): the background's knowledge status, asked through the content script. */
export function backgroundStatus(): Promise<string> {
  return new Promise((resolve) => {
    document.addEventListener('siyaq:status-result', (e) => resolve((e as CustomEvent<string>).detail), {
      once: true,
    });
    document.dispatchEvent(new CustomEvent('siyaq:status-request'));
  });
}

/** Runs in the page (test builds): a typed request sent to this tab by the background, as the popup sends it. */
export function askTab(request: string): Promise<string> {
  return new Promise((resolve) => {
    document.addEventListener('siyaq:ask-tab-result', (e) => resolve((e as CustomEvent<string>).detail), {
      once: true,
    });
    document.dispatchEvent(new CustomEvent('siyaq:ask-tab-request', { detail: request }));
  });
}

/** Runs in the page (test builds): a typed request to the background through the content script. */
export function askBackground([name, params]: readonly [string, unknown]): Promise<string> {
  return new Promise((resolve) => {
    document.addEventListener('siyaq:bg-result', (e) => resolve((e as CustomEvent<string>).detail), {
      once: true,
    });
    document.dispatchEvent(new CustomEvent('siyaq:bg-request', { detail: JSON.stringify({ name, params }) }));
  });
}

/** Runs in the page (test builds): the page's summary, as the popup gets it. */
export function pageSummary(): Promise<string> {
  return new Promise((resolve) => {
    // Asked again until answered: just after a reload the content script may not be listening yet.
    const ask = () => document.dispatchEvent(new CustomEvent('siyaq:summary-request'));
    const again = setInterval(ask, 200);
    document.addEventListener(
      'siyaq:summary-result',
      (e) => {
        clearInterval(again);
        resolve((e as CustomEvent<string>).detail);
      },
      { once: true },
    );
    ask();
  });
}

/** Runs in the page (test builds): the summary, or 'null' if no content script answers within a second. */
export function pageSummaryIfAny(): Promise<string> {
  return new Promise((resolve) => {
    const done = (detail: string) => {
      document.removeEventListener('siyaq:summary-result', listener);
      resolve(detail);
    };
    const listener = (e: Event) => done((e as CustomEvent<string>).detail);
    document.addEventListener('siyaq:summary-result', listener);
    setTimeout(() => done('null'), 1000);
    document.dispatchEvent(new CustomEvent('siyaq:summary-request'));
  });
}

/** Runs in the page (test builds): the button beside the selection, pressed. */
export function pressNoteButton(): void {
  const root = (document.querySelector('[data-siyaq="notes"]') as HTMLElement).shadowRoot as ShadowRoot;
  (root.querySelector('.button') as HTMLButtonElement).click();
}

/** Runs in the page (test builds): the open note editor filled in and saved. */
export function saveNote([comment, tags]: readonly [string, string]): void {
  const root = (document.querySelector('[data-siyaq="notes"]') as HTMLElement).shadowRoot as ShadowRoot;
  (root.querySelector('.panel textarea') as HTMLTextAreaElement).value = comment;
  (root.querySelector('.panel input') as HTMLInputElement).value = tags;
  (root.querySelector('.panel .save') as HTMLButtonElement).click();
}

/** Typed requests to the background from a page (test builds), throwing on an error reply. */
export function background(
  run: (request: readonly [string, unknown]) => Promise<string>,
): (name: string, params: unknown) => Promise<unknown> {
  return async (name, params) => {
    const r = JSON.parse(await run([name, params])) as { reply?: unknown; error?: string };
    if (r.error) throw new Error(r.error);
    return r.reply;
  };
}

/** Export every note, delete them all, import the export: the notes come back identical. */
export async function exportDeleteImport(bg: (name: string, params: unknown) => Promise<unknown>) {
  const before = (await bg('siyaq:notes-all', {})) as { id: string }[];
  expect(before.length).toBeGreaterThan(0);
  const exported = JSON.parse(JSON.stringify(exportAnnotations(before as never)));
  for (const n of before) expect(await bg('siyaq:note-delete', { id: n.id })).toMatchObject({ ok: true });
  expect(await bg('siyaq:notes-all', {})).toEqual([]);
  expect(await bg('siyaq:notes-import', { data: exported })).toEqual({
    ok: true,
    added: before.length,
    updated: 0,
  });
  expect(await bg('siyaq:notes-all', {})).toEqual(expect.arrayContaining(before));
  expect(await bg('siyaq:notes-all', {})).toHaveLength(before.length);
  return before;
}

/** Runs in the page: a keyboard command (commands.ts), delivered through the background as the browser would. */
export function sendCommand(command: string): void {
  document.dispatchEvent(new CustomEvent('siyaq:command-request', { detail: command }));
}

/** Runs in the page (test builds): saves settings as the options page would. */
export function saveSettingsFromPage(patch: string): void {
  document.dispatchEvent(new CustomEvent('siyaq:settings-request', { detail: patch }));
}

/** A page of either driver, as far as these helpers need it. */
interface EvaluatingPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
}

/** Runs in the page: the notes editor's error line and text, or null while it is not open. */
function noteEditor(): [string, string] | null {
  const root = document.querySelector('[data-siyaq="notes"]')?.shadowRoot;
  const text = root?.querySelector('.panel textarea') as HTMLTextAreaElement | null;
  return text ? [root?.querySelector('.panel .error')?.textContent ?? '', text.value] : null;
}

/**
 * With storage failing: the notes editor still opens on `passage`, and saving says the note was
 * not kept, leaving what the reader wrote in the editor.
 */
export async function noteRefusedVisibly(page: EvaluatingPage, passage: string): Promise<void> {
  const comment = 'ملاحظة لا تضيع';
  expect(await page.evaluate(selectText, passage)).toBe(true);
  const hasButton = () =>
    page.evaluate(() =>
      Boolean(document.querySelector('[data-siyaq="notes"]')?.shadowRoot?.querySelector('.button')),
    );
  await expect.poll(hasButton).toBe(true);
  await page.evaluate(pressNoteButton);
  await expect.poll(() => page.evaluate(noteEditor)).not.toBe(null);
  await page.evaluate(saveNote, [comment, ''] as const);
  await expect
    .poll(() => page.evaluate(noteEditor))
    .toEqual([expect.stringMatching(/^لم تُحفظ: \S/), comment]);
}
