/** The article date, from what the page offers (meta, JSON-LD, <time>, a dateline). */
import { type ArticleDate, detectArticleDate } from '../core/page/article-date';

export function pageArticleDate(doc: Document): ArticleDate | null {
  const metas = [...doc.querySelectorAll('meta[content]')].map(
    (m) =>
      [
        m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '',
        m.getAttribute('content') ?? '',
      ] as const,
  );
  const jsonLd = [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
    (s) => s.textContent ?? '',
  );
  const times = [...doc.querySelectorAll('time[datetime]')].map((t) => t.getAttribute('datetime') ?? '');
  const root = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  const text = (root?.textContent ?? '').slice(0, 3000);
  return detectArticleDate({ metas, jsonLd, times, text });
}
