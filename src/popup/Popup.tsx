/** The toolbar popup: on/off for this site, "annotate this page", and what the page mentions. */
import { useEffect, useState } from 'preact/hooks';
import {
  VERDICTS as ALL_VERDICTS,
  NOTE_MARKS,
  type NoteMark,
  RECORD_TYPES,
  type Verdict,
} from '../core/vocabulary';
import type { ClaimSummary, PageReport, PageSummary, RecordSummary } from '../messages';
import { reportMarkdown } from '../ui/report';
import { type Lang, t } from '../ui/strings';

export interface PopupApi {
  summary(): Promise<PageSummary | null>;
  setEnabled(enabled: boolean): Promise<PageSummary | null>;
  annotateNow(): Promise<PageSummary | null>;
  alwaysHere(): Promise<boolean>;
  reveal(id: string): Promise<void>;
  revealClaim(index: number): Promise<void>;
  setLang(lang: Lang): Promise<void>;
  /** Marks a claim of the page (null clears it), with the editor's comment. */
  markClaim(index: number, mark: NoteMark | null, comment: string): Promise<PageSummary | null>;
  /** The page's claim report (JSON), or null when the page has no Siyaq. */
  report(): Promise<PageReport | null>;
  /** Every note and mark as a W3C annotation collection (JSON text). */
  exportNotes(): Promise<string>;
  /** Opens the notes view (every note, searchable). */
  openNotesView(): void;
  /** Imports an export; the reply says how many were added and updated, or why nothing was. */
  importNotes(
    text: string,
  ): Promise<{ ok: true; added: number; updated: number } | { ok: false; error: string }>;
}

const TYPES = RECORD_TYPES;
const EDITOR_ORDER: readonly Verdict[] = ['contradicted', 'unverified'];
/** Contradicted first: that is what an editor came for. */
const rank = (v: Verdict) => (EDITOR_ORDER.includes(v) ? EDITOR_ORDER.indexOf(v) : EDITOR_ORDER.length);
const VERDICTS = [...ALL_VERDICTS].sort((a, b) => rank(a) - rank(b));

export function Popup({ api, initialLang, host }: { api: PopupApi; initialLang: Lang; host: string | null }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [summary, setSummary] = useState<PageSummary | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.summary().then(setSummary);
  }, [api]);

  const act = async (fn: () => Promise<PageSummary | null>) => {
    setBusy(true);
    try {
      setSummary(await fn());
    } finally {
      setBusy(false);
    }
  };

  const grouped = TYPES.map((type) => ({
    type,
    records: (summary?.records ?? []).filter((r) => r.type === type).sort((a, b) => b.count - a.count),
  })).filter((g) => g.records.length);
  const claimGroups = VERDICTS.map((verdict) => ({
    verdict,
    claims: (summary?.claims ?? []).filter((c) => c.verdict === verdict),
  })).filter((g) => g.claims.length);

  return (
    <main dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <header>
        <h1>{t('popupTitle', lang)}</h1>
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
      </header>
      {host && (
        <label class="row">
          <input
            type="checkbox"
            checked={summary?.enabled ?? false}
            disabled={busy || summary === undefined}
            onChange={(e) => void act(() => api.setEnabled((e.target as HTMLInputElement).checked))}
          />
          <span>
            {t('enabledHere', lang)} (<bdi>{host}</bdi>)
          </span>
        </label>
      )}
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => void act(() => api.annotateNow())}>
          {t('annotatePage', lang)}
        </button>
        {host && (
          <button type="button" class="secondary" disabled={busy} onClick={() => void api.alwaysHere()}>
            {t('alwaysHere', lang)}
          </button>
        )}
      </div>
      <section aria-live="polite">
        <h2>
          {t('foundOnPage', lang)}
          {summary?.mentionCount ? ` — ${summary.mentionCount} ${t('mentions', lang)}` : ''}
        </h2>
        {summary === null && <p class="muted">{t('notAnnotated', lang)}</p>}
        {summary && !grouped.length && <p class="muted">{t('nothingFound', lang)}</p>}
        {grouped.map((g) => (
          <div class={`group type-${g.type}`} key={g.type}>
            <h3>
              {t(g.type, lang)} ({g.records.length})
            </h3>
            <ul>
              {g.records.map((r: RecordSummary) => (
                <li key={r.id}>
                  <button type="button" class="record" data-id={r.id} onClick={() => void api.reveal(r.id)}>
                    <span>{r.label[lang]}</span> <span class="count">{r.count}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      {summary && (
        <section class="claims" aria-live="polite">
          <h2>{t('claimsOnPage', lang)}</h2>
          {!claimGroups.length && <p class="muted">{t('noClaims', lang)}</p>}
          {claimGroups.map((g) => (
            <div class={`group verdict-${g.verdict}`} key={g.verdict}>
              <h3>
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
                      aria-label={t('reportMark', lang)}
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
      )}
      {summary && summary.claims.length > 0 && <ReportSection lang={lang} api={api} />}
      {summary && <NotesSection summary={summary} lang={lang} api={api} />}
      <p class="hint">{t('keyboardHint', lang)}</p>
    </main>
  );
}

/** This page's notes (orphans marked: their passage is no longer on the page), export and import. */
function NotesSection({ summary, lang, api }: { summary: PageSummary; lang: Lang; api: PopupApi }) {
  const [message, setMessage] = useState('');
  const [link, setLink] = useState<string | null>(null);
  return (
    <section class="notes">
      <h2>
        {t('notesOnPage', lang)} ({summary.notes.length})
      </h2>
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
          onClick={async () => {
            const text = await api.exportNotes();
            setLink(URL.createObjectURL(new Blob([text], { type: 'application/ld+json' })));
          }}
        >
          {t('exportNotes', lang)}
        </button>
        {link && (
          <a href={link} download="siyaq-notes.jsonld">
            {t('download', lang)}
          </a>
        )}
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
    </section>
  );
}

/** The page's claim report, as Markdown (to paste) and JSON (the CLI's claims plus the marks). */
function ReportSection({ lang, api }: { lang: Lang; api: PopupApi }) {
  const [links, setLinks] = useState<{ md: string; json: string; text: string } | null>(null);
  return (
    <section class="report">
      <button
        type="button"
        class="export-report"
        onClick={async () => {
          const r = await api.report();
          if (!r) return;
          const text = reportMarkdown(r, lang);
          setLinks({
            text,
            md: URL.createObjectURL(new Blob([text], { type: 'text/markdown' })),
            json: URL.createObjectURL(new Blob([JSON.stringify(r, null, 2)], { type: 'application/json' })),
          });
        }}
      >
        {t('exportReport', lang)}
      </button>
      {links && (
        <div class="row">
          <a href={links.md} download="siyaq-report.md">
            Markdown
          </a>{' '}
          <a href={links.json} download="siyaq-report.json">
            JSON
          </a>
          <textarea readOnly class="report-text" value={links.text} rows={6} />
        </div>
      )}
    </section>
  );
}
