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
    map: table({ 0x0623: 'ا', 0x0625: 'ا', 0x0622: 'ا', 0x0671: 'ا' }),
  },
  { name: 'alef-maqsura', example: ['مصطفى', 'مصطفي'], map: table({ 0x0649: 'ي' }) },
  { name: 'taa-marbuta', example: ['الحكومة', 'الحكومه'], map: table({ 0x0629: 'ه' }) },
  { name: 'hamza-seats', example: ['مسؤول مسئول', 'مسءول مسءول'], map: table({ 0x0624: 'ء', 0x0626: 'ء' }) },
  {
    name: 'persian-urdu-letters',
    example: ['کربلای', 'كربلاي'],
    map: table({
      0x06cc: 'ي',
      0x06d2: 'ي',
      0x06a9: 'ك',
      0x06af: 'ك',
      0x06c0: 'ه',
      0x06c1: 'ه',
      0x06be: 'ه',
      0x06c3: 'ه',
      0x067e: 'ب',
      0x0686: 'ج',
      0x06a4: 'ف',
    }),
  },
  {
    name: 'digits',
    example: ['٢٠٢٠ ۱۵ ٣٫٥', '2020 15 3.5'],
    map: (c) => {
      if (inRange(c, 0x0660, 0x0669)) return String.fromCharCode(c - 0x0660 + 48);
      if (inRange(c, 0x06f0, 0x06f9)) return String.fromCharCode(c - 0x06f0 + 48);
      return ({ 0x066b: '.', 0x066c: ',', 0x066a: '%' } as Record<number, string>)[c];
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
  { name: 'latin-case', example: ['Joe BIDEN', 'joe biden'], map: (c) => (inRange(c, 65, 90) ? String.fromCharCode(c + 32) : undefined) },
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
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates pass through untouched
  const f = foldUnit(c);
  if (f.length === 1 && f.charCodeAt(0) === c) continue;
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

/** Folds `text` into code units, recording where each came from. The matcher's hot path. */
export function foldUnits(text: string): FoldedUnits {
  const n = text.length;
  // Expansions (ﷲ → الله) can outgrow the input; grow on demand.
  let units = new Uint16Array(n + 16);
  let src = new Int32Array(n + 16);
  let len = 0;
  let lastSpace = true; // drop leading whitespace and collapse runs
  const grow = () => {
    const u = new Uint16Array(units.length * 2);
    u.set(units);
    units = u;
    const s = new Int32Array(src.length * 2);
    s.set(src);
    src = s;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = single[c] as number;
    if (f === IDENTITY) f = c;
    else if (f === DELETE) continue;
    else if (f === MULTI) {
      const m = multi.get(c) as string;
      for (let k = 0; k < m.length; k++) {
        if (len + 1 >= units.length) grow();
        const mc = m.charCodeAt(k);
        if (mc === 0x20 && lastSpace) continue;
        lastSpace = mc === 0x20;
        units[len] = mc;
        src[len++] = i;
      }
      continue;
    }
    if (f === 0x20) {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    if (len >= units.length) grow();
    units[len] = f;
    src[len++] = i;
  }
  return { units, length: len, src, original: text };
}

/** Folds `text`, recording where each folded unit came from. */
export function fold(text: string): Folded {
  const f = foldUnits(text);
  let str = '';
  for (let i = 0; i < f.length; i += 8192) {
    str += String.fromCharCode(...f.units.subarray(i, Math.min(f.length, i + 8192)));
  }
  return { ...f, src: f.src.subarray(0, f.length), text: str };
}

/** Folds an alias or query: same steps, trimmed. */
export function foldKey(text: string): string {
  return fold(text).text.trimEnd();
}

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
