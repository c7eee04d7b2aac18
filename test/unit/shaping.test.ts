import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMark, shapingSpan } from '../../src/core/arabic/shaping';

describe('painted spans keep lam-alef and marks whole', () => {
  // [name, text, start, end, painted start, painted end]
  it.each([
    // A preposition ل before a name that starts with an alef: the ligature is painted whole.
    ['prefix ل + إيران', 'لإيران', 1, 6, 0, 6],
    ['prefix ل + أمريكا', 'لأمريكا', 1, 7, 0, 7],
    ['ل + الإمارات (merged لل): the match starts at the second ل', 'للإمارات', 1, 8, 1, 8],
    ['ل + الإمارات, a span from the alef', 'للإمارات', 2, 8, 1, 8],
    ['ل + الأمم (merged لل)', 'للأمم المتحدة', 1, 13, 1, 13],
    ['ل + الأمم, a span from the alef', 'للأمم المتحدة', 2, 13, 1, 13],
    ['alef with madda', 'لآخر', 1, 4, 0, 4],
    ['alef wasla', 'لٱسم', 1, 4, 0, 4],
    ['marks between lam and alef', 'لِإيران', 2, 7, 0, 7],
    ['tatweel between lam and alef', 'لـإيران', 2, 7, 0, 7],
    // A span ending in ل followed by an alef.
    ['end: ل then ا', 'كابلان', 0, 4, 0, 5],
    ['end: ل, fatha, tatweel, ا, kasra', 'كابلَـاِن', 0, 4, 0, 8],
    // Marks at the boundaries stay with their letter.
    ['start at a damma', 'مُحَمَّدٌ', 1, 9, 0, 9],
    ['start at a shadda after fatha', 'مُحَمَّدٌ', 6, 9, 4, 9],
    ['end before fatha and shadda', 'مُحَمَّدٌ', 0, 5, 0, 7],
    ['end before a final tanween', 'مُحَمَّدٌ', 0, 8, 0, 9],
    ['superscript alef', 'هٰذا', 1, 4, 0, 4],
    ['kasra on the prefix: start after it is already whole', 'بِالكاظمي', 2, 9, 2, 9],
    ['a Latin combining accent', 'cafe\u0301s', 0, 4, 0, 5],
    ['a surrogate pair', 'a😀b', 2, 4, 1, 4],
    // No-ops: ordinary joins, whole words, ligatures fully inside.
    ['ب + الكاظمي', 'بالكاظمي', 1, 8, 1, 8],
    ['ل + العراق (merged لل)', 'للعراق', 1, 6, 1, 6],
    ['و + بغداد', 'وبغداد', 1, 6, 1, 6],
    ['و + الإمارات', 'والإمارات', 1, 9, 1, 9],
    ['the whole word', 'لإيران', 0, 6, 0, 6],
    ['a name with no prefix', 'قال إيران', 4, 9, 4, 9],
    ['lam before a space, then alef', 'قال ابن', 4, 7, 4, 7],
    ['an empty text', '', 0, 0, 0, 0],
  ])('%s: «%s» [%i, %i) → [%i, %i)', (_name, text, start, end, s, e) => {
    expect(shapingSpan(text, start, end)).toEqual([s, e]);
  });

  it('never reaches outside the bounds it is given (another block)', () => {
    // «…قال» ends one paragraph, «الإمارات» starts the next: no ligature between blocks.
    const text = 'قالالإمارات';
    expect(shapingSpan(text, 3, 11)).toEqual([2, 11]);
    expect(shapingSpan(text, 3, 11, 3, 11)).toEqual([3, 11]);
    // The end likewise: «كابل» then a block starting with «ان».
    expect(shapingSpan('كابلان', 0, 4, 0, 4)).toEqual([0, 4]);
    // Marks too: a block that starts with a stray mark is not pulled into the one before.
    expect(shapingSpan('بَ', 1, 2, 1, 2)).toEqual([1, 2]);
  });
});

describe('properties', () => {
  const letters = ['ل', 'ا', 'إ', 'آ', 'ب', 'ـ', 'َ', 'ّ', 'ٰ', ' '];
  const textAndSpan = fc
    .array(fc.constantFrom(...letters), { maxLength: 12 })
    .map((cs) => cs.join(''))
    .chain((text) =>
      fc
        .tuple(fc.nat(text.length), fc.nat(text.length))
        .map(([a, b]) => [text, Math.min(a, b), Math.max(a, b)] as const),
    );
  /** An oracle written apart from the code: is a boundary here inside a grapheme or a lam-alef? */
  const bad = (text: string, b: number) =>
    b > 0 &&
    b < text.length &&
    (/^\p{M}/u.test(text.slice(b)) ||
      (/ل[\p{M}ـ]*$/u.test(text.slice(0, b)) && /^[\p{M}ـ]*[اأإآٱ]/u.test(text.slice(b))));

  it('widens, never narrows, and leaves no boundary inside a cluster', () => {
    fc.assert(
      fc.property(textAndSpan, ([text, start, end]) => {
        const [s, e] = shapingSpan(text, start, end);
        expect(s).toBeLessThanOrEqual(start);
        expect(e).toBeGreaterThanOrEqual(end);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(e).toBeLessThanOrEqual(text.length);
        expect(bad(text, s)).toBe(false);
        expect(bad(text, e)).toBe(false);
        expect(shapingSpan(text, s, e)).toEqual([s, e]);
      }),
    );
  });
});

describe('combining marks', () => {
  it('answers as \\p{M} does for every code point (the Arabic block and Latin-1 without the regex)', () => {
    const mark = /\p{M}/u;
    const wrong: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates are not code points of text
      if (isMark(c) !== mark.test(String.fromCodePoint(c))) wrong.push(c);
    }
    expect(wrong.map((c) => c.toString(16))).toEqual([]);
  });
});
