/**
 * The article's publication date, from what a page offers, most reliable first:
 * meta tags (article:published_time and kin), JSON-LD datePublished, <time datetime>,
 * then a dateline near the top of the text («الأربعاء 2021/02/24», «24 فبراير 2021»).
 */
import { foldUnits } from '../arabic/fold';
import { MONTH_NAMES_FOLDED, MONTHS } from '../arabic/months';

export interface DateHints {
  /** [name or property, content] of <meta> tags. */
  readonly metas?: readonly (readonly [string, string])[];
  /** Raw text of <script type="application/ld+json"> blocks. */
  readonly jsonLd?: readonly string[];
  /** datetime attributes of <time> elements, in document order. */
  readonly times?: readonly string[];
  /** The article text; only its beginning is read. */
  readonly text?: string;
}

export interface ArticleDate {
  readonly date: string;
  readonly from: 'meta' | 'json-ld' | 'time' | 'dateline';
}

const META_NAMES = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'date',
  'dc.date',
  'dc.date.issued',
  'sailthru.date',
  'parsely-pub-date',
];

/** YYYY-MM-DD from an ISO-like string, if it is a real date in a plausible range. */
export function isoDay(value: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function validDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** How many JSON-LD values are looked at for a datePublished. */
const JSON_LD_NODES = 2000;

function fromJsonLd(raw: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null; // a page's broken JSON-LD is its problem, not ours
  }
  // Breadth first over arrays and @graph, visiting at most JSON_LD_NODES values: a page's data can be
  // any size or depth (spreading a 200,000-item array into push() overflowed the stack).
  const queue: unknown[] = [data];
  for (let i = 0; i < queue.length && i < JSON_LD_NODES; i++) {
    const x = queue[i];
    if (Array.isArray(x)) {
      for (const item of x) {
        if (queue.length >= JSON_LD_NODES) break;
        queue.push(item);
      }
    } else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (typeof o.datePublished === 'string') {
        const d = isoDay(o.datePublished);
        if (d) return d;
      }
      if (o['@graph'] && queue.length < JSON_LD_NODES) queue.push(o['@graph']);
    }
  }
  return null;
}

const MONTH_ALT = MONTH_NAMES_FOLDED.join('|');
const DATELINES: readonly [RegExp, (m: RegExpExecArray) => string | null][] = [
  [/(?:^|[^\d])(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/, (m) => validDay(+m[1]!, +m[2]!, +m[3]!)],
  [/(?:^|[^\d])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/, (m) => validDay(+m[3]!, +m[2]!, +m[1]!)],
  [
    new RegExp(`(?:^|[^\\d])(\\d{1,2}) (${MONTH_ALT})(?: ?/ ?(?:${MONTH_ALT}))? (\\d{4})(?!\\d)`),
    (m) => validDay(+m[3]!, MONTHS.get(m[2]!) ?? 0, +m[1]!),
  ],
];

/** A dateline in the first lines of the text: the earliest-placed full date. */
function fromDateline(text: string): string | null {
  const head = text.slice(0, 1500);
  const f = foldUnits(head);
  const folded = String.fromCharCode(...f.units.subarray(0, f.length));
  let best: { at: number; date: string } | null = null;
  for (const [re, read] of DATELINES) {
    const m = re.exec(folded);
    const date = m && read(m);
    if (m && date && (!best || m.index < best.at)) best = { at: m.index, date };
  }
  return best?.date ?? null;
}

export function detectArticleDate(h: DateHints): ArticleDate | null {
  for (const name of META_NAMES) {
    for (const [n, content] of h.metas ?? []) {
      if (n.toLowerCase() !== name) continue;
      const d = isoDay(content);
      if (d) return { date: d, from: 'meta' };
    }
  }
  for (const raw of h.jsonLd ?? []) {
    const d = fromJsonLd(raw);
    if (d) return { date: d, from: 'json-ld' };
  }
  for (const t of h.times ?? []) {
    // <time datetime> may be a month ("2021-07"): keep that precision.
    const d = isoDay(t) ?? (/^\s*(\d{4})-(0[1-9]|1[0-2])\s*$/.test(t) ? t.trim() : null);
    if (d) return { date: d, from: 'time' };
  }
  const d = h.text ? fromDateline(h.text) : null;
  return d ? { date: d, from: 'dateline' } : null;
}
