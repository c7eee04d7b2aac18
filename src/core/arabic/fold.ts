/**
 * Folding for matching: Arabic spelling variation collapses to one form so an
 * alias and the page meet in the middle. Each step is a small named processor
 * with an example (tested from a table); they are composed once into a lookup
 * table over UTF-16 code units, so folding a page is one pass with no regexes.
 *
 * The result keeps an offset map back to the original text: `src[i]` is the
 * original index of folded unit i, so a match [s, e) in folded text covers the
 * original [src[s], src[e-1] + 1), widened over trailing marks by `toOriginal`.
 */

export interface Processor {
  readonly name: string;
  /** [input, folded] — documents the step and is asserted by the tests. */
  readonly example: readonly [string, string];
  /** Returns the replacement for one code unit, '' to delete it, or undefined to leave it. */
  readonly map: (c: number) => string | undefined;
}

const inRange = (c: number, lo: number, hi: number) => c >= lo && c <= hi;

const isDiacritic = (c: number): boolean =>
  inRange(c, 0x064b, 0x065f) || // tashkeel, hamza/madda marks above and below
  c === 0x0670 || // superscript alef
  inRange(c, 0x0610, 0x061a) || // Quranic honorifics and small marks
  inRange(c, 0x06d6, 0x06ed); // Quranic annotation marks

const isInvisible = (c: number): boolean =>
  inRange(c, 0x200b, 0x200f) || // ZWSP, ZWNJ, ZWJ, LRM, RLM
  c === 0x061c || // Arabic letter mark
  inRange(c, 0x202a, 0x202e) || // bidi embeddings and overrides
  inRange(c, 0x2066, 0x2069) || // bidi isolates
  c === 0xfeff || // BOM / zero-width no-break space
  c === 0x00ad; // soft hyphen

/** Characters folding deletes: they never separate words, so deleting them cannot glue two words. */
export const isIgnorable = (c: number): boolean => isDiacritic(c) || c === 0x0640 || isInvisible(c);

const table = (pairs: Record<number, string>) => (c: number) => pairs[c];

export const PROCESSORS: readonly Processor[] = [
  {
    name: 'presentation-forms',
    example: ['ﻻ ﷲ', 'لا الله'],
    map: (c) => {
      if (!(inRange(c, 0xfb50, 0xfdff) || inRange(c, 0xfe70, 0xfefe))) return undefined;
      const s = String.fromCharCode(c).normalize('NFKC');
      return s === String.fromCharCode(c) ? undefined : s;
    },
  },
  {
    name: 'diacritics',
    example: ['مُصْطَفَى الكَاظِمِيّ', 'مصطفي الكاظمي'],
    map: (c) => (isDiacritic(c) ? '' : undefined),
  },
  { name: 'tatweel', example: ['الكـــاظمي', 'الكاظمي'], map: (c) => (c === 0x0640 ? '' : undefined) },
  {
    name: 'invisible-controls',
    example: ['بغ\u200cداد\u200f', 'بغداد'],
    map: (c) => (isInvisible(c) ? '' : undefined),
  },
  {
    name: 'alef-forms',
    example: ['أإآٱ', 'اااا'],
    map: table({ 1571: 'ا', 1573: 'ا', 1570: 'ا', 1649: 'ا' }),
  },
  { name: 'alef-maqsura', example: ['مصطفى', 'مصطفي'], map: table({ 1609: 'ي' }) },
  { name: 'taa-marbuta', example: ['الحكومة', 'الحكومه'], map: table({ 1577: 'ه' }) },
  { name: 'hamza-seats', example: ['مسؤول مسئول', 'مسءول مسءول'], map: table({ 1572: 'ء', 1574: 'ء' }) },
  {
    name: 'persian-urdu-letters',
    example: ['کربلای', 'كربلاي'],
    map: table({
      1740: 'ي',
      1746: 'ي',
      1705: 'ك',
      1711: 'ك',
      1728: 'ه',
      1729: 'ه',
      1726: 'ه',
      1731: 'ه',
      1662: 'ب',
      1670: 'ج',
      1700: 'ف',
    }),
  },
  {
    name: 'digits',
    example: ['٢٠٢٠ ۱۵ ٣٫٥', '2020 15 3.5'],
    map: (c) => {
      if (inRange(c, 0x0660, 0x0669)) return String.fromCharCode(c - 0x0660 + 48);
      if (inRange(c, 0x06f0, 0x06f9)) return String.fromCharCode(c - 0x06f0 + 48);
      return ({ 1643: '.', 1644: ',', 1642: '%' } as Record<number, string>)[c];
    },
  },
  {
    name: 'quotes-as-space',
    example: ['قال «البنتاغون»', 'قال البنتاغون'],
    map: (c) => (c === 0x22 || inRange(c, 0x201c, 0x201f) || c === 0xab || c === 0xbb ? ' ' : undefined),
  },
  {
    name: 'whitespace',
    example: ['جو\u00a0\n بايدن', 'جو بايدن'],
    map: (c) =>
      c === 0x20 ||
      inRange(c, 0x09, 0x0d) ||
      c === 0xa0 ||
      inRange(c, 0x2000, 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000
        ? ' '
        : undefined,
  },
  {
    name: 'latin-case',
    example: ['Joe BIDEN', 'joe biden'],
    map: (c) => (inRange(c, 65, 90) ? String.fromCharCode(c + 32) : undefined),
  },
];

/** Runs every processor over one code unit and then over whatever it became. */
function foldUnit(c: number): string {
  let out = String.fromCharCode(c);
  for (const p of PROCESSORS) {
    let next = '';
    for (let i = 0; i < out.length; i++) {
      const code = out.charCodeAt(i);
      next += p.map(code) ?? out[i];
    }
    out = next;
  }
  return out;
}

// Compiled table: for each code unit, IDENTITY, DELETE, a single replacement, or MULTI (see `multi`).
const IDENTITY = 0xffff;
const DELETE = 0xfffe;
const MULTI = 0xfffd;
const single = new Uint16Array(0x10000).fill(IDENTITY);
const multi = new Map<number, string>();
// Only these ranges hold anything a processor changes; everything else folds to itself.
const ACTIVE_RANGES: readonly [number, number][] = [
  [0x0000, 0x00ff],
  [0x0600, 0x06ff],
  [0x2000, 0x206f],
  [0x3000, 0x3000],
  [0xfb50, 0xfeff],
];
for (const [lo, hi] of ACTIVE_RANGES) for (let c = lo; c <= hi; c++) compileUnit(c);

function compileUnit(c: number): void {
  const f = foldUnit(c);
  if (f.length === 1 && f.charCodeAt(0) === c) return;
  if (f.length === 0) single[c] = DELETE;
  else if (f.length === 1) single[c] = f.charCodeAt(0);
  else {
    single[c] = MULTI;
    multi.set(c, f);
  }
}

export interface FoldedUnits {
  /** Folded code units; only the first `length` are meaningful. One space between words, none leading. */
  readonly units: Uint16Array;
  readonly length: number;
  /** Original code-unit index behind each folded code unit. */
  readonly src: Int32Array;
  /** The original text, for widening matches over trailing marks. */
  readonly original: string;
}

export interface Folded extends FoldedUnits {
  readonly text: string;
}

/**
 * A DFA to run over the folded units while they are produced (the matcher's
 * automaton), so matching costs no second pass over the text.
 */
export interface UnitScanner {
  readonly delta: Int32Array;
  readonly classOf: Uint16Array;
  /** Alphabet size: a state's row in `delta` is `state * width`. */
  readonly width: number;
  /** For each state, the first state on its suffix chain (itself included) that ends a key, or -1. */
  readonly firstOut: Int32Array;
  /** States below this id have full rows in `delta`; others go through `step`. */
  readonly dense: number;
  readonly step: (state: number, cls: number) => number;
}

export interface ScannedUnits extends FoldedUnits {
  /** (state, end) pairs, `hitCount` of them: a key ends at folded index `end` in that state's chain. */
  readonly hits: Int32Array;
  readonly hitCount: number;
}

const NO_SCANNER: UnitScanner = {
  delta: new Int32Array(1),
  classOf: new Uint16Array(0x10000),
  width: 1,
  firstOut: new Int32Array(1).fill(-1),
  dense: 1,
  step: () => 0,
};

/** Folds `text` into code units, recording where each came from. */
export function foldUnits(text: string): FoldedUnits {
  return foldAndScan(text, NO_SCANNER);
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Buffers a caller may keep between calls so that folding a page allocates nothing. */
export interface FoldScratch {
  units: Uint16Array;
  src: Int32Array;
  hits: Int32Array;
}

export const newScratch = (): FoldScratch => ({
  units: new Uint16Array(0),
  src: new Int32Array(0),
  hits: new Int32Array(256),
});

/**
 * Folds `text` and runs `scanner` over the result in the same pass: the matcher's hot path.
 * With `scratch`, the result lives in those buffers and is valid until the next call.
 */
export function foldAndScan(
  text: string,
  scanner: UnitScanner,
  scratch: FoldScratch = newScratch(),
): ScannedUnits {
  const n = text.length;
  const { delta, classOf, width, firstOut, dense, step } = scanner;
  if (scratch.units.length < n + 16) {
    scratch.units = new Uint16Array(n + 16);
    scratch.src = new Int32Array(n + 16);
  }
  let { units, src, hits } = scratch;
  let hitCount = 0;
  let len = 0;
  let state = 0;
  let lastSpace = true; // drop leading whitespace and collapse runs
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = single[c] as number;
    if (f === IDENTITY) f = c;
    else if (f === DELETE) continue;
    else if (f === MULTI) {
      // Expansions (ﷲ → الله) can outgrow the input: keep room for the rest, then feed
      // each unit through the single-unit path below by re-entering the loop body.
      const m = multi.get(c) as string;
      if (len + m.length + (n - i) + 16 > units.length) {
        const u = new Uint16Array((len + m.length + (n - i)) * 2 + 16);
        u.set(units);
        units = u;
        const s = new Int32Array(u.length);
        s.set(src);
        src = s;
      }
      for (let k = 0; k < m.length - 1; k++) {
        const unit = m.charCodeAt(k);
        if (unit === 0x20 && lastSpace) continue;
        lastSpace = unit === 0x20;
        units[len] = unit;
        src[len++] = i;
        const cls = classOf[unit] as number;
        state = state < dense ? (delta[state * width + cls] as number) : step(state, cls);
        const out = firstOut[state] as number;
        if (out >= 0) {
          if (hitCount * 2 + 2 > hits.length) hits = grown(hits);
          hits[hitCount * 2] = out;
          hits[hitCount * 2 + 1] = len;
          hitCount++;
        }
      }
      f = m.charCodeAt(m.length - 1);
    }
    if (f === 0x20) {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    units[len] = f;
    src[len++] = i;
    const cls = classOf[f] as number;
    state = state < dense ? (delta[state * width + cls] as number) : step(state, cls);
    const out = firstOut[state] as number;
    if (out >= 0) {
      if (hitCount * 2 + 2 > hits.length) hits = grown(hits);
      hits[hitCount * 2] = out;
      hits[hitCount * 2 + 1] = len;
      hitCount++;
    }
  }
  scratch.units = units;
  scratch.src = src;
  scratch.hits = hits;
  return { units, length: len, src, original: text, hits, hitCount };
}

/** Folds `text`, recording where each folded unit came from. */
export function fold(text: string): Folded {
  const f = foldUnits(text);
  return { ...f, src: f.src.subarray(0, f.length), text: unitsToString(f.units, f.length) };
}

function unitsToString(units: Uint16Array, length: number): string {
  let str = '';
  for (let i = 0; i < length; i += 8192)
    str += String.fromCharCode(...units.subarray(i, Math.min(length, i + 8192)));
  return str;
}

/** Folds an alias or query: same steps, trimmed. */
export function foldKey(text: string): string {
  const f = foldAndScan(text, NO_SCANNER, keyScratch);
  return unitsToString(f.units, f.length).trimEnd();
}

// Keys are folded one after another, often by the hundred thousand: reuse one set of buffers.
const keyScratch = newScratch();

/**
 * Maps a folded span back to the original text. The end is widened over
 * marks that folding deleted (a final vowel, a tatweel) so the highlight
 * covers the whole written word.
 */
export function toOriginal(f: FoldedUnits, start: number, end: number): { start: number; end: number } {
  const oStart = f.src[start] as number;
  let oEnd = (f.src[end - 1] as number) + 1;
  const o = f.original;
  while (oEnd < o.length && isIgnorable(o.charCodeAt(oEnd))) oEnd++;
  return { start: oStart, end: oEnd };
}
