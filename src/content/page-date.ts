/**
 * What the page offers about its date (meta tags, JSON-LD, <time>, the opening text): sent to the
 * background with a scan's first batch, which reads the date from it, so the content script
 * carries no date parser.
 */
import type { DateHints } from '../core/page/article-date';
import { dateHints } from '../core/page/date-hints';

/** How much of the article's opening text a dateline is looked for in. */
const DATELINE_CHARS = 3000;

export function pageDateHints(doc: Document): Required<DateHints> {
  const root = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  return dateHints(doc, root ? openingText(root, DATELINE_CHARS) : '');
}

/**
 * The first `chars` characters of `root.textContent`, read node by node: the whole textContent of
 * a 1 MB article cost about 6 ms on every scan, for 3,000 characters of it.
 */
export function openingText(root: Node, chars: number): string {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n && text.length < chars; n = walker.nextNode()) text += (n as Text).data;
  return text.slice(0, chars);
}
