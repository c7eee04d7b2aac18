/** The article date from a page's hints, and hints read from hostile pages within bounds. */
import { parseHTML } from 'linkedom';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { detectArticleDate } from '../../src/core/page/article-date';
import { dateHints, HINT_LIMITS, type QueryableDocument } from '../../src/core/page/date-hints';
import { MESSAGES } from '../../src/messages';

const hintsOf = (html: string, text = '') =>
  dateHints(parseHTML(html).document as unknown as QueryableDocument, text);

describe('detectArticleDate', () => {
  it.each([
    [{ metas: [['article:published_time', '2021-04-08T10:00:00Z']] }, { date: '2021-04-08', from: 'meta' }],
    [
      { jsonLd: ['{"@type":"NewsArticle","datePublished":"2024-01-25T09:00:00Z"}'] },
      { date: '2024-01-25', from: 'json-ld' },
    ],
    [
      { jsonLd: ['{"@graph":[{"@type":"WebPage"},{"datePublished":"2020-01-05"}]}'] },
      { date: '2020-01-05', from: 'json-ld' },
    ],
    [{ times: ['2021-07'] }, { date: '2021-07', from: 'time' }],
    [{ text: 'الأربعاء 2021/02/24 — بغداد' }, { date: '2021-02-24', from: 'dateline' }],
    [{ metas: [['article:published_time', '2021-02-30']] }, null],
    [{ jsonLd: ['{not json'] }, null],
  ] as const)('%j → %j', (hints, expected) => {
    expect(detectArticleDate(hints)).toEqual(expected);
  });

  it('reads a huge or deep JSON-LD without throwing (a 200,000-item array overflowed the stack)', () => {
    const big = JSON.stringify([
      ...Array.from({ length: 200_000 }, (_, i) => ({ i })),
      { datePublished: '2021-04-08' },
    ]);
    expect(() => detectArticleDate({ jsonLd: [big] })).not.toThrow();
    let deep = '{"datePublished":"2021-04-08"}';
    for (let i = 0; i < 5000; i++) deep = `[${deep}]`;
    expect(() => detectArticleDate({ jsonLd: [deep] })).not.toThrow();
    // Near the top, the date is still found beside a big array.
    const beside = JSON.stringify({
      '@graph': [{ datePublished: '2022-05-01' }],
      items: Array(100_000).fill(1),
    });
    expect(detectArticleDate({ jsonLd: [beside] })).toEqual({ date: '2022-05-01', from: 'json-ld' });
  });
});

describe('dateHints', () => {
  it('reads a page’s hints within HINT_LIMITS, so the match message always fits its schema', () => {
    const metas = Array.from(
      { length: 3000 },
      (_, i) => `<meta name="m${i}" content="${'x'.repeat(2000)}">`,
    ).join('');
    const scripts =
      `<script type="application/ld+json">${JSON.stringify({ a: 'y'.repeat(2_000_000) })}</script>`.repeat(3);
    const times = Array.from({ length: 3000 }, () => `<time datetime="${'2'.repeat(500)}"></time>`).join('');
    const hints = hintsOf(
      `<html><head>${metas}${scripts}</head><body>${times}</body></html>`,
      'z'.repeat(50_000),
    );
    expect(hints.metas.length).toBe(HINT_LIMITS.metas);
    expect(
      hints.metas.every(([n, c]) => n.length <= HINT_LIMITS.metaLength && c.length <= HINT_LIMITS.metaLength),
    ).toBe(true);
    expect(hints.jsonLd).toEqual([]); // each block is over the limit: skipped
    expect(hints.times.length).toBe(HINT_LIMITS.times);
    expect(hints.text.length).toBe(HINT_LIMITS.text);
    const params = { session: 's', text: 'نص', runs: [], present: [], hints };
    const schema = MESSAGES['siyaq:match'].params;
    const r = v.safeParse(schema, params);
    // Only the hints matter here: any other issue is about the made-up batch.
    expect(r.issues?.filter((i) => v.getDotPath(i)?.startsWith('hints')) ?? []).toEqual([]);
  });
});
