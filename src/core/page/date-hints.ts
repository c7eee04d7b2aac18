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

export function dateHints(doc: QueryableDocument, text: string): Required<DateHints> {
  const all = (selector: string) => Array.from(doc.querySelectorAll(selector) as ArrayLike<HintElement>);
  const metas = all('meta[content]').map(
    (m) =>
      [
        m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '',
        m.getAttribute('content') ?? '',
      ] as const,
  );
  const jsonLd = all('script[type="application/ld+json"]').map((s) => s.textContent ?? '');
  const times = all('time[datetime]').map((t) => t.getAttribute('datetime') ?? '');
  return { metas, jsonLd, times, text };
}
