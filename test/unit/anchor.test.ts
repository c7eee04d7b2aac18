/** Anchoring notes (core/notes/anchor.ts): tables of edited pages, and a property on unchanged text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePassage } from '../../src/core/notes/anchor';
import { anchorPassage } from '../../src/core/notes/fuzzy';

const PAGE = [
  'قال رئيس الوزراء العراقي مصطفى الكاظمي إن الحوار الاستراتيجي مع الولايات المتحدة مستمر.',
  'وأضاف أن القوات القتالية الأميركية ستغادر العراق بحلول نهاية العام، وأن التعاون سيستمر في التدريب.',
  'من جهتها، أعلنت كتائب حزب الله أنها ستواصل عملياتها ما لم تنسحب القوات الأجنبية.',
].join('\n');
const PASSAGE = 'القوات القتالية الأميركية ستغادر العراق بحلول نهاية العام';
const at = PAGE.indexOf(PASSAGE);
const [quote, position] = describePassage(PAGE, at, at + PASSAGE.length);

/** Where the passage should be found in `text`: the given words, or null for an orphan. */
const EDITS: [string, string, string | null, string][] = [
  ['unchanged', PAGE, PASSAGE, 'position'],
  ['text inserted before', `عاجل: تحديث.\n${PAGE}`, PASSAGE, 'quote'],
  ['text inserted after', `${PAGE}\nالمزيد من التفاصيل لاحقاً.`, PASSAGE, 'position'],
  [
    'text inserted inside',
    PAGE.replace('ستغادر العراق', 'ستغادر تدريجياً العراق'),
    'القوات القتالية الأميركية ستغادر تدريجياً العراق بحلول نهاية العام',
    'fuzzy',
  ],
  [
    'a word edited inside',
    PAGE.replace('نهاية العام', 'نهاية السنة'),
    'القوات القتالية الأميركية ستغادر العراق بحلول نهاية السنة',
    'fuzzy',
  ],
  [
    'diacritics added',
    PAGE.replace('القوات القتالية', 'القُوّاتُ القِتالِيّة'),
    'القُوّاتُ القِتالِيّة الأميركية ستغادر العراق بحلول نهاية العام',
    'fuzzy',
  ],
  [
    'alef and taa marbuta spelt otherwise',
    PAGE.replace('الأميركية', 'الاميركيه'),
    'القوات القتالية الاميركيه ستغادر العراق بحلول نهاية العام',
    'fuzzy',
  ],
  [
    'the paragraph moved',
    [PAGE.split('\n')[2], PAGE.split('\n')[0], PAGE.split('\n')[1]].join('\n'),
    PASSAGE,
    'quote',
  ],
  ['the passage removed', PAGE.replace(/\n[^\n]*القتالية[^\n]*/, ''), null, ''],
];

describe('anchoring an edited page', () => {
  it.each(EDITS)('%s', (_, text, expected, method) => {
    const found = anchorPassage(text, quote, position);
    if (expected === null) {
      expect(found).toBeNull();
      return;
    }
    expect(found).not.toBeNull();
    expect(text.slice(found!.start, found!.end)).toBe(expected);
    expect(found!.method).toBe(method);
  });

  it('picks the occurrence whose context matches when the quote is on the page twice', () => {
    const text = `${PAGE}\nتكرار للتوضيح: القوات القتالية الأميركية ستغادر العراق بحلول نهاية العام كما قيل.`;
    const moved = `مقدمة جديدة.\n${text}`;
    const found = anchorPassage(moved, quote, position)!;
    expect(found.start).toBe(moved.indexOf(PASSAGE)); // the first, whose prefix matches
    // Described at the second occurrence, it comes back to the second.
    const second = text.lastIndexOf(PASSAGE);
    const [q2, p2] = describePassage(text, second, second + PASSAGE.length);
    expect(anchorPassage(`مقدمة جديدة.\n${text}`, q2, p2)!.start).toBe(moved.lastIndexOf(PASSAGE));
  });

  it('never places a passage the page no longer has', () => {
    const [q] = describePassage('جملة لا علاقة لها بالنص إطلاقاً وتتحدث عن الطقس', 0, 30);
    expect(anchorPassage(PAGE, q)).toBeNull();
  });
});

describe('anchoring unchanged text', () => {
  it('re-anchors any passage of any text to the same place', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const [q, p] = describePassage(text, start, end);
        const found = anchorPassage(text, q, p)!;
        expect([found.start, found.end, found.method]).toEqual([start, end, 'position']);
        // Without the position, the quote and its context find the same words.
        const byQuote = anchorPassage(text, q)!;
        expect(text.slice(byQuote.start, byQuote.end)).toBe(text.slice(start, end));
      }),
      { numRuns: 300 },
    );
  });
});
