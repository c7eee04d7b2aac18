/** Notes as W3C Web Annotations: the model, export and import (core/notes/annotation.ts). */
import { describe, expect, it } from 'vitest';
import {
  ANNO_CONTEXT,
  annotationOf,
  exportAnnotations,
  importAnnotations,
  noteText,
  pageKey,
  withText,
} from '../../src/core/notes/annotation';

const TEXT = 'قال رئيس الوزراء العراقي مصطفى الكاظمي إن الحوار مستمر.';
const note = (id: string, extra: object = {}) =>
  annotationOf({
    text: TEXT,
    start: TEXT.indexOf('مصطفى'),
    end: TEXT.indexOf('الكاظمي') + 'الكاظمي'.length,
    url: 'https://news.example/a?x=1#top',
    comment: 'رئيس الوزراء حتى 2022',
    tags: ['حكومة', ' '],
    links: ['record/kadhimi'],
    id,
    now: '2026-11-30T10:00:00.000Z',
    ...extra,
  });
const ID1 = '0b7a3f2e-1c4d-4e5f-8a9b-0c1d2e3f4a5b';
const ID2 = '1c8b4a3f-2d5e-4f6a-9b0c-1d2e3f4a5b6c';

describe('a note as a Web Annotation', () => {
  it('has the W3C shape: context, motivation, bodies, the page and both selectors', () => {
    const a = note(ID1);
    expect(a['@context']).toBe(ANNO_CONTEXT);
    expect(a.id).toBe(`urn:uuid:${ID1}`);
    expect(a.motivation).toBe('commenting');
    expect(a.target.source).toBe('https://news.example/a?x=1');
    expect(a.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'مصطفى الكاظمي' });
    expect(a.target.selector[1]).toMatchObject({
      type: 'TextPositionSelector',
      start: TEXT.indexOf('مصطفى'),
    });
    expect(noteText(a)).toEqual({
      comment: 'رئيس الوزراء حتى 2022',
      tags: ['حكومة'],
      mark: null,
      links: ['record/kadhimi'],
    });
  });

  it('is an assessment when an editor marks a claim', () => {
    const a = note(ID2, { mark: 'checked-wrong', comment: '', tags: [], links: ['claim/role'] });
    expect(a.motivation).toBe('assessing');
    expect(noteText(a).mark).toBe('checked-wrong');
  });

  it('takes new words, tags and links, keeping its passage', () => {
    const a = note(ID1);
    const b = withText(a, 'نص جديد', ['وسم'], '2026-12-01T00:00:00.000Z', ['record/sudani']);
    expect(noteText(b)).toEqual({ comment: 'نص جديد', tags: ['وسم'], mark: null, links: ['record/sudani'] });
    expect(b.target).toEqual(a.target);
    expect(b.modified).toBe('2026-12-01T00:00:00.000Z');
    // Without links given, the links stay.
    expect(noteText(withText(a, 'x', [], '2026-12-01T00:00:00.000Z')).links).toEqual(['record/kadhimi']);
  });

  it('keeps a page key without the fragment', () => {
    expect(pageKey('https://a.example/p?q=1#x')).toBe('https://a.example/p?q=1');
  });
});

describe('export and import', () => {
  it('round-trips: an export re-imported is identical', () => {
    const notes = [note(ID2, { now: '2026-11-30T11:00:00.000Z' }), note(ID1)];
    const exported = JSON.parse(JSON.stringify(exportAnnotations(notes)));
    expect(exported).toMatchObject({ '@context': ANNO_CONTEXT, type: 'AnnotationCollection', total: 2 });
    const back = importAnnotations(exported);
    expect(back).toEqual({
      ok: true,
      annotations: [note(ID1), note(ID2, { now: '2026-11-30T11:00:00.000Z' })],
    });
    if (back.ok) expect(JSON.parse(JSON.stringify(exportAnnotations(back.annotations)))).toEqual(exported);
  });

  it('rejects a bad import whole, naming the first bad item', () => {
    const bad = JSON.parse(JSON.stringify(exportAnnotations([note(ID1), note(ID2)])));
    bad.first.items[1].target.selector[1].end = -1;
    const r = importAnnotations(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^item 2: target\.selector\.1/);
    expect(importAnnotations({ type: 'nope' })).toMatchObject({
      ok: false,
      error: /not an annotation collection/,
    });
    expect(importAnnotations([{ ...note(ID1), id: 'x' }])).toMatchObject({ ok: false, error: /item 1: id/ });
  });

  it('does not double an annotation given twice: the later edit wins', () => {
    const older = note(ID1);
    const newer = { ...note(ID1), modified: '2026-12-01T00:00:00.000Z' };
    const r = importAnnotations([older, newer, older]);
    expect(r).toEqual({ ok: true, annotations: [newer] });
  });
});
