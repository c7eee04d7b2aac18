/**
 * Arabic proclitics and word boundaries, on folded text (so أ/إ/آ are already ا).
 * Page text is never stripped: the matcher finds an alias, then asks whether
 * the letters between the word start and the alias form an allowed chain.
 */

/** Letters of a word, after folding: Arabic letters, Latin letters and digits. */
export function isWordUnit(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57)
  );
}

export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3);
}

/**
 * A prefix as a number, so the hot path compares integers instead of building
 * strings: each Arabic letter takes 6 bits (U+0621–U+064A), the empty prefix is 0.
 */
export function prefixCode(units: ArrayLike<number>, from: number, to: number): number {
  let code = 0;
  for (let i = from; i < to; i++) code = code * 64 + ((units[i] as number) - 0x0620);
  return code;
}

const codeOf = (p: string) =>
  prefixCode(
    Array.from(p, (ch) => ch.charCodeAt(0)),
    0,
    p.length,
  );

const chains = (...groups: string[][]): Set<number> => {
  let out = [''];
  for (const g of groups) out = out.flatMap((a) => g.map((b) => a + b));
  return new Set(out.map(codeOf));
};

/**
 * Before a name written without the article (بغداد، كتائب حزب الله): conjunction
 * و/ف, then preposition ب/ك/ل, each optional. «وببغداد», «لكتائب».
 */
export const INDEFINITE_PREFIXES = chains(['', 'و', 'ف'], ['', 'ب', 'ك', 'ل']);

/**
 * Before the stem of a name written with the article (الحشد → حشد): the article
 * itself with optional و/ف and ب/ك, or ل + ال merged into لل. «بالحشد», «وللكاظمي».
 */
export const DEFINITE_PREFIXES = new Set([
  ...chains(['', 'و', 'ف'], ['', 'ب', 'ك'], ['ال']),
  ...chains(['', 'و', 'ف'], ['لل']),
]);

/** Definite prefixes that end in the merged لل (the highlight then starts at the second ل). */
export const MERGED_LAM_PREFIXES = chains(['', 'و', 'ف'], ['لل']);

/** The longest prefix chain is four letters (وبال); a word start further back means we are inside a word. */
export const MAX_PREFIX = 4;

/** Splits a folded key into its article and stem: «الحشد الشعبي» → definite, «حشد الشعبي». */
export function splitArticle(key: string): { definite: boolean; stem: string } {
  if (key.startsWith('ال') && key.length >= 4 && isArabicLetter(key.charCodeAt(2))) {
    return { definite: true, stem: key.slice(2) };
  }
  return { definite: false, stem: key };
}
