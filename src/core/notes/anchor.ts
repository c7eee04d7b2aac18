/**
 * Anchoring a passage the way the Hypothesis client does: a note keeps where
 * its passage was (a TextPositionSelector) and what it said with some context
 * (a TextQuoteSelector). On a later visit the passage is found again in the
 * page's text by position if the text there still matches, else by quote with
 * the best context, else approximately over Arabic-folded text (diacritics,
 * alef forms, taa marbuta …, the matcher's folding) allowing a few edits
 * (./fuzzy.ts, run in the background: the folding tables stay out of pages).
 * A passage that cannot be found is an orphan; the caller keeps it.
 */

export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** How much context a quote keeps on each side (Hypothesis keeps 32). */
export const CONTEXT_CHARS = 32;

/** The selectors of the passage [start, end) of `text`. */
export function describePassage(
  text: string,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchored {
  readonly start: number;
  readonly end: number;
  readonly method: AnchorMethod;
}

/** Characters in common at the end of `a` and the end of `b`. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Context agreement of a candidate at [start, end), and nearness to where the passage was. */
export function score(
  text: string,
  start: number,
  end: number,
  quote: TextQuoteSelector,
  hint: number | null,
) {
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  const context = commonSuffix(before, quote.prefix) + commonPrefix(after, quote.suffix);
  const distance = hint === null ? 0 : Math.abs(start - hint) / Math.max(1, text.length);
  return context - distance;
}

/**
 * Finds the passage by position or by exact quote, or null. Cheap and free of the folding tables,
 * so it runs in the page; `anchorPassage` (./fuzzy.ts) adds the approximate search.
 */
export function anchorExact(
  text: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
): Anchored | null {
  const { exact } = quote;
  if (!exact) return null;
  if (position && text.slice(position.start, position.end) === exact)
    return { start: position.start, end: position.end, method: 'position' };
  const hint = position?.start ?? null;
  let best: { start: number; score: number } | null = null;
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    const s = score(text, i, i + exact.length, quote, hint);
    if (!best || s > best.score) best = { start: i, score: s };
  }
  return best ? { start: best.start, end: best.start + exact.length, method: 'quote' } : null;
}
