/**
 * `npm start`: builds (done by the npm script), serves demo pages made from the
 * seed articles, and opens Debian's Chromium with the extension on them. With a
 * display it stays open for you to read; without one (or with --headless) it runs
 * headless, opens a card on each page, saves a screenshot, and prints what it found.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { RECORD_TYPES, VERDICTS } from '../core/vocabulary';
import { bundledFactBase } from '../facts/bundled';
import { launchChromium } from './chromium';
import { type DemoPage, seedPage } from './pages';
import { DEMO_HOST, servePages } from './server';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'out/screenshots');

export interface PageReport {
  readonly path: string;
  readonly date: string | null;
  readonly mentionCount: number;
  readonly records: readonly { id: string; type: string; label: { ar: string; en: string }; count: number }[];
  readonly claims: readonly { verdict: string; kind: string; text: string; expected: string }[];
}

/** Waits until the page shows highlights; returns how many ranges are painted (those near the viewport). */
async function waitForAnnotation(page: Page, minimum = 1, timeout = 15_000): Promise<number> {
  await page.waitForFunction(
    (min) => {
      let n = 0;
      for (const name of ['siyaq-person', 'siyaq-organization', 'siyaq-place', 'siyaq-event'])
        n += CSS.highlights.get(name)?.size ?? 0;
      return n >= min ? n : false;
    },
    minimum,
    { timeout },
  );
  return page.evaluate(() => {
    let n = 0;
    for (const name of ['siyaq-person', 'siyaq-organization', 'siyaq-place', 'siyaq-event'])
      n += CSS.highlights.get(name)?.size ?? 0;
    return n;
  });
}

async function main(): Promise<void> {
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  const base = bundledFactBase();
  const seedsDir = join(ROOT, 'src/facts/seeds');
  const pages: DemoPage[] = [...base.sources.values()]
    .filter((s) => s.kind === 'seed')
    .map((s) => seedPage(s, seedsDir));
  const index = `<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><title>سياق — صفحات العرض</title><body><h1>صفحات العرض</h1><ul>${pages
    .map((p) => `<li><a href="${p.path}">${p.title.replace(/[&<>"']/g, '')}</a></li>`)
    .join('')}</ul></body></html>`;
  const server = await servePages(new Map([['/', index], ...pages.map((p) => [p.path, p.html] as const)]));
  const origin = `http://${DEMO_HOST}:${server.port}`;
  // A test build: its card lives in an open shadow root the demo can wait for.
  const context = await launchChromium(join(ROOT, headless ? 'dist/test-chrome' : 'dist/chrome'), {
    headless,
  });
  console.log(
    `Siyaq demo: ${pages.length} pages at ${origin}/ (${DEMO_HOST} is mapped to 127.0.0.1 in this browser)`,
  );
  try {
    if (headless) await tour(context, origin, pages);
    else {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${origin}/`);
      console.log('Chromium is open with the extension; hover a highlighted name. Close the window to stop.');
      await new Promise<void>((done) => context.on('close', () => done()));
    }
  } finally {
    // Also after a failure, and after the reader closed the window: close() removes the profile.
    await context.close();
    await server.close();
  }
}

/** Headless: a card on each page, a screenshot, and what was found, printed. */
async function tour(context: BrowserContext, origin: string, pages: readonly DemoPage[]): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const p of pages) {
    const page = await context.newPage();
    await page.goto(origin + p.path);
    const count = await waitForAnnotation(page);
    const summary: PageReport = await page.evaluate(() => {
      return new Promise<PageReport>((done) => {
        // Ask the content script through the DOM: it listens for this event in test builds.
        document.addEventListener(
          'siyaq:summary-result',
          (e) => done(JSON.parse((e as CustomEvent<string>).detail)),
          { once: true },
        );
        document.dispatchEvent(new CustomEvent('siyaq:summary-request'));
      });
    });
    const first = summary.records.find((r) => r.type === 'person') ?? summary.records[0];
    if (first) {
      const mention = await page.evaluate((id) => {
        document.dispatchEvent(new CustomEvent('siyaq:reveal-request', { detail: id }));
        return id;
      }, first.id);
      await page.waitForSelector('[data-siyaq="card"] .card', { timeout: 5000 });
      void mention;
    }
    const file = join(OUT, `${p.path.split('/').pop()?.replace('.html', '')}.png`);
    await page.screenshot({ path: file });
    console.log(
      `\n${p.title}\n  ${origin}${p.path}\n  date: ${summary.date ?? 'unknown'}; ${summary.mentionCount} mentions of ${summary.records.length} records (${count} painted near the viewport); screenshot: ${file}`,
    );
    for (const type of RECORD_TYPES) {
      const rs = summary.records.filter((r) => r.type === type).sort((a, b) => b.count - a.count);
      if (rs.length)
        console.log(`  ${type}: ${rs.map((r) => `${r.label.ar} (${r.label.en}) ×${r.count}`).join('، ')}`);
    }
    const verdicts = VERDICTS.map((v) => `${v} ${summary.claims.filter((c) => c.verdict === v).length}`);
    console.log(`  claims: ${summary.claims.length} (${verdicts.join(', ')})`);
    for (const c of summary.claims.filter((x) => x.verdict === 'contradicted'))
      console.log(`    contradicted ${c.kind}: «${c.text}» — recorded: ${c.expected}`);
    await page.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
