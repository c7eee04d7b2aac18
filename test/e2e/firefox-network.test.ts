/**
 * Zero network, proven in real Firefox ESR. Firefox sends every request it makes (pages, content
 * scripts, extension pages, the background page, the browser's own) through a recording proxy:
 * page loads from the fixture host are passed on to the fixture server, anything else is recorded
 * and refused. A session with highlights, cards, the notes' code and Siyaq's own pages must add no
 * request beyond the pages' own. The recorder is shown to see an extension page's request first.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, welcomePage } from './firefox';
import {
  DEMO_HOST,
  paintedCount,
  RECORD_KINDS,
  selectText,
  sendCommand,
  startFixtureServer,
} from './support';

let browser: Browser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let proxy: Server;
/** Every request Firefox sent through the proxy: a URL, or host:port for a tunnel (https). */
const requests: string[] = [];

/** A forward proxy that serves the fixture host from the fixture server and refuses the rest. */
function recordingProxy(fixturePort: number): Promise<Server> {
  const p = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(url);
    const target = URL.canParse(url) ? new URL(url) : null;
    if (target?.hostname !== DEMO_HOST) {
      res.writeHead(502).end();
      return;
    }
    const upstream = httpRequest(
      { host: '127.0.0.1', port: fixturePort, path: target.pathname + target.search, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  p.on('connect', (req, socket) => {
    requests.push(`tunnel ${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  return new Promise((resolve) => p.listen(0, '127.0.0.1', () => resolve(p)));
}

beforeAll(async () => {
  server = await startFixtureServer();
  proxy = await recordingProxy(server.port);
  const port = (proxy.address() as AddressInfo).port;
  browser = await launchFirefox(
    {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // The browser's own Remote Settings sync (blocklists and the like), turned off as Mozilla's
      // test profiles do: not ours, and it would hide ours among its requests. Release builds
      // read this preference only with MOZ_REMOTE_SETTINGS_DEVTOOLS set.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
    },
    { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  );
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => proxy?.close(r));
  await server?.close();
});

/** Requests that are not a page of the fixture host. */
const foreign = () => requests.filter((url) => !url.startsWith(server.url('/')));

describe('Firefox ESR: no network', () => {
  let welcome: Page;

  it('sees a request an extension page makes (the recorder works)', async () => {
    await browser.installExtension(join(import.meta.dirname, '../../dist/test-firefox'));
    const page = await welcomePage(browser);
    if (!page) throw new Error('the first-run page did not open on install');
    welcome = page;
    await welcome.evaluate(() => fetch('http://siyaq-recorder-check.invalid/').catch(() => null));
    await expect.poll(() => requests.some((url) => url.includes('siyaq-recorder-check.invalid'))).toBe(true);
    requests.length = 0;
  });

  it('makes no request of its own through a whole session', async () => {
    const pages = ['/demo/seed-001.html', '/claims.html', '/dated.html', '/notes.html'];
    for (const path of pages) {
      const page = await browser.newPage();
      await page.goto(server.url(path));
      await page.waitForFunction(
        (kinds) => kinds.reduce((n, t) => n + (CSS.highlights.get(`siyaq-${t}`)?.size ?? 0), 0) > 0,
        { polling: 100, timeout: 15_000 },
        RECORD_KINDS,
      );
      await page.evaluate(sendCommand, 'next-mention'); // a card, and its data
      await page.waitForFunction(
        () => document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('.card') != null,
        { polling: 100, timeout: 10_000 },
      );
      await page.evaluate(selectText, 'مصطفى الكاظمي'); // the notes' code, injected
      await new Promise((r) => setTimeout(r, 300));
      expect(await page.evaluate(paintedCount, RECORD_KINDS)).toBeGreaterThan(0);
      await page.close();
    }
    // Siyaq's own pages, opened from the first-run page (Firefox's test driver cannot open them).
    for (const path of ['popup.html', 'options.html', 'notes.html', 'welcome.html']) {
      await welcome.evaluate((p) => {
        location.href = p;
      }, path);
      await welcome.waitForFunction(
        (p) => location.href.endsWith(p) && document.querySelector('main'),
        {
          polling: 100,
          timeout: 10_000,
        },
        path,
      );
      await new Promise((r) => setTimeout(r, 300));
    }
    expect(requests.length).toBeGreaterThanOrEqual(pages.length); // the pages themselves were recorded
    expect(foreign()).toEqual([]);
  });
});
