/**
 * User settings in extension storage, read with defaults and validated with the
 * schema library (storage can hold anything: an older version's values, another
 * tool's). Storage that fails or stalls gives the defaults: Siyaq still runs.
 * A settings file the reader imports is checked strictly instead: a bad one is
 * refused whole, with the first thing wrong in it, and nothing is changed.
 */
import * as v from 'valibot';
import { within } from './core/timeout';
import { RECORD_TYPES } from './core/vocabulary';
import { extensionApi } from './extension-api';
import type { Lang } from './ui/strings';

/** What is highlighted: every mention, the first mention of each record, or only the claims. */
export const DENSITIES = ['all', 'first', 'claims'] as const;
export type Density = (typeof DENSITIES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
/** Text size of the cards and Siyaq's pages, as a percentage. */
export const TEXT_SIZES = [90, 100, 115, 130] as const;
export const LANGS = ['ar', 'en'] as const satisfies readonly Lang[];

const Host = v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/i));

const Enabled = v.boolean();
const Sites = v.pipe(v.array(Host), v.maxLength(10_000));
const Language = v.picklist(LANGS);
const Dwell = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3000));
const Types = v.pipe(v.array(v.picklist(RECORD_TYPES)), v.maxLength(RECORD_TYPES.length));
const Density = v.picklist(DENSITIES);
const Claims = v.boolean();
const ThemeSchema = v.picklist(THEMES);
const Size = v.picklist(TEXT_SIZES);

const SettingsSchema = v.object({
  /** Siyaq on or off everywhere. */
  enabled: v.fallback(Enabled, true),
  /** Hostnames where the user switched Siyaq off. */
  disabledSites: v.fallback(Sites, []),
  lang: v.fallback(Language, 'ar'),
  /** Hover time before a card opens. */
  dwellMs: v.fallback(Dwell, 350),
  /** Record types whose mentions are highlighted. */
  types: v.fallback(Types, [...RECORD_TYPES]),
  density: v.fallback(Density, 'all'),
  /** Claim checks on or off. */
  claims: v.fallback(Claims, true),
  theme: v.fallback(ThemeSchema, 'system'),
  textSize: v.fallback(Size, 100),
});

/** An imported settings file: every field optional, none wrong, nothing unknown. */
const SettingsFile = v.strictObject({
  siyaqSettings: v.literal(1),
  settings: v.strictObject({
    enabled: v.optional(Enabled),
    disabledSites: v.optional(Sites),
    lang: v.optional(Language),
    dwellMs: v.optional(Dwell),
    types: v.optional(Types),
    density: v.optional(Density),
    claims: v.optional(Claims),
    theme: v.optional(ThemeSchema),
    textSize: v.optional(Size),
  }),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const SETTINGS_KEYS = Object.keys(SettingsSchema.entries) as (keyof Settings)[];

/** Each stored value that fits is kept; anything else falls back to its default. */
export function parseSettings(raw: Record<string, unknown>): Settings {
  return v.parse(SettingsSchema, raw);
}

export const DEFAULT_SETTINGS: Settings = parseSettings({});

/** The settings as a file the reader keeps (JSON text). */
export function exportSettings(s: Settings): string {
  return `${JSON.stringify({ siyaqSettings: 1, settings: s }, null, 2)}\n`;
}

/** A settings file read strictly: the settings it sets, or the first thing wrong in it. */
export function importSettings(
  text: string,
): { ok: true; settings: Partial<Settings> } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const r = v.safeParse(SettingsFile, data);
  if (!r.success) {
    const issue = r.issues[0];
    const path = v.getDotPath(issue) ?? '';
    return { ok: false, error: `${path ? `${path}: ` : ''}${issue.message}` };
  }
  const settings = Object.fromEntries(
    Object.entries(r.output.settings).filter(([, value]) => value !== undefined),
  ) as Partial<Settings>;
  return { ok: true, settings };
}

/** Storage reads slower than this count as failed. */
const STORAGE_TIMEOUT_MS = 2000;

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(
      await within(extensionApi().storage.local.get(SETTINGS_KEYS), STORAGE_TIMEOUT_MS, 'reading settings'),
    );
  } catch (e) {
    console.info('Siyaq: settings could not be read; using the defaults.', e);
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await extensionApi().storage.local.set(patch as Record<string, unknown>);
}

/** Calls `fn` with the new settings whenever another page (the options page, the popup) changes them. */
export function onSettingsChanged(
  fn: (s: Settings, changed: readonly (keyof Settings)[]) => void,
): () => void {
  const api = extensionApi();
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    const changed = SETTINGS_KEYS.filter((k) => k in changes);
    if (changed.length) void loadSettings().then((s) => fn(s, changed));
  };
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}

/** Whether Siyaq runs on a host, by the reader's switches. */
export function enabledOn(s: Settings, host: string): boolean {
  return s.enabled && !s.disabledSites.includes(host);
}

/**
 * The host of an address or an origin: '' for one without (about:blank, data:, an opaque origin's
 * "null") or one that does not parse. An about:blank or srcdoc frame has no host in its address;
 * its origin, which it takes from the page that made it, names the site it belongs to.
 */
export function siteOf(address: string | undefined): string {
  if (!address) return '';
  try {
    return new URL(address).hostname;
  } catch {
    return '';
  }
}
