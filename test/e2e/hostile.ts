/**
 * The hostile-page suite, run in Chromium and in Firefox ESR (chromium-hostile.test.ts,
 * firefox-hostile.test.ts): pages that hide text, edit it, replace their body, clear the highlight
 * registry, take our element names, swap articles under a new address, carry huge JSON-LD, or have
 * no whitespace between blocks. Each case checks what the page must keep (its DOM, its console)
 * and what Siyaq must still do. Written against a driver-neutral page: Playwright's and
 * Puppeteer's pages both fit it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RECORD_TYPES, VERDICTS } from '../../src/core/vocabulary';
import {
  highlightedTexts,
  pageSummary,
  pageSummaryIfAny,
  saveSettingsFromPage,
  sendCommand,
  startFixtureServer,
} from './support';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>اختبار</title>${head}</head><body>${body}<script>window.__before = document.documentElement.outerHTML;</script></body></html>`;

/** 300,000 items after the date (600 KB): spreading them into push() overflowed the stack. */
const bigJsonLd = JSON.stringify([
  { '@type': 'NewsArticle', datePublished: '2021-04-08' },
  ...Array(300_000).fill(1),
]);

/** About 10 MB of Arabic news: the seed articles' paragraphs, repeated. */
function tenMegabytes(): string {
  const dir = join(import.meta.dirname, '../../src/facts/seeds');
  const paragraphs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .filter((l) => /[\u0600-\u06ff]/.test(l))
    .map((l) => `<p>${l.replace(/[<&]/g, ' ')}</p>`);
  const out: string[] = [];
  for (let bytes = 0, i = 0; bytes < 10_000_000; i++) {
    const p = paragraphs[i % paragraphs.length] as string;
    out.push(p);
    bytes += Buffer.byteLength(p);
  }
  return out.join('\n');
}

/**
 * The pages, by path: served by the fixture server. `otherOrigin` is a second server (another port:
 * another origin, the same host, so our content script runs there too) for the cross-origin frame.
 */
export function hostilePages(otherOrigin: string): Map<string, string> {
  return new Map([
    [
      '/hostile/hidden.html',
      page(`<article>
        <p style="display:none">قال مصطفى الكاظمي</p>
        <div id="later" hidden><p>وأعلنت كتائب حزب الله</p></div>
        <p style="visibility:hidden">نوري المالكي</p>
        <p>وقال هادي العامري إن الحشد باق.</p>
        <details id="more"><summary>المزيد</summary><p>وقال قيس الخزعلي ذلك.</p></details>
      </article>`),
    ],
    [
      '/hostile/editable.html',
      page(`<article><div id="ed" contenteditable="true"><p id="typing">نص</p></div>
        <p id="made">وقال مصطفى الكاظمي إن الحوار مستمر.</p><p>وأعلنت كتائب حزب الله ذلك.</p></article>`),
    ],
    [
      '/hostile/design.html',
      page(
        `<article><p>وقال مصطفى الكاظمي إن الحوار مستمر.</p></article><script>document.designMode = 'on';</script>`,
      ),
    ],
    [
      '/hostile/minified.html',
      // «رحّب» ends in ب, which the matcher would take for a proclitic of the next block's first word.
      page(
        '<article><p>وقال</p><p>مصطفى الكاظمي إن الحوار مستمر</p><p>وبعد ذلك رحب</p><p>كتائب حزب الله بالخطوة</p></article>',
      ),
    ],
    [
      '/hostile/json-ld.html',
      page(
        '<article><p>وقال رئيس الوزراء العراقي مصطفى الكاظمي إن الحوار مستمر.</p></article>',
        `<script type="application/ld+json">${bigJsonLd}</script>`,
      ),
    ],
    [
      '/hostile/custom-elements.html',
      page(
        `<article><p>وقال مصطفى الكاظمي إن الحوار مستمر.</p></article>
        <script>
          // The names our UI used to take: defined first, with shadow roots of their own.
          for (const name of ['siyaq-card', 'siyaq-notes'])
            customElements.define(name, class extends HTMLElement {
              constructor() { super(); this.attachShadow({ mode: 'closed' }); }
            });
        </script>`,
      ),
    ],
    [
      '/hostile/frames.html',
      page(`<article><p>وقال مصطفى الكاظمي إن الحوار مستمر.</p>
        <iframe id="srcdoc" srcdoc="&lt;p&gt;وقال نوري المالكي ذلك.&lt;/p&gt;&lt;script&gt;document.addEventListener('siyaq:frame-read', (e) => { window.__read = JSON.parse(e.detail); });&lt;/script&gt;"></iframe>
        <iframe id="same" src="/hostile/inner.html"></iframe>
        <iframe id="ad"></iframe></article>
        <script>
          // An ad slot: an about:blank frame the page writes a line into. What our scripts say there
          // (test builds: frame.js's reading, the content script's scan) is kept for the test.
          const ad = document.getElementById('ad').contentDocument;
          ad.open();
          ad.write('<div>إعلان</div>');
          ad.close();
          window.__adFrame = { read: [], annotated: false };
          ad.addEventListener('siyaq:frame-read', (e) => window.__adFrame.read.push(JSON.parse(e.detail)));
          ad.addEventListener('siyaq:annotated', () => { window.__adFrame.annotated = true; });
        </script>`),
    ],
    ['/hostile/inner.html', page('<p>وأعلنت كتائب حزب الله ذلك.</p>')],
    [
      '/hostile/cross-origin.html',
      page(`<article><p>وقال مصطفى الكاظمي إن الحوار مستمر.</p>
        <iframe id="other" src="${otherOrigin}/hostile/inner.html"></iframe></article>`),
    ],
    [
      '/hostile/shadow.html',
      page(
        `<article><p>وقال مصطفى الكاظمي إن الحوار مستمر.</p><div id="open"></div><div id="closed"></div></article>
        <script>
          const text = (t) => { const p = document.createElement('p'); p.textContent = t; return p; };
          document.getElementById('open').attachShadow({ mode: 'open' }).append(text('وقال نوري المالكي ذلك.'));
          document.getElementById('closed').attachShadow({ mode: 'closed' }).append(text('وأعلنت كتائب حزب الله ذلك.'));
        </script>`,
      ),
    ],
    [
      '/hostile/ticker.html',
      // A live ticker: a new item every 150 ms, the oldest dropped beyond five, then it stops.
      page(
        `<ul id="ticker"></ul>
        <script>
          const names = ['مصطفى الكاظمي', 'نوري المالكي', 'هادي العامري', 'قيس الخزعلي'];
          let n = 0;
          const tick = setInterval(() => {
            const li = document.createElement('li');
            li.textContent = 'عاجل ' + n + ': قال ' + names[n % names.length] + ' إن الوضع مستقر';
            const ul = document.getElementById('ticker');
            ul.prepend(li);
            if (ul.children.length > 5) ul.lastElementChild.remove();
            window.__ticks = ++n;
            if (n === 14) clearInterval(tick);
          }, 150);
        </script>`,
      ),
    ],
    ['/hostile/ten-mb.html', page(`<article>${tenMegabytes()}</article>`)],
    [
      '/hostile/rerender.html',
      // A framework re-rendering its whole article every 100 ms: new nodes, the same words.
      page(
        `<div id="app"></div>
        <script>
          const render = () => {
            const p = document.createElement('p');
            p.textContent = 'وقال مصطفى الكاظمي إن الحوار مستمر.';
            document.getElementById('app').replaceChildren(p);
          };
          render();
          setInterval(render, 100);
        </script>`,
      ),
    ],
    [
      '/hostile/react.html',
      // A React-like app: renders its article after load, renders it again from scratch (new nodes,
      // same text) four times, then shows another article; a like counter re-renders every 100 ms.
      page(
        `<div id="root"></div><p id="likes">0</p>
        <script>
          const articles = [['وقال مصطفى الكاظمي إن الحوار مستمر.', 'وأعلنت كتائب حزب الله ذلك.'], ['وقال نوري المالكي إن الحوار مستمر.']];
          const render = (a) => document.getElementById('root').replaceChildren(...articles[a].map((t) => {
            const p = document.createElement('p'); p.textContent = t; return p;
          }));
          let renders = 0;
          const timer = setInterval(() => {
            render(renders < 5 ? 0 : 1);
            if (++renders === 6) clearInterval(timer);
          }, 300);
          let likes = 0;
          setInterval(() => { document.getElementById('likes').firstChild.data = String(++likes); }, 100);
        </script>`,
      ),
    ],
    [
      '/hostile/bidi.html',
      page(
        '<article><p>قال مصطفى\u200c الكاظمي ذلك، وقال \u200fنوري المالكي\u200f أيضاً، وأعلنت كتائب\u2067 حزب الله\u2069 مسؤوليتها.</p></article>',
      ),
    ],
    [
      '/hostile/csp.html',
      page(
        '<article><p>وقال مصطفى الكاظمي إن الحوار مستمر.</p></article>',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; script-src 'self' 'unsafe-inline'; require-trusted-types-for 'script'; trusted-types 'none'">`,
      ),
    ],
    [
      '/hostile/prototypes.html',
      page(
        `<article><p>وقال مصطفى الكاظمي إن الحوار مستمر.</p></article>
        <script>
          // The page's own world: DOM and built-in functions we might touch, wrapped to note every call
          // whose stack runs through extension code (the test driver's own calls do not).
          window.__calls = {};
          const ours = /(chrome|moz)-extension:///;
          const wrap = (obj, name, label) => {
            const real = obj[name];
            obj[name] = function (...args) {
              if (ours.test(new Error().stack || '')) window.__calls[label] = (window.__calls[label] || 0) + 1;
              return real.apply(this, args);
            };
          };
          wrap(Node.prototype, 'appendChild', 'appendChild');
          wrap(Element.prototype, 'append', 'append');
          wrap(Element.prototype, 'attachShadow', 'attachShadow');
          wrap(Element.prototype, 'getBoundingClientRect', 'getBoundingClientRect');
          wrap(Element.prototype, 'checkVisibility', 'checkVisibility');
          wrap(Document.prototype, 'createElement', 'createElement');
          wrap(Document.prototype, 'createRange', 'createRange');
          wrap(EventTarget.prototype, 'addEventListener', 'addEventListener');
          wrap(EventTarget.prototype, 'dispatchEvent', 'dispatchEvent');
          wrap(Array.prototype, 'push', 'Array.push');
          wrap(JSON, 'parse', 'JSON.parse');
          wrap(JSON, 'stringify', 'JSON.stringify');
          // Clobbering: names a page gives its elements that shadow document properties.
          const form = document.createElement('form'); form.name = 'body'; form.id = 'createElement';
          document.documentElement.appendChild(form);
        </script>`,
      ),
    ],
    ['/hostile/registry.html', page('<article id="a"><p>وقال مصطفى الكاظمي إن الحوار مستمر.</p></article>')],
    ['/hostile/body.html', page('<article><p>وقال مصطفى الكاظمي إن الحوار مستمر.</p></article>')],
    [
      '/hostile/spa.html',
      page(
        '<article id="app"><p>وقال أبو مهدي المهندس إن الرد قادم. وأضاف المهندس أن الفصائل جاهزة.</p></article>',
      ),
    ],
  ]);
}

/**
 * The fixture server with the hostile pages, and a second one on another port: another origin for
 * the cross-origin frame.
 */
export async function hostileServers() {
  const [server, other] = await Promise.all([startFixtureServer(), startFixtureServer()]);
  const otherOrigin = other.url('');
  for (const s of [server, other])
    for (const [path, html] of hostilePages(otherOrigin)) s.pages.set(path, html);
  return {
    url: server.url,
    otherOrigin,
    close: () => Promise.all([server.close(), other.close()]),
  };
}

/** What the suite needs of a frame; Playwright's and Puppeteer's both have it. */
export interface HostileFrame {
  url(): string;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
}

/** What the suite needs of a browser page; Playwright's and Puppeteer's both have it. */
export interface HostilePage extends HostileFrame {
  goto(url: string): Promise<unknown>;
  readonly mouse: { move(x: number, y: number): Promise<void> };
  frames(): HostileFrame[];
  close(): Promise<void>;
}

/** Console errors that are the page's own doing, not ours (the fixture server has no favicon). */
export const pageOwnError = (text: string) => text.startsWith('Failed to load resource');

export interface HostileHarness {
  /** A new page, with its console errors and uncaught exceptions collected into `errors`. */
  open(): Promise<{ page: HostilePage; errors: string[] }>;
  url(path: string): string;
  /** The origin `hostilePages` was given for the cross-origin frame. */
  otherOrigin: string;
}

const KINDS: readonly string[] = [...RECORD_TYPES, ...VERDICTS.map((v) => `claim-${v}`)];

/** Runs in the page: the DOM now, without our UI hosts, is the DOM the page had when it loaded. */
function domUnchanged(): boolean {
  const now = document.documentElement.cloneNode(true) as HTMLElement;
  for (const el of now.querySelectorAll('[data-siyaq-ui]')) el.remove();
  return now.outerHTML === (window as unknown as { __before: string }).__before;
}

const recordLabels = async (page: HostilePage): Promise<string[]> => {
  const s = JSON.parse(await page.evaluate(pageSummary)) as { records: { label: { ar: string } }[] };
  return s.records.map((r) => r.label.ar).sort();
};
const highlighted = async (page: HostileFrame) =>
  (await page.evaluate(highlightedTexts, KINDS)).map(([, t]) => t);

async function loaded(h: HostileHarness, path: string, expected: string) {
  const { page, errors } = await h.open();
  await page.goto(h.url(path));
  await expect.poll(() => highlighted(page), { timeout: 15_000 }).toContain(expected);
  return { page, errors };
}

/** The highlighted texts in the frame with this id (a same-origin or srcdoc frame). */
const framePainted = (page: HostilePage, id: string) =>
  page.evaluate((frameId) => {
    const win = (document.getElementById(frameId) as HTMLIFrameElement | null)?.contentWindow as
      | (Window & typeof globalThis)
      | null;
    const out: string[] = [];
    for (const h of win?.CSS.highlights.values() ?? [])
      for (const r of h as Highlight) {
        const range = win!.document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push(range.toString());
      }
    return out;
  }, id);

/** What frame.js said in the srcdoc frame (test builds): whether the background loaded the content script. */
const srcdocRead = (page: HostilePage) =>
  page.evaluate(() => {
    const frame = document.getElementById('srcdoc') as HTMLIFrameElement | null;
    return (frame?.contentWindow as unknown as { __read?: { loaded: boolean } } | null)?.__read ?? null;
  });

/** Runs in the frames page: what frame.js and the content script said in its ad slot (test builds). */
const adFrameState = () =>
  (window as unknown as { __adFrame: { read: unknown[]; annotated: boolean } }).__adFrame;

const cardTitle = (page: HostilePage) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-siyaq="card"]')?.shadowRoot;
    const wrap = root?.querySelector('.wrap') as HTMLElement | null;
    return wrap && !wrap.hidden ? (root?.querySelector('h2')?.textContent ?? null) : null;
  });

/** Runs in the page: our test-build events, and forged requests by postMessage; the names answered. */
function fakeOurMessages(): Promise<string[]> {
  return new Promise<string[]>((done) => {
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
  });
}

/** Runs in the page: whether a summary request gets an answer within 1.5 s. */
function summaryAnswered(): Promise<boolean> {
  return new Promise<boolean>((done) => {
    document.addEventListener('siyaq:summary-result', () => done(true));
    document.dispatchEvent(new CustomEvent('siyaq:summary-request'));
    setTimeout(() => done(false), 1500);
  });
}

const personsPainted = () => CSS.highlights.get('siyaq-person')?.size ?? 0;

/**
 * A page that fakes our messages gets no answer from a release build (`release`, a page of a
 * browser with it), opens no card and does not turn Siyaq off; the same summary request does get
 * an answer from a test build (`test`), so the check can fail.
 */
export async function fakedMessagesCase(release: HostilePage, test: HostilePage, url: string): Promise<void> {
  const painted = async (page: HostilePage) =>
    expect.poll(() => page.evaluate(personsPainted), { timeout: 15_000 }).toBeGreaterThan(0);
  await release.goto(url);
  await painted(release);
  expect(await release.evaluate(fakeOurMessages)).toEqual([]);
  await test.goto(url);
  await painted(test);
  expect(await test.evaluate(summaryAnswered)).toBe(true);
  await test.close();
  expect(await release.evaluate(() => document.querySelector('[data-siyaq="card"]') === null)).toBe(true);
  expect(await release.evaluate(personsPainted)).toBeGreaterThan(0);
  await release.close();
}

/** Runs in the page: the text of each of our highlight ranges whose nodes are still in the page. */
function liveHighlights(kinds: readonly string[]): string[] {
  const out: string[] = [];
  for (const kind of kinds)
    for (const r of CSS.highlights.get(`siyaq-${kind}`) ?? []) {
      if (!r.startContainer.isConnected || !r.endContainer.isConnected) continue;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      out.push(range.toString());
    }
  return out;
}

/** The cases, as tests of the calling describe block. */
export function hostileSuite(h: HostileHarness): void {
  it('leaves hidden text out of the highlights, the popup and the keyboard, and reads it once shown', async () => {
    const { page, errors } = await loaded(h, '/hostile/hidden.html', 'هادي العامري');
    expect(await recordLabels(page)).toEqual(['هادي العامري']);
    await page.evaluate(sendCommand, 'next-mention');
    await expect.poll(() => cardTitle(page)).toBe('هادي العامري');
    await page.evaluate(() => {
      document.getElementById('later')?.removeAttribute('hidden');
      (document.getElementById('more') as HTMLDetailsElement).open = true;
    });
    await expect
      .poll(() => recordLabels(page), { timeout: 10_000 })
      .toEqual(['قيس الخزعلي', 'كتائب حزب الله', 'هادي العامري']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never highlights in editable text: typed later, made editable later, or a designMode page', async () => {
    const { page, errors } = await loaded(h, '/hostile/editable.html', 'مصطفى الكاظمي');
    await page.evaluate(() => {
      const p = document.getElementById('typing') as HTMLElement;
      p.textContent = 'وقال هادي العامري';
    });
    await new Promise((r) => setTimeout(r, 800));
    expect(await highlighted(page)).not.toContain('هادي العامري');
    await page.evaluate(() => document.getElementById('made')?.setAttribute('contenteditable', 'true'));
    await expect.poll(() => highlighted(page)).toEqual(['كتائب حزب الله']);
    expect(errors).toEqual([]);
    await page.close();

    const design = await h.open();
    await design.page.goto(h.url('/hostile/design.html'));
    // The content script answers (it ran) and found nothing to read.
    await expect
      .poll(async () => JSON.parse(await design.page.evaluate(pageSummaryIfAny))?.mentionCount, {
        timeout: 15_000,
      })
      .toBe(0);
    expect(await highlighted(design.page)).toEqual([]);
    await design.page.close();
  });

  it('finds names at the start of blocks with no whitespace between them, and changes no DOM', async () => {
    const { page, errors } = await loaded(h, '/hostile/minified.html', 'كتائب حزب الله');
    expect(await highlighted(page)).toEqual(['مصطفى الكاظمي', 'كتائب حزب الله']);
    expect(await page.evaluate(domUnchanged)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a page whose JSON-LD holds 300,000 items, dated by it', async () => {
    const { page, errors } = await loaded(h, '/hostile/json-ld.html', 'مصطفى الكاظمي');
    // Dated 8 April 2021 by its JSON-LD, the title is judged (and right): the date was read.
    await expect.poll(() => page.evaluate(highlightedTexts, ['claim-supported'])).not.toEqual([]);
    expect(await page.evaluate(domUnchanged)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens cards on a page that defined our old element names first', async () => {
    const { page, errors } = await loaded(h, '/hostile/custom-elements.html', 'مصطفى الكاظمي');
    await page.evaluate(sendCommand, 'next-mention');
    await expect.poll(() => cardTitle(page)).toBe('مصطفى الكاظمي');
    expect(await page.evaluate(domUnchanged)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('annotates same-origin and srcdoc frames, each in its own document, and loads nothing into a frame that names nothing', async () => {
    const { page, errors } = await loaded(h, '/hostile/frames.html', 'مصطفى الكاظمي');
    await expect.poll(() => framePainted(page, 'srcdoc'), { timeout: 15_000 }).toContain('نوري المالكي');
    await expect.poll(() => framePainted(page, 'same'), { timeout: 15_000 }).toContain('كتائب حزب الله');
    expect(await srcdocRead(page)).toEqual({ loaded: true });
    // A frame that names nothing is read by frame.js and gets no content script.
    const adFrame = () => page.evaluate(adFrameState);
    await expect.poll(async () => (await adFrame()).read, { timeout: 15_000 }).toEqual([{ loaded: false }]);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    expect(await adFrame()).toEqual({ read: [{ loaded: false }], annotated: false });
    // The top frame's summary is the article's, not the frames'.
    expect(await recordLabels(page)).toEqual(['مصطفى الكاظمي']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('annotates no frame of a site the reader turned off, the page’s ad slots and srcdoc frames included', async () => {
    const { page, errors } = await loaded(h, '/hostile/frames.html', 'مصطفى الكاظمي');
    await expect.poll(() => framePainted(page, 'srcdoc'), { timeout: 15_000 }).toContain('نوري المالكي');
    // Off on this site, from the card: the frames the page made follow, as its own text does.
    await page.evaluate(sendCommand, 'next-mention');
    await expect.poll(() => cardTitle(page)).not.toBeNull();
    await page.evaluate(() =>
      (
        document
          .querySelector('[data-siyaq="card"]')
          ?.shadowRoot?.querySelector('.off-site') as HTMLElement | null
      )?.click(),
    );
    try {
      await expect.poll(() => highlighted(page)).toEqual([]);
      await expect.poll(() => framePainted(page, 'srcdoc')).toEqual([]);
      // Loaded again: frame.js reads every frame, and the background loads nothing into any of them.
      await page.goto(h.url('/hostile/frames.html'));
      await expect
        .poll(async () => (await page.evaluate(adFrameState)).read, { timeout: 15_000 })
        .toEqual([{ loaded: false }]);
      await expect.poll(() => srcdocRead(page), { timeout: 15_000 }).toEqual({ loaded: false });
      await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
      expect(await framePainted(page, 'srcdoc')).toEqual([]);
      expect(await framePainted(page, 'same')).toEqual([]);
      expect(await highlighted(page)).toEqual([]);
    } finally {
      await page.evaluate(saveSettingsFromPage, JSON.stringify({ disabledSites: [] }));
    }
    // On again: the open page and its frames are annotated.
    await expect.poll(() => highlighted(page), { timeout: 15_000 }).toContain('مصطفى الكاظمي');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds names with bidi controls and zero-width joiners inside them', async () => {
    const { page, errors } = await loaded(h, '/hostile/bidi.html', 'كتائب\u2067 حزب الله\u2069');
    expect((await recordLabels(page)).sort()).toEqual(
      ['كتائب حزب الله', 'مصطفى الكاظمي', 'نوري المالكي'].sort(),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works under a strict CSP with Trusted Types: styled card, no violation reported', async () => {
    const { page, errors } = await loaded(h, '/hostile/csp.html', 'مصطفى الكاظمي');
    await page.evaluate(sendCommand, 'next-mention');
    await expect.poll(() => cardTitle(page)).toBe('مصطفى الكاظمي');
    const styled = await page.evaluate(() => {
      const wrap = document.querySelector('[data-siyaq="card"]')?.shadowRoot?.querySelector('.wrap');
      return wrap ? getComputedStyle(wrap).position : null;
    });
    expect(styled).toBe('fixed'); // the card's own styles applied
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never calls into the page’s own world: overridden DOM prototypes and globals, clobbered names', async () => {
    const { page, errors } = await loaded(h, '/hostile/prototypes.html', 'مصطفى الكاظمي');
    await page.evaluate(sendCommand, 'next-mention');
    await expect.poll(() => cardTitle(page)).toBe('مصطفى الكاظمي');
    expect(
      await page.evaluate(() => (window as unknown as { __calls: Record<string, number> }).__calls),
    ).toEqual({});
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts its highlights back after the page clears the shared registry', async () => {
    const { page, errors } = await loaded(h, '/hostile/registry.html', 'مصطفى الكاظمي');
    await page.evaluate(() => {
      CSS.highlights.clear();
      const p = document.createElement('p');
      p.textContent = 'وأعلنت كتائب حزب الله ذلك.';
      document.getElementById('a')?.append(p);
    });
    await expect.poll(() => highlighted(page)).toEqual(['مصطفى الكاظمي', 'كتائب حزب الله']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a new <body> when the page replaces its own, and opens its cards', async () => {
    const { page, errors } = await loaded(h, '/hostile/body.html', 'مصطفى الكاظمي');
    await page.evaluate(() => {
      const body = document.createElement('body');
      const p = document.createElement('p');
      p.textContent = 'وقال نوري المالكي إن الحوار مستمر.';
      body.append(p);
      document.documentElement.replaceChild(body, document.body);
    });
    await expect.poll(() => highlighted(page)).toEqual(['نوري المالكي']);
    await page.evaluate(sendCommand, 'next-mention');
    await expect.poll(() => cardTitle(page)).toBe('نوري المالكي');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not let a weak alias lean on a name from the article it replaced (client-side navigation)', async () => {
    const { page, errors } = await loaded(h, '/hostile/spa.html', 'أبو مهدي المهندس');
    // «المهندس» alone counts here: the full name is on the page.
    expect(await highlighted(page)).toEqual(['أبو مهدي المهندس', 'المهندس']);
    await page.evaluate(() => {
      history.pushState({}, '', '/hostile/spa-2.html');
      const p = document.createElement('p');
      p.textContent = 'وقال المهندس المشرف على المشروع إن العمل انتهى.';
      document.getElementById('app')?.replaceChildren(p);
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await highlighted(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('annotates a cross-origin frame in its own document, and keeps it out of the page’s summary', async () => {
    const { page, errors } = await loaded(h, '/hostile/cross-origin.html', 'مصطفى الكاظمي');
    const frame = async () => page.frames().find((f) => f.url().startsWith(h.otherOrigin));
    await expect
      .poll(async () => {
        const f = await frame();
        return f ? highlighted(f) : [];
      })
      .toEqual(['كتائب حزب الله']);
    expect(await recordLabels(page)).toEqual(['مصطفى الكاظمي']);
    expect(await page.evaluate(domUnchanged)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads open shadow roots, leaves closed ones alone, and opens cards from either side', async () => {
    const { page, errors } = await loaded(h, '/hostile/shadow.html', 'نوري المالكي');
    expect(await highlighted(page)).toEqual(['مصطفى الكاظمي', 'نوري المالكي']);
    expect(await recordLabels(page)).toEqual(['مصطفى الكاظمي', 'نوري المالكي'].sort());
    // Styled there too: Firefox does not carry the document's highlight styles into shadow trees.
    expect(
      await page.evaluate(() =>
        [...(document.getElementById('open')?.shadowRoot?.adoptedStyleSheets ?? [])].some((sheet) =>
          [...sheet.cssRules].some((r) => r.cssText.includes('::highlight(siyaq-person)')),
        ),
      ),
    ).toBe(true);
    await page.evaluate(sendCommand, 'next-mention');
    await expect.poll(() => cardTitle(page)).toBe('مصطفى الكاظمي');
    await page.evaluate(sendCommand, 'next-mention');
    await expect.poll(() => cardTitle(page)).toBe('نوري المالكي');
    // Text added to the shadow root later is read too.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'وقال هادي العامري ذلك.';
      document.getElementById('open')?.shadowRoot?.append(p);
    });
    await expect.poll(() => highlighted(page)).toContain('هادي العامري');
    expect(await page.evaluate(domUnchanged)).toBe(true);
    await page.close();

    // Hovering a name inside the shadow root opens its card: hit-testing looks into the root.
    const hover = await loaded(h, '/hostile/shadow.html', 'نوري المالكي');
    const point = await hover.page.evaluate(() => {
      const text = document.getElementById('open')?.shadowRoot?.querySelector('p')?.firstChild as Text;
      const r = document.createRange();
      const at = text.data.indexOf('نوري');
      r.setStart(text, at);
      r.setEnd(text, at + 4);
      const box = r.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await hover.page.mouse.move(point.x, point.y);
    await expect.poll(() => cardTitle(hover.page)).toBe('نوري المالكي');
    expect([...errors, ...hover.errors]).toEqual([]);
    await hover.page.close();
  });

  it('follows a live ticker: new items highlighted, dropped ones forgotten', async () => {
    const { page, errors } = await h.open();
    await page.goto(h.url('/hostile/ticker.html'));
    const shown = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#ticker li')].map(
          (li) => /قال (.+) إن/.exec(li.textContent ?? '')?.[1],
        ),
      );
    // The ticker stops after 14 items; then every item on screen, and only those, is highlighted.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __ticks?: number }).__ticks))
      .toBe(14);
    await expect
      .poll(async () => (await highlighted(page)).sort(), { timeout: 15_000 })
      .toEqual((await shown()).sort());
    expect(JSON.parse(await page.evaluate(pageSummary)).mentionCount).toBe(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows a React-like app through re-renders to its next article, while a counter ticks every 100 ms', async () => {
    const { page, errors } = await loaded(h, '/hostile/react.html', 'مصطفى الكاظمي');
    await expect.poll(() => highlighted(page), { timeout: 15_000 }).toEqual(['نوري المالكي']);
    expect(await recordLabels(page)).toEqual(['نوري المالكي']);
    // The counter keeps changing; the article's highlight stays.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await highlighted(page)).toEqual(['نوري المالكي']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the highlights of an article a framework renders anew every 100 ms', async () => {
    const { page, errors } = await loaded(h, '/hostile/rerender.html', 'مصطفى الكاظمي');
    // Sampled between the page's renders: each time, the name in the page now is painted, once.
    const samples: string[][] = [];
    for (let i = 0; i < 12; i++) {
      samples.push(await page.evaluate(liveHighlights, KINDS));
      await new Promise((r) => setTimeout(r, 87));
    }
    expect(samples).toEqual(Array(12).fill(['مصطفى الكاظمي']));
    expect(JSON.parse(await page.evaluate(pageSummary)).mentionCount).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a 10 MB page to its end, and leaves its DOM as it was', async () => {
    const { page, errors } = await h.open();
    await page.goto(h.url('/hostile/ten-mb.html'));
    const count = async () => JSON.parse(await page.evaluate(pageSummaryIfAny))?.mentionCount ?? 0;
    // The scan is done when the count stops growing; the same text at 1 MB has 11,155 mentions.
    let last = -1;
    await expect
      .poll(
        async () => {
          const now = await count();
          const settled = now === last && now > 0;
          last = now;
          return settled;
        },
        { timeout: 180_000, interval: 3000 },
      )
      .toBe(true);
    expect(last).toBeGreaterThan(100_000);
    // The last paragraph's names were read: the keyboard's previous mention from the top is the last one.
    await page.evaluate(sendCommand, 'previous-mention');
    await expect.poll(() => cardTitle(page), { timeout: 15_000 }).not.toBe(null);
    expect(await page.evaluate(() => document.documentElement.scrollTop)).toBeGreaterThan(100_000);
    expect(await page.evaluate(domUnchanged)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
}
