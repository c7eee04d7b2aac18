/** The first-run page's entry (opened once, when Siyaq is installed). */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { loadSettings, saveSettings } from '../settings';
import { builtInSites } from '../sites';
import { applyLook } from '../ui/look';
import { boundShortcuts } from '../ui/shortcuts';
import { Welcome } from './Welcome';

async function start(): Promise<void> {
  const settings = await loadSettings();
  applyLook(document, settings);
  const shortcuts = await boundShortcuts(() => browser.commands.getAll());
  render(
    <Welcome
      initialLang={settings.lang}
      shortcuts={shortcuts}
      builtInSites={builtInSites(browser.runtime.getManifest()).length}
      onLang={(lang) => {
        applyLook(document, { ...settings, lang });
        void saveSettings({ lang });
      }}
      openOptions={() => void browser.runtime.openOptionsPage()}
    />,
    document.getElementById('app') as HTMLElement,
  );
}

void start();
