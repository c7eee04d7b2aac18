/**
 * The sentences claims are read from. A batch is folded once (not once per
 * sentence: on a 1 MB page that was the largest cost of claim checking), and
 * each sentence is a window on the folded batch with maps back to the text.
 */
import { type FoldedUnits, foldUnits, toOriginal } from '../arabic/fold';
import type { Mention } from '../match/matcher';

export interface Sentence {
  /** Original offsets (absolute in the batch). */
  readonly start: number;
  readonly end: number;
  readonly mentions: readonly Mention[];
  /** The sentence folded; claim readers' offsets are into this string. */
  readonly folded: string;
  /** The whole text the offsets point into. */
  readonly source: string;
  /** Folded offset → original offset (absolute). */
  readonly toOriginal: (s: number, e: number) => { start: number; end: number };
  /** Original offset (absolute) → folded offset. */
  readonly toFolded: (i: number) => number;
}

/**
 * The longest stretch read as one sentence. Claim readers look across a sentence for what a number
 * or a title is about, so their work grows with its length squared; a «sentence» longer than any a
 * newspaper prints (a page with no full stops, a list run together) is cut at the next space or
 * comma after this many characters, which keeps claim checking linear in the page's length.
 */
export const MAX_SENTENCE_CHARS = 1000;

const NEWLINE = 0x0a;
const EXCLAMATION = 0x21; // !
const QUESTION = 0x3f; // ?
const ARABIC_QUESTION = 0x061f; // ؟
const ARABIC_SEMICOLON = 0x061b; // ؛
const FULL_STOP = 0x2e; // .
const SPACE = 0x20;
const ARABIC_COMMA = 0x060c; // ،
const COMMA = 0x2c; // ,

/**
 * Sentence spans: split at . ! ? ؟ ؛ and line breaks (not at a decimal point), at run ends, and
 * at a space or comma once a sentence reaches MAX_SENTENCE_CHARS.
 */
export function sentenceSpans(text: string, runs?: readonly { start: number; end: number }[]) {
  const out: { start: number; end: number }[] = [];
  const isDigit = (i: number) => {
    const c = text.charCodeAt(i);
    return (c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669);
  };
  const hasText = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (text.charCodeAt(i) > 32) return true;
    return false;
  };
  for (const run of runs ?? [{ start: 0, end: text.length }]) {
    let s = run.start;
    for (let i = run.start; i < run.end; i++) {
      // Codes, not text[i]: a one-letter string per Arabic character is garbage on every page.
      const c = text.charCodeAt(i);
      const stop =
        c === NEWLINE ||
        c === EXCLAMATION ||
        c === QUESTION ||
        c === ARABIC_QUESTION ||
        c === ARABIC_SEMICOLON ||
        (c === FULL_STOP && !(isDigit(i - 1) && isDigit(i + 1))) ||
        (i - s >= MAX_SENTENCE_CHARS && (c === SPACE || c === ARABIC_COMMA || c === COMMA));
      if (stop) {
        if (i > s && hasText(s, i)) out.push({ start: s, end: i });
        s = i + 1;
      }
    }
    if (run.end > s && hasText(s, run.end)) out.push({ start: s, end: run.end });
  }
  return out;
}

/** Folded index of the first folded unit at or after original offset `i`. */
function foldedAt(f: FoldedUnits, i: number): number {
  let lo = 0;
  let hi = f.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((f.src[mid] as number) < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const utf16 = new TextDecoder('utf-16le');
/** Code units to a string: TextDecoder is many times faster than String.fromCharCode(...chunk). */
const unitsToString = (units: Uint16Array, length: number): string => utf16.decode(units.subarray(0, length));

/**
 * The sentences of `text` that name at least one record (only those can hold a claim),
 * each with its mentions. `mentions` must be sorted by start.
 */
export function sentencesWithMentions(
  text: string,
  mentions: readonly Mention[],
  runs?: readonly { start: number; end: number }[],
): Sentence[] {
  const spans = sentenceSpans(text, runs);
  const out: Sentence[] = [];
  let f: FoldedUnits | null = null;
  // The batch folded once into one string; each sentence is a slice of it (cheap in every engine).
  let whole = '';
  let mi = 0;
  for (const span of spans) {
    while (mi < mentions.length && mentions[mi]!.start < span.start) mi++;
    let mj = mi;
    while (mj < mentions.length && mentions[mj]!.end <= span.end) mj++;
    if (mj === mi) continue; // no record named: nothing here is a claim
    const own = mentions.slice(mi, mj);
    mi = mj;
    if (!f) {
      f = foldUnits(text);
      whole = unitsToString(f.units, f.length);
    }
    const batch = f;
    let fs = foldedAt(batch, span.start);
    const fe = foldedAt(batch, span.end);
    // Folding keeps one space between words: skip the one left from the sentence before.
    while (fs < fe && batch.units[fs] === 32) fs++;
    out.push({
      ...span,
      mentions: own,
      folded: whole.slice(fs, fe),
      source: text,
      toOriginal: (s, e) => toOriginal(batch, fs + s, fs + e),
      toFolded: (i) => foldedAt(batch, i) - fs,
    });
  }
  return out;
}
