/** Cue words found in one pass over a sentence's word starts: the same as testing every cue against it. */
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/core/arabic/fold';
import { cuesIn } from '../../src/core/claims/events';
import { sentenceSpans } from '../../src/core/claims/sentences';
import type { FactBase } from '../../src/core/facts/factbase';
import { diskFactBase, seedFiles, seedText } from '../support/facts';

const isLetter = (c: number) =>
  (c >= 0x0621 && c <= 0x064a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** The straightforward definition: every cue, every occurrence, kept where it starts a word. */
function everyCue(base: FactBase, folded: string): [string, number[]][] {
  const cues = new Set<string>();
  for (const r of base.records.values())
    if (r.type === 'event') for (const c of r.cues ?? []) cues.add(foldKey(c));
  const out: [string, number[]][] = [];
  for (const cue of cues) {
    const at: number[] = [];
    for (let i = folded.indexOf(cue); i >= 0; i = folded.indexOf(cue, i + 1)) {
      let j = i;
      if (j >= 2 && folded.startsWith('ال', j - 2)) j -= 2;
      for (let k = 0; k < 2 && 'وفبلك'.includes(folded[j - 1] ?? ' ') && j > 0; k++) j--;
      if (j === 0 || !isLetter(folded.charCodeAt(j - 1))) at.push(i);
    }
    if (at.length) out.push([cue, at]);
  }
  return out;
}

const event = (id: string, cues: string[]) => ({ id, type: 'event', cues, participants: [], places: [] });

describe('cuesIn', () => {
  const base = diskFactBase();

  it('finds what testing every cue finds, in the same order, on every seed sentence', () => {
    let found = 0;
    for (const file of seedFiles()) {
      const text = seedText(file) ?? '';
      for (const { start, end } of sentenceSpans(text)) {
        const folded = foldKey(text.slice(start, end));
        const expected = everyCue(base, folded);
        expect(cuesIn(base, folded)).toEqual(expected);
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(20); // the seeds do name events by their cues
  });

  it('takes cues after proclitics and «ال», at the edges, overlapping, and shorter than a prefix key', () => {
    const small = {
      records: new Map([
        ['a', event('a', ['قصف', 'قصف جوي'])],
        ['b', event('b', ['هجوم'])],
        ['c', event('c', ['قص'])],
      ]),
    } as unknown as FactBase;
    for (const text of [
      'والقصف الجوي',
      'والقصف جوي',
      'بالهجوم',
      'قصف',
      'هجومقصف',
      'وفالقصف',
      'قص',
      'مقصف قصف جوي',
      'ق',
    ]) {
      const folded = foldKey(text);
      expect(cuesIn(small, folded), text).toEqual(everyCue(small, folded));
    }
    expect(cuesIn(small, foldKey('والقصف جوي'))).toEqual([
      ['قصف', [3]],
      ['قصف جوي', [3]],
      ['قص', [3]],
    ]);
  });
});
