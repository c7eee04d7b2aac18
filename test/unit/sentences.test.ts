/** Sentence spans for claim reading: split at stops, at run ends, and capped in length. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, sentenceSpans } from '../../src/core/claims/sentences';

const texts = (text: string, runs?: { start: number; end: number }[]) =>
  sentenceSpans(text, runs).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it('splits at stops and line breaks, not at a decimal point', () => {
    expect(texts('قال 2.5 مليون. ثم ماذا؟ لا شيء\nسطر')).toEqual([
      'قال 2.5 مليون',
      ' ثم ماذا',
      ' لا شيء',
      'سطر',
    ]);
  });

  it('never lets a sentence run past the cap (a page without full stops), cutting at a space or comma', () => {
    const text = 'كلمة، '.repeat(2000);
    const spans = sentenceSpans(text);
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + 1);
      expect([' ', '،', ',', undefined]).toContain(text[s.end]);
    }
  });

  it('covers every non-blank character once, in order, within the runs (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('ا', 'ب', ' ', '.', '،', '\n', '5'), maxLength: 4000 }),
        (text) => {
          const spans = sentenceSpans(text);
          let last = 0;
          for (const s of spans) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + 1);
            last = s.end;
          }
        },
      ),
    );
  });
});
