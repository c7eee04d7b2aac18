/**
 * Precision and recall on Arabic news text the matcher was not tuned on
 * (test/fixtures/heldout: public pages, their addresses in index.json, gold
 * spans annotated by hand without running the matcher).
 *
 * Counting: a predicted mention is correct when it overlaps a gold span of the
 * same record (gold spans leave clitics out; ours keep the article, so exact
 * boundaries differ by design). Precision = correct predictions / predictions;
 * recall = gold spans found / gold spans.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/core/match/matcher';
import { diskFactBase } from '../support/facts';

const DIR = join(import.meta.dirname, '../fixtures/heldout');
const index: { file: string; url: string }[] = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8'));
const matcher = compileMatcher(diskFactBase());
/**
 * The records that existed when the gold was annotated. A mention of a later record that overlaps no
 * gold span is not judged (the gold could not list it); one that overlaps a gold span of another
 * record is wrong. The newer held-out set (test/fixtures/heldout-claims) judges every record.
 */
const universe = new Set<string>(
  (JSON.parse(readFileSync(join(DIR, 'universe.json'), 'utf8')) as { ids: string[] }).ids,
);

interface Span {
  start: number;
  end: number;
  id: string;
}

function goldSpans(text: string, gold: { quote: string; occurrence: number; id: string }[]): Span[] {
  return gold.map((g) => {
    let at = -1;
    for (let k = 0; k < g.occurrence; k++) at = text.indexOf(g.quote, at + 1);
    if (at < 0) throw new Error(`gold quote not in text: ${g.quote} #${g.occurrence}`);
    return { start: at, end: at + g.quote.length, id: g.id };
  });
}

const overlaps = (a: Span, b: Span) => a.id === b.id && a.start < b.end && b.start < a.end;

function evaluate() {
  const rows = index.map(({ file }) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const gold = goldSpans(
      text,
      JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.gold.json')), 'utf8')),
    );
    const predicted: Span[] = matcher
      .find(text)
      .mentions.map((m) => ({ start: m.start, end: m.end, id: m.entity.id }))
      .filter((p) => universe.has(p.id) || gold.some((g) => p.start < g.end && g.start < p.end));
    const correct = predicted.filter((p) => gold.some((g) => overlaps(p, g)));
    const found = gold.filter((g) => predicted.some((p) => overlaps(p, g)));
    const falsePositives = predicted
      .filter((p) => !correct.includes(p))
      .map((p) => `${text.slice(p.start, p.end)}→${p.id}`);
    const missed = gold.filter((g) => !found.includes(g)).map((g) => `${text.slice(g.start, g.end)}→${g.id}`);
    return {
      file,
      gold: gold.length,
      predicted: predicted.length,
      correct: correct.length,
      found: found.length,
      falsePositives,
      missed,
    };
  });
  const sum = (k: 'gold' | 'predicted' | 'correct' | 'found') => rows.reduce((n, r) => n + r[k], 0);
  return {
    rows,
    precision: sum('correct') / sum('predicted'),
    recall: sum('found') / sum('gold'),
    gold: sum('gold'),
    predicted: sum('predicted'),
  };
}

describe('held-out Arabic news', () => {
  const result = evaluate();
  it('reports precision and recall', () => {
    console.log(
      `held-out: ${result.predicted} predicted, ${result.gold} gold; precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}`,
    );
    for (const r of result.rows) {
      if (r.falsePositives.length || r.missed.length)
        console.log(
          `  ${r.file}\n    false positives: ${r.falsePositives.join(' | ')}\n    missed: ${r.missed.join(' | ')}`,
        );
    }
    // Floors that catch regressions; the measured values are in the closing notes.
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.75);
  });
});
