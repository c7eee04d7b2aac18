/** The hostile-page suite (hostile.ts) in real Firefox ESR. */
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { installFresh, launchFirefox } from './firefox';
import { fakedMessagesCase, hostileServers, hostileSuite, pageOwnError } from './hostile';

let browser: Browser;
let server: Awaited<ReturnType<typeof hostileServers>>;

beforeAll(async () => {
  server = await hostileServers();
  browser = await launchFirefox();
  await installFresh(browser, join(import.meta.dirname, '../../dist/test-firefox'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox ESR: hostile pages', () => {
  hostileSuite({
    url: (path) => server.url(path),
    get otherOrigin() {
      return server.otherOrigin;
    },
    async open() {
      const page = await browser.newPage();
      await page.setViewport({ width: 1100, height: 900 });
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !pageOwnError(m.text())) errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      return { page, errors };
    },
  });
});

describe('Firefox ESR: a page that fakes our messages (release build)', () => {
  it('answers none of them: DOM events the test build listens to, posted messages, forged requests', async () => {
    const release = await launchFirefox();
    try {
      await installFresh(release, join(import.meta.dirname, '../../dist/firefox'));
      await fakedMessagesCase(await release.newPage(), await browser.newPage(), server.url('/dated.html'));
    } finally {
      await release.close();
    }
  });
});
