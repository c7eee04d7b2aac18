// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotationOf } from '../../src/core/notes/annotation';
import { filterNotes, NotesView, noteUrl } from '../../src/notes/NotesView';

const TEXT = 'قالت القوات الأميركية إن الهجوم استهدف قاعدة عين الأسد في الأنبار.';
const note = (n: number, url: string, comment: string, now: string, tags: string[] = []) =>
  annotationOf({
    text: TEXT,
    start: 5,
    end: 22,
    url,
    comment,
    tags,
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    now,
  });
const NOTES = [
  note(1, 'https://www.aljazeera.net/a', 'قوات أمريكية', '2026-11-01T00:00:00.000Z'),
  note(2, 'https://www.alarabiya.net/b', 'هجوم على عين الاسد', '2026-11-03T00:00:00.000Z', ['هجمات']),
  note(3, 'https://www.aljazeera.net/c', 'لا علاقة', '2026-11-02T00:00:00.000Z'),
];

afterEach(() => render(null, document.body));

describe('the notes view', () => {
  it('searches over folded Arabic: hamza, alef maqsura and taa marbuta forms meet', () => {
    expect(filterNotes(NOTES, 'الأسد', 'newest').map((a) => a.id.slice(-1))).toEqual(['2']);
    expect(filterNotes(NOTES, 'الاميركيه', 'newest').length).toBe(3); // every passage quotes «الأميركية»
    expect(filterNotes(NOTES, '#هجمات'.slice(1), 'newest').map((a) => a.id.slice(-1))).toEqual(['2']);
  });

  it('sorts by date either way, or by site', () => {
    const ids = (s: 'newest' | 'oldest' | 'site') => filterNotes(NOTES, '', s).map((a) => a.id.slice(-1));
    expect(ids('newest')).toEqual(['2', '3', '1']);
    expect(ids('oldest')).toEqual(['1', '3', '2']);
    expect(ids('site')).toEqual(['2', '3', '1']); // alarabiya, then aljazeera newest first
  });

  it('opens a note at its passage', async () => {
    const open = vi.fn();
    await act(async () => {
      render(h(NotesView, { api: { all: async () => NOTES, open }, lang: 'ar' }), document.body);
    });
    await act(async () => {}); // the notes arrive
    expect(document.querySelectorAll('.all-notes li')).toHaveLength(3);
    (document.querySelector('.all-notes li button.open') as HTMLButtonElement).click();
    expect(open).toHaveBeenCalledWith(noteUrl(NOTES[1]!));
    expect(noteUrl(NOTES[1]!)).toBe(
      'https://www.alarabiya.net/b#siyaq-note=00000000-0000-4000-8000-000000000002',
    );
  });
});
