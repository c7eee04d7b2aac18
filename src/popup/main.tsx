/** Popup entry: wires the Popup component to the active tab. */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { type Annotation, exportAnnotations } from '../core/notes/annotation';
import type { MessageName, Params, Reply } from '../messages';
import { toBackground, toTab } from '../runtime';
import { loadSettings, saveSettings } from '../settings';
import { download } from '../ui/download';
import { applyLook } from '../ui/look';
import { boundShortcuts } from '../ui/shortcuts';
import { Popup, type PopupApi } from './Popup';
import { pageKind } from './page-kind';

declare const SIYAQ_TEST_BUILD: boolean;

/** The tab the popup is about: the active one (test builds may name another with ?tab=). */
async function targetTab(): Promise<browser.Tabs.Tab | undefined> {
  const named = SIYAQ_TEST_BUILD ? Number(new URLSearchParams(location.search).get('tab')) : 0;
  if (named) return browser.tabs.get(named);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function start(): Promise<void> {
  const settings = await loadSettings();
  applyLook(document, settings);
  const tab = await targetTab();
  const page = pageKind(tab?.url);

  /** Asks the tab's content script; null when there is none (or it could not answer). */
  const ask = async <N extends MessageName>(name: N, params: Params<N>): Promise<Reply<N> | null> => {
    if (tab?.id === undefined) return null;
    try {
      return await toTab(tab.id, name, params);
    } catch {
      return null; // no content script in this tab
    }
  };
  const annotateNow = async () => {
    if (tab?.id === undefined) return null;
    // activeTab grants this tab to us for this user action; no host permission needed.
    await browser.scripting.insertCSS({ target: { tabId: tab.id }, files: ['highlights.css'] });
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] });
    return ask('siyaq:set-enabled', { enabled: true });
  };

  const shortcuts = await boundShortcuts(() => browser.commands.getAll());

  const api: PopupApi = {
    summary: () => ask('siyaq:summary', {}),
    async setSiteEnabled(enabled) {
      if (page.kind !== 'web') return null;
      // Asked first, while the click still counts as the reader's gesture (Firefox requires it).
      const granted = enabled ? browser.permissions.request({ origins: [page.origin] }) : null;
      const current = await loadSettings();
      const rest = current.disabledSites.filter((s) => s !== page.host);
      await saveSettings({ disabledSites: enabled ? rest : [...rest, page.host] });
      await granted?.catch(() => false); // refused: it still runs in this tab, as the reader asked
      const reply = await ask('siyaq:set-enabled', { enabled });
      return reply ?? (enabled ? annotateNow() : null);
    },
    async enableEverywhere() {
      await saveSettings({ enabled: true });
      return ask('siyaq:summary', {});
    },
    annotateNow,
    async reveal(id) {
      await ask('siyaq:reveal', { id });
      window.close();
    },
    async revealClaim(index) {
      await ask('siyaq:reveal-claim', { index });
      window.close();
    },
    setLang: (lang) => saveSettings({ lang }),
    async markClaim(index, mark, comment) {
      await ask('siyaq:mark-claim', { index, mark, comment });
      return ask('siyaq:summary', {});
    },
    report: () => ask('siyaq:report', {}),
    download,
    openNotesView: () => void browser.tabs.create({ url: browser.runtime.getURL('notes.html') }),
    openOptions: () => void browser.runtime.openOptionsPage(),
    async exportNotes() {
      return JSON.stringify(
        exportAnnotations((await toBackground('siyaq:notes-all', {})) as Annotation[]),
        null,
        2,
      );
    },
    async importNotes(text) {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (e) {
        return { ok: false, error: `not JSON (${String(e)})` };
      }
      return toBackground('siyaq:notes-import', { data });
    },
  };
  render(
    <Popup
      api={api}
      initialLang={settings.lang}
      page={page}
      onEverywhere={settings.enabled}
      shortcuts={shortcuts}
    />,
    document.getElementById('app') as HTMLElement,
  );
}

void start();
