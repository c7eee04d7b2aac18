/**
 * Siyaq's own pages and the card in real Firefox ESR, axe-clean in both themes, with the
 * screenshots the README shows. WebDriver BiDi may not navigate to moz-extension: addresses, so
 * the tests reach the extension's pages from the first-run page the install opens, which may.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchFirefox, welcomePage } from './firefox';
import { CLAIM_KINDS, cardText, RECORD_KINDS, sendCommand, startFixtureServer } from './support';

const SHOTS = join(import.meta.dirname, '../../out/screenshots');
let browser: Browser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
/** The extension's own tab: the first-run page, then wherever the tests send it. */
let ext: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startFixtureServer();
  // Optional permissions granted without the prompt a test cannot click (a Firefox testing pref).
  browser = await launchFirefox({ 'extensions.webextOptionalPermissionPrompts': false });
  await browser.installExtension(join(import.meta.dirname, '../../dist/test-firefox'));
  const welcome = await welcomePage(browser);
  if (!welcome) throw new Error('the first-run page did not open on install');
  ext = welcome;
  await ext.setViewport({ width: 900, height: 800 });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Sends the extension's tab to one of its pages (a navigation the page makes itself). */
async function go(path: string, ready: string): Promise<void> {
  await ext.evaluate((p) => location.assign(p), path);
  await ext.waitForFunction((sel) => document.querySelector(sel) !== null, { polling: 100 }, ready);
}

async function setTheme(theme: 'light' | 'dark'): Promise<void> {
  await ext.evaluate(async (t) => {
    const api = (
      globalThis as unknown as { browser: { storage: { local: { set(x: object): Promise<void> } } } }
    ).browser;
    await api.storage.local.set({ theme: t });
  }, theme);
}

async function open(path: string, kinds: readonly string[], min: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  await page.goto(server.url(path));
  await page.waitForFunction(
    ([n, k]) => k.reduce((s, t) => s + (CSS.highlights.get(`siyaq-${t}`)?.size ?? 0), 0) >= n,
    { timeout: 20_000 },
    [min, kinds] as const,
  );
  return page;
}

describe('Firefox ESR: Siyaq’s pages', () => {
  it('opens the first-run page on install, which passes axe', async () => {
    expect(await ext.$eval('.privacy', (e) => e.textContent)).toMatch(/لا يرسل شيئاً إلى الشبكة/);
    expect(await axeViolations(ext)).toEqual([]);
  });

  it('options page: axe-clean in both themes', async () => {
    await go('options.html', 'fieldset.packs tr[data-pack="core"]');
    // Firefox reports «*://www.bbc.com/*» for the built-in «*://www.bbc.com/arabic*»: not a site the reader added.
    expect(await ext.$$eval('ul.granted li', (items) => items.length)).toBe(0);
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(theme);
      await ext.waitForFunction((t) => document.documentElement.dataset.theme === t, { polling: 100 }, theme);
      expect(await axeViolations(ext), theme).toEqual([]);
      await ext.screenshot({ path: join(SHOTS, `firefox-options-${theme}.png`) });
    }
    await setTheme('light');
  });

  it('adds a site the reader names (with its permission), runs there, and stops when it is removed', async () => {
    await go('options.html', 'form.add-site');
    const url = server.url('/dated.html').replace('www.aljazeera.net', 'news.example.org');
    await ext.type('input[name="site"]', 'https://news.example.org/some/article');
    await ext.click('form.add-site button[type="submit"]');
    // One entry for the site (https and http granted together). Polled by interval, not animation
    // frames: the extension's tab may be in the background.
    await ext.waitForFunction(
      () => document.querySelector('ul.granted')?.textContent?.includes('news.example.org'),
      {
        timeout: 10_000,
        polling: 100,
      },
    );
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (CSS.highlights.get('siyaq-person')?.size ?? 0) > 0, {
      timeout: 15_000,
    });
    await page.close();
    // Removed: the permission goes, and so does the script.
    await ext.click('ul.granted li button');
    await ext.waitForFunction(() => !document.querySelector('ul.granted li'), {
      timeout: 10_000,
      polling: 100,
    });
    const again = await browser.newPage();
    await again.goto(url);
    await new Promise((r) => setTimeout(r, 2000));
    expect(await again.evaluate(() => CSS.highlights.get('siyaq-person')?.size ?? 0)).toBe(0);
    await again.close();
  });

  it('notes view: axe-clean in both themes', async () => {
    await go('notes.html', 'main');
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(theme);
      await ext.waitForFunction((t) => document.documentElement.dataset.theme === t, { polling: 100 }, theme);
      expect(await axeViolations(ext), theme).toEqual([]);
    }
    await setTheme('light');
  });

  it('popup: claims first, axe-clean in both themes', async () => {
    const page = await open('/claims.html', CLAIM_KINDS, 2);
    const pageUrl = page.url();
    await go('options.html', 'main');
    const tabId = await ext.evaluate(async (u) => {
      type Tabs = { query(q: object): Promise<{ id?: number; url?: string }[]> };
      const api = (globalThis as unknown as { browser: { tabs: Tabs } }).browser;
      return (await api.tabs.query({})).find((t) => t.url === u)?.id;
    }, pageUrl);
    expect(tabId).toBeGreaterThan(0);
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(theme);
      await go(`popup.html?tab=${tabId}`, 'section.claims li');
      expect(
        await ext.$$eval('main > section, main > details', (els) => els.map((e) => e.className)),
      ).toEqual(['claims', 'records', 'notes']);
      expect(await axeViolations(ext), theme).toEqual([]);
      const box = await ext.$eval('body', (b) => {
        const r = b.getBoundingClientRect();
        return { x: r.left, y: r.top, width: Math.ceil(r.width), height: Math.ceil(r.height) };
      });
      expect(box.height).toBeLessThanOrEqual(600);
      await ext.screenshot({ path: join(SHOTS, `firefox-popup-${theme}.png`), clip: box });
    }
    await setTheme('light');
    await page.close();
  });

  it('card: a labelled dialog, axe-clean in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(theme);
      const page = await open('/demo/seed-001.html', RECORD_KINDS, 20);
      await page.evaluate(sendCommand, 'next-mention');
      await page.waitForFunction(
        () => {
          const wrap = document
            .querySelector('[data-siyaq="card"]')
            ?.shadowRoot?.querySelector('.wrap') as HTMLElement | null;
          return Boolean(wrap && !wrap.hidden);
        },
        { timeout: 10_000 },
      );
      expect((await page.evaluate(cardText))?.title).toBeTruthy();
      expect(
        await page.evaluate(() =>
          document
            .querySelector('[data-siyaq="card"]')
            ?.shadowRoot?.querySelector('.card')
            ?.getAttribute('role'),
        ),
      ).toBe('dialog');
      expect(await axeViolations(page, '[data-siyaq="card"]'), theme).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `firefox-card-${theme}.png`) });
      await page.close();
    }
    await setTheme('light');
  });
});
