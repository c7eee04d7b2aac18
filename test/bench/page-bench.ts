/**
 * `node dist/bench/page-bench.mjs`: the page-side budgets (docs/benchmarks.md) in real Chromium.
 * Two headless profiles run side by side, one with the extension (dist/test-chrome) and one
 * without, and every figure alternates between them and takes medians: these machines are
 * shared and noisy, so only with-minus-without differences measured in one run mean anything.
 *
 * Short article (~1,100 chars from the first seed), 15 loads per profile, CDP Performance.getMetrics
 * once the page has settled (ours: `siyaq:annotated` + 300 ms):
 *   pageOverheadMs / pageOverheadHeapMB        main-thread task time / JS heap, with − without
 *   pageOverheadCpuMs                          main-thread CPU time (ThreadTime), with − without:
 *                                              task time less the waits for a core
 *   pageOverheadMsFrames / …CpuMsFrames        the same article with 10 ad-like about:blank iframes
 *                                               (a line of text each): our content script runs in each
 *   pageOverheadMs100k / …CpuMs100k / …HeapMB100k the same with a 100,000-alias user pack (null if
 *                                               the build cannot add packs)
 *   coldStartMs / warmStartMs  DOMContentLoaded → last highlight, service worker stopped / running
 * About 1 MB of Arabic text (the seeds, repeated in paragraphs):
 *   lastHighlightMs  DOMContentLoaded → last highlight registered (`at` of `siyaq:annotated`)
 *   firstPaintMs     DOMContentLoaded → the page's first contentful paint (with the extension)
 *   lastHighlightAfterPaintMs  that first paint → last highlight: what a reader can see waiting
 *   markjsMs, markjsRatio  mark.js wrapping the same aliases in <mark>, and its time / our scan time
 *   longestTaskMs, longestTaskMs4x  longest task during our scan (Long Tasks API), CPU ×1 and ×4
 *   timerGapMs       the page's own 100 ms interval timer: its longest wait during our scan, from our
 *                    content script's start to the tick after our last highlight (a gap that began
 *                    before our start counts from our start: the page's own first layout often comes
 *                    just before it). timerGapAloneMs: the same window on the page without us.
 *   timerGapSinceNavMs the same, counted from navigation: the page's own load and layout included
 *   paragraphAnnotateMs, paragraphLongTasks(Alone), paragraphLongestTask(Alone)Ms  the same text as
 *                    one 1 MB paragraph: scan time, and main-thread tasks over 50 ms from a trace, up
 *                    to a second after our last highlight (the repaints highlights cause count too)
 *   clickDelayMs     input delay of real clicks on text, with − without
 *   styleFrameMs     page style change → the frame after the one that paints it, with − without
 * Pages that keep changing:
 *   rerenderTaskRatio, rerenderHeapMB, rerenderHeapGrowthMB  a page that re-renders its article
 *                    every 100 ms for 60 s: task time with / without, the JS heap with minus
 *                    without at the end, and ours at the end minus at 10 s (garbage collected)
 *   navHeapGrowthMB  100 client-side navigations (address and article swapped): heap after the
 *                    100th minus after the 10th, garbage collected both times (flat is ~0)
 * `--json` prints one JSON object on stdout (progress goes to stderr); otherwise a table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { compileMatcherTables } from '../../src/core/match/matcher';
import { launchChromium } from '../../src/demo/chromium';
import { escapeHtml } from '../../src/demo/pages';
import { DEMO_HOST, servePages } from '../../src/demo/server';
import { bundledFactBase } from '../../src/facts/bundled';
import { syntheticAliases } from './synthetic';
import { longestWait } from './timer-wait';

const ROOT = resolve(import.meta.dirname, '../..');
/**
 * The test build by default: it says when it has annotated a page. SIYAQ_BENCH_RELEASE=1 measures
 * the release build (minified, no test hooks) on the short article instead, waiting a fixed time.
 */
const RELEASE = process.env.SIYAQ_BENCH_RELEASE === '1';
/** SIYAQ_BENCH_EXTENSION measures another build (of another commit, say) side by side with this one. */
const EXTENSION =
  process.env.SIYAQ_BENCH_EXTENSION ?? join(ROOT, RELEASE ? 'dist/chrome' : 'dist/test-chrome');
/** How long the release build is given to annotate the short article before metrics are read. */
const RELEASE_WAIT_MS = 1000;
const SEEDS = join(ROOT, 'src/facts/seeds');
const require = createRequire(import.meta.url);
const markJs = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');

const SHORT_LOADS = Number(process.env.SIYAQ_SHORT_LOADS ?? 15);
const START_LOADS = 5;
const BIG_LOADS = 3;
const CLICKS = 15;
const STYLE_FRAMES = 15;
const SETTLE_MS = 300;
const SHORT_CHARS = 1_100;
const BIG_BYTES = 1_000_000;

// ---------------------------------------------------------------------------------------------
// Pages

const seedTexts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
const lines = (t: string) =>
  t
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 20);

/** The detail of the test build's `siyaq:annotated` event; `at` is performance.now() of the last highlight. */
interface Annotated {
  scanMs: number;
  mentions: number;
  at: number;
}
/** What the page's head script collects: it runs before our content script, so it misses nothing. */
interface Probe {
  annotated: Annotated | null;
  /** The page's own setInterval(…, 100) ticks: how long it waited while we worked. */
  ticks: number[];
  tasks: { start: number; duration: number }[];
  /** Input delay of each pointerdown: handler start − event.timeStamp (Event Timing's processingStart − startTime). */
  delays: number[];
  /** Event Timing entries for pointerdown/click of 16 ms or more (the API reports nothing shorter). */
  slowEvents: number;
}
type ProbeWindow = Window & { __siyaq: Probe };

const PROBE = `<script>
  const p = window.__siyaq = { annotated: null, ticks: [], tasks: [], delays: [], slowEvents: 0 };
  document.addEventListener('siyaq:annotated', (e) => { p.annotated = JSON.parse(e.detail); });
  setInterval(() => p.ticks.push(performance.now()), 100);
  new PerformanceObserver((l) => { for (const e of l.getEntries()) p.tasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'pointerdown' || e.name === 'click') p.slowEvents++; })
    .observe({ type: 'event', durationThreshold: 16 });
  addEventListener('pointerdown', (e) => p.delays.push(performance.now() - e.timeStamp), true);
</script><style>body.alt p { color: #036; }</style>`;
// The short page only listens: timers and observers would add task time to both profiles.
const LISTEN = `<script>
  window.__siyaq = { annotated: null };
  document.addEventListener('siyaq:annotated', (e) => { window.__siyaq.annotated = JSON.parse(e.detail); });
</script>`;

const html = (title: string, head: string, body: string) =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head}</head><body><article>${body}</article></body></html>`;

/** The headline and first paragraphs of the first seed article, about SHORT_CHARS characters. */
function shortPage(): { html: string; chars: number; text: string } {
  const [title = '', ...rest] = lines(seedTexts[0] ?? '').filter((l) => /[\u0600-\u06ff]/.test(l));
  const paragraphs: string[] = [];
  let chars = title.length;
  for (const l of rest) {
    if (chars >= SHORT_CHARS) break;
    paragraphs.push(`<p>${escapeHtml(l)}</p>`);
    chars += l.length;
  }
  return {
    html: html(title, LISTEN, `<h1>${escapeHtml(title)}</h1>${paragraphs.join('\n')}`),
    chars,
    text: [title, ...rest].join('\n').slice(0, chars),
  };
}

/** Ad slots as news pages have them: about:blank iframes the page writes a line into. */
const AD_FRAMES = 10;
const adFrames = () =>
  `${'<iframe width="300" height="60"></iframe>'.repeat(AD_FRAMES)}<script>
    for (const f of document.querySelectorAll('iframe')) {
      f.contentDocument.open();
      f.contentDocument.write('<div style="font:12px sans-serif">إعلان</div>');
      f.contentDocument.close();
    }
  </script>`;

/** About BIG_BYTES of Arabic news text: every seed paragraph, repeated. */
function bigBody(): { body: string; bytes: number } {
  const paragraphs = seedTexts.flatMap(lines);
  const body: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < BIG_BYTES; i++) {
    const p = paragraphs[i % paragraphs.length] as string;
    body.push(`<p>${escapeHtml(p)}</p>`);
    bytes += Buffer.byteLength(p);
  }
  return { body: body.join('\n'), bytes };
}

// ---------------------------------------------------------------------------------------------
// The 100k-alias user pack

/** A user pack of `records` × `perRecord` synthetic aliases, none claimed by the bundled base (`taken`). */
function syntheticPack(records: number, perRecord: number, taken: Iterable<string>, seed = 17) {
  const names = syntheticAliases(records * perRecord, seed, taken);
  return {
    manifest: {
      id: 'synthetic',
      version: '1',
      title: { ar: 'حزمة اختبار', en: 'Synthetic test pack' },
      license: 'CC0-1.0',
      schemaVersion: 1,
      counts: { records, sources: 1 },
    },
    sources: [
      {
        id: 'web-synthetic',
        kind: 'web',
        tier: 2,
        outlet: { ar: 'اختبار', en: 'test' },
        title: 'synthetic',
        date: '2024-01-01',
        url: 'https://example.org/',
      },
    ],
    records: Array.from({ length: records }, (_, n) => ({
      id: `syn-${n}`,
      type: 'organization',
      subtype: 'militia',
      label: { ar: `منظمة ${n}`, en: `Organization ${n}` },
      description: { ar: 'سجل اختبار', en: 'Synthetic record' },
      wikidata: null,
      aliases: names
        .slice(n * perRecord, (n + 1) * perRecord)
        .map((text) => ({ text, lang: 'ar', kind: 'strong' })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Browsers

const log = (s: string) => process.stderr.write(`${s}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const ms = (x: number) => +x.toFixed(1);
const mb = (bytes: number) => +(bytes / 1_048_576).toFixed(2);

/** A fresh tab with a CDP session; `cpuRate` is set before navigation, so it covers the whole load. */
async function open(
  context: BrowserContext,
  url: string,
  opts: { metrics?: boolean; cpuRate?: number } = {},
): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (opts.metrics) await cdp.send('Performance.enable');
  if (opts.cpuRate) await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.cpuRate });
  await page.goto(url, { timeout: 120_000 });
  return { page, cdp };
}

/** Waits for our first scan without polling (a poll would add task time to one profile only). */
async function annotated(page: Page, timeout = 120_000): Promise<Annotated> {
  const a = await page.evaluate(
    (timeout) =>
      new Promise<Annotated | null>((done) => {
        const p = (window as unknown as ProbeWindow).__siyaq;
        if (p.annotated) return done(p.annotated);
        document.addEventListener('siyaq:annotated', () => done(p.annotated));
        setTimeout(() => done(null), timeout);
      }),
    timeout,
  );
  if (!a) throw new Error(`no siyaq:annotated on ${page.url()} within ${timeout} ms`);
  return a;
}

const domContentLoaded = (page: Page) =>
  page.evaluate(
    () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .domContentLoadedEventStart,
  );

/** When the page first painted anything (first-contentful-paint), in its performance.now() time; null if not yet. */
const firstPaint = (page: Page) =>
  page.evaluate(
    () =>
      performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ??
      null,
  );

const pageSleep = (page: Page, ms: number) =>
  page.evaluate((ms) => new Promise<void>((r) => setTimeout(r, ms)), ms);

async function metrics(cdp: CDPSession): Promise<{ taskMs: number; cpuMs: number; heap: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    taskMs: get('TaskDuration') * 1000,
    // The main thread's CPU time: what our work costs that thread, without the waits for a core
    // that the other processes (ours and the browser's) cause on a machine with two.
    cpuMs: get('ThreadTime') * 1000,
    heap: get('JSHeapUsedSize'),
  };
}

/**
 * Task time and heap of the short article, alternating profiles (and which goes first) on each
 * round. The plain profile waits as long after load as ours took to annotate, plus the settle time.
 */
async function shortOverhead(ext: BrowserContext, plain: BrowserContext, url: string) {
  const runs = {
    with: [] as number[],
    alone: [] as number[],
    withHeap: [] as number[],
    aloneHeap: [] as number[],
    withCpu: [] as number[],
    aloneCpu: [] as number[],
  };
  let mentions = 0;
  let annotateWait = 0;
  const withExt = async () => {
    const { page, cdp } = await open(ext, url, { metrics: true });
    const t0 = performance.now();
    if (RELEASE) await pageSleep(page, RELEASE_WAIT_MS);
    else mentions = (await annotated(page, 30_000)).mentions;
    annotateWait = performance.now() - t0;
    await pageSleep(page, SETTLE_MS);
    const m = await metrics(cdp);
    runs.with.push(m.taskMs);
    runs.withHeap.push(m.heap);
    runs.withCpu.push(m.cpuMs);
    await page.close();
  };
  const without = async () => {
    const { page, cdp } = await open(plain, url, { metrics: true });
    await pageSleep(page, annotateWait + SETTLE_MS);
    const m = await metrics(cdp);
    runs.alone.push(m.taskMs);
    runs.aloneHeap.push(m.heap);
    runs.aloneCpu.push(m.cpuMs);
    await page.close();
  };
  for (let i = 0; i < SHORT_LOADS; i++) {
    if (i % 2) await without().then(withExt);
    else await withExt().then(without);
  }
  const [w, a, wh, ah] = [
    median(runs.with),
    median(runs.alone),
    median(runs.withHeap),
    median(runs.aloneHeap),
  ];
  return {
    overheadMs: ms(w - a),
    overheadCpuMs: ms(median(runs.withCpu) - median(runs.aloneCpu)),
    overheadHeapMB: mb(wh - ah),
    withMs: ms(w),
    aloneMs: ms(a),
    withHeapMB: mb(wh),
    aloneHeapMB: mb(ah),
    mentions,
    samples: { withMs: runs.with.map(ms), aloneMs: runs.alone.map(ms) },
  };
}

/** An article re-rendered every 100 ms, names in it changing, as a framework or a live page does. */
const RERENDER = `<script>
  const names = ['مصطفى الكاظمي', 'كتائب حزب الله', 'نوري المالكي', 'هادي العامري', 'قاعدة عين الأسد'];
  let tick = 0;
  setInterval(() => {
    const app = document.getElementById('app');
    const ps = Array.from({ length: 6 }, (_, i) => {
      const p = document.createElement('p');
      p.textContent = 'وقال ' + names[(tick + i) % names.length] + ' إن الحوار مستمر في الجولة ' + tick + '.';
      return p;
    });
    app.replaceChildren(...ps);
    tick++;
  }, 100);
</script>`;
/** How long the re-rendering page runs, and when its first heap reading is taken. */
const RERENDER_MS = 60_000;
const RERENDER_EARLY_MS = 10_000;

/**
 * Task time and heap on the re-rendering page over RERENDER_MS, with and without, and our heap's
 * growth between the tenth second and the last (the larger of two loads), each after a garbage
 * collection.
 */
async function rerender(ext: BrowserContext, plain: BrowserContext, url: string) {
  const run = async (ctx: BrowserContext) => {
    const { page, cdp } = await open(ctx, url, { metrics: true });
    await pageSleep(page, 1000);
    const start = await metrics(cdp);
    const heapAt = async (ms: number) => {
      await pageSleep(page, ms);
      await cdp.send('HeapProfiler.collectGarbage');
      return metrics(cdp);
    };
    const early = await heapAt(RERENDER_EARLY_MS);
    const end = await heapAt(RERENDER_MS - RERENDER_EARLY_MS);
    await page.close();
    return { taskMs: end.taskMs - start.taskMs, early: early.heap, end: end.heap };
  };
  // Two loads each, in the order with, without, without, with: one load's ratio ranged 0.5–1.3.
  const w1 = await run(ext);
  const a1 = await run(plain);
  const a2 = await run(plain);
  const w2 = await run(ext);
  const mean = (x: number, y: number) => (x + y) / 2;
  return {
    ratio: +(mean(w1.taskMs, w2.taskMs) / mean(a1.taskMs, a2.taskMs)).toFixed(2),
    heapMB: mb(mean(w1.end, w2.end) - mean(a1.end, a2.end)),
    heapGrowthMB: mb(Math.max(w1.end - w1.early, w2.end - w2.early)),
    heapGrowthAloneMB: mb(Math.max(a1.end - a1.early, a2.end - a2.early)),
  };
}

/** Clicks and style changes on `url` once our highlights have settled, and on the page alone. */
async function settledResponsiveness(ext: BrowserContext, plain: BrowserContext, url: string) {
  const settled = await bigLoad(ext, url);
  const { page: alonePage } = await open(plain, url);
  await pageSleep(alonePage, settled.lastHighlightMs);
  await Promise.all([pageSleep(settled.page, 500), pageSleep(alonePage, 500)]);
  const resp = await responsiveness(settled.page, alonePage);
  await Promise.all([settled.page.close(), alonePage.close()]);
  return resp;
}

/** Heap growth over client-side navigations: each swaps the address and the article. */
async function navigations(ext: BrowserContext, url: string): Promise<number> {
  const { page, cdp } = await open(ext, url, { metrics: true });
  await annotated(page, 30_000);
  const navigate = (from: number, to: number) =>
    page.evaluate(
      async ([a, b]) => {
        for (let i = a; i < b; i++) {
          history.pushState({}, '', `/nav/${i}`);
          const p = document.createElement('p');
          p.textContent = `وقال مصطفى الكاظمي في المقال ${i} إن كتائب حزب الله أعلنت ذلك.`;
          document.getElementById('app')?.replaceChildren(p);
          await new Promise((r) => setTimeout(r, 250)); // past the watcher's quiet period
        }
      },
      [from, to] as const,
    );
  const heapNow = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await metrics(cdp)).heap;
  };
  await navigate(0, 10);
  const at10 = await heapNow();
  await navigate(10, 100);
  const at100 = await heapNow();
  await page.close();
  return mb(at100 - at10);
}

/** The extension's id, from its service worker's address. */
async function extensionId(ext: BrowserContext): Promise<string> {
  const worker =
    ext.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await ext.waitForEvent('serviceworker', { timeout: 15_000 }));
  return new URL(worker.url()).host;
}

/**
 * DOMContentLoaded → last highlight, alternating a load with the service worker stopped and one
 * with it running. `stopped` counts the cold loads whose worker CDP reported stopped; Playwright's
 * Worker 'close' event is no use here, it only fires when the context closes.
 */
async function startTimes(ext: BrowserContext, url: string, extId: string) {
  const control = ext.pages()[0] ?? (await ext.newPage());
  const cdp = await ext.newCDPSession(control);
  const running = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions)
      if (v.scriptURL.startsWith(`chrome-extension://${extId}/`)) running.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const isStopped = async () => {
    for (let t = 0; t < 5_000; t += 20) {
      if (running.size && [...running.values()].every((s) => s === 'stopped')) return true;
      await sleep(20);
    }
    return false;
  };
  const cold: number[] = [];
  const warm: number[] = [];
  let stopped = 0;
  const load = async () => {
    const { page } = await open(ext, url);
    const a = await annotated(page, 30_000);
    const t = a.at - (await domContentLoaded(page));
    await page.close();
    return t;
  };
  for (let i = 0; i < START_LOADS; i++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    if (await isStopped()) stopped++;
    cold.push(await load());
    warm.push(await load());
  }
  await cdp.detach();
  return { cold, warm, stopped };
}

/** One load of the big page with our extension: scan time, last highlight, long tasks and timer gaps. */
async function bigLoad(ext: BrowserContext, url: string, cpuRate?: number) {
  const { page } = await open(ext, url, cpuRate ? { cpuRate } : {});
  const a = await annotated(page);
  const dcl = await domContentLoaded(page);
  // The window the timer is judged over: our scan and the tick after it.
  const end = a.at + 100;
  const probe = await readProbe(page, end);
  // A highlight cannot be seen before the page's own first paint, which on 1 MB comes long after DCL.
  const painted = (await firstPaint(page)) ?? a.at;
  // Long tasks that overlap our scan, content-script start → last highlight.
  const start = a.at - a.scanMs;
  const during = probe.tasks.filter((t) => t.start + t.duration >= start && t.start <= a.at);
  return {
    page,
    annotated: a,
    lastHighlightMs: a.at - dcl,
    firstPaintMs: painted - dcl,
    lastHighlightAfterPaintMs: a.at - painted,
    longestTaskMs: during.reduce((m, t) => Math.max(m, t.duration), 0),
    longTasksDuring: during.length,
    timerGapMs: longestWait(probe.ticks, start, end),
    timerGapSinceNavMs: probe.gap,
  };
}

/**
 * Main-thread tasks over 50 ms in one load of `url`, from a trace (the Long Tasks API does not
 * report rendering work, and a repaint of one huge paragraph is where our highlights cost most),
 * until a second after our last highlight (or two seconds after load, without the extension).
 */
async function longTasksOf(context: BrowserContext, url: string, withExtension: boolean) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: { name: string; ph: string; pid: number; tid: number; dur?: number }[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel', transferMode: 'ReportEvents' });
  await page.goto(url, { timeout: 120_000 });
  const scanMs = withExtension ? (await annotated(page)).scanMs : 0;
  await pageSleep(page, withExtension ? 1000 : 2000);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const main = events.find((e) => e.name === 'ParseHTML');
  const tasks = events.filter(
    (e) =>
      e.pid === main?.pid &&
      e.tid === main?.tid &&
      e.ph === 'X' &&
      e.name === 'ThreadControllerImpl::RunTask' &&
      (e.dur ?? 0) > 50_000,
  );
  return {
    scanMs,
    longTasks: tasks.length,
    longestTaskMs: Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000)),
  };
}

/**
 * The page's probe once the tick after `end` has fired, and the largest gap between consecutive
 * ticks from navigation up to `end` (a gap that straddles `end` counts).
 */
async function readProbe(page: Page, end: number): Promise<Probe & { gap: number }> {
  return page.evaluate(
    (end) =>
      new Promise<Probe & { gap: number }>((done) => {
        const p = (window as unknown as ProbeWindow).__siyaq;
        const check = () => {
          const after = p.ticks.findIndex((t) => t > end);
          if (after < 0) return void setTimeout(check, 50);
          let gap = 0;
          for (let i = 1; i <= after; i++)
            gap = Math.max(gap, (p.ticks[i] as number) - (p.ticks[i - 1] as number));
          done({ ...p, gap });
        };
        check();
      }),
    end,
  );
}

/** mark.js on the same aliases in the plain profile, where nothing else touches the page. */
async function markjsRun(
  plain: BrowserContext,
  url: string,
  aliases: readonly string[],
  scan: { from: number; to: number },
) {
  const { page } = await open(plain, url);
  // The page's own timer over the same window as our scan (after DOMContentLoaded): what the page
  // costs without us.
  const dcl = await domContentLoaded(page);
  const { ticks } = await readProbe(page, dcl + scan.to);
  const gap = longestWait(ticks, dcl + scan.from, dcl + scan.to);
  const markMs = await page.evaluate(
    (words) =>
      new Promise<number>((done) => {
        const t0 = performance.now();
        const Mark = (
          window as unknown as { Mark: new (el: Element) => { mark(w: string[], o: object): void } }
        ).Mark;
        new Mark(document.querySelector('article') as Element).mark(words, {
          separateWordSearch: false,
          diacritics: false,
          acrossElements: false,
          done: () => done(performance.now() - t0),
        });
      }),
    [...aliases],
  );
  await page.close();
  return { markMs, gapAlone: gap };
}

/** Calibration: a deliberate 120 ms task must show up, or the long-task figures mean nothing. */
const observerWorks = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<boolean>((done) => {
        const p = (window as unknown as ProbeWindow).__siyaq;
        const before = p.tasks.length;
        setTimeout(() => {
          const t = performance.now();
          while (performance.now() - t < 120);
          setTimeout(() => done(p.tasks.length > before), 200);
        }, 0);
      }),
  );

/** Points on plain words (no highlight of ours under them) in the first screen, the same in both profiles. */
const clickPoints = (page: Page, n: number) =>
  page.evaluate((n) => {
    const ranges: AbstractRange[] = [];
    for (const h of CSS.highlights.values()) for (const r of h) ranges.push(r);
    const inHighlight = (node: Node, offset: number) =>
      ranges.some(
        (r) =>
          r instanceof Range &&
          r.comparePoint(node, offset) === 0 &&
          !(r.endContainer === node && r.endOffset === offset),
      );
    const points: { x: number; y: number }[] = [];
    for (let y = 120; y < innerHeight - 40 && points.length < n; y += 23) {
      const x = 200 + ((y * 7) % 600);
      const caret = document.caretRangeFromPoint(x, y);
      if (!caret || caret.startContainer.nodeType !== Node.TEXT_NODE) continue;
      const char = caret.startContainer.textContent?.[caret.startOffset] ?? ' ';
      if (/\s/.test(char) || inHighlight(caret.startContainer, caret.startOffset)) continue;
      points.push({ x, y });
    }
    return points;
  }, n);

/** Toggle a page-wide color change in a task, then two rAFs: the first frame paints it, the second follows. */
const styleFrame = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((done) => {
        requestAnimationFrame(() =>
          setTimeout(() => {
            const t0 = performance.now();
            document.body.classList.toggle('alt');
            requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
          }),
        );
      }),
  );

/** Clicks and style changes on the settled big page, alternating between the two profiles. */
async function responsiveness(withPage: Page, alonePage: Page) {
  const points = await clickPoints(withPage, CLICKS);
  if (points.length < CLICKS) log(`only ${points.length} click points off highlights`);
  const pages = [withPage, alonePage];
  for (const [i, { x, y }] of points.entries()) {
    for (const page of i % 2 ? [...pages].reverse() : pages) {
      await page.mouse.click(x, y);
      await sleep(100);
    }
  }
  const frames: [number[], number[]] = [[], []];
  for (let i = 0; i < STYLE_FRAMES; i++) {
    for (const k of i % 2 ? [1, 0] : [0, 1]) frames[k]?.push(await styleFrame(pages[k] as Page));
  }
  const probes = await Promise.all(
    pages.map((p) => p.evaluate(() => (window as unknown as ProbeWindow).__siyaq)),
  );
  const [w, a] = probes as [Probe, Probe];
  return {
    clicks: points.length,
    delayWith: median(w.delays),
    delayAlone: median(a.delays),
    slowWith: w.slowEvents,
    slowAlone: a.slowEvents,
    frameWith: median(frames[0]),
    frameAlone: median(frames[1]),
    samples: {
      delayWith: w.delays.map(ms),
      delayAlone: a.delays.map(ms),
      frameWith: frames[0].map(ms),
      frameAlone: frames[1].map(ms),
    },
  };
}

/** Adds the synthetic pack through the extension's own popup page; null when the build says no. */
/**
 * Where matching should run, measured from an extension page: a `siyaq:match` round trip for the
 * short article and a `siyaq:card` round trip (the design we chose), against the least a page would
 * pay to receive the compiled matcher instead (runtime messaging carries JSON; parsing it alone).
 */
async function roundTrips(ext: BrowserContext, extId: string, text: string, tablesJson: string) {
  const page = await ext.newPage();
  await page.goto(`chrome-extension://${extId}/popup.html`);
  const result = await page.evaluate(
    async ({ text, tablesJson }) => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime;
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1] as number;
      const time = async (n: number, fn: () => unknown) => {
        const ts: number[] = [];
        for (let i = 0; i < n; i++) {
          const t = performance.now();
          await fn();
          ts.push(performance.now() - t);
        }
        return median(ts);
      };
      const match = {
        type: 'siyaq:match',
        session: 'bench',
        text,
        runs: [{ start: 0, end: text.length }],
        present: [],
        date: null,
      };
      await runtime.sendMessage(match); // wake and load
      return {
        match: await time(21, () => runtime.sendMessage({ ...match, session: `bench-${Math.random()}` })),
        card: await time(21, () => runtime.sendMessage({ type: 'siyaq:card', id: 'kadhimi', date: null })),
        tablesParse: await time(7, () => JSON.parse(tablesJson)),
      };
    },
    { text, tablesJson },
  );
  await page.close();
  return result;
}

async function addPack(ext: BrowserContext, extId: string, pack: unknown): Promise<string | null> {
  const popup = await ext.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  const reply = await popup.evaluate(async (pack) => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime;
    try {
      return await Promise.race([
        runtime.sendMessage({ type: 'siyaq:add-pack', pack }),
        new Promise((r) => setTimeout(() => r({ ok: false, error: 'no answer in 120 s' }), 120_000)),
      ]);
    } catch (e) {
      return { ok: false, error: String(e) };
    }
  }, pack);
  await popup.close();
  const r = reply as { ok?: unknown; error?: unknown } | undefined;
  return r?.ok === true ? null : String(r?.error ?? `reply ${JSON.stringify(reply) ?? 'undefined'}`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const short = shortPage();
  const big = bigBody();
  const records = [...bundledFactBase().records.values()];
  const aliases = records.flatMap((r) => r.aliases.filter((a) => a.lang === 'ar').map((a) => a.text));
  const server = await servePages(
    new Map([
      ['/short.html', short.html],
      ['/short-frames.html', short.html.replace('</body>', `${adFrames()}</body>`)],
      ['/big.html', html('صفحة كبيرة', PROBE, big.body)],
      ['/paragraph.html', html('فقرة كبيرة', PROBE, `<p>${big.body.replace(/<\/?p>/g, ' ')}</p>`)],
      ['/big-markjs.html', html('صفحة كبيرة', `${PROBE}<script>${markJs}</script>`, big.body)],
      ['/rerender.html', html('صفحة تتجدد', '', `<div id="app"></div>${RERENDER}`)],
      ['/nav.html', html('تطبيق', LISTEN, '<div id="app"><p>وقال مصطفى الكاظمي إن الحوار مستمر.</p></div>')],
    ]),
  );
  const origin = `http://${DEMO_HOST}:${server.port}`;
  const launched = await Promise.allSettled([
    launchChromium(EXTENSION, { headless: true }),
    launchChromium(null, { headless: true }),
  ]);
  const [ext, plain] = launched.map((l) => (l.status === 'fulfilled' ? l.value : null));
  if (!ext || !plain) {
    // One browser started and the other did not: close it, so its profile goes too.
    await Promise.all([ext?.close(), plain?.close(), server.close()]);
    throw launched.find((l) => l.status === 'rejected')?.reason;
  }
  try {
    const extId = await extensionId(ext);

    if (process.argv.includes('--big-only')) {
      // A quick look at the 1 MB page alone, for working on it.
      for (const rate of [1, 1, 1, 4]) {
        const l = await bigLoad(ext, `${origin}/big.html`, rate === 1 ? undefined : rate);
        await l.page.close();
        console.log(
          JSON.stringify({
            rate,
            lastHighlightMs: ms(l.lastHighlightMs),
            firstPaintMs: ms(l.firstPaintMs),
            lastHighlightAfterPaintMs: ms(l.lastHighlightAfterPaintMs),
            scanMs: ms(l.annotated.scanMs),
            longestTaskMs: l.longestTaskMs,
            timerGapMs: l.timerGapMs,
            timerGapSinceNavMs: l.timerGapSinceNavMs,
          }),
        );
      }
      return;
    }
    if (process.argv.includes('--paragraph-only')) {
      for (let i = 0; i < 3; i++)
        console.log(
          JSON.stringify({
            with: await longTasksOf(ext, `${origin}/paragraph.html`, true),
            alone: await longTasksOf(plain, `${origin}/paragraph.html`, false),
          }),
        );
      return;
    }
    if (process.argv.includes('--churn-only')) {
      // A quick look at pages that keep changing, for working on them.
      const churn = await rerender(ext, plain, `${origin}/rerender.html`);
      console.log(
        JSON.stringify({ ...churn, navHeapGrowthMB: await navigations(ext, `${origin}/nav.html`) }),
      );
      return;
    }
    log('message round trips…');
    const base0 = bundledFactBase();
    const tablesJson = JSON.stringify(compileMatcherTables(base0));
    const trips = await roundTrips(ext, extId, short.text, tablesJson);
    log('short article: with and without the extension…');
    const base = await shortOverhead(ext, plain, `${origin}/short.html`);
    if (process.argv.includes('--short-only')) {
      // A quick look at what every page pays, for working on it.
      console.log(JSON.stringify(base));
      return;
    }
    log('short article with ad frames: with and without the extension…');
    const framed = await shortOverhead(ext, plain, `${origin}/short-frames.html`);
    if (process.argv.includes('--frames-only')) {
      console.log(JSON.stringify(framed));
      return;
    }
    if (process.argv.includes('--responsive-only')) {
      // A quick look at clicks and style changes on the settled 1 MB page, for working on them.
      console.log(JSON.stringify(await settledResponsiveness(ext, plain, `${origin}/big.html`)));
      return;
    }
    log('short article: cold and warm starts…');
    const starts = await startTimes(ext, `${origin}/short.html`, extId);
    if (starts.stopped < START_LOADS)
      log(`service worker seen to stop before ${starts.stopped} of ${START_LOADS} cold loads`);

    log('1 MB page: our scan alternating with mark.js…');
    const loads: Awaited<ReturnType<typeof bigLoad>>[] = [];
    const marks: Awaited<ReturnType<typeof markjsRun>>[] = [];
    let calibrated = false;
    for (let i = 0; i < BIG_LOADS; i++) {
      const load = await bigLoad(ext, `${origin}/big.html`);
      if (i === 0) calibrated = await observerWorks(load.page);
      await load.page.close();
      loads.push(load);
      marks.push(
        await markjsRun(plain, `${origin}/big-markjs.html`, aliases, {
          from: load.lastHighlightMs - load.annotated.scanMs,
          to: load.lastHighlightMs + 100,
        }),
      );
    }
    log('1 MB page: CPU throttled 4×…');
    const slow = await bigLoad(ext, `${origin}/big.html`, 4);
    await slow.page.close();

    log('1 MB page: clicks and style changes…');
    const resp = await settledResponsiveness(ext, plain, `${origin}/big.html`);

    // Before the 100,000-alias pack is added: the bundled base, as for the 1 MB page.
    log('the 1 MB page as one paragraph…');
    const paragraphs = [];
    const paragraphsAlone = [];
    for (let i = 0; i < 3; i++) {
      paragraphs.push(await longTasksOf(ext, `${origin}/paragraph.html`, true));
      paragraphsAlone.push(await longTasksOf(plain, `${origin}/paragraph.html`, false));
    }

    log('short article: 100,000-alias pack…');
    const taken = records.flatMap((r) => r.aliases.map((a) => a.text));
    const packError = await addPack(ext, extId, syntheticPack(1_000, 100, taken));
    if (packError) log(`add-pack not accepted, 100k figures are null: ${packError}`);
    const pack = packError ? null : await shortOverhead(ext, plain, `${origin}/short.html`);

    log('re-rendering page and client-side navigations');
    const churn = await rerender(ext, plain, `${origin}/rerender.html`);
    const navHeapGrowthMB = await navigations(ext, `${origin}/nav.html`);
    const annotateMs = median(loads.map((l) => l.annotated.scanMs));
    const markjsMs = median(marks.map((m) => m.markMs));
    const result = {
      pageOverheadMs: base.overheadMs,
      pageOverheadCpuMs: base.overheadCpuMs,
      pageOverheadHeapMB: base.overheadHeapMB,
      pageWithMs: base.withMs,
      pageAloneMs: base.aloneMs,
      pageWithHeapMB: base.withHeapMB,
      pageAloneHeapMB: base.aloneHeapMB,
      shortChars: short.chars,
      shortMentions: base.mentions,
      pageOverheadMsFrames: framed.overheadMs,
      pageOverheadCpuMsFrames: framed.overheadCpuMs,
      pageOverheadMs100k: pack?.overheadMs ?? null,
      pageOverheadCpuMs100k: pack?.overheadCpuMs ?? null,
      pageOverheadHeapMB100k: pack?.overheadHeapMB ?? null,
      pageWithMs100k: pack?.withMs ?? null,
      pageAloneMs100k: pack?.aloneMs ?? null,
      pageWithHeapMB100k: pack?.withHeapMB ?? null,
      pageAloneHeapMB100k: pack?.aloneHeapMB ?? null,
      shortMentions100k: pack?.mentions ?? null,
      matchRoundTripMs: ms(trips.match),
      cardRoundTripMs: ms(trips.card),
      tablesJsonKB: Math.round(tablesJson.length / 1024),
      tablesParseMs: ms(trips.tablesParse),
      coldStartMs: ms(median(starts.cold)),
      warmStartMs: ms(median(starts.warm)),
      coldStartsStopped: starts.stopped,
      lastHighlightMs: ms(median(loads.map((l) => l.lastHighlightMs))),
      firstPaintMs: ms(median(loads.map((l) => l.firstPaintMs))),
      lastHighlightAfterPaintMs: ms(median(loads.map((l) => l.lastHighlightAfterPaintMs))),
      annotateMs: ms(annotateMs),
      mentions: loads[0]?.annotated.mentions ?? 0,
      textBytes: big.bytes,
      markjsMs: Math.round(markjsMs),
      markjsRatio: +(markjsMs / annotateMs).toFixed(1),
      longestTaskMs: ms(median(loads.map((l) => l.longestTaskMs))),
      longTasksDuring: median(loads.map((l) => l.longTasksDuring)),
      longestTaskMs4x: ms(slow.longestTaskMs),
      annotateMs4x: ms(slow.annotated.scanMs),
      observerWorks: calibrated,
      timerGapMs: ms(median(loads.map((l) => l.timerGapMs))),
      timerGapWorstMs: ms(Math.max(...loads.map((l) => l.timerGapMs))),
      timerGapAloneMs: ms(median(marks.map((m) => m.gapAlone))),
      timerGapSinceNavMs: ms(median(loads.map((l) => l.timerGapSinceNavMs))),
      clickDelayMs: ms(resp.delayWith - resp.delayAlone),
      clickDelayWithMs: ms(resp.delayWith),
      clickDelayAloneMs: ms(resp.delayAlone),
      clicks: resp.clicks,
      slowClickEventsWith: resp.slowWith,
      slowClickEventsAlone: resp.slowAlone,
      styleFrameMs: ms(resp.frameWith - resp.frameAlone),
      styleFrameWithMs: ms(resp.frameWith),
      styleFrameAloneMs: ms(resp.frameAlone),
      paragraphAnnotateMs: ms(median(paragraphs.map((p) => p.scanMs))),
      paragraphLongTasks: median(paragraphs.map((p) => p.longTasks)),
      paragraphLongTasksAlone: median(paragraphsAlone.map((p) => p.longTasks)),
      paragraphLongestTaskMs: ms(median(paragraphs.map((p) => p.longestTaskMs))),
      paragraphLongestTaskAloneMs: ms(median(paragraphsAlone.map((p) => p.longestTaskMs))),
      rerenderTaskRatio: churn.ratio,
      rerenderHeapMB: churn.heapMB,
      rerenderHeapGrowthMB: churn.heapGrowthMB,
      rerenderHeapGrowthAloneMB: churn.heapGrowthAloneMB,
      navHeapGrowthMB,
    };
    // Every sample behind the medians, to judge the noise: JSON only.
    const samples = {
      short: base.samples,
      short100k: pack?.samples ?? null,
      coldStartMs: starts.cold.map(ms),
      warmStartMs: starts.warm.map(ms),
      lastHighlightMs: loads.map((l) => ms(l.lastHighlightMs)),
      firstPaintMs: loads.map((l) => ms(l.firstPaintMs)),
      markjsMs: marks.map((m) => Math.round(m.markMs)),
      timerGapMs: loads.map((l) => ms(l.timerGapMs)),
      timerGapAloneMs: marks.map((m) => ms(m.gapAlone)),
      timerGapSinceNavMs: loads.map((l) => ms(l.timerGapSinceNavMs)),
      ...resp.samples,
    };
    if (process.argv.includes('--json')) console.log(JSON.stringify({ ...result, samples }));
    else printTable(result);
  } finally {
    await Promise.all([ext.close(), plain.close()]);
    await server.close();
  }
}

function printTable(r: Record<string, number | boolean | null>) {
  const v = (x: number | boolean | null | undefined, unit = '') => (x === null ? 'n/a' : `${x}${unit}`);
  const d = (x: number | boolean | null | undefined, unit: string) =>
    typeof x === 'number' && x >= 0 ? `+${x}${unit}` : v(x, unit);
  const rows: [string, string, string][] = [
    [
      `short article (${r.shortChars} chars): task time`,
      d(r.pageOverheadMs, ' ms'),
      `${r.pageWithMs} vs ${r.pageAloneMs} ms`,
    ],
    ['  main-thread CPU time', d(r.pageOverheadCpuMs, ' ms'), ''],
    ['  JS heap', d(r.pageOverheadHeapMB, ' MB'), `${r.pageWithHeapMB} vs ${r.pageAloneHeapMB} MB`],
    [
      `  task time / CPU, with ${AD_FRAMES} ad frames`,
      `${d(r.pageOverheadMsFrames, ' ms')} / ${d(r.pageOverheadCpuMsFrames, ' ms')}`,
      '',
    ],
    [
      '  task time, 100k-alias pack',
      d(r.pageOverheadMs100k, ' ms'),
      `${v(r.pageWithMs100k)} vs ${v(r.pageAloneMs100k)} ms`,
    ],
    [
      '  JS heap, 100k-alias pack',
      d(r.pageOverheadHeapMB100k, ' MB'),
      `${v(r.pageWithHeapMB100k)} vs ${v(r.pageAloneHeapMB100k)} MB`,
    ],
    [
      '  DOMContentLoaded → highlight, cold',
      v(r.coldStartMs, ' ms'),
      `worker stopped ${r.coldStartsStopped}×`,
    ],
    ['  DOMContentLoaded → highlight, warm', v(r.warmStartMs, ' ms'), ''],
    [
      `1 MB page (${r.mentions} mentions): last highlight`,
      v(r.lastHighlightMs, ' ms'),
      `scan ${r.annotateMs} ms`,
    ],
    [
      '  the page’s own first paint / last highlight after it',
      v(r.firstPaintMs, ' ms'),
      v(r.lastHighlightAfterPaintMs, ' ms'),
    ],
    ['  mark.js, same aliases', v(r.markjsMs, ' ms'), `Siyaq ${r.markjsRatio}× faster; budget ≥ 20×`],
    ['  longest task while scanning', v(r.longestTaskMs, ' ms'), `calibrated: ${r.observerWorks}; ≤ 50 ms`],
    ['  longest task, CPU ×4', v(r.longestTaskMs4x, ' ms'), `scan ${r.annotateMs4x} ms`],
    [
      '  page timer gap while scanning',
      v(r.timerGapMs, ' ms'),
      `worst ${r.timerGapWorstMs}, without us ${r.timerGapAloneMs}, from navigation ${r.timerGapSinceNavMs} ms; ≤ 150 ms`,
    ],
    [
      '  click input delay',
      d(r.clickDelayMs, ' ms'),
      `${r.clickDelayWithMs} vs ${r.clickDelayAloneMs} ms, ${r.clicks} clicks`,
    ],
    [
      '  style change → next frame',
      d(r.styleFrameMs, ' ms'),
      `${r.styleFrameWithMs} vs ${r.styleFrameAloneMs} ms`,
    ],
  ];
  console.log('Real Chromium, with the extension vs without (medians, alternating runs)');
  for (const [k, value, note] of rows) console.log(`  ${k.padEnd(42)} ${value.padStart(12)}   ${note}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
