/** A compiled matcher survives storage (structured clone, as IndexedDB keeps it) and finds exactly what a fresh one finds. */
import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  compileMatcherTables,
  MATCHER_FORMAT,
  matcherFrom,
} from '../../src/core/match/matcher';
import { diskFactBase, seedFiles, seedText } from '../support/facts';

describe('compiled matcher tables', () => {
  const base = diskFactBase();
  const text = seedFiles()
    .map((f) => seedText(f) as string)
    .join('\n\n');

  it('restore after a structured clone to a matcher that finds the same mentions', () => {
    const stored = structuredClone(compileMatcherTables(base));
    expect(stored.format).toBe(MATCHER_FORMAT);
    expect(stored.automaton.delta).toBeInstanceOf(Int32Array); // typed arrays stay typed arrays
    const restored = matcherFrom(stored, base);
    expect(restored).not.toBeNull();
    const fresh = compileMatcher(base).find(text);
    const again = restored?.find(text);
    expect(again?.mentions.length).toBeGreaterThan(400);
    expect(again).toEqual(fresh);
    expect(restored?.aliasCount).toBe(compileMatcher(base).aliasCount);
  });

  it('are refused for a base that lacks a record they name', () => {
    const stored = compileMatcherTables(base);
    const records = new Map(base.records);
    records.delete('kataib-hezbollah');
    expect(matcherFrom(stored, { records, sources: base.sources })).toBeNull();
  });
});
