/** The hostile-page suite (hostile.ts) in real Chromium. */
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium } from '../../src/demo/chromium';
import { fakedMessagesCase, hostileServers, hostileSuite, pageOwnError } from './hostile';

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
      await fakedMessagesCase(await release.newPage(), await context.newPage(), server.url('/dated.html'));
    } finally {
      await release.close();
    }
  });
});
