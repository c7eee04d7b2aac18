/**
 * The notes view (notes.html): every note and editor's mark, searchable over Arabic-folded text
 * (so «الاميركية» finds «الأميركية») and sortable by date or site; each opens its page at the note.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { foldKey } from '../core/arabic/fold';
import { type Annotation, noteText } from '../core/notes/annotation';
import { type Lang, t } from '../ui/strings';

export interface NotesApi {
  all(): Promise<readonly Annotation[]>;
  open(url: string): void;
}

export type NotesSort = 'newest' | 'oldest' | 'site';

/** The notes matching a folded query, in the chosen order. */
export function filterNotes(notes: readonly Annotation[], query: string, sort: NotesSort): Annotation[] {
  const q = foldKey(query);
  const hay = (a: Annotation) => {
    const { comment, tags } = noteText(a);
    return foldKey([a.target.selector[0].exact, comment, ...tags, a.target.source].join(' '));
  };
  const out = notes.filter((a) => !q || hay(a).includes(q));
  const host = (a: Annotation) => new URL(a.target.source).hostname;
  return out.sort((a, b) =>
    sort === 'site'
      ? host(a).localeCompare(host(b)) || b.modified.localeCompare(a.modified)
      : sort === 'oldest'
        ? a.modified.localeCompare(b.modified)
        : b.modified.localeCompare(a.modified),
  );
}

/** The page address that opens at a note (the content script scrolls to it). */
export const noteUrl = (a: Annotation) => `${a.target.source}#siyaq-note=${a.id.replace(/^urn:uuid:/, '')}`;

export function NotesView({ api, lang }: { api: NotesApi; lang: Lang }) {
  const [notes, setNotes] = useState<readonly Annotation[] | null>(null);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<NotesSort>('newest');
  useEffect(() => {
    void api.all().then(setNotes);
  }, [api]);
  const shown = useMemo(() => filterNotes(notes ?? [], query, sort), [notes, query, sort]);
  return (
    <main dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <h1>{t('notesTitle', lang)}</h1>
      <div class="controls">
        <input
          type="search"
          aria-label={t('notesSearch', lang)}
          placeholder={t('notesSearch', lang)}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <select
          aria-label={t('notesSort', lang)}
          value={sort}
          onChange={(e) => setSort((e.currentTarget as HTMLSelectElement).value as NotesSort)}
        >
          <option value="newest">{t('sortNewest', lang)}</option>
          <option value="oldest">{t('sortOldest', lang)}</option>
          <option value="site">{t('sortSite', lang)}</option>
        </select>
      </div>
      {notes !== null && !shown.length && <p class="muted">{t('noNotesFound', lang)}</p>}
      <ul class="all-notes">
        {shown.map((a) => {
          const { comment, tags, mark } = noteText(a);
          return (
            <li key={a.id}>
              <button type="button" class="open" onClick={() => api.open(noteUrl(a))}>
                <q>{a.target.selector[0].exact}</q>
              </button>
              {mark && <span class="badge">{t(`mark_${mark}`, lang)}</span>}
              {comment && <p>{comment}</p>}
              {tags.length > 0 && <p class="muted">{tags.map((x) => `#${x}`).join(' ')}</p>}
              <p class="muted">
                <bdi>{new URL(a.target.source).hostname}</bdi> · <time>{a.modified.slice(0, 10)}</time>
              </p>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
