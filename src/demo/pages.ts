/**
 * Demo pages made from the seed articles: an Arabic news page per seed, with the
 * article date in a <time> element as a real site would carry it, and without the
 * scraped web boilerplate the seed files keep (see article.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../core/facts/schema';
import { type BlockKind, readArticle } from './article';

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

/** How the body's blocks are shown; the title, date and byline go in the page's head lines. */
const BODY: Partial<Record<BlockKind, (html: string) => string>> = {
  heading: (html) => `<h2>${html}</h2>`,
  caption: (html) => `<p class="caption">${html}</p>`,
  paragraph: (html) => `<p>${html}</p>`,
};

export function seedPage(source: Source, seedsDir: string): DemoPage {
  const { blocks } = readArticle(readFileSync(join(seedsDir, source.file as string), 'utf8'));
  const textOf = (kind: BlockKind) => blocks.find((b) => b.kind === kind)?.text;
  const title = textOf('title') ?? source.title;
  const byline = textOf('byline');
  const body = blocks.flatMap((b) => BODY[b.kind]?.(escapeHtml(b.text)) ?? []).join('\n      ');
  // The date as the article printed it, with the machine-readable date a real site would carry.
  const date = source.date
    ? `<time datetime="${escapeHtml(source.date)}">${escapeHtml(textOf('date') ?? source.date)}</time>`
    : escapeHtml(textOf('date') ?? '');
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
    .meta, .caption { color: #666; font-size: 14px; }
  </style>
</head>
<body>
  <header class="site">صحيفة تجريبية — صفحة عرض لسياق</header>
  <article>
    <h1>${escapeHtml(title)}</h1>
    <div class="meta">${escapeHtml(source.id)} ${date}${byline ? ` · <span class="byline">${escapeHtml(byline)}</span>` : ''}</div>
      ${body}
  </article>
</body>
</html>
`;
  return { path: `/demo/${source.id}.html`, title, html };
}
