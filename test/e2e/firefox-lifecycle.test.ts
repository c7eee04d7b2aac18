/**
 * The background's lifecycle in real Firefox ESR (an event page): suspended when
 * idle and woken by a page, an extension update with a new bundled pack version,
 * and an IndexedDB that fails (Firefox's own quota-manager fault injection). Each
 * time highlights, cards and claims still work.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../src/facts/index';
import type { KnowledgeStatus } from '../../src/messages';
import { installFresh, launchFirefox } from './firefox';
import {
  backgroundStatus,
  cardText,
  noteRefusedVisibly,
  paintedCount,
  pointOfText,
  RECORD_KINDS,
  startFixtureServer,
} from './support';
import { copyExtension, removeCopy, shipNewPackVersion, UPDATED_LABEL } from './update';

/** The event page is suspended after this long without work (Firefox's default is 30 s). */
const IDLE_MS = 1000;

let server: Awaited<ReturnType<typeof startFixtureServer>>;
const browsers: Browser[] = [];
/** Extension copies, removed once every browser that loaded them is closed. */
const copies: string[] = [];

async function launch(prefs: Record<string, unknown> = {}): Promise<Browser> {
  const b = await launchFirefox({ 'extensions.background.idle.timeout': IDLE_MS, ...prefs });
  browsers.push(b);
  return b;
}

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  // Every browser closes (and puppeteer removes its profile) even if one of them fails to.
  await Promise.allSettled(browsers.map((b) => b.close()));
  await server?.close();
  for (const dir of copies) removeCopy(dir);
});

async function status(page: Page): Promise<KnowledgeStatus> {
  return JSON.parse(await page.evaluate(backgroundStatus)) as KnowledgeStatus;
}

/** The claims page works end to end: both claims painted by verdict, a card on hover. */
async function claimsPageWorks(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  await page.goto(server.url('/claims.html'));
  await page.waitForFunction(
    () =>
      (CSS.highlights.get('siyaq-claim-contradicted')?.size ?? 0) === 1 &&
      (CSS.highlights.get('siyaq-claim-supported')?.size ?? 0) === 1,
    { timeout: 15_000 },
  );
  const p = await page.evaluate(pointOfText, '6 يناير');
  if (!p) throw new Error('claim text not on page');
  await page.mouse.move(p.x, p.y, { steps: 2 });
  await page.waitForFunction(
    () =>
      document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('.claim.verdict-contradicted'),
    { timeout: 10_000 },
  );
  return page;
}

async function hoverCardTitle(page: Page, text: string): Promise<string | undefined> {
  await page.waitForFunction(paintedCount, { timeout: 15_000 }, RECORD_KINDS);
  const p = await page.evaluate(pointOfText, text);
  if (!p) throw new Error(`not on page: ${text}`);
  await page.mouse.move(p.x + 30, p.y + 40);
  await page.mouse.move(p.x, p.y, { steps: 3 });
  await page.waitForFunction(
    () => {
      const wrap = document
        .querySelector('[data-siyaq="card"]')
        ?.shadowRoot?.querySelector('.wrap') as HTMLElement | null;
      return wrap && !wrap.hidden;
    },
    { timeout: 10_000 },
  );
  return (await page.evaluate(cardText))?.title;
}

describe('Firefox ESR: the background’s lifecycle', () => {
  it('annotates after the event page was suspended, and after an update with a new bundled pack version', async () => {
    const dir = copyExtension('dist/test-firefox');
    copies.push(dir);
    const browser = await launch();
    await installFresh(browser, dir);

    const first = await claimsPageWorks(browser);
    const before = await status(first);
    expect(before.storage).toBe('indexeddb');
    await first.close();
    // Idle: Firefox suspends the event page; the next page wakes it with its first message.
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS * 3));
    const page = await claimsPageWorks(browser);
    const after = await status(page);
    expect(after.loadedAt).toBeGreaterThan(before.loadedAt); // a new event page answered
    expect(after).toMatchObject({ storage: 'indexeddb', matcher: 'restored', error: null });

    // The update: the same add-on id installed again with a new version of its bundled pack.
    shipNewPackVersion(dir);
    await browser.installExtension(dir);
    const dated = await browser.newPage();
    await dated.setViewport({ width: 1100, height: 900 });
    await dated.goto(server.url('/dated.html'));
    expect(await hoverCardTitle(dated, 'الكاظمي')).toBe(UPDATED_LABEL);
    const updated = await status(dated);
    expect(updated.packs.map((p) => `${p.manifest.id}@${p.manifest.version}`)).toContain('core@1.0.1');
    expect(updated.packs.map((p) => p.manifest.id).sort()).toEqual(BUNDLED_PACKS.map((p) => p.id).sort());
    expect(updated.storage).toBe('indexeddb');
  });

  it('works from memory when IndexedDB fails, and says why', async () => {
    // Firefox's quota manager fails every storage operation on purpose (NS_ERROR_FAILURE).
    const browser = await launch({
      'dom.quotaManager.artificialFailure.probability': 100,
      'dom.quotaManager.artificialFailure.categories': 0x7fffffff,
      'dom.quotaManager.artificialFailure.errorCode': 0x80004005 | 0,
    });
    await installFresh(browser, join(import.meta.dirname, '../../dist/test-firefox'));
    const page = await claimsPageWorks(browser);
    const s = await status(page);
    expect(s.storage).toBe('memory');
    expect(s.error).toMatch(/IndexedDB unavailable/);
    expect(s.packs.map((p) => p.manifest.id).sort()).toEqual(BUNDLED_PACKS.map((p) => p.id).sort());
    // A note cannot be kept: the editor says so and keeps what the reader wrote.
    await noteRefusedVisibly(page, '6 يناير');
  });
});
