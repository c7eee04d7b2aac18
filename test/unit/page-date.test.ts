// @vitest-environment happy-dom
/** The page's date hints: the opening text is the article's textContent, cut, without reading all of it. */
import { describe, expect, it } from 'vitest';
import { openingText, pageDateHints } from '../../src/content/page-date';

describe('openingText', () => {
  it('is the start of textContent, across nested elements and comments', () => {
    document.body.innerHTML =
      '<article><h1>بغداد – 5 آذار</h1><!-- x --><p>قال <b>مصطفى <i>الكاظمي</i></b> إن الحوار مستمر.</p><p>ثم أضاف.</p></article>';
    const article = document.querySelector('article') as Element;
    const all = article.textContent ?? '';
    for (const n of [0, 1, 9, 10, 20, all.length, all.length + 50])
      expect(openingText(article, n)).toBe(all.slice(0, n));
  });

  it('reads the article, main or body of the page for the hints', () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2021-04-08T10:00:00Z">';
    document.body.innerHTML = `<nav>قائمة</nav><main><p>${'نص '.repeat(2000)}</p></main>`;
    const hints = pageDateHints(document);
    expect(hints.text).toBe((document.querySelector('main')?.textContent ?? '').slice(0, 3000));
    expect(hints.metas).toContainEqual(['article:published_time', '2021-04-08T10:00:00Z']);
  });
});
