/**
 * Zero network, proven in real Chromium: every request made during a session (pages with the
 * content script, cards, notes, the popup, the options page, the notes view, the first-run page
 * and the background service worker) is recorded, and any that is not the page's own address
 * fails the test. The recorder is shown to see the service worker's requests first.
 */
import { join } from 'node:path';
import type { BrowserContext, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/demo/chromium';
import { hostilePages } from './hostile';
import { paintedCount, RECORD_KINDS, selectText, sendCommand, startFixtureServer } from './support';

let context: BrowserContext;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
const requests: { url: string; from: string }[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  for (const [path, html] of hostilePages(server.url(''))) server.pages.set(path, html);
  context = await launchChromium(join(import.meta.dirname, '../../dist/test-chrome'), { headless: true });
  const record = (from: string) => (r: Request) => requests.push({ url: r.url(), from });
  context.on('request', (r) => record(r.serviceWorker() ? 'service worker' : (r.frame()?.url() ?? '?'))(r));
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

/** Requests that are neither a page's own document from the fixture server nor the extension's own files. */
const foreign = () =>
  requests.filter(
    ({ url }) =>
      !url.startsWith(server.url('/')) && !url.startsWith('chrome-extension://') && !url.startsWith('data:'),
  );

describe('Chromium: no network', () => {
  it('sees a request the background or an extension page makes (the recorder works)', async () => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(() => fetch('http://siyaq-recorder-check.invalid/').catch(() => null));
    await expect
      .poll(() => requests.some((r) => r.url.startsWith('http://siyaq-recorder-check.invalid')))
      .toBe(true);
    requests.length = 0;
  });

  it('makes no request of its own through a whole session', async () => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const pages = [
      '/demo/seed-001.html',
      '/claims.html',
      '/dated.html',
      '/notes.html',
      '/hostile/json-ld.html',
    ];
    for (const path of pages) {
      const page = await context.newPage();
      await page.goto(server.url(path));
      await page.waitForFunction(
        (kinds) => kinds.reduce((n, t) => n + (CSS.highlights.get(`siyaq-${t}`)?.size ?? 0), 0) > 0,
        RECORD_KINDS,
      );
      await page.evaluate(sendCommand, 'next-mention'); // a card, and its data
      await page.waitForFunction(
        () => document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('.card') != null,
        null,
        { timeout: 10_000 },
      );
      await page.evaluate(selectText, 'مصطفى الكاظمي'); // the notes' code, injected
      await page.waitForTimeout(300);
      expect(await page.evaluate(paintedCount, RECORD_KINDS)).toBeGreaterThan(0);
      await page.close();
    }
    for (const path of ['popup.html', 'options.html', 'notes.html', 'welcome.html']) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      await page.waitForSelector('main');
      await page.waitForTimeout(300);
      await page.close();
    }
    expect(requests.length).toBeGreaterThan(pages.length); // the pages themselves were recorded
    expect(foreign()).toEqual([]);
  });
});
