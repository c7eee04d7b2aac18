/**
 * Background (service worker in Chrome, event page in Firefox): owns the fact
 * base and answers pages over the typed messages; keeps the toolbar badge in
 * step with each tab's mention count; registers the content script on sites the
 * user granted. Listeners are registered synchronously at top level, as MV3
 * requires: a stopped worker is woken by the message it then answers.
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { type Command, isCommand } from '../commands';
import { type Annotation, pageKey } from '../core/notes/annotation';
import { anchorPassage } from '../core/notes/fuzzy';
import { PackManifest } from '../core/packs/manifest';
import type { Pack } from '../core/packs/pack';
import type { MessageName } from '../messages';
import { listen, toTab } from '../runtime';
import { enabledOn, loadSettings, siteOf } from '../settings';
import { builtInSites, userOrigins } from '../sites';
import { ScanSessions } from './knowledge';
import { NoteBook } from './notes';
import { type BundledPacks, KnowledgeService } from './service';
import { openStore } from './store';

export const USER_SITES_SCRIPT = 'siyaq-user-sites';
const USER_SITES_FRAMES = 'siyaq-user-sites-frames';

/** The packs shipped in the extension package (written by build.mjs under packs/). */
const bundled: BundledPacks = {
  async manifests() {
    return v.parse(v.array(PackManifest), await packaged('packs/index.json'));
  },
  async load(id) {
    return (await packaged(`packs/${id}.json`)) as Pack; // validated by the build that wrote it
  },
};

async function packaged(path: string): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(path)); // our own package: no network
  return response.json();
}

const sessions = new ScanSessions();
let notesDb: ReturnType<typeof openStore> | null = null;
const notes = new NoteBook(() => {
  notesDb ??= openStore(() => {
    notesDb = null;
  });
  notesDb.catch(() => {
    notesDb = null;
  });
  return notesDb;
});
const knowledge = new KnowledgeService(bundled, openStore, (message) => console.warn(message));

/** Injects one of our UI bundles into the frame that asked (its code stays out of the content script). */
async function injectInto(
  sender: { tab?: { id?: number }; frameId?: number },
  file: string,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [file],
  });
  return true;
}

// The badge's colour is the same on every tab: set once per start, not with every count.
void browser.action.setBadgeBackgroundColor({ color: '#0e746e' });

/** The toolbar badge: the top frame's mention count (frames count their own, and are not the article). */
function badge(tabId: number | undefined, count: number, frameId: number | undefined): void {
  if (tabId === undefined || frameId !== 0) return;
  void browser.action.setBadgeText({ tabId, text: count ? String(Math.min(count, 999)) : '' });
}

/**
 * Tabs whose icon this worker greyed. Pages send their state only when it differs from the default
 * icon; a page that asks for matches is on, so a greyed tab gets its icon back with its first
 * batch, whether or not the browser reset the tab's icon when it navigated.
 */
const greyed = new Set<number>();

/** The toolbar icon of a tab: greyed where the reader turned Siyaq off. */
function tabIcon(tabId: number | undefined, on: boolean): void {
  if (tabId === undefined) return;
  if (on) greyed.delete(tabId);
  else greyed.add(tabId);
  const name = on ? 'icon' : 'icon-off';
  void browser.action.setIcon({ tabId, path: { 16: `icons/${name}-16.png`, 32: `icons/${name}-32.png` } });
}

listen({
  'siyaq:tab-state': ({ on }, sender) => {
    tabIcon(sender.tab?.id, on);
    return null;
  },
  'siyaq:match': async (params, sender) => {
    const session = sessions.get(params.session);
    const reply = (await knowledge.knowledge()).match(params, session);
    badge(sender.tab?.id, session.mentions, sender.frameId);
    const tabId = sender.tab?.id;
    if (tabId !== undefined && sender.frameId === 0 && greyed.has(tabId)) tabIcon(tabId, true);
    // A scan's first batch learns whether the page has notes: only then does the page load their code.
    if (!params.hints || !sender.url) return reply;
    const count = await notes.forPage(pageKey(sender.url)).then(
      (n) => n.length,
      () => 0,
    );
    return { ...reply, notes: count };
  },
  'siyaq:card': async (params) => (await knowledge.knowledge()).card(params),
  'siyaq:status': () => knowledge.status(),
  'siyaq:notes-for-page': ({ page }) => notes.forPage(page),
  'siyaq:notes-all': () => notes.all(),
  // Validated by the message map; readonly there only.
  'siyaq:note-save': ({ note, previous }) => notes.save(note as Annotation, previous),
  'siyaq:note-delete': ({ id }) => notes.remove(id),
  'siyaq:notes-import': ({ data }) => notes.import(data),
  'siyaq:notes-anchor': ({ text, selectors }) =>
    selectors.map(([quote, position]) => anchorPassage(text, quote, position)),
  'siyaq:add-pack': ({ pack }) => knowledge.addPack(pack),
  'siyaq:remove-pack': ({ id }) => knowledge.removePack(id),
  'siyaq:get-pack': ({ id }) => knowledge.getPack(id),
  'siyaq:load-notes-ui': (_params, sender) => injectInto(sender, 'notes-ui.js'),
  'siyaq:load-card-ui': (_params, sender) => injectInto(sender, 'card-ui.js'),
  // A subframe's text (frame.js): the content script goes only into frames that name a record.
  'siyaq:frame-text': async ({ text }, sender) => {
    const tabId = sender.tab?.id;
    const frameId = sender.frameId;
    if (tabId === undefined || !frameId) return false;
    // Not in a tab whose site the reader turned off, nor in a frame of such a site. An ad slot's
    // about:blank address names no site: the tab's does.
    const settings = await loadSettings();
    if (![sender.tab?.url, sender.url].every((address) => enabledOn(settings, siteOf(address)))) return false;
    if (!(await knowledge.knowledge()).matcher.find(text).mentions.length) return false;
    await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, files: ['highlights.css'] });
    return injectInto(sender, 'content.js');
  },
  'siyaq:count': ({ count }, sender) => {
    badge(sender.tab?.id, count, sender.frameId);
    return null;
  },
});

declare const SIYAQ_TEST_BUILD: boolean;
if (SIYAQ_TEST_BUILD) {
  // Test builds: a page asks the background to send a typed request to that page's tab, as the
  // popup does (Firefox's test driver cannot open extension pages). Replies are validated by toTab.
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    const m = raw as { type?: unknown; name?: MessageName; params?: never; command?: string } | null;
    // A keyboard command, as the browser would deliver it for this tab (tests cannot press browser shortcuts).
    if (m?.type === 'siyaq:test-command' && m.command)
      return runCommand(m.command, sender.tab?.id).then(() => true);
    if (m?.type !== 'siyaq:test-ask-tab' || !m.name || sender.tab?.id === undefined) return undefined;
    return toTab(sender.tab.id, m.name, m.params ?? ({} as never)).then(
      (reply) => ({ reply }),
      (e: unknown) => ({ error: String(e) }),
    );
  });
}

// The keyboard commands (rebindable in the browser's shortcut settings) and the context menu
// ask the tab's content script; a tab without one ignores them.
const ADD_NOTE_MENU = 'siyaq-add-note';
const askToNote = (tabId: number | undefined) => {
  if (tabId !== undefined) void toTab(tabId, 'siyaq:add-note', {}).catch(() => {}); // no content script there
};
const COMMAND_ACTIONS: Record<Command, (tabId: number) => Promise<unknown>> = {
  'add-note': (tabId) => toTab(tabId, 'siyaq:add-note', {}),
  'next-mention': (tabId) => toTab(tabId, 'siyaq:step', { step: 1 }),
  'previous-mention': (tabId) => toTab(tabId, 'siyaq:step', { step: -1 }),
};
async function runCommand(command: string, tabId: number | undefined): Promise<void> {
  if (!isCommand(command)) return;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id !== undefined) await COMMAND_ACTIONS[command](id).catch(() => {}); // no content script there
}
browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab?.id));
browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === ADD_NOTE_MENU) askToNote(tab?.id);
});
browser.runtime.onInstalled.addListener((details) => {
  // Once, on a new install (not on updates): what Siyaq does, and that nothing leaves the machine.
  if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('welcome.html') });
  browser.contextMenus.create({
    id: ADD_NOTE_MENU,
    title: browser.i18n.getMessage('addNoteMenu'),
    contexts: ['selection'],
  });
});

// Start loading as soon as the background starts: the message that woke it waits for less.
void knowledge
  .ready()
  .catch((e: unknown) => console.error('Siyaq: the bundled fact packs could not be read', e));

/** Origins the user granted beyond the built-in news sites, as content-script match patterns. */
async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return userOrigins(origins, builtInSites(browser.runtime.getManifest()));
}

async function syncUserSites(): Promise<void> {
  const origins = await grantedOrigins();
  const ids = [USER_SITES_SCRIPT, USER_SITES_FRAMES];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  if (!origins.length) return;
  // As in manifest.json: the content script in top frames, frame.js in the others.
  await browser.scripting.registerContentScripts([
    {
      id: USER_SITES_SCRIPT,
      matches: origins,
      js: ['content.js'],
      css: ['highlights.css'],
      runAt: 'document_idle',
    },
    { id: USER_SITES_FRAMES, matches: origins, js: ['frame.js'], runAt: 'document_idle', allFrames: true },
  ]);
}

browser.permissions.onAdded.addListener(() => void syncUserSites());
browser.permissions.onRemoved.addListener(() => void syncUserSites());
browser.runtime.onInstalled.addListener(() => void syncUserSites());
