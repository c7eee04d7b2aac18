/** The options page's entry: settings from storage, packs from the background, sites from the permissions API. */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { toBackground } from '../runtime';
import {
  exportSettings,
  importSettings,
  loadSettings,
  onSettingsChanged,
  parseSettings,
  saveSettings,
} from '../settings';
import { builtInSites, patternHost, userOrigins } from '../sites';
import { download } from '../ui/download';
import { applyLook } from '../ui/look';
import { boundShortcuts } from '../ui/shortcuts';
import { Options, type OptionsApi } from './Options';

const builtIn = builtInSites(browser.runtime.getManifest());

/** The reader's granted origins, by host: https and http of one site are one entry. */
async function grantedOrigins(): Promise<Map<string, string[]>> {
  const { origins = [] } = await browser.permissions.getAll();
  const byHost = new Map<string, string[]>();
  for (const o of userOrigins(origins, builtIn)) {
    const host = patternHost(o) as string;
    byHost.set(host, [...(byHost.get(host) ?? []), o]);
  }
  return byHost;
}

async function start(): Promise<void> {
  const settings = await loadSettings();
  applyLook(document, settings);
  onSettingsChanged((s) => applyLook(document, s));
  const shortcuts = await boundShortcuts(() => browser.commands.getAll());

  const api: OptionsApi = {
    save: (patch) => saveSettings(patch),
    grantedSites: async () => [...(await grantedOrigins()).keys()].sort(),
    // Both schemes: a site may serve its articles over either.
    grantSite: (host) => browser.permissions.request({ origins: [`https://${host}/*`, `http://${host}/*`] }),
    async revokeSite(host) {
      const origins = (await grantedOrigins()).get(host);
      return origins ? browser.permissions.remove({ origins }) : false;
    },
    packs: () => toBackground('siyaq:status', {}).catch(() => null),
    async addPack(text) {
      let pack: unknown;
      try {
        pack = JSON.parse(text);
      } catch (e) {
        return { ok: false, error: `not JSON (${e instanceof Error ? e.message : String(e)})` };
      }
      const r = await toBackground('siyaq:add-pack', { pack });
      return r.ok ? { ok: true, title: r.manifest.title[settings.lang] } : r;
    },
    removePack: (id) => toBackground('siyaq:remove-pack', { id }),
    async exportPack(id) {
      const pack = await toBackground('siyaq:get-pack', { id });
      if (pack) download(`${id}.siyaq-pack.json`, 'application/json', `${JSON.stringify(pack, null, 2)}\n`);
    },
    exportSettings: (s) => download('siyaq-settings.json', 'application/json', exportSettings(s)),
    async importSettings(text) {
      const r = importSettings(text);
      if (!r.ok) return r;
      await saveSettings(r.settings);
      return { ok: true, settings: parseSettings({ ...(await loadSettings()), ...r.settings }) };
    },
    openShortcutSettings() {
      const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
      // Firefox opens its own page; Chrome lets an extension open chrome://extensions/shortcuts.
      if (commands.openShortcutSettings) void commands.openShortcutSettings();
      else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    },
  };
  render(
    <Options api={api} initial={settings} builtInSites={builtIn} shortcuts={shortcuts} />,
    document.getElementById('app') as HTMLElement,
  );
}

void start();
