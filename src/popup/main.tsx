/** Popup entry: wires the Popup component to the active tab. */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { type Annotation, exportAnnotations } from '../core/notes/annotation';
import type { MessageName, Params, Reply } from '../messages';
import { toBackground, toTab } from '../runtime';
import { loadSettings, saveSettings } from '../settings';
import { Popup, type PopupApi } from './Popup';

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Asks the active tab's content script; null when there is none (or it could not answer). */
async function ask<N extends MessageName>(name: N, params: Params<N>): Promise<Reply<N> | null> {
  const tab = await activeTab();
  if (tab?.id === undefined) return null;
  try {
    return await toTab(tab.id, name, params);
  } catch {
    return null; // no content script in this tab
  }
}

async function start(): Promise<void> {
  const settings = await loadSettings();
  const tab = await activeTab();
  let host: string | null = null;
  try {
    const u = new URL(tab?.url ?? '');
    if (u.protocol === 'http:' || u.protocol === 'https:') host = u.hostname;
  } catch {
    host = null;
  }
  const api: PopupApi = {
    summary: () => ask('siyaq:summary', {}),
    async setEnabled(enabled) {
      const current = await loadSettings();
      if (host) {
        const rest = current.disabledSites.filter((s) => s !== host);
        await saveSettings({ disabledSites: enabled ? rest : [...rest, host] });
      }
      return ask('siyaq:set-enabled', { enabled });
    },
    async annotateNow() {
      const t = await activeTab();
      if (t?.id === undefined) return null;
      // activeTab grants this tab to us for this user action; no host permission needed.
      await browser.scripting.insertCSS({ target: { tabId: t.id }, files: ['highlights.css'] });
      await browser.scripting.executeScript({ target: { tabId: t.id }, files: ['content.js'] });
      return ask('siyaq:set-enabled', { enabled: true });
    },
    async alwaysHere() {
      if (!host) return false;
      const u = new URL(tab?.url ?? '');
      return browser.permissions.request({ origins: [`${u.protocol}//${u.hostname}/*`] });
    },
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
    openNotesView: () => void browser.tabs.create({ url: browser.runtime.getURL('notes.html') }),
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
    <Popup api={api} initialLang={settings.lang} host={host} />,
    document.getElementById('app') as HTMLElement,
  );
}

void start();
