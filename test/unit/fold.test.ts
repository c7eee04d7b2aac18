import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldKey, PROCESSORS, toOriginal } from '../../src/core/arabic/fold';

describe('each folding step does what its example says', () => {
  it.each(PROCESSORS.map((p) => [p.name, p.example[0], p.example[1]]))('%s: %s → %s', (_n, input, output) => {
    expect(foldKey(input)).toBe(output);
  });
});

describe('folding joins the forms Arabic media write', () => {
  it.each([
    ['أبو مهدي المهندس', 'ابو مهدي المهندس'],
    ['إسماعيل قاآني', 'اسماعيل قاانى'.replace('ى', 'ي')],
    ['الكــاظمــي', 'الكاظمي'],
    ['قَاسِمُ سُلَيْمَانِيّ', 'قاسم سليماني'],
    ['٥ كانون الثاني ٢٠٢٠', '5 كانون الثاني 2020'],
    ['۲۰۲۴', '2024'],
    ['المنطقة  الخضراء', 'المنطقه الخضراء'],
    ['ﷲ', 'الله'],
    ['ٱلله', 'الله'],
    ['بغ\u200dداد', 'بغداد'],
    ['\u202bالعراق\u202c', 'العراق'],
    ['کتائب حزب‌الله', 'كتاءب حزبالله'],
    ['Lloyd  AUSTIN', 'lloyd austin'],
  ])('%s', (input, output) => expect(foldKey(input)).toBe(output));
});

describe('offsets map folded text back to the original', () => {
  it('points at the original characters where folding deletes some', () => {
    const text = 'قال الكَـاظِمِيُّ اليوم';
    const f = fold(text);
    const at = f.text.indexOf('الكاظمي');
    const { start, end } = toOriginal(f, at, at + 'الكاظمي'.length);
    expect(text.slice(start, end)).toBe('الكَـاظِمِيُّ');
  });

  it('keeps an expansion inside one original character', () => {
    const f = fold('قال ﷲ');
    const at = f.text.indexOf('الله');
    expect(toOriginal(f, at, at + 4)).toEqual({ start: 4, end: 5 });
  });

  it('collapses whitespace runs and drops leading whitespace', () => {
    expect(fold('  \n جو \t بايدن').text).toBe('جو بايدن');
  });

  it('holds for any text: in bounds, ordered, and the slice folds back to the match', () => {
    const arabicish = fc.string({
      unit: fc.oneof(
        fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآىةؤئء ـًٌٍَُِّْٰ٠١٢۱ کی\u200c\u200f"«»\n'),
        fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      ),
      maxLength: 80,
    });
    fc.assert(
      fc.property(arabicish, fc.nat(), fc.nat(), (text, a, b) => {
        const f = fold(text);
        expect(f.src.length).toBe(f.text.length);
        for (let i = 1; i < f.src.length; i++)
          expect(f.src[i] as number).toBeGreaterThanOrEqual(f.src[i - 1] as number);
        if (f.text.length === 0) return;
        // Spans start and end on whole original characters (an expansion such as ﷲ is indivisible).
        let s = a % f.text.length;
        let e = s + 1 + (b % (f.text.length - s));
        while (s > 0 && f.src[s - 1] === f.src[s]) s--;
        while (e < f.text.length && f.src[e] === f.src[e - 1]) e++;
        const o = toOriginal(f, s, e);
        expect(o.start).toBeGreaterThanOrEqual(0);
        expect(o.end).toBeLessThanOrEqual(text.length);
        expect(o.start).toBeLessThan(o.end);
        expect(fold(text.slice(o.start, o.end)).text.trim()).toBe(f.text.slice(s, e).trim());
      }),
      { numRuns: 2000 },
    );
  });
});
