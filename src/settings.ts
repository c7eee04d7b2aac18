/** User settings in extension storage, read with defaults and validated (storage can hold anything). */
import browser from 'webextension-polyfill';
import type { Lang } from './ui/strings';

export interface Settings {
  /** Hostnames where the user switched Siyaq off. */
  readonly disabledSites: readonly string[];
  readonly lang: Lang;
  /** Hover time before a card opens. */
  readonly dwellMs: number;
}

export const DEFAULT_SETTINGS: Settings = { disabledSites: [], lang: 'ar', dwellMs: 350 };

export function parseSettings(raw: Record<string, unknown>): Settings {
  const sites = Array.isArray(raw.disabledSites)
    ? raw.disabledSites.filter((s): s is string => typeof s === 'string')
    : [];
  const lang = raw.lang === 'en' ? 'en' : 'ar';
  const dwell =
    typeof raw.dwellMs === 'number' && raw.dwellMs >= 0 && raw.dwellMs <= 3000
      ? raw.dwellMs
      : DEFAULT_SETTINGS.dwellMs;
  return { disabledSites: sites, lang, dwellMs: dwell };
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await browser.storage.local.get(['disabledSites', 'lang', 'dwellMs']));
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await browser.storage.local.set(patch as Record<string, unknown>);
}
