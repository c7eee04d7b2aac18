/** The notes view's entry: every note from the background; a note opens its page in a tab. */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import type { Annotation } from '../core/notes/annotation';
import { toBackground } from '../runtime';
import { loadSettings, onSettingsChanged } from '../settings';
import { applyLook } from '../ui/look';
import { NotesView } from './NotesView';

async function start(): Promise<void> {
  const settings = await loadSettings();
  const { lang } = settings;
  applyLook(document, settings);
  onSettingsChanged((s) => applyLook(document, { ...s, lang }));
  render(
    <NotesView
      lang={lang}
      api={{
        all: async () => (await toBackground('siyaq:notes-all', {})) as Annotation[],
        open: (url) => void browser.tabs.create({ url }),
      }}
    />,
    document.getElementById('app') as HTMLElement,
  );
}

void start();
