/** The article date, from what the page offers (meta, JSON-LD, <time>, a dateline). */
import { type ArticleDate, detectArticleDate } from '../core/page/article-date';
import { dateHints } from '../core/page/date-hints';

export function pageArticleDate(doc: Document): ArticleDate | null {
  const root = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  return detectArticleDate(dateHints(doc, (root?.textContent ?? '').slice(0, 3000)));
}
