/**
 * The approximate step of anchoring (./anchor.ts): over Arabic-folded text, a few edits allowed,
 * snapped to whole words. It needs the folding tables, so it runs where they are: the background
 * and the CLI, never in the page.
 */
import { type FoldedUnits, foldUnits } from '../arabic/fold';
import {
  type Anchored,
  anchorExact,
  score,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './anchor';

/**
 * FUZZY_ERRORS: the most edits (per character of the quote) an approximate match may have. A word
 * edited in a 60-character passage (about 6 edits) still anchors; a different sentence does not.
 */
export const FUZZY_ERRORS = 0.2;

/** Finds the passage again in `text`: by position, by quote, else approximately; null for an orphan. */
export function anchorPassage(
  text: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
): Anchored | null {
  return anchorExact(text, quote, position) ?? fuzzyAnchor(text, quote, position?.start ?? null);
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
