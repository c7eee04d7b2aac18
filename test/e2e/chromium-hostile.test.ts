/** The hostile-page suite (hostile.ts) in real Chromium. */
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/demo/chromium';
import { hostileServers, hostileSuite, pageOwnError } from './hostile';

let context: BrowserContext;
let server: Awaited<ReturnType<typeof hostileServers>>;

beforeAll(async () => {
  server = await hostileServers();
  context = await launchChromium(join(import.meta.dirname, '../../dist/test-chrome'), { headless: true });
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

describe('Chromium: hostile pages', () => {
  hostileSuite({
    url: (path) => server.url(path),
    get otherOrigin() {
      return server.otherOrigin;
    },
    async open() {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !pageOwnError(m.text())) errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      return { page, errors };
    },
  });
});

describe('Chromium: a page that fakes our messages (release build)', () => {
  it('answers none of them: DOM events the test build listens to, posted messages, forged requests', async () => {
    const release = await launchChromium(join(import.meta.dirname, '../../dist/chrome'), { headless: true });
    try {
      const page = await release.newPage();
      await page.goto(server.url('/dated.html'));
      await page.waitForFunction(() => (CSS.highlights.get('siyaq-person')?.size ?? 0) > 0);
      const answered = await page.evaluate(
        () =>
          new Promise<string[]>((done) => {
            const heard: string[] = [];
            for (const name of [
              'siyaq:summary-result',
              'siyaq:status-result',
              'siyaq:bg-result',
              'siyaq:ask-tab-result',
            ])
              document.addEventListener(name, () => heard.push(name));
            for (const name of [
              'siyaq:summary-request',
              'siyaq:status-request',
              'siyaq:command-request',
              'siyaq:reveal-request',
              'siyaq:bg-request',
              'siyaq:ask-tab-request',
            ])
              document.dispatchEvent(
                new CustomEvent(name, {
                  detail: name.includes('bg') ? '{"name":"siyaq:notes-all","params":{}}' : 'next-mention',
                }),
              );
            // Forged requests by postMessage, in every shape our messages have.
            window.postMessage({ type: 'siyaq:step', step: 1 }, '*');
            window.postMessage({ type: 'siyaq:reveal', id: 'kadhimi' }, '*');
            window.postMessage(JSON.stringify({ type: 'siyaq:set-enabled', enabled: false }), '*');
            setTimeout(() => done(heard), 1500);
          }),
      );
      expect(answered).toEqual([]);
      // The same event does get an answer from a test build: the check above can fail.
      const testBuild = await context.newPage();
      await testBuild.goto(server.url('/dated.html'));
      await testBuild.waitForFunction(() => (CSS.highlights.get('siyaq-person')?.size ?? 0) > 0);
      expect(
        await testBuild.evaluate(
          () =>
            new Promise<boolean>((done) => {
              document.addEventListener('siyaq:summary-result', () => done(true));
              document.dispatchEvent(new CustomEvent('siyaq:summary-request'));
              setTimeout(() => done(false), 1500);
            }),
        ),
      ).toBe(true);
      await testBuild.close();
      // No card opened, and Siyaq is still on: nothing the page sent was taken for ours.
      expect(await page.evaluate(() => document.querySelector('[data-siyaq="card"]'))).toBe(null);
      expect(await page.evaluate(() => CSS.highlights.get('siyaq-person')?.size ?? 0)).toBeGreaterThan(0);
      await page.close();
    } finally {
      await release.close();
    }
  });
});
