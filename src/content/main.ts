/**
 * Content script entry: thin by design. It holds no facts: it collects the
 * page's text, asks the background for mentions and claims, paints them,
 * hit-tests, hosts cards (fetching a card's data by record id) and answers the
 * popup. Idempotent, because "annotate this page" may inject it into a page
 * that already has it.
 */

import { extensionApi } from '../extension-api';
import type { PageReport, PageSummary, Params, RecordSummary } from '../messages';
import { listen, toBackground } from '../runtime';
import { enabledOn, loadSettings, onSettingsChanged, type Settings, saveSettings, siteOf } from '../settings';
import type { Lang } from '../ui/strings';
import { Annotator } from './annotator';
import { CardController, type CardTarget } from './card-controller';
import type { CardHost } from './card-host';
import { CARD_UI_GLOBAL, type CardUIGlobal } from './card-ui-global';
import { highlightsSupported, Painter } from './highlights';
import type { NoteLinkTarget, NotesController } from './notes';
import { NOTES_UI_GLOBAL, type NotesUIGlobal } from './notes-ui-global';
import { pageDateHints } from './page-date';
import { watchPage } from './watch';

const FLAG = '__siyaqContentLoaded';

declare const SIYAQ_TEST_BUILD: boolean;

/** The card UI, injected by the background on first use (see card-ui.ts). */
async function loadCardUI(): Promise<typeof CardHost> {
  const world = globalThis as CardUIGlobal;
  if (!world[CARD_UI_GLOBAL]) await toBackground('siyaq:load-card-ui', {});
  const Host = world[CARD_UI_GLOBAL];
  if (!Host) throw new Error('Siyaq: the card UI did not load');
  return Host;
}

async function main(): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  if (g[FLAG]) return;
  g[FLAG] = true;
  if (!highlightsSupported()) {
    console.info('Siyaq: this browser has no CSS Custom Highlight API; nothing will be highlighted.');
    return;
  }
  let settings = await loadSettings();
  // The site the reader switches Siyaq on or off for. In an about:blank or srcdoc frame (an ad slot,
  // an embed the page wrote) that is the site of the page that made it.
  const site = location.hostname || siteOf(self.origin);
  // The article date comes back with the first batch's reply: the background reads it from the page's hints.
  let articleDate: string | null = null;
  // Listening for the pointer and keys only while Siyaq is on in this tab.
  let cards: CardController | null = null;
  let notes: NotesController | null = null;
  let notesReady: Promise<NotesController> | null = null;
  /** The notes' code (notes-ui.js, injected by the background) and this page's notes, once. */
  const ensureNotes = (): Promise<NotesController> => {
    notesReady ??= (async () => {
      const world = globalThis as NotesUIGlobal;
      if (!world[NOTES_UI_GLOBAL]) await toBackground('siyaq:load-notes-ui', {});
      const Controller = world[NOTES_UI_GLOBAL];
      if (!Controller) throw new Error('Siyaq: the notes code did not load');
      const n = new Controller(document, painter, notesBackend, settings.lang, {
        inRange: (r) => {
          const out = new Map<string, NoteLinkTarget>();
          const inside = (x: { range: StaticRange }) =>
            r.comparePoint(x.range.startContainer, x.range.startOffset) <= 0 &&
            r.comparePoint(x.range.endContainer, x.range.endOffset) >= 0;
          for (const m of annotator.ordered())
            if (inside(m))
              out.set(`record/${m.entity.id}`, { link: `record/${m.entity.id}`, label: m.entity.label });
          for (const c of annotator.orderedClaims())
            if (inside(c))
              out.set(`claim/${c.claim.view.kind}`, {
                link: `claim/${c.claim.view.kind}`,
                claim: { kind: c.claim.view.kind, text: c.claim.view.text },
              });
          return [...out.values()];
        },
        target: (link) => {
          const [kind, id] = link.split('/');
          if (kind === 'record') {
            const m = annotator.ordered().find((x) => x.entity.id === id);
            return m ? { link, label: m.entity.label } : null;
          }
          const c = annotator.orderedClaims().find((x) => x.claim.view.kind === id);
          return c ? { link, claim: { kind: c.claim.view.kind, text: c.claim.view.text } } : null;
        },
      });
      // Storage that fails (a full disk, a private window) must not take the editor away: a note
      // can still be written, and saving it says why it was not kept.
      await n.load().catch((e: unknown) => console.info("Siyaq: this page's notes could not be read", e));
      notes = n;
      return n;
    })();
    notesReady.catch(() => {
      notesReady = null;
    });
    return notesReady;
  };
  const notesBackend = {
    forPage: (p: Params<'siyaq:notes-for-page'>) => toBackground('siyaq:notes-for-page', p),
    save: (p: Params<'siyaq:note-save'>) => toBackground('siyaq:note-save', p),
    remove: (p: Params<'siyaq:note-delete'>) => toBackground('siyaq:note-delete', p),
    anchor: (p: Params<'siyaq:notes-anchor'>) => toBackground('siyaq:notes-anchor', p),
  };
  const painter = new Painter();
  const annotator = new Annotator((params) => toBackground('siyaq:match', params), painter, {
    known: () => articleDate,
    learned: (date) => {
      if (date === articleDate) return;
      articleDate = date;
      cards?.forget();
    },
  });
  const options = {
    dwellMs: settings.dwellMs,
    lang: settings.lang,
    look: { theme: settings.theme, textSize: settings.textSize },
    fetchCard: (id: string, date: string | null) => toBackground('siyaq:card', { id, date }),
    loadCardUI,
    articleDate: () => articleDate,
    onLangChange: (lang: Lang) => void saveSettings({ lang }),
    onTurnOffSite: () => {
      void saveSettings({ disabledSites: [...new Set([...settings.disabledSites, site])] });
      stop();
      enabled = false;
    },
  };
  const displayOf = (s: Settings) => ({ types: s.types, density: s.density, claims: s.claims });
  annotator.display = displayOf(settings);

  let enabled = enabledOn(settings, site);
  let stopWatching: (() => void) | null = null;
  let annotated = false;

  const sendCount = () => {
    void toBackground('siyaq:count', { count: annotator.mentions.size }).catch(() => {});
  };
  // The background counts the mentions it sends for the badge; the page corrects it when they differ.
  annotator.onChange = () => {
    if (!annotator.countKnown) sendCount();
  };

  // The top frame speaks for the tab's icon: a frame from a switched-off site does not grey it.
  // Only a change from the default icon (on) is sent: setting the icon on every page cost the
  // background and the browser about 10 ms of CPU a page. A tab left greyed by an earlier page gets
  // its icon back from the background with this page's first batch (background/main.ts).
  let iconOn = true;
  const tabState = (on: boolean) => {
    if (window !== window.top || on === iconOn) return;
    iconOn = on;
    void toBackground('siyaq:tab-state', { on }).catch(() => {});
  };
  // A page restored from the back/forward cache was navigated to: its icon and badge may have been reset.
  addEventListener('pageshow', (e) => {
    if (!e.persisted) return;
    if (!iconOn) void toBackground('siyaq:tab-state', { on: false }).catch(() => {});
    sendCount();
  });
  const start = async () => {
    annotated = true;
    tabState(true);
    cards = new CardController(document, annotator, painter, options);
    annotator.setDateHints(pageDateHints(document));
    // A new address (client-side navigation) may be a new article: its date goes with the next batch.
    stopWatching = watchPage(document, annotator, () => annotator.setDateHints(pageDateHints(document)));
    await annotator.scan(document.body);
    // The notes' code is loaded only for a page that has notes (or when the reader takes one).
    if (annotator.pageNotes > 0 || location.hash.startsWith('#siyaq-note=')) {
      const n = await ensureNotes().catch((e: unknown) => {
        console.info('Siyaq: notes could not be read', e);
        return null;
      });
      if (location.hash.startsWith('#siyaq-note=')) n?.reveal(location.hash);
    }
  };
  const stop = () => {
    stopWatching?.();
    stopWatching = null;
    cards?.dispose();
    cards = null;
    notes?.dispose();
    notes = null;
    notesReady = null;
    annotator.reset();
    annotated = false;
    sendCount();
    tabState(false);
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
      claims: annotator.orderedClaims().map((c, index) => {
        const marked = notes?.markOn(c.range) ?? null;
        return {
          index,
          kind: c.claim.view.kind,
          verdict: c.claim.view.verdict,
          text: c.claim.view.text,
          expected: c.claim.expected,
          mark: marked?.mark ?? null,
          comment: marked?.comment ?? '',
        };
      }),
      notes: notes?.summaries() ?? [],
    };
  };
  const revealRecord = (id: unknown): boolean => {
    const m = annotator.ordered().find((x) => x.entity.id === id);
    if (m) cards?.reveal(m, true);
    return Boolean(m);
  };
  const revealClaim = (index: unknown): boolean => {
    const c: CardTarget | undefined =
      typeof index === 'number' ? annotator.orderedClaims()[index] : undefined;
    if (c) cards?.reveal(c, true);
    return Boolean(c);
  };

  // Notes: a button beside a fresh selection; a noted passage shows its note on hover.
  const offer = () =>
    setTimeout(() => {
      if (annotated && getSelection()?.isCollapsed === false)
        void ensureNotes().then(
          (n) => n.offerForSelection(),
          () => {}, // the notes code could not be injected here: no button
        );
    }, 0);
  document.addEventListener('mouseup', offer);
  document.addEventListener('keyup', (e) => {
    if (e.shiftKey || e.key.startsWith('Arrow')) offer();
  });
  let hover = 0;
  document.addEventListener('mousemove', (e) => {
    if (hover) return;
    hover = requestAnimationFrame(() => {
      hover = 0;
      notes?.showAt(e.clientX, e.clientY);
    });
  });

  /** The editor's report: every claim with its verdict, recorded values, sources and the editor's mark. */
  const report = (): PageReport => ({
    page: location.href,
    title: document.title,
    date: articleDate,
    generated: new Date().toISOString(),
    claims: annotator.orderedClaims().map((c) => {
      const marked = notes?.markOn(c.range) ?? null;
      const { view } = c.claim;
      return {
        text: view.text,
        kind: view.kind,
        verdict: view.verdict,
        subject: view.subject,
        expected: c.claim.expected,
        claimed: view.claimed,
        recorded: view.recorded,
        reason: view.reason,
        mark: marked?.mark ?? null,
        comment: marked?.comment ?? '',
      };
    }),
  });

  // The options page or the popup changed a setting: follow it here without a reload.
  onSettingsChanged((next, changed) => {
    settings = next;
    Object.assign(options, {
      dwellMs: next.dwellMs,
      lang: next.lang,
      look: { theme: next.theme, textSize: next.textSize },
    });
    const nowEnabled = enabledOn(next, site);
    const redisplay = changed.some((k) => k === 'types' || k === 'density' || k === 'claims');
    annotator.display = displayOf(next);
    if (nowEnabled !== enabled || (redisplay && annotated)) {
      if (annotated) stop();
      enabled = nowEnabled;
      if (enabled) void start();
    }
  });

  listen({
    'siyaq:add-note': async () => (annotated ? (await ensureNotes()).openEditor() : false),
    'siyaq:step': ({ step }) => cards?.step(step) ?? false,
    'siyaq:report': report,
    'siyaq:mark-claim': async ({ index, mark, comment }) => {
      const c = annotator.orderedClaims()[index];
      if (!c) return { ok: false, error: 'no such claim on the page' };
      return (await ensureNotes()).markClaim(c.range, c.claim.view.kind, mark, comment);
    },
    'siyaq:summary': summary,
    'siyaq:reveal': ({ id }) => revealRecord(id),
    'siyaq:reveal-claim': ({ index }) => revealClaim(index),
    'siyaq:set-enabled': async (params) => {
      enabled = params.enabled;
      if (enabled && !annotated) await start();
      else if (!enabled) {
        stop();
      }
      return summary();
    },
  });

  if (SIYAQ_TEST_BUILD) {
    // Test builds answer the end-to-end tests through DOM events (strings cross worlds).
    document.addEventListener('siyaq:summary-request', () => {
      document.dispatchEvent(new CustomEvent('siyaq:summary-result', { detail: JSON.stringify(summary()) }));
    });
    document.addEventListener('siyaq:status-request', () => {
      void toBackground('siyaq:status', {}).then(
        (status) =>
          document.dispatchEvent(new CustomEvent('siyaq:status-result', { detail: JSON.stringify(status) })),
        (e: unknown) =>
          document.dispatchEvent(
            new CustomEvent('siyaq:status-result', { detail: JSON.stringify({ error: String(e) }) }),
          ),
      );
    });
    // A typed request to the background, as the popup makes it (notes export, import, delete).
    document.addEventListener('siyaq:bg-request', (e) => {
      const { name, params } = JSON.parse((e as CustomEvent<string>).detail) as {
        name: 'siyaq:notes-all' | 'siyaq:note-delete' | 'siyaq:notes-import' | 'siyaq:note-save';
        params: never;
      };
      void toBackground(name, params).then(
        (reply) =>
          document.dispatchEvent(new CustomEvent('siyaq:bg-result', { detail: JSON.stringify({ reply }) })),
        (err: unknown) =>
          document.dispatchEvent(
            new CustomEvent('siyaq:bg-result', { detail: JSON.stringify({ error: String(err) }) }),
          ),
      );
    });
    // The popup's path: background → tabs.sendMessage → this script → validated reply.
    document.addEventListener('siyaq:ask-tab-request', (e) => {
      const { name, params } = JSON.parse((e as CustomEvent<string>).detail) as {
        name: string;
        params: unknown;
      };
      void extensionApi()
        .runtime.sendMessage({ type: 'siyaq:test-ask-tab', name, params })
        .then((result: unknown) =>
          document.dispatchEvent(new CustomEvent('siyaq:ask-tab-result', { detail: JSON.stringify(result) })),
        );
    });
    // A keyboard command, delivered by the background as the browser would (tests cannot press browser shortcuts).
    document.addEventListener('siyaq:command-request', (e) => {
      void extensionApi().runtime.sendMessage({
        type: 'siyaq:test-command',
        command: (e as CustomEvent<unknown>).detail,
      });
    });
    // Settings as the options page saves them (Firefox's test driver cannot open extension pages).
    document.addEventListener('siyaq:settings-request', (e) => {
      void saveSettings(JSON.parse((e as CustomEvent<string>).detail) as Partial<Settings>);
    });
    document.addEventListener('siyaq:reveal-request', (e) =>
      revealRecord((e as CustomEvent<unknown>).detail),
    );
    document.addEventListener('siyaq:reveal-claim-request', (e) =>
      revealClaim((e as CustomEvent<unknown>).detail),
    );
  }

  if (!enabled) tabState(false);
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
