/**
 * The background's lifecycle in real Chromium: the service worker stopped while
 * pages need it, an extension update with a new bundled pack version, and an
 * IndexedDB that cannot be opened, a browser restart. Each time highlights, cards, claims and the
 * reader's notes still work.
 * Runs on a private copy of dist/test-chrome, which the update test rewrites.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationOf } from '../../src/core/notes/annotation';
import { launchChromium } from '../../src/demo/chromium';
import { BUNDLED_PACKS } from '../../src/facts/index';
import type { KnowledgeStatus } from '../../src/messages';
import {
  askBackground,
  backgroundStatus,
  cardText,
  noteRefusedVisibly,
  paintedCount,
  pointOfText,
  RECORD_KINDS,
  startFixtureServer,
} from './support';
import { copyExtension, removeCopy, shipNewPackVersion, UPDATED_LABEL } from './update';

let context: BrowserContext;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let dir: string;

beforeAll(async () => {
  server = await startFixtureServer();
  dir = copyExtension('dist/test-chrome');
  context = await launchChromium(dir, { headless: true });
});
afterAll(async () => {
  await context?.close();
  await server?.close();
  removeCopy(dir);
});

async function worker(): Promise<Worker> {
  const [w] = context.serviceWorkers();
  return w ?? context.waitForEvent('serviceworker');
}

async function status(page: Page): Promise<KnowledgeStatus> {
  return JSON.parse(await page.evaluate(backgroundStatus)) as KnowledgeStatus;
}

/** The claims page works end to end: both claims painted by verdict, a card on hover. */
async function claimsPageWorks(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url('/claims.html'));
  await page.waitForFunction(
    () =>
      (CSS.highlights.get('siyaq-claim-contradicted')?.size ?? 0) === 1 &&
      (CSS.highlights.get('siyaq-claim-supported')?.size ?? 0) === 1 &&
      (CSS.highlights.get('siyaq-organization')?.size ?? 0) >= 1,
    undefined,
    { timeout: 10_000 },
  );
  const p = await page.evaluate(pointOfText, '6 يناير');
  if (!p) throw new Error('claim text not on page');
  await page.mouse.move(p.x, p.y, { steps: 2 });
  await page.waitForFunction(
    () =>
      document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('.claim.verdict-contradicted'),
    undefined,
    { timeout: 10_000 },
  );
  return page;
}

async function hoverCardTitle(page: Page, text: string): Promise<string | undefined> {
  const p = await page.evaluate(pointOfText, text);
  if (!p) throw new Error(`not on page: ${text}`);
  await page.mouse.move(p.x + 30, p.y + 40);
  await page.mouse.move(p.x, p.y, { steps: 3 });
  await page.waitForFunction(() => {
    const wrap = document
      .querySelector('[data-siyaq="card"]')
      ?.shadowRoot?.querySelector('.wrap') as HTMLElement | null;
    return wrap && !wrap.hidden;
  });
  return (await page.evaluate(cardText))?.title;
}

/**
 * Stops the extension's service worker as chrome://serviceworker-internals does (CDP's
 * ServiceWorker.stopAllWorkers leaves playwright's connection hanging), and waits until it has.
 */
async function stopServiceWorker(): Promise<void> {
  const internals = await context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  await internals.getByText('Running Status: RUNNING').waitFor();
  await internals.getByText('Stop', { exact: true }).first().click();
  await internals.getByText('Running Status: STOPPED').waitFor();
  await internals.close();
}

/**
 * Reloads the extension from its directory, as an update does (its storage stays), the way
 * chrome://extensions does it. Developer mode must be on, or Chromium disables the reloaded
 * unpacked extension ("unsupportedDeveloperExtension").
 */
async function reloadExtension(): Promise<void> {
  const id = new URL((await worker()).url()).host;
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        type Dev = {
          updateProfileConfiguration(c: object, done: () => void): void;
          reload(id: string, o: object, done: () => void): void;
        };
        const chrome = (
          globalThis as unknown as { chrome: { developerPrivate: Dev; runtime: { lastError?: Error } } }
        ).chrome;
        chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, () =>
          chrome.developerPrivate.reload(id, { failQuietly: false }, () =>
            chrome.runtime.lastError ? reject(chrome.runtime.lastError) : resolve(),
          ),
        );
      }),
    id,
  );
  await page.close();
}

describe('Chromium: the background’s lifecycle', () => {
  it('annotates, checks claims and opens cards after the service worker was stopped, restoring the matcher from IndexedDB', async () => {
    const first = await claimsPageWorks();
    const before = await status(first);
    expect(before.storage).toBe('indexeddb');

    await stopServiceWorker();

    const page = await claimsPageWorks();
    const after = await status(page);
    expect(after.loadedAt).toBeGreaterThan(before.loadedAt); // a new worker answered
    expect(after).toMatchObject({ storage: 'indexeddb', matcher: 'restored', error: null });
  });

  it('replaces the bundled pack when an update ships a new version, keeping the reader’s notes', async () => {
    // A note kept before the update.
    const before = await context.newPage();
    await before.goto(server.url('/dated.html'));
    await before.waitForFunction(paintedCount, RECORD_KINDS);
    const text = 'قال رئيس الوزراء السابق مصطفى الكاظمي إن الحوار مستمر.';
    const note = annotationOf({
      text,
      start: 0,
      end: 20,
      url: server.url('/dated.html'),
      comment: 'قبل التحديث',
      id: '11111111-2222-4333-8444-555555555555',
      now: '2026-11-30T10:00:00.000Z',
    });
    const bg = async (name: string, params: unknown) =>
      (JSON.parse(await before.evaluate(askBackground, [name, params] as const)) as { reply?: unknown })
        .reply;
    expect(await bg('siyaq:note-save', { note, previous: null })).toEqual({ ok: true });
    await before.close();

    shipNewPackVersion(dir);
    await reloadExtension();
    const page = await context.newPage();
    await page.goto(server.url('/dated.html'));
    await page.waitForFunction(paintedCount, RECORD_KINDS);
    expect(await hoverCardTitle(page, 'الكاظمي')).toBe(UPDATED_LABEL);
    const s = await status(page);
    expect(s.packs.map((p) => `${p.manifest.id}@${p.manifest.version}`)).toContain('core@1.0.1');
    expect(s.packs.map((p) => p.manifest.id).sort()).toEqual(BUNDLED_PACKS.map((p) => p.id).sort());
    expect(s.storage).toBe('indexeddb');
    // The note is still there after the update.
    const notes = JSON.parse(await page.evaluate(askBackground, ['siyaq:notes-all', {}] as const)) as {
      reply: unknown[];
    };
    expect(notes.reply).toEqual([note]);
    await claimsPageWorks();
  });

  it('keeps the reader’s notes across a browser restart', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'siyaq-restart-'));
    const note = annotationOf({
      text: 'وقال رئيس الوزراء السابق مصطفى الكاظمي',
      start: 0,
      end: 10,
      url: server.url('/dated.html'),
      comment: 'قبل إعادة التشغيل',
      id: '22222222-3333-4444-8555-666666666666',
      now: '2026-11-30T12:00:00.000Z',
    });
    const notesAfter = async (save: boolean) => {
      const browser = await launchChromium(dir, { headless: true, profile });
      try {
        const page = await browser.newPage();
        await page.goto(server.url('/dated.html'));
        await page.waitForFunction(paintedCount, RECORD_KINDS);
        const bg = async (name: string, params: unknown) =>
          (JSON.parse(await page.evaluate(askBackground, [name, params] as const)) as { reply?: unknown })
            .reply;
        if (save) expect(await bg('siyaq:note-save', { note, previous: null })).toEqual({ ok: true });
        return await bg('siyaq:notes-all', {});
      } finally {
        await browser.close(); // before the profile goes: Chromium writes it until it exits
      }
    };
    try {
      expect(await notesAfter(true)).toEqual([note]);
      expect(await notesAfter(false)).toEqual([note]);
    } finally {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
  });

  it('works from memory when IndexedDB cannot be opened, and says why', async () => {
    // A later version's database (version 999) in the extension's origin: ours cannot open it.
    const id = new URL((await worker()).url()).host;
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${id}/popup.html`);
    expect(
      await ext.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const req = indexedDB.open('siyaq', 999);
            req.onsuccess = () => {
              req.result.close();
              resolve(req.result.version);
            };
            req.onerror = () => reject(req.error);
          }),
      ),
    ).toBe(999);
    await ext.close();
    await reloadExtension();

    const page = await claimsPageWorks();
    const s = await status(page);
    expect(s.storage).toBe('memory');
    expect(s.error).toMatch(/IndexedDB unavailable: VersionError/);
    expect(await hoverCardTitle(page, 'البرلمان العراقي')).toMatch(/البرلمان العراقي/);
    // A note cannot be kept: the editor says so and keeps what the reader wrote.
    await noteRefusedVisibly(page, '6 يناير');
  });
});
