/**
 * Where a painted span may start and end without splitting what the font
 * draws as one unit. A highlight boundary is where the browser paints the text
 * in two parts; Chromium paints each part with its own glyphs, clipped to the
 * part, so a glyph (or a stroke) shared by both parts can be lost.
 *
 * Widened, never narrowed:
 * - a boundary between a letter and its combining marks (harakat, shadda,
 *   superscript alef…): that splits a grapheme;
 * - a boundary inside lam-alef (ل, then any marks or tatweel, then ا أ إ آ ٱ):
 *   nearly every Arabic font draws it as one ligature glyph. «لإيران» with the
 *   mention «إيران» is painted from the ل.
 *
 * Evidence (Debian Chromium 156, 72px black on white, a highlight with the
 * extension's background and underline, near-black ink counted against the
 * same word unhighlighted; test/e2e/shaping.test.ts keeps the check): with
 * DejaVu Sans (fontconfig's Arabic sans-serif on Debian) and Noto Sans / Naskh
 * / Kufi Arabic, a boundary inside lam-alef kept the ligature (Chromium paints
 * it in both parts: +0.1% to +2.3% ink, darker edges only); with Noto Nastaliq
 * Urdu it lost the lam's joining stroke (−2.0% to −4.5%: «لإيران» at 1,
 * «لإسرائيل» at 1, «للأمم» at 2, «كابلان» at 4). Other Chromium builds were
 * reported to drop the whole ligature («يران»).
 *
 * Not widened: boundaries between ordinary joining letters. «بالكاظمي» from the
 * ا, «للعراق» from the second ل, «وبغداد» from the ب changed the ink by at most
 * 0.9% in all five fonts, and the joined forms stayed. Other ligatures (الله in
 * Naskh and Kufi, لى in Noto Sans Arabic) were painted in both parts (+3% to
 * +10% ink from doubled edges, nothing lost). Nastaliq also clips some joins
 * that are not ligatures (ك|ا in «كابلان» −3.6%, ي|ر in «لإيران» −3.9%): an
 * overhang of that font's cursive strokes that only painting whole words would
 * avoid, and Arabic news pages do not set Nastaliq.
 */

const LAM = 0x0644;
const TATWEEL = 0x0640;
/** ا أ إ آ ٱ */
const ALEFS = new Set([0x0627, 0x0623, 0x0625, 0x0622, 0x0671]);
const MARK = /\p{M}/u;
/**
 * The combining marks of the Arabic block (U+0600–U+06FF), as [first, last] ranges: what \p{M}
 * holds there (a unit test checks every code point). Compiling \p{M} costs about a millisecond on
 * every page, so the text news pages are made of (Latin-1, Arabic, punctuation) is answered without it.
 */
const ARABIC_MARKS: readonly (readonly [number, number])[] = [
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e4],
  [0x06e7, 0x06e8],
  [0x06ea, 0x06ed],
];

/** Whether code point `c` is a combining mark (Unicode category M). */
export function isMark(c: number): boolean {
  if (c < 0x0300) return false; // the first combining marks are U+0300…
  if (c >= 0x0600 && c <= 0x06ff) return ARABIC_MARKS.some(([a, b]) => c >= a && c <= b);
  if (c >= 0x2000 && c <= 0x20cf) return false; // punctuation (“ ” – …), super- and subscripts, currency
  return MARK.test(String.fromCodePoint(c));
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isMarkAt = (text: string, i: number) => isMark(text.codePointAt(i) as number);
/** Marks and tatweel: what may sit between lam and alef and still count as one cluster. */
const isJoinFiller = (text: string, i: number) => text.charCodeAt(i) === TATWEEL || isMarkAt(text, i);

/** Whether a boundary at `b` falls inside a grapheme: before a mark, or between a surrogate pair. */
const splitsGrapheme = (text: string, b: number) =>
  b > 0 && b < text.length && (isLowSurrogate(text.charCodeAt(b)) || isMarkAt(text, b));

/** If `b` falls inside lam-alef, the cluster [lam, alef + 1); otherwise null. */
function lamAlefAround(text: string, b: number, lo: number, hi: number): [number, number] | null {
  let k = b - 1;
  while (k >= lo && isJoinFiller(text, k)) k--;
  if (k < lo || text.charCodeAt(k) !== LAM) return null;
  let m = b;
  while (m < hi && isJoinFiller(text, m)) m++;
  if (m >= hi || !ALEFS.has(text.charCodeAt(m))) return null;
  return [k, m + 1];
}

/**
 * [start, end) of `text` widened so neither boundary splits a grapheme or a
 * lam-alef ligature. It never reaches outside [lo, hi): the text of one block,
 * since letters in different blocks are not shaped together.
 */
export function shapingSpan(
  text: string,
  start: number,
  end: number,
  lo = 0,
  hi = text.length,
): [number, number] {
  let s = start;
  for (;;) {
    while (s > lo && splitsGrapheme(text, s)) s--;
    const cluster = lamAlefAround(text, s, lo, hi);
    if (!cluster) break;
    s = cluster[0];
  }
  let e = end;
  for (;;) {
    while (e < hi && splitsGrapheme(text, e)) e++;
    const cluster = lamAlefAround(text, e, lo, hi);
    if (!cluster) break;
    e = cluster[1];
  }
  return [s, e];
}
