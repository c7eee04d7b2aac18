/**
 * Fuzzing (fast-check) of everything that reads outside input: each property says what must hold
 * for any input — no throw, offsets inside the text, refusals with a reason, round-trips.
 * Folding, offset maps and matching have their own properties in fold.test.ts and matcher.test.ts.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { foldUnits } from '../../src/core/arabic/fold';
import { checkClaims } from '../../src/core/claims/check';
import { findDates } from '../../src/core/claims/date-expressions';
import { findNumbers } from '../../src/core/claims/number-expressions';
import { compileMatcher } from '../../src/core/match/matcher';
import { annotationOf, exportAnnotations, importAnnotations } from '../../src/core/notes/annotation';
import { parsePack } from '../../src/core/packs/pack';
import { detectArticleDate } from '../../src/core/page/article-date';
import { dateHints, HINT_LIMITS, type QueryableDocument } from '../../src/core/page/date-hints';
import { dispatch, parseRequest } from '../../src/messages';
import { DEFAULT_SETTINGS, exportSettings, importSettings, parseSettings } from '../../src/settings';
import { diskFactBase } from '../support/facts';

const base = diskFactBase();
const matcher = compileMatcher(base);

/** Arabic news-like text: letters, digits of both kinds, marks, punctuation, months, names. */
const pieces = [
  'مصطفى الكاظمي',
  'كتائب حزب الله',
  'رئيس الوزراء',
  'يناير',
  'كانون الثاني',
  '2020',
  '٢٠٢١',
  '5',
  '15',
  'ألف',
  'مليون',
  'صاروخا',
  'قتيلا',
  'نحو',
  'أكثر من',
  '،',
  '.',
  '؟',
  '\n',
  ' ',
  'َ',
  'ّ',
  'ـ',
  'هـ',
  '%',
  'دولار',
  'الأحد',
];
const newsText = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 80 })
  .map((p) => p.join(' '));
const day = fc.option(
  fc
    .date({ min: new Date('2003-01-01'), max: new Date('2024-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);

const inBounds = (text: string, xs: readonly { start: number; end: number }[]) =>
  xs.every((x) => x.start >= 0 && x.start <= x.end && x.end <= text.length);

describe('fuzz: reading dates and numbers', () => {
  it('findDates and findNumbers never throw and stay inside the folded text', () => {
    fc.assert(
      fc.property(newsText, day, (text, date) => {
        const f = foldUnits(text);
        const folded = String.fromCharCode(...f.units.subarray(0, f.length));
        expect(inBounds(folded, findDates(folded, date))).toBe(true);
        expect(inBounds(folded, findNumbers(folded))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('claims never throw, point inside the text, and quote it exactly', () => {
    fc.assert(
      fc.property(newsText, day, (text, date) => {
        const { mentions } = matcher.find(text);
        const claims = checkClaims(base, { text, mentions, date });
        expect(inBounds(text, claims)).toBe(true);
        for (const c of claims) expect(c.text).toBe(text.slice(c.start, c.end));
      }),
      { numRuns: 300 },
    );
  });
});

describe('fuzz: a page’s date hints', () => {
  it('detectArticleDate never throws on any hints, and gives a real day or month, or nothing', () => {
    const json = fc.oneof(
      fc.json(),
      fc.string(),
      fc.jsonValue().map((x) => JSON.stringify({ datePublished: x })),
    );
    fc.assert(
      fc.property(
        fc.record({
          metas: fc.array(fc.tuple(fc.constantFrom('article:published_time', 'date', 'x'), fc.string())),
          jsonLd: fc.array(json, { maxLength: 3 }),
          times: fc.array(fc.string({ maxLength: 12 })),
          text: newsText,
        }),
        (hints) => {
          const d = detectArticleDate(hints);
          if (d) expect(d.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('dateHints reads any markup within its limits', () => {
    const tag = fc.oneof(
      fc.string().map((s) => `<meta name="date" content="${s.replaceAll('"', '')}">`),
      fc.json().map((j) => `<script type="application/ld+json">${j.replaceAll('<', '')}</script>`),
      fc.string().map((s) => `<time datetime="${s.replaceAll('"', '')}">${s}</time>`),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 20 }), (tags) => {
        const { document } = parseHTML(`<html><head></head><body>${tags.join('')}</body></html>`);
        const h = dateHints(document as unknown as QueryableDocument, document.body.textContent ?? '');
        expect(h.metas.length).toBeLessThanOrEqual(HINT_LIMITS.metas);
        expect(h.jsonLd.every((j) => j.length <= HINT_LIMITS.jsonLdLength)).toBe(true);
        expect(() => detectArticleDate(h)).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });
});

describe('fuzz: imports', () => {
  it('parsePack refuses any malformed pack with a reason, never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const r = parsePack(raw, []);
        if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('importAnnotations refuses malformed input with a reason, and round-trips what it exported', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const r = importAnnotations(raw);
        if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        newsText,
        fc.string({ maxLength: 40 }),
        fc.array(fc.string({ minLength: 1, maxLength: 8 })),
        (page, comment, tags) => {
          const text = `${page}قال مصطفى الكاظمي`;
          const start = text.length - 13;
          const note = annotationOf({
            url: 'https://www.aljazeera.net/a',
            id: '00000000-0000-4000-8000-000000000001',
            text,
            start,
            end: text.length,
            comment,
            tags,
            now: '2026-11-30T10:00:00.000Z',
          });
          const back = importAnnotations(JSON.parse(JSON.stringify(exportAnnotations([note]))));
          expect(back).toEqual({ ok: true, annotations: [note] });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('importSettings refuses anything but a valid settings file, and round-trips settings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const r = importSettings(text);
        if (r.ok)
          expect(parseSettings({ ...DEFAULT_SETTINGS, ...r.settings })).toEqual({
            ...DEFAULT_SETTINGS,
            ...r.settings,
          });
        else expect(r.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.record({
          lang: fc.constantFrom('ar', 'en'),
          dwellMs: fc.integer({ min: 0, max: 3000 }),
          enabled: fc.boolean(),
        }),
        (s) => {
          const settings = parseSettings(s);
          expect(importSettings(exportSettings(settings))).toEqual({ ok: true, settings });
        },
      ),
    );
  });
});

describe('fuzz: messages', () => {
  it('parseRequest and dispatch drop anything not ours or malformed, and never throw', () => {
    const name = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'siyaq:match',
        'siyaq:card',
        'siyaq:note-save',
        'siyaq:step',
        '__proto__',
        'constructor',
      ),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ type: name }, { requiredKeys: [] }),
          fc.dictionary(fc.string(), fc.jsonValue()),
        ),
        (raw) => {
          const parsed = parseRequest(raw);
          const handled = dispatch({ 'siyaq:step': () => true }, raw, {});
          if (!parsed) expect(handled).toBeUndefined();
        },
      ),
      { numRuns: 500 },
    );
  });
});
