/**
 * The options page, Arabic first: where Siyaq runs, what it highlights, how cards look, the
 * installed fact packs, and settings export and import. Every change is saved as it is made.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Command } from '../commands';
import { RECORD_TYPES, type RecordType } from '../core/vocabulary';
import type { KnowledgeStatus } from '../messages';
import { DENSITIES, type Settings, TEXT_SIZES, THEMES } from '../settings';
import { TYPE_MARKERS } from '../ui/markers';
import { type Lang, t } from '../ui/strings';

export interface OptionsApi {
  save(patch: Partial<Settings>): Promise<void>;
  /** Hosts the reader granted beyond the built-in news sites (either scheme). */
  grantedSites(): Promise<string[]>;
  /** Asks the browser for a site, both schemes (a click is needed); true if granted. */
  grantSite(host: string): Promise<boolean>;
  /** Gives back what was granted for a host, every scheme. */
  revokeSite(host: string): Promise<boolean>;
  packs(): Promise<KnowledgeStatus | null>;
  /** Adds a user pack from a file's text; a bad pack is refused whole with its first error. */
  addPack(text: string): Promise<{ ok: true; title: string } | { ok: false; error: string }>;
  removePack(id: string): Promise<{ ok: true } | { ok: false; error: string }>;
  exportPack(id: string): Promise<void>;
  exportSettings(settings: Settings): void;
  /** Reads a settings file; applied only if all of it is valid. */
  importSettings(text: string): Promise<{ ok: true; settings: Settings } | { ok: false; error: string }>;
  openShortcutSettings(): void;
}

export interface OptionsProps {
  readonly api: OptionsApi;
  readonly initial: Settings;
  /** The built-in news sites (the manifest's content-script matches). */
  readonly builtInSites: readonly string[];
  readonly shortcuts: Readonly<Partial<Record<Command, string>>>;
}

const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** A host from what the reader typed: a bare host or an address. */
export function hostOf(input: string): string | null {
  const s = input.trim().toLowerCase();
  let host = s;
  try {
    if (/^[a-z]+:\/\//.test(s)) host = new URL(s).hostname;
  } catch {
    return null;
  }
  return HOST.test(host) ? host : null;
}

export function Options({ api, initial, builtInSites, shortcuts }: OptionsProps) {
  const [s, setS] = useState<Settings>(initial);
  const [status, setStatus] = useState('');
  const lang = s.lang;
  const set = async (patch: Partial<Settings>) => {
    const next = { ...s, ...patch };
    setS(next);
    await api.save(patch);
    setStatus(t('optSaved', lang));
  };

  return (
    <main dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <header>
        <h1>{t('optTitle', lang)}</h1>
        <p class="muted" role="status" aria-live="polite">
          {status}
        </p>
      </header>
      <p class="muted">{t('optPrivacy', lang)}</p>

      <fieldset class="general">
        <legend>{t('optGeneral', lang)}</legend>
        <label>
          <input
            type="checkbox"
            name="enabled"
            checked={s.enabled}
            onChange={(e) => void set({ enabled: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t('optEnabled', lang)}
        </label>
        <label>
          <input
            type="checkbox"
            name="claims"
            checked={s.claims}
            onChange={(e) => void set({ claims: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t('optClaims', lang)}
        </label>
        <label>
          {t('optLang', lang)}
          <select
            name="lang"
            value={s.lang}
            onChange={(e) => void set({ lang: (e.currentTarget as HTMLSelectElement).value as Lang })}
          >
            <option value="ar" lang="ar">
              العربية
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
        <label>
          {t('optTheme', lang)}
          <select
            name="theme"
            value={s.theme}
            onChange={(e) =>
              void set({ theme: (e.currentTarget as HTMLSelectElement).value as Settings['theme'] })
            }
          >
            {THEMES.map((x) => (
              <option value={x} key={x}>
                {t(`theme_${x}`, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('optTextSize', lang)}
          <select
            name="textSize"
            value={String(s.textSize)}
            onChange={(e) =>
              void set({
                textSize: Number((e.currentTarget as HTMLSelectElement).value) as Settings['textSize'],
              })
            }
          >
            {TEXT_SIZES.map((x) => (
              <option value={String(x)} key={x}>
                {x}%
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('optDwell', lang)}
          <input
            type="number"
            name="dwellMs"
            min={0}
            max={3000}
            step={50}
            value={s.dwellMs}
            onChange={(e) => {
              const n = Number((e.currentTarget as HTMLInputElement).value);
              if (Number.isInteger(n) && n >= 0 && n <= 3000) void set({ dwellMs: n });
            }}
          />
        </label>
      </fieldset>

      <fieldset class="display">
        <legend>{t('optShown', lang)}</legend>
        {RECORD_TYPES.map((type: RecordType) => (
          <label key={type}>
            <input
              type="checkbox"
              name={`type-${type}`}
              checked={s.types.includes(type)}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                void set({ types: RECORD_TYPES.filter((x) => (x === type ? on : s.types.includes(x))) });
              }}
            />
            <span aria-hidden="true">{TYPE_MARKERS[type]}</span> {t(`plural_${type}`, lang)}
          </label>
        ))}
        <p class="muted">{t('optDensity', lang)}</p>
        {DENSITIES.map((d) => (
          <label key={d}>
            <input
              type="radio"
              name="density"
              value={d}
              checked={s.density === d}
              onChange={() => void set({ density: d })}
            />
            {t(`density_${d}`, lang)}
          </label>
        ))}
      </fieldset>

      <Sites api={api} lang={lang} settings={s} set={set} builtInSites={builtInSites} />
      <Packs api={api} lang={lang} />

      <fieldset class="shortcuts">
        <legend>{t('optShortcuts', lang)}</legend>
        <table>
          <tbody>
            {(Object.keys(SHORTCUT_LABELS) as Command[]).map((c) => (
              <tr key={c}>
                <td>{t(SHORTCUT_LABELS[c], lang)}</td>
                <td>
                  <kbd dir="ltr">{shortcuts[c] || t('optUnbound', lang)}</kbd>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <button type="button" class="secondary" onClick={() => api.openShortcutSettings()}>
            {t('optChangeShortcuts', lang)}
          </button>
        </p>
      </fieldset>

      <fieldset class="backup">
        <legend>{t('optBackup', lang)}</legend>
        <div class="row">
          <button type="button" class="secondary export-settings" onClick={() => api.exportSettings(s)}>
            {t('optExportSettings', lang)}
          </button>
          <label>
            {t('optImportSettings', lang)}
            <input
              type="file"
              name="settings-file"
              accept=".json,application/json"
              onChange={async (e) => {
                const file = (e.currentTarget as HTMLInputElement).files?.[0];
                if (!file) return;
                const r = await api.importSettings(await file.text());
                if (r.ok) setS(r.settings);
                setStatus(r.ok ? t('optImported', lang) : `${t('optNotImported', lang)} ${r.error}`);
              }}
            />
          </label>
        </div>
      </fieldset>
    </main>
  );
}

const SHORTCUT_LABELS: Readonly<
  Record<Command, 'shortcutNext' | 'shortcutPreviousMention' | 'shortcutNote'>
> = {
  'next-mention': 'shortcutNext',
  'previous-mention': 'shortcutPreviousMention',
  'add-note': 'shortcutNote',
};

/** Where Siyaq runs: the built-in sites, the ones the reader added, the ones turned off. */
function Sites(props: {
  api: OptionsApi;
  lang: Lang;
  settings: Settings;
  set: (patch: Partial<Settings>) => Promise<void>;
  builtInSites: readonly string[];
}) {
  const { api, lang, settings, set } = props;
  const [granted, setGranted] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    void api.grantedSites().then(setGranted);
  }, [api]);
  return (
    <fieldset class="sites">
      <legend>{t('optSites', lang)}</legend>
      <details>
        <summary>
          {t('optBuiltIn', lang)} ({props.builtInSites.length})
        </summary>
        <ul class="built-in">
          {props.builtInSites.map((x) => (
            <li key={x} dir="ltr">
              {x}
            </li>
          ))}
        </ul>
      </details>
      <h2>{t('optAdded', lang)}</h2>
      {!granted.length && <p class="muted">{t('optNoneAdded', lang)}</p>}
      <ul class="granted">
        {granted.map((host) => (
          <li key={host} class="row">
            <bdi dir="ltr">{host}</bdi>
            <button
              type="button"
              class="link"
              onClick={async () => {
                if (await api.revokeSite(host)) setGranted(await api.grantedSites());
              }}
            >
              {t('optRemove', lang)}
            </button>
          </li>
        ))}
      </ul>
      <form
        class="row add-site"
        onSubmit={async (e) => {
          e.preventDefault();
          const host = hostOf(typed);
          if (!host) {
            setError(t('optBadHost', lang));
            return;
          }
          setError('');
          if (await api.grantSite(host)) {
            setTyped('');
            setGranted(await api.grantedSites());
          }
        }}
      >
        <label>
          {t('optAddSite', lang)}
          <input
            type="text"
            name="site"
            dir="ltr"
            placeholder="example.com"
            value={typed}
            onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('optAdd', lang)}</button>
      </form>
      {error && (
        <p class="badge" role="alert">
          {error}
        </p>
      )}
      <h2>{t('optTurnedOff', lang)}</h2>
      {!settings.disabledSites.length && <p class="muted">{t('optNoneOff', lang)}</p>}
      <ul class="disabled-sites">
        {settings.disabledSites.map((host) => (
          <li key={host} class="row">
            <bdi dir="ltr">{host}</bdi>
            <button
              type="button"
              class="link"
              onClick={() => void set({ disabledSites: settings.disabledSites.filter((x) => x !== host) })}
            >
              {t('optTurnOn', lang)}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The fact packs: bundled ones listed, the reader's own imported, exported and removed. */
function Packs({ api, lang }: { api: OptionsApi; lang: Lang }) {
  const [status, setStatus] = useState<KnowledgeStatus | null>(null);
  const [message, setMessage] = useState('');
  const reload = async () => setStatus(await api.packs());
  useEffect(() => {
    void reload();
  }, [api]);
  return (
    <fieldset class="packs">
      <legend>{t('optPacks', lang)}</legend>
      <table>
        <thead>
          <tr>
            <th>{t('optPackTitle', lang)}</th>
            <th>{t('optPackVersion', lang)}</th>
            <th>{t('optPackRecords', lang)}</th>
            <th>
              <span class="sr-only">{t('optPackActions', lang)}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(status?.packs ?? []).map(({ manifest, bundled }) => (
            <tr key={manifest.id} data-pack={manifest.id}>
              <td>
                {manifest.title[lang]}
                {bundled && <span class="muted"> · {t('optBundled', lang)}</span>}
              </td>
              <td dir="ltr">{manifest.version}</td>
              <td>
                {manifest.counts.records} / {manifest.counts.sources} {t('optPackSources', lang)}
              </td>
              <td class="row">
                <button type="button" class="link" onClick={() => void api.exportPack(manifest.id)}>
                  {t('optExport', lang)}
                </button>
                {!bundled && (
                  <button
                    type="button"
                    class="link remove-pack"
                    onClick={async () => {
                      const r = await api.removePack(manifest.id);
                      setMessage(r.ok ? t('optPackRemoved', lang) : r.error);
                      await reload();
                    }}
                  >
                    {t('optRemove', lang)}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {status?.error && <p class="muted">{status.error}</p>}
      <label class="row">
        {t('optImportPack', lang)}
        <input
          type="file"
          name="pack-file"
          accept=".json,application/json"
          onChange={async (e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (!file) return;
            const r = await api.addPack(await file.text());
            setMessage(
              r.ok ? `${t('optPackAdded', lang)} ${r.title}` : `${t('optPackRefused', lang)} ${r.error}`,
            );
            await reload();
          }}
        />
      </label>
      {message && (
        <p class="pack-message" role="status">
          {message}
        </p>
      )}
    </fieldset>
  );
}
