/**
 * Content script entry: loads settings, builds the matcher, annotates the page
 * in slices, keeps up with changes, and answers the popup. Idempotent, because
 * "annotate this page" may inject it into a page that already has it.
 */
import browser from 'webextension-polyfill';
import { checkClaims } from '../core/claims/check';
import { mergePrevalidated } from '../core/facts/prevalidated';
import { compileMatcher } from '../core/match/matcher';
import { FACT_FILES } from '../facts/index';
import { type Message, type PageSummary, parseMessage, type RecordSummary } from '../messages';
import { loadSettings, saveSettings } from '../settings';
import { Annotator } from './annotator';
import type { CardTarget } from './card-controller';
import { CardController } from './card-controller';
import { highlightsSupported, Painter } from './highlights';
import { pageArticleDate } from './page-date';
import { watchPage } from './watch';

const FLAG = '__siyaqContentLoaded';

declare const SIYAQ_TEST_BUILD: boolean;

async function main(): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  if (g[FLAG]) return;
  g[FLAG] = true;
  if (!highlightsSupported()) {
    console.info('Siyaq: this browser has no CSS Custom Highlight API; nothing will be highlighted.');
    return;
  }
  const settings = await loadSettings();
  const base = mergePrevalidated(FACT_FILES);
  const matcher = compileMatcher(base);
  const painter = new Painter();
  let articleDate = pageArticleDate(document)?.date ?? null;
  // Claims are judged at the article's date as known when their paragraph is scanned.
  const annotator = new Annotator(matcher, painter, (input) =>
    checkClaims(base, { ...input, date: articleDate }),
  );
  const cards = new CardController(document, annotator, base, painter, {
    dwellMs: settings.dwellMs,
    lang: settings.lang,
    articleDate: () => articleDate,
    onLangChange: (lang) => void saveSettings({ lang }),
  });

  let enabled = !settings.disabledSites.includes(location.hostname);
  let stopWatching: (() => void) | null = null;
  let annotated = false;

  annotator.onChange = () => {
    void browser.runtime
      .sendMessage({ type: 'siyaq:count', count: annotator.mentions.size } satisfies Message)
      .catch(() => {});
  };

  const start = async () => {
    annotated = true;
    stopWatching = watchPage(document.body, annotator, () => {
      articleDate = pageArticleDate(document)?.date ?? null;
      cards.forget();
    });
    await annotator.scan(document.body);
  };
  const stop = () => {
    stopWatching?.();
    stopWatching = null;
    cards.close(true);
    annotator.reset();
    annotator.onChange();
  };

  const summary = (): PageSummary => {
    const byId = new Map<string, RecordSummary>();
    for (const m of annotator.mentions) {
      const prev = byId.get(m.entity.id);
      byId.set(m.entity.id, {
        id: m.entity.id,
        type: m.entity.type,
        label: m.entity.label,
        count: (prev?.count ?? 0) + 1,
      });
    }
    return {
      enabled: enabled && annotated,
      date: articleDate,
      records: [...byId.values()],
      mentionCount: annotator.mentions.size,
      claims: annotator.orderedClaims().map((c, index) => ({
        index,
        kind: c.claim.kind,
        verdict: c.claim.verdict,
        text: c.claim.text,
        expected: c.claim.expected,
      })),
    };
  };
  const revealRecord = (id: unknown): boolean => {
    const m = annotator.ordered().find((x) => x.entity.id === id);
    if (m) cards.reveal(m, true);
    return Boolean(m);
  };
  const revealClaim = (index: unknown): boolean => {
    const c: CardTarget | undefined =
      typeof index === 'number' ? annotator.orderedClaims()[index] : undefined;
    if (c) cards.reveal(c, true);
    return Boolean(c);
  };

  browser.runtime.onMessage.addListener((raw: unknown) => {
    const msg = parseMessage(raw);
    if (!msg) return undefined;
    switch (msg.type) {
      case 'siyaq:summary':
        return Promise.resolve(summary());
      case 'siyaq:reveal':
        return Promise.resolve(revealRecord(msg.id));
      case 'siyaq:reveal-claim':
        return Promise.resolve(revealClaim(msg.index));
      case 'siyaq:set-enabled':
        enabled = msg.enabled;
        if (enabled && !annotated) return start().then(summary);
        if (enabled) return Promise.resolve(summary());
        stop();
        annotated = false;
        return Promise.resolve(summary());
      default:
        return undefined;
    }
  });

  if (SIYAQ_TEST_BUILD) {
    // Test builds answer the end-to-end tests through DOM events (strings cross worlds).
    document.addEventListener('siyaq:summary-request', () => {
      document.dispatchEvent(new CustomEvent('siyaq:summary-result', { detail: JSON.stringify(summary()) }));
    });
    document.addEventListener('siyaq:reveal-request', (e) =>
      revealRecord((e as CustomEvent<unknown>).detail),
    );
    document.addEventListener('siyaq:reveal-claim-request', (e) =>
      revealClaim((e as CustomEvent<unknown>).detail),
    );
  }

  if (enabled) {
    const t0 = performance.now();
    await start();
    if (SIYAQ_TEST_BUILD) {
      const detail = JSON.stringify({
        scanMs: performance.now() - t0,
        mentions: annotator.mentions.size,
        at: performance.now(),
      });
      document.dispatchEvent(new CustomEvent('siyaq:annotated', { detail }));
    }
  }
}

void main();
