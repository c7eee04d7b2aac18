/**
 * User settings in extension storage, read with defaults and validated with the
 * schema library (storage can hold anything: an older version's values, another
 * tool's). Storage that fails or stalls gives the defaults: Siyaq still runs.
 */
import * as v from 'valibot';
import { within } from './core/timeout';
import { extensionApi } from './extension-api';
import type { Lang } from './ui/strings';

const SettingsSchema = v.object({
  /** Hostnames where the user switched Siyaq off. */
  disabledSites: v.fallback(v.array(v.pipe(v.string(), v.maxLength(253))), []),
  lang: v.fallback(v.picklist(['ar', 'en'] as const satisfies readonly Lang[]), 'ar'),
  /** Hover time before a card opens. */
  dwellMs: v.fallback(v.pipe(v.number(), v.minValue(0), v.maxValue(3000)), 350),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

const KEYS = Object.keys(SettingsSchema.entries) as (keyof Settings)[];

/** Each stored value that fits is kept; anything else falls back to its default. */
export function parseSettings(raw: Record<string, unknown>): Settings {
  return v.parse(SettingsSchema, raw);
}

export const DEFAULT_SETTINGS: Settings = parseSettings({});

/** Storage reads slower than this count as failed. */
const STORAGE_TIMEOUT_MS = 2000;

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(
      await within(extensionApi().storage.local.get(KEYS), STORAGE_TIMEOUT_MS, 'reading settings'),
    );
  } catch (e) {
    console.info('Siyaq: settings could not be read; using the defaults.', e);
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await extensionApi().storage.local.set(patch as Record<string, unknown>);
}
