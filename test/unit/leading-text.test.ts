// @vitest-environment happy-dom
/**
 * The start of an element's text, as the page's date hints and frame.js read it: textContent less
 * code, without reading all of it.
 */
import { describe, expect, it } from 'vitest';
import { leadingText } from '../../src/content/leading-text';
import { pageDateHints } from '../../src/content/page-date';

describe('leadingText', () => {
  it('is the start of textContent, across nested elements and comments', () => {
    document.body.innerHTML =
      '<article><h1>بغداد – 5 آذار</h1><!-- x --><p>قال <b>مصطفى <i>الكاظمي</i></b> إن الحوار مستمر.</p><p>ثم أضاف.</p></article>';
    const article = document.querySelector('article') as Element;
    const all = article.textContent ?? '';
    for (const n of [0, 1, 9, 10, 20, all.length, all.length + 50])
      expect(leadingText(article, n)).toBe(all.slice(0, n));
  });

  it('leaves out script, style and template source', () => {
    document.body.innerHTML =
      '<div>قال <b>نوري المالكي</b></div><script>var a = "كتائب حزب الله";</script><style>p{}</style><template>x</template><p> ذلك.</p>';
    expect(leadingText(document.body, 1000)).toBe('قال نوري المالكي ذلك.');
    expect(leadingText(document.body, 5)).toBe('قال ن');
    document.body.innerHTML = '';
    expect(leadingText(document.body, 1000)).toBe('');
  });
});

describe('pageDateHints', () => {
  it('reads the opening text of the article, main or body, and the meta tags', () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2021-04-08T10:00:00Z">';
    document.body.innerHTML = `<nav>قائمة</nav><main><p>${'نص '.repeat(2000)}</p></main>`;
    const hints = pageDateHints(document);
    expect(hints.text).toBe((document.querySelector('main')?.textContent ?? '').slice(0, 3000));
    expect(hints.metas).toContainEqual(['article:published_time', '2021-04-08T10:00:00Z']);
  });
});
