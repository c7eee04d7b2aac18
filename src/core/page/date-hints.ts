/**
 * The date hints a parsed page offers (meta tags, JSON-LD, <time datetime>), read
 * through the few DOM methods every document has, so the content script (the live
 * page) and the CLI (linkedom) read them the same way.
 */
import type { DateHints } from './article-date';

interface HintElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}

export interface QueryableDocument {
  querySelectorAll(selector: string): Iterable<HintElement> | ArrayLike<HintElement>;
}

/**
 * How much of a page's hints is read. A page can hold anything (100,000 meta tags, a 50 MB JSON-LD
 * array): past these, hints are cut or skipped, never sent whole. The message schema derives its
 * limits from these, so what is read always fits.
 */
export const HINT_LIMITS = {
  metas: 500,
  /** Characters of a meta tag's name and content. */
  metaLength: 500,
  jsonLd: 20,
  /** A larger JSON-LD block is skipped: a publication date is not 1 MB into a page's data. */
  jsonLdLength: 1_000_000,
  times: 200,
  timeLength: 100,
  text: 10_000,
} as const;

/** The first `max` elements matching `selector`, without copying a page's whole list. */
function first(doc: QueryableDocument, selector: string, max: number): HintElement[] {
  const out: HintElement[] = [];
  const found = doc.querySelectorAll(selector) as ArrayLike<HintElement>;
  for (let i = 0; i < found.length && out.length < max; i++) out.push(found[i] as HintElement);
  return out;
}

export function dateHints(doc: QueryableDocument, text: string): Required<DateHints> {
  const L = HINT_LIMITS;
  const cut = (s: string | null, n: number) => (s ?? '').slice(0, n);
  const metas = first(doc, 'meta[content]', L.metas).map(
    (m) =>
      [
        cut(m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop'), L.metaLength),
        cut(m.getAttribute('content'), L.metaLength),
      ] as const,
  );
  const jsonLd = first(doc, 'script[type="application/ld+json"]', L.jsonLd)
    .map((s) => s.textContent ?? '')
    .filter((raw) => raw.length <= L.jsonLdLength);
  const times = first(doc, 'time[datetime]', L.times).map((t) =>
    cut(t.getAttribute('datetime'), L.timeLength),
  );
  return { metas, jsonLd, times, text: text.slice(0, L.text) };
}
