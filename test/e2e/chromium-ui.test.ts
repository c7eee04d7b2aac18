/**
 * Siyaq's own pages and the card in real Chromium: the popup (claims first, at most 600 px, the
 * report in one click), the options page (settings followed live by open pages, packs, settings
 * files), the card (a labelled dialog, pinned on screen, "turn off on this site"), all axe-clean in
 * both themes.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/demo/chromium';
import { axeViolations } from './axe';
import {
  askTab,
  CLAIM_KINDS,
  cardText,
  highlightedTexts,
  paintedCount,
  pointOfText,
  RECORD_KINDS,
  sendCommand,
  startFixtureServer,
} from './support';

let context: BrowserContext;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let extensionId: string;

beforeAll(async () => {
  server = await startFixtureServer();
  context = await launchChromium(join(import.meta.dirname, '../../dist/test-chrome'), { headless: true });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

async function open(path: string, kinds = RECORD_KINDS, min = 1): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url(path));
  await page.waitForFunction(
    ([k, n]) => k.reduce((s, t) => s + (CSS.highlights.get(`siyaq-${t}`)?.size ?? 0), 0) >= n,
    [kinds, min] as const,
  );
  return page;
}

async function extensionPage(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** The popup as the toolbar opens it, for the tab showing `url` (test builds take ?tab=). */
async function popupFor(url: string): Promise<Page> {
  const probe = await extensionPage('popup.html');
  const tabId = await probe.evaluate(async (u) => {
    const tabs = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      }
    ).chrome.tabs;
    return (await tabs.query({})).find((t) => t.url === u)?.id;
  }, url);
  await probe.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await probe.waitForSelector('main');
  return probe;
}

const SHOTS = join(import.meta.dirname, '../../out/screenshots');

/** axe in the light and the dark theme (the system's preference), with a screenshot of each when `shot` is named. */
async function cleanInBothThemes(
  page: Page,
  selector?: string,
  shot?: { name: string; clip?: string },
): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page, selector), colorScheme).toEqual([]);
    if (shot) {
      mkdirSync(SHOTS, { recursive: true });
      const clip = shot.clip ? ((await page.locator(shot.clip).boundingBox()) ?? undefined) : undefined;
      await page.screenshot({ path: join(SHOTS, `chromium-${shot.name}-${colorScheme}.png`), clip });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const cardOpen = () => {
  const wrap = document
    .querySelector('[data-siyaq="card"]')
    ?.shadowRoot?.querySelector('.wrap') as HTMLElement | null;
  return Boolean(wrap && !wrap.hidden);
};

describe('Chromium: popup', () => {
  it('puts the claims first, collapses records, stays within 600 px, exports the report in one click, passes axe', async () => {
    const page = await open('/demo/seed-001.html', RECORD_KINDS, 20);
    const popup = await popupFor(page.url());
    await popup.waitForSelector('section.claims');
    expect(
      await popup.$$eval('main > section, main > details', (els) => els.map((e) => e.className)),
    ).toEqual(['claims', 'records', 'notes']);
    expect(
      await popup.$$eval('details.group', (els) => els.every((d) => !(d as HTMLDetailsElement).open)),
    ).toBe(true);
    await cleanInBothThemes(popup, undefined, { name: 'popup', clip: 'body' });
    // By keyboard alone: Tab reaches a claim and a record type; Enter opens the type's list.
    const reached: string[] = [];
    for (let i = 0; i < 60 && !reached.includes('SUMMARY'); i++) {
      await popup.keyboard.press('Tab');
      reached.push(await popup.evaluate(() => `${document.activeElement?.tagName}`));
    }
    expect(reached).toContain('BUTTON');
    expect(reached.at(-1)).toBe('SUMMARY');
    await popup.keyboard.press('Enter');
    expect(
      await popup.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement | null)?.open),
    ).toBe(true);
    // Everything opened: the content is taller than 600 px, the popup is not.
    await popup.$$eval('details', (els) => {
      for (const d of els) (d as HTMLDetailsElement).open = true;
    });
    const heights = await popup.evaluate(() => ({
      content: (document.querySelector('main') as HTMLElement).scrollHeight,
      popup: document.body.getBoundingClientRect().height,
    }));
    expect(heights.content).toBeGreaterThan(600);
    expect(heights.popup).toBeLessThanOrEqual(600);
    await cleanInBothThemes(popup); // everything open
    // One click: the Markdown report is saved.
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.click('button.export-report'),
    ]);
    expect(download.suggestedFilename()).toBe('siyaq-report.md');
    expect(readFileSync((await download.path()) as string, 'utf8')).toContain('تقرير التحقق');
    await popup.close();
    await page.close();
  });

  it('explains itself where Siyaq cannot run', async () => {
    const popup = await popupFor('chrome://newtab/');
    // No such tab: the popup falls back to the active tab, its own extension page, which is closed to Siyaq.
    expect(await popup.textContent('main')).toMatch(/لا يعمل سياق في صفحات المتصفح نفسه/);
    await popup.close();
  });
});

describe('Chromium: options page', () => {
  it('passes axe in both themes and lists the bundled packs', async () => {
    const options = await extensionPage('options.html');
    await options.waitForSelector('fieldset.packs tr[data-pack="core"]');
    // A fresh profile: the built-in sites' own grants are not listed as sites the reader added.
    expect(await options.$$eval('ul.granted li', (items) => items.length)).toBe(0);
    await options.setViewportSize({ width: 900, height: 800 });
    await cleanInBothThemes(options, undefined, { name: 'options' });
    await options.close();
  });

  it('changes what an open page highlights, live: types, density, claims, on/off', async () => {
    const page = await open('/claims.html', CLAIM_KINDS, 2);
    const options = await extensionPage('options.html');
    await options.waitForSelector('input[name="type-organization"]');
    const count = (kinds: readonly string[]) => page.evaluate(paintedCount, kinds);
    expect(await count(['organization'])).toBeGreaterThan(0);

    await options.uncheck('input[name="type-organization"]');
    await expect.poll(() => count(['organization'])).toBe(0);
    await options.check('input[name="type-organization"]');
    await expect.poll(() => count(['organization'])).toBeGreaterThan(0);

    await options.check('input[name="density"][value="claims"]');
    await expect.poll(() => count(RECORD_KINDS)).toBe(0);
    await expect.poll(() => count(CLAIM_KINDS)).toBe(2);
    await options.check('input[name="density"][value="all"]');
    await expect.poll(() => count(RECORD_KINDS)).toBeGreaterThan(0);

    await options.uncheck('input[name="claims"]');
    await expect.poll(() => count(CLAIM_KINDS)).toBe(0);
    await options.check('input[name="claims"]');
    await expect.poll(() => count(CLAIM_KINDS)).toBe(2);

    await options.uncheck('input[name="enabled"]');
    await expect.poll(() => count([...RECORD_KINDS, ...CLAIM_KINDS])).toBe(0);
    await options.check('input[name="enabled"]');
    await expect.poll(() => count(CLAIM_KINDS)).toBe(2);

    // The theme reaches the cards.
    await options.selectOption('select[name="theme"]', 'dark');
    await page.evaluate(sendCommand, 'next-mention');
    await page.waitForFunction(cardOpen);
    expect(
      await page.evaluate(
        () =>
          (
            document
              .querySelector('[data-siyaq="card"]')
              ?.shadowRoot?.querySelector('.wrap') as HTMLElement | null
          )?.dataset.theme,
      ),
    ).toBe('dark');
    await options.selectOption('select[name="theme"]', 'system');
    await options.close();
    await page.close();
  });

  it('sets the hover delay, the text size and the interface language, followed by open pages', async () => {
    const page = await open('/dated.html', RECORD_KINDS, 2);
    const options = await extensionPage('options.html');
    await options.waitForSelector('input[name="dwellMs"]');
    const wrap = () =>
      page.evaluate(() => {
        const root = document.querySelector('[data-siyaq="card"]')?.shadowRoot;
        const w = root?.querySelector('.wrap') as HTMLElement | null;
        return w && !w.hidden
          ? { zoom: w.style.getPropertyValue('zoom'), title: root?.querySelector('h2')?.textContent }
          : null;
      });
    const hoverName = async () => {
      const p = await page.evaluate(pointOfText, 'الكاظمي');
      if (!p) throw new Error('no name');
      await page.mouse.move(5, 5);
      await page.mouse.move(p.x, p.y, { steps: 2 });
    };
    // A long delay: no card yet after a second on the name.
    await options.fill('input[name="dwellMs"]', '3000');
    await options.press('input[name="dwellMs"]', 'Tab');
    await options.waitForTimeout(300);
    await hoverName();
    await page.waitForTimeout(1000);
    expect(await wrap()).toBe(null);
    // No delay, bigger text, English: the next card opens at once, at 130 %, in English.
    await page.mouse.move(5, 5);
    await options.fill('input[name="dwellMs"]', '0');
    await options.press('input[name="dwellMs"]', 'Tab');
    await options.selectOption('select[name="textSize"]', '130');
    await options.selectOption('select[name="lang"]', 'en');
    await expect.poll(() => options.textContent('h1')).toBe('Siyaq settings');
    expect(await options.getAttribute('main', 'dir')).toBe('ltr');
    await page.waitForTimeout(300);
    await hoverName();
    await expect.poll(wrap, { timeout: 2000 }).toEqual({ zoom: '1.3', title: 'Mustafa al-Kadhimi' });
    // Back to the defaults for the other tests.
    await options.fill('input[name="dwellMs"]', '350');
    await options.press('input[name="dwellMs"]', 'Tab');
    await options.selectOption('select[name="textSize"]', '100');
    await options.selectOption('select[name="lang"]', 'ar');
    await expect.poll(() => options.textContent('h1')).toBe('إعدادات سياق');
    await options.close();
    await page.close();
  });

  it('exports settings, and refuses a bad settings file or pack whole, saying why', async () => {
    const options = await extensionPage('options.html');
    await options.waitForSelector('fieldset.packs tr[data-pack="core"]');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.click('button.export-settings'),
    ]);
    const exported = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
    expect(exported).toMatchObject({ siyaqSettings: 1, settings: { lang: 'ar', density: 'all' } });

    const bad = { siyaqSettings: 1, settings: { lang: 'en', dwellMs: -3 } };
    await options.setInputFiles('input[name="settings-file"]', {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await expect.poll(() => options.textContent('header [role="status"]')).toMatch(/settings\.dwellMs/);
    expect(await options.getAttribute('main', 'lang')).toBe('ar'); // nothing applied, not even lang

    await options.setInputFiles('input[name="pack-file"]', {
      name: 'pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ manifest: { id: 'mine' }, sources: [], records: [] })),
    });
    await expect.poll(() => options.textContent('.pack-message')).toMatch(/رُفضت الحزمة كلها/);
    expect(await options.$$eval('fieldset.packs tbody tr', (rows) => rows.length)).toBeGreaterThan(1);
    expect(await options.$('tr[data-pack="mine"]')).toBe(null);

    // A good pack: listed, used by pages at once, exported as it was, removed.
    server.pages.set(
      '/user-pack.html',
      '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر</title></head><body><article><p>قالت جمعية الاختبار الوهمية إن الاجتماع تأجل.</p></article></body></html>',
    );
    await options.setInputFiles(
      'input[name="pack-file"]',
      join(import.meta.dirname, '../fixtures/packs/user-pack.json'),
    );
    await options.waitForSelector('tr[data-pack="user-example"]');
    expect(await options.textContent('.pack-message')).toContain('حزمة تجريبية');
    const packPage = await open('/user-pack.html', ['organization'], 1);
    expect(await packPage.evaluate(highlightedTexts, ['organization'])).toEqual([
      ['organization', 'جمعية الاختبار الوهمية'],
    ]);
    const [packFile] = await Promise.all([
      options.waitForEvent('download'),
      options.click('tr[data-pack="user-example"] button:first-child'),
    ]);
    const exportedPack = JSON.parse(readFileSync((await packFile.path()) as string, 'utf8'));
    expect(exportedPack.records.map((r: { id: string }) => r.id)).toEqual(['test-association']);
    await options.click('tr[data-pack="user-example"] .remove-pack');
    await options.waitForSelector('tr[data-pack="user-example"]', { state: 'detached' });
    await packPage.reload();
    await packPage.waitForTimeout(1000);
    expect(await packPage.evaluate(highlightedTexts, ['organization'])).toEqual([]);
    await packPage.close();

    await options.fill('input[name="site"]', 'not a host');
    await options.click('form.add-site button[type="submit"]');
    expect(await options.textContent('[role="alert"]')).toMatch(/ليس اسم موقع/);
    await options.close();
  });
});

describe('Chromium: card', () => {
  it('is a labelled dialog that passes axe in both themes', async () => {
    const page = await open('/claims.html', CLAIM_KINDS, 2);
    await page.evaluate(sendCommand, 'next-mention');
    await page.waitForFunction(cardOpen);
    const dialog = await page.evaluate(() => {
      const card = document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('.card');
      return [card?.getAttribute('role'), Boolean(card?.getAttribute('aria-label'))];
    });
    expect(dialog).toEqual(['dialog', true]);
    await page.setViewportSize({ width: 1100, height: 800 });
    await cleanInBothThemes(page, '[data-siyaq="card"]', { name: 'card' });
    await page.close();
  });

  it('stays on screen when pinned, whatever scrolls', async () => {
    const page = await open('/dated.html', RECORD_KINDS, 2);
    await page.evaluate(() => {
      document.body.style.paddingBottom = '5000px';
    });
    await page.evaluate(sendCommand, 'next-mention');
    await page.waitForFunction(cardOpen);
    const inShadow = (sel: string) =>
      page.evaluate((s) => {
        const el = document
          .querySelector('[data-siyaq="card"]')
          ?.shadowRoot?.querySelector(s) as HTMLElement | null;
        el?.click();
        return Boolean(el);
      }, sel);
    expect(await inShadow('button[aria-pressed]')).toBe(true); // pin
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(300);
    const box = await page.evaluate(() => {
      const close = document
        .querySelector('[data-siyaq="card"]')
        ?.shadowRoot?.querySelector('.close') as HTMLElement;
      const r = close.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight, scrolled: scrollY };
    });
    expect(box.scrolled).toBeGreaterThan(1000);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    expect(await page.evaluate(cardOpen)).toBe(true);
    expect((await page.evaluate(cardText))?.title).toBe('مصطفى الكاظمي');
    await page.close();
  });

  it('turns Siyaq off on the site from the card, and greys the toolbar icon', async () => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // Records the icons the background sets (the action API cannot read an icon back).
    await worker.evaluate(() => {
      type Action = { setIcon(d: { path: Record<string, string> }): Promise<void> };
      const g = globalThis as unknown as { chrome: { action: Action }; siyaqIcons: string[] };
      const set = g.chrome.action.setIcon.bind(g.chrome.action);
      g.siyaqIcons = [];
      g.chrome.action.setIcon = (d) => {
        g.siyaqIcons.push(String(d.path[16]));
        return set(d);
      };
    });
    const icons = () => worker.evaluate(() => (globalThis as unknown as { siyaqIcons: string[] }).siyaqIcons);
    const page = await open('/dated.html', RECORD_KINDS, 2);
    // A page where Siyaq is on keeps the default icon: nothing is set (that cost ~10 ms of CPU a page).
    expect(await icons()).toEqual([]);
    await page.evaluate(sendCommand, 'next-mention');
    await page.waitForFunction(cardOpen);
    await page.evaluate(() =>
      (
        document
          .querySelector('[data-siyaq="card"]')
          ?.shadowRoot?.querySelector('.off-site') as HTMLElement | null
      )?.click(),
    );
    await expect.poll(() => page.evaluate(paintedCount, RECORD_KINDS)).toBe(0);
    await expect.poll(async () => (await icons()).at(-1)).toBe('icons/icon-off-16.png');
    // Back from the back/forward cache the browser may show the default icon again: greyed anew.
    const greyed = (await icons()).length;
    await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await expect.poll(async () => (await icons()).slice(greyed)).toEqual(['icons/icon-off-16.png']);
    const options = await extensionPage('options.html');
    await options.waitForSelector('ul.disabled-sites li');
    expect(await options.textContent('ul.disabled-sites')).toContain(new URL(page.url()).hostname);
    // Turned back on from the options page: the open page is annotated again.
    await options.click('ul.disabled-sites li button');
    await expect.poll(() => page.evaluate(paintedCount, RECORD_KINDS)).toBeGreaterThan(0);
    await expect.poll(async () => (await icons()).at(-1)).toBe('icons/icon-16.png');
    await options.close();
    // Off in this tab from the popup, then a new page in the tab: its first batch restores the icon,
    // whether or not the browser kept the grey across the navigation.
    await page.evaluate(askTab, JSON.stringify({ name: 'siyaq:set-enabled', params: { enabled: false } }));
    await expect.poll(async () => (await icons()).at(-1)).toBe('icons/icon-off-16.png');
    const before = (await icons()).length;
    await page.reload();
    await expect.poll(() => page.evaluate(paintedCount, RECORD_KINDS)).toBeGreaterThan(0);
    await expect.poll(async () => (await icons()).slice(before)).toEqual(['icons/icon-16.png']);
    await page.close();
  });
});

describe('Chromium: first run', () => {
  it('opens the welcome page once, on install: it says nothing leaves the machine, and passes axe', async () => {
    const welcome =
      context.pages().find((p) => p.url().endsWith('/welcome.html')) ??
      (await context.waitForEvent('page', (p) => p.url().endsWith('/welcome.html')));
    await welcome.waitForSelector('.privacy');
    expect(await welcome.textContent('.privacy')).toMatch(/لا يرسل شيئاً إلى الشبكة/);
    expect(await welcome.textContent('.steps')).toContain('Alt+.'); // as people read it, not «Alt+Period»
    await cleanInBothThemes(welcome);
    await welcome.click('button.link'); // English
    await expect.poll(() => welcome.textContent('h1')).toBe('Welcome to Siyaq');
    await welcome.click('button.link'); // back to Arabic, as the other tests expect
    await expect.poll(() => welcome.getAttribute('html', 'lang')).toBe('ar');
  });
});

describe('Chromium: notes view', () => {
  it('passes axe in both themes', async () => {
    const notes = await extensionPage('notes.html');
    await notes.waitForSelector('main');
    await cleanInBothThemes(notes);
    await notes.close();
  });
});
