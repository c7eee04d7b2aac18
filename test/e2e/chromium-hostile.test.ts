/** The hostile-page suite (hostile.ts) in real Chromium. */
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { launchChromium } from '../../src/demo/chromium';
import { hostilePages, hostileSuite, pageOwnError } from './hostile';
import { startFixtureServer } from './support';

let context: BrowserContext;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  for (const [path, html] of hostilePages()) server.pages.set(path, html);
  context = await launchChromium(join(import.meta.dirname, '../../dist/test-chrome'), { headless: true });
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

describe('Chromium: hostile pages', () => {
  hostileSuite({
    url: (path) => server.url(path),
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
