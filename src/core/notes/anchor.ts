/**
 * Anchoring a passage the way the Hypothesis client does: a note keeps where
 * its passage was (a TextPositionSelector) and what it said with some context
 * (a TextQuoteSelector). On a later visit the passage is found again in the
 * page's text by position if the text there still matches, else by quote with
 * the best context, else approximately over Arabic-folded text (diacritics,
 * alef forms, taa marbuta …, the matcher's folding) allowing a few edits. A
 * passage that cannot be found is an orphan; the caller keeps it.
 */
import { type FoldedUnits, foldUnits } from '../arabic/fold';

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

/**
 * FUZZY_ERRORS: the most edits (per character of the quote) an approximate match may have. A word
 * edited in a 60-character passage (about 6 edits) still anchors; a different sentence does not.
 */
export const FUZZY_ERRORS = 0.2;

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
function score(text: string, start: number, end: number, quote: TextQuoteSelector, hint: number | null) {
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  const context = commonSuffix(before, quote.prefix) + commonPrefix(after, quote.suffix);
  const distance = hint === null ? 0 : Math.abs(start - hint) / Math.max(1, text.length);
  return context - distance;
}

/** Finds the passage again in `text`, or null (an orphan). */
export function anchorPassage(
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
  if (best) return { start: best.start, end: best.start + exact.length, method: 'quote' };
  return fuzzyAnchor(text, quote, hint);
}

const foldedString = (f: FoldedUnits) => new TextDecoder('utf-16le').decode(f.units.subarray(0, f.length));

function fuzzyAnchor(text: string, quote: TextQuoteSelector, hint: number | null): Anchored | null {
  const page = foldUnits(text);
  const folded = foldedString(page);
  const pattern = foldedString(foldUnits(quote.exact)).trim();
  if (!pattern) return null;
  const toOriginal = (s: number, e: number): Anchored => {
    const start = page.src[s] as number;
    const end = (page.src[e - 1] as number) + 1;
    return { start, end, method: 'fuzzy' };
  };
  // Exact in folded text first: only marks and letter forms changed.
  const candidates: { start: number; end: number; errors: number }[] = [];
  for (let i = folded.indexOf(pattern); i >= 0; i = folded.indexOf(pattern, i + 1))
    candidates.push({ start: i, end: i + pattern.length, errors: 0 });
  if (!candidates.length)
    candidates.push(...approximateMatches(folded, pattern, Math.floor(pattern.length * FUZZY_ERRORS)));
  if (!candidates.length) return null;
  // Fewest edits, then the best context, then nearest to where it was.
  const foldedQuote = {
    ...quote,
    prefix: foldedString(foldUnits(quote.prefix)),
    suffix: foldedString(foldUnits(quote.suffix)),
  };
  let foldedHint: number | null = null;
  if (hint !== null)
    for (foldedHint = 0; foldedHint < page.length && (page.src[foldedHint] as number) < hint; ) foldedHint++;
  const ranked = candidates
    .map((c) => ({ ...c, score: score(folded, c.start, c.end, foldedQuote, foldedHint) }))
    .sort((a, b) => a.errors - b.errors || b.score - a.score);
  const top = ranked[0]!;
  // An approximate match may stop inside a word («نهاية ال|سنة» for «نهاية العام»): a note covers whole words.
  let { start, end } = top;
  const letter = (i: number) => i >= 0 && i < folded.length && /\p{L}/u.test(folded[i]!);
  if (letter(start) && letter(start - 1)) while (letter(start - 1)) start--;
  if (letter(end - 1) && letter(end)) while (letter(end)) end++;
  return toOriginal(start, end);
}

/**
 * Sellers' algorithm: every place where `pattern` occurs in `text` with at most `k` edits, as the
 * local minima of the edit distance. O(text × pattern) over one row, run only when exact and
 * folded searches failed.
 */
function approximateMatches(text: string, pattern: string, k: number) {
  const m = pattern.length;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  // starts[j]: where the best alignment of pattern[0..j) ending here began.
  let prevStart = new Int32Array(m + 1);
  let curStart = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  const ends: { end: number; start: number; errors: number }[] = [];
  for (let i = 1; i <= text.length; i++) {
    cur[0] = 0;
    curStart[0] = i;
    const c = text.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1]! + (pattern.charCodeAt(j - 1) === c ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      if (sub <= del && sub <= ins) {
        cur[j] = sub;
        curStart[j] = prevStart[j - 1]!;
      } else if (del <= ins) {
        cur[j] = del;
        curStart[j] = prevStart[j]!;
      } else {
        cur[j] = ins;
        curStart[j] = curStart[j - 1]!;
      }
    }
    if (cur[m]! <= k) ends.push({ end: i, start: curStart[m]!, errors: cur[m]! });
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  // Keep the best end of each run of neighbouring matches.
  const out: { start: number; end: number; errors: number }[] = [];
  for (const e of ends) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) {
      if (e.errors < last.errors)
        out[out.length - 1] = { start: Math.max(0, e.start), end: e.end, errors: e.errors };
    } else out.push({ start: Math.max(0, e.start), end: e.end, errors: e.errors });
  }
  return out;
}
