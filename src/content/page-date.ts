/**
 * The article date: the page offers hints (meta tags, JSON-LD, <time>, the opening text) and the
 * background reads the date from them, so the content script carries no date parser.
 */
import { dateHints } from '../core/page/date-hints';
import { toBackground } from '../runtime';

/** How much of the article's opening text a dateline is looked for in. */
const DATELINE_CHARS = 3000;

export async function pageArticleDate(doc: Document): Promise<string | null> {
  const root = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  const hints = dateHints(doc, (root?.textContent ?? '').slice(0, DATELINE_CHARS));
  try {
    return (await toBackground('siyaq:article-date', hints))?.date ?? null;
  } catch {
    return null; // no answer: claims are judged without a date, and say so
  }
}
