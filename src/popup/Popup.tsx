/**
 * The toolbar popup, for editors first: the page's claims (contradicted, then unverified, then
 * supported) with the report one click away, then the records by type (collapsed), the notes, and
 * one switch for this site. At most 600 px tall: the page's lists scroll inside it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Command } from '../commands';
import {
  VERDICTS as ALL_VERDICTS,
  NOTE_MARKS,
  type NoteMark,
  RECORD_TYPES,
  type Verdict,
} from '../core/vocabulary';
import type { ClaimSummary, PageReport, PageSummary, RecordSummary } from '../messages';
import { TYPE_MARKERS, VERDICT_MARKERS } from '../ui/markers';
import { reportMarkdown } from '../ui/report';
import { type Lang, t } from '../ui/strings';
import type { PageKind } from './page-kind';

export interface PopupApi {
  summary(): Promise<PageSummary | null>;
  /** The one per-site switch: on asks for the site's permission when Siyaq has none there. */
  setSiteEnabled(enabled: boolean): Promise<PageSummary | null>;
  /** Siyaq on again everywhere (it was switched off in the options). */
  enableEverywhere(): Promise<PageSummary | null>;
  /** Annotates this page once (the click grants this tab; nothing is kept). */
  annotateNow(): Promise<PageSummary | null>;
  reveal(id: string): Promise<void>;
  revealClaim(index: number): Promise<void>;
  setLang(lang: Lang): Promise<void>;
  /** Marks a claim of the page (null clears it), with the editor's comment. */
  markClaim(index: number, mark: NoteMark | null, comment: string): Promise<PageSummary | null>;
  /** The page's claim report (JSON), or null when the page has no Siyaq. */
  report(): Promise<PageReport | null>;
  /** Offers a file to save (the report, the notes). */
  download(name: string, type: string, text: string): void;
  /** Every note and mark as a W3C annotation collection (JSON text). */
  exportNotes(): Promise<string>;
  /** Opens the notes view (every note, searchable). */
  openNotesView(): void;
  openOptions(): void;
  /** Imports an export; the reply says how many were added and updated, or why nothing was. */
  importNotes(
    text: string,
  ): Promise<{ ok: true; added: number; updated: number } | { ok: false; error: string }>;
}

export interface PopupProps {
  readonly api: PopupApi;
  readonly initialLang: Lang;
  readonly page: PageKind;
  /** Siyaq is on everywhere (the options' main switch). */
  readonly onEverywhere: boolean;
  /** The keys bound to the commands now (the reader may have changed them); empty: none bound. */
  readonly shortcuts: Readonly<Partial<Record<Command, string>>>;
}

/** Contradicted first: that is what an editor came for. */
const EDITOR_ORDER: readonly Verdict[] = ['contradicted', 'unverified', 'supported'];
const VERDICTS = [...ALL_VERDICTS].sort((a, b) => EDITOR_ORDER.indexOf(a) - EDITOR_ORDER.indexOf(b));

export function Popup({ api, initialLang, page, onEverywhere, shortcuts }: PopupProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [summary, setSummary] = useState<PageSummary | null | undefined>(undefined);
  const [everywhere, setEverywhere] = useState(onEverywhere);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (page.kind === 'web') void api.summary().then(setSummary);
    else setSummary(null);
  }, [api, page]);

  const act = async (fn: () => Promise<PageSummary | null>) => {
    setBusy(true);
    try {
      setSummary(await fn());
    } finally {
      setBusy(false);
    }
  };

  return (
    <main dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <header>
        <h1>{t('popupTitle', lang)}</h1>
        <div class="tools">
          <button
            type="button"
            class="link"
            lang={lang === 'ar' ? 'en' : 'ar'}
            onClick={() => {
              const next = lang === 'ar' ? 'en' : 'ar';
              setLang(next);
              void api.setLang(next);
            }}
          >
            {t('switchLang', lang)}
          </button>
          <button type="button" class="link options" onClick={() => api.openOptions()}>
            {t('options', lang)}
          </button>
        </div>
      </header>
      {page.kind === 'closed' ? (
        <p class="closed" role="status">
          {t(`closed_${page.why}`, lang)}
        </p>
      ) : !everywhere ? (
        <div class="off-everywhere" role="status">
          <p>{t('offEverywhere', lang)}</p>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                const s = await api.enableEverywhere();
                setEverywhere(true);
                return s;
              })
            }
          >
            {t('turnOnEverywhere', lang)}
          </button>
        </div>
      ) : (
        <>
          <label class="row site">
            <input
              type="checkbox"
              checked={summary?.enabled ?? false}
              disabled={busy || summary === undefined}
              onChange={(e) => void act(() => api.setSiteEnabled((e.target as HTMLInputElement).checked))}
            />
            <span>
              {t('enabledHere', lang)} (<bdi>{page.host}</bdi>)
            </span>
          </label>
          {summary === null && (
            <div class="not-annotated">
              <p class="muted">{t('notAnnotated', lang)}</p>
              <button type="button" disabled={busy} onClick={() => void act(() => api.annotateNow())}>
                {t('annotatePage', lang)}
              </button>
            </div>
          )}
        </>
      )}
      {summary && (
        // Read out when the popup opens: what the page holds, before the lists a screen reader walks.
        <p class="announce" role="status">
          {t('announce', lang)
            .replace('{mentions}', String(summary.mentionCount))
            .replace('{claims}', String(summary.claims.length))
            .replace(
              '{contradicted}',
              String(summary.claims.filter((c) => c.verdict === 'contradicted').length),
            )}
        </p>
      )}
      {summary && <Claims summary={summary} lang={lang} api={api} act={act} />}
      {summary && <Records summary={summary} lang={lang} api={api} />}
      {summary && <NotesSection summary={summary} lang={lang} api={api} />}
      <Shortcuts shortcuts={shortcuts} lang={lang} />
    </main>
  );
}

/** The page's claims by verdict, contradicted first, with the editor's marks and the report. */
function Claims({
  summary,
  lang,
  api,
  act,
}: {
  summary: PageSummary;
  lang: Lang;
  api: PopupApi;
  act: (fn: () => Promise<PageSummary | null>) => Promise<void>;
}) {
  const groups = VERDICTS.map((verdict) => ({
    verdict,
    claims: summary.claims.filter((c) => c.verdict === verdict),
  })).filter((g) => g.claims.length);
  return (
    <section class="claims" aria-labelledby="claims-title">
      <div class="section-head">
        <h2 id="claims-title">{t('claimsOnPage', lang)}</h2>
        {summary.claims.length > 0 && <ReportButton lang={lang} api={api} />}
      </div>
      {!groups.length && <p class="muted">{t('noClaims', lang)}</p>}
      {groups.map((g) => (
        <div class={`group verdict-${g.verdict}`} key={g.verdict}>
          <h3>
            <span class="marker" aria-hidden="true">
              {VERDICT_MARKERS[g.verdict]}
            </span>{' '}
            {t(g.verdict, lang)} ({g.claims.length})
          </h3>
          <ul>
            {g.claims.map((c: ClaimSummary) => (
              <li key={c.index}>
                <button
                  type="button"
                  class="claim"
                  data-index={c.index}
                  onClick={() => void api.revealClaim(c.index)}
                >
                  <span class="kind">{t(`kind_${c.kind}`, lang)}</span> <bdi>{c.text}</bdi>
                </button>
                <select
                  class="mark"
                  aria-label={`${t('reportMark', lang)}: ${c.text}`}
                  value={c.mark ?? ''}
                  onChange={(e) => {
                    const value = (e.currentTarget as HTMLSelectElement).value;
                    void act(() => api.markClaim(c.index, value ? (value as NoteMark) : null, c.comment));
                  }}
                >
                  <option value="">{t('markClear', lang)}</option>
                  {NOTE_MARKS.map((m) => (
                    <option value={m} key={m}>
                      {t(`mark_${m}`, lang)}
                    </option>
                  ))}
                </select>
                {c.mark && (
                  <input
                    class="mark-comment"
                    aria-label={t('markComment', lang)}
                    placeholder={t('markComment', lang)}
                    value={c.comment}
                    onChange={(e) =>
                      void act(() =>
                        api.markClaim(c.index, c.mark, (e.currentTarget as HTMLInputElement).value),
                      )
                    }
                  />
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** One click: the report as Markdown, saved; the JSON beside it. */
function ReportButton({ lang, api }: { lang: Lang; api: PopupApi }) {
  const [report, setReport] = useState<PageReport | null>(null);
  return (
    <span class="report">
      <button
        type="button"
        class="export-report"
        onClick={async () => {
          const r = await api.report();
          if (!r) return;
          setReport(r);
          api.download('siyaq-report.md', 'text/markdown', reportMarkdown(r, lang));
        }}
      >
        {t('exportReport', lang)}
      </button>
      {report && (
        <button
          type="button"
          class="link report-json"
          onClick={() =>
            api.download('siyaq-report.json', 'application/json', JSON.stringify(report, null, 2))
          }
        >
          JSON
        </button>
      )}
    </span>
  );
}

/** The page's records, one collapsed list per type. */
function Records({ summary, lang, api }: { summary: PageSummary; lang: Lang; api: PopupApi }) {
  const groups = RECORD_TYPES.map((type) => ({
    type,
    records: summary.records.filter((r) => r.type === type).sort((a, b) => b.count - a.count),
  })).filter((g) => g.records.length);
  return (
    <section class="records" aria-labelledby="records-title">
      <h2 id="records-title">
        {t('foundOnPage', lang)}
        {summary.mentionCount ? ` — ${summary.mentionCount} ${t('mentions', lang)}` : ''}
      </h2>
      {!groups.length && <p class="muted">{t('nothingFound', lang)}</p>}
      {groups.map((g) => (
        <details class={`group type-${g.type}`} key={g.type}>
          <summary>
            <span class="marker" aria-hidden="true">
              {TYPE_MARKERS[g.type]}
            </span>{' '}
            {t(`plural_${g.type}`, lang)} ({g.records.length})
          </summary>
          <ul>
            {g.records.map((r: RecordSummary) => (
              <li key={r.id}>
                <button type="button" class="record" data-id={r.id} onClick={() => void api.reveal(r.id)}>
                  <span>{r.label[lang]}</span> <span class="count">{r.count}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

/** This page's notes (orphans marked: their passage is no longer on the page), export and import. */
function NotesSection({ summary, lang, api }: { summary: PageSummary; lang: Lang; api: PopupApi }) {
  const [message, setMessage] = useState('');
  return (
    <details class="notes">
      <summary>
        {t('notesOnPage', lang)} ({summary.notes.length})
      </summary>
      {!summary.notes.length && <p class="muted">{t('noNotes', lang)}</p>}
      <ul>
        {summary.notes.map((n) => (
          <li key={n.id} class={n.placed ? 'note' : 'note orphan'}>
            {!n.placed && <span class="badge">{t('orphan', lang)}</span>} <q>{n.quote}</q>
            {n.comment && <div>{n.comment}</div>}
            {n.tags.length > 0 && <div class="muted">{n.tags.map((x) => `#${x}`).join(' ')}</div>}
          </li>
        ))}
      </ul>
      <div class="row">
        <button type="button" class="link all-notes" onClick={() => api.openNotesView()}>
          {t('allNotes', lang)}
        </button>
        <button
          type="button"
          class="export"
          onClick={async () =>
            api.download('siyaq-notes.jsonld', 'application/ld+json', await api.exportNotes())
          }
        >
          {t('exportNotes', lang)}
        </button>
        <label class="import">
          {t('importNotes', lang)}{' '}
          <input
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            onChange={async (e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (!file) return;
              const r = await api.importNotes(await file.text());
              setMessage(
                r.ok
                  ? `${t('imported', lang)} ${r.added} + ${r.updated}`
                  : `${t('notImported', lang)} ${r.error}`,
              );
            }}
          />
        </label>
      </div>
      {message && (
        <p class="muted" role="status">
          {message}
        </p>
      )}
    </details>
  );
}

const SHORTCUT_WORDS: Readonly<Record<Command, 'shortcutNext' | 'shortcutPrevious' | 'shortcutNote'>> = {
  'next-mention': 'shortcutNext',
  'previous-mention': 'shortcutPrevious',
  'add-note': 'shortcutNote',
};

/** The keys bound now, as the browser reports them: the reader may have changed them. */
function Shortcuts({ shortcuts, lang }: { shortcuts: PopupProps['shortcuts']; lang: Lang }) {
  const bound = (Object.keys(SHORTCUT_WORDS) as Command[]).filter((c) => shortcuts[c]);
  return (
    <p class="hint">
      {bound.map((c) => (
        <span key={c}>
          <kbd dir="ltr">{shortcuts[c]}</kbd> {t(SHORTCUT_WORDS[c], lang)} ·{' '}
        </span>
      ))}
      <kbd dir="ltr">Esc</kbd> {t('shortcutClose', lang)}
    </p>
  );
}
