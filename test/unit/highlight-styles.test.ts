/** Every highlight kind a reader must tell apart has its own underline shape, not only its own colour. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_KINDS } from '../../src/content/highlights';

const CSS_TEXT = readFileSync(join(import.meta.dirname, '../../src/content/highlights.css'), 'utf8');
const LINES = ['underline', 'overline', 'line-through'];
const STYLES = ['solid', 'double', 'dotted', 'dashed', 'wavy'];

/** The decoration's lines and style, from the kind's first rule (outside the dark-theme block). */
function shape(kind: string): string | null {
  const rule = new RegExp(String.raw`::highlight\(siyaq-${kind}\)\s*\{([^}]*)\}`).exec(CSS_TEXT)?.[1];
  const decoration = /text-decoration:\s*([^;]+);/.exec(rule ?? '')?.[1];
  if (!decoration) return null;
  const words = decoration.split(/\s+/);
  const lines = words.filter((w) => LINES.includes(w)).sort();
  const style = words.find((w) => STYLES.includes(w)) ?? 'solid';
  return `${lines.join('+')} ${style}`;
}

describe('highlights.css', () => {
  it('gives every record type, verdict and note a distinct shape', () => {
    const kinds = HIGHLIGHT_KINDS.filter((k) => k !== 'focus');
    const shapes = kinds.map(shape);
    expect(shapes.every((s) => s !== null)).toBe(true);
    expect(
      new Set(shapes).size,
      JSON.stringify(Object.fromEntries(kinds.map((k, i) => [k, shapes[i]]))),
    ).toBe(kinds.length);
  });
});
