/**
 * Demo pages made from the seed articles: an Arabic news page per seed, with the
 * article date in a <time> element as a real site would carry it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../core/facts/schema';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

export interface DemoPage {
  readonly path: string;
  readonly title: string;
  readonly html: string;
}

export function seedPage(source: Source, seedsDir: string): DemoPage {
  const text = readFileSync(join(seedsDir, source.file as string), 'utf8');
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  // Scraper boilerplate before the headline («Sorry, you need to enable JavaScript…») is not the article.
  while (lines.length > 1 && !/[\u0600-\u06ff]/.test(lines[0] as string)) lines.shift();
  const [title = source.title, ...body] = lines;
  // Short lines without final punctuation read as sub-headings in these articles.
  const paragraphs = body
    .map((l) =>
      l.length < 60 && !/[.:”"،]$/.test(l) ? `<h2>${escapeHtml(l)}</h2>` : `<p>${escapeHtml(l)}</p>`,
    )
    .join('\n      ');
  const date = source.date ? `<time datetime="${source.date}">${source.date}</time>` : '';
  const html = `<!doctype html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
  <style>
    body { margin: 0; font: 18px/1.9 "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", serif; background: #faf8f4; color: #222; }
    header.site { background: #7a1f1f; color: #fff; padding: 10px 24px; font: bold 20px sans-serif; }
    article { max-width: 760px; margin: 24px auto; padding: 0 24px 120px; }
    h1 { font-size: 30px; line-height: 1.5; }
    h2 { font-size: 21px; margin-top: 28px; }
    .meta { color: #666; font-size: 14px; }
  </style>
</head>
<body>
  <header class="site">صحيفة تجريبية — صفحة عرض لسياق</header>
  <article>
    <h1>${escapeHtml(title)}</h1>
    <div class="meta">${escapeHtml(source.id)} ${date}</div>
      ${paragraphs}
  </article>
</body>
</html>
`;
  return { path: `/demo/${source.id}.html`, title, html };
}
