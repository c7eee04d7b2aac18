/** Siyaq's own pages (popup, options, notes, first run) follow the reader's language, theme and text size. */
import type { Settings } from '../settings';

export function applyLook(doc: Document, s: Pick<Settings, 'lang' | 'theme' | 'textSize'>): void {
  const root = doc.documentElement;
  root.lang = s.lang;
  root.dir = s.lang === 'ar' ? 'rtl' : 'ltr';
  // pages.css: "system" follows prefers-color-scheme, the others override it.
  root.dataset.theme = s.theme;
  root.style.setProperty('--text-scale', String(s.textSize / 100));
}
