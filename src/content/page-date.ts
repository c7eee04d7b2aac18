/**
 * What the page offers about its date (meta tags, JSON-LD, <time>, the opening text): sent to the
 * background with a scan's first batch, which reads the date from it, so the content script
 * carries no date parser.
 */
import type { DateHints } from '../core/page/article-date';
import { dateHints } from '../core/page/date-hints';
import { leadingText } from './leading-text';

/** How much of the article's opening text a dateline is looked for in. */
const DATELINE_CHARS = 3000;

export function pageDateHints(doc: Document): Required<DateHints> {
  const root = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  return dateHints(doc, root ? leadingText(root, DATELINE_CHARS) : '');
}
