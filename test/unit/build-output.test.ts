/** The built extension (npm run build runs before the unit tests): thin pages, facts only in packs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../src/facts/index';

const DIST = join(import.meta.dirname, '../../dist');

describe.each(['chrome', 'firefox'])('dist/%s', (browser) => {
  const content = readFileSync(join(DIST, browser, 'content.js'), 'utf8');
  const background = readFileSync(join(DIST, browser, 'background.js'), 'utf8');
  const frame = readFileSync(join(DIST, browser, 'frame.js'), 'utf8');

  it('has no fact data in the content scripts or the background script: it lives in packs/', () => {
    for (const script of [content, frame, background]) {
      expect(script).not.toContain('kataib-hezbollah'); // a record id
      expect(script).not.toContain('seed-000'); // a source id
    }
    const index = JSON.parse(readFileSync(join(DIST, browser, 'packs/index.json'), 'utf8')) as {
      id: string;
    }[];
    const packs = index.map((m) =>
      JSON.parse(readFileSync(join(DIST, browser, `packs/${m.id}.json`), 'utf8')),
    );
    expect(index).toEqual(packs.map((p) => p.manifest));
    expect(index.map((m) => m.id)).toEqual(BUNDLED_PACKS.map((p) => p.id));
    const core = packs.find((p) => p.manifest.id === 'core');
    expect(core.records.some((r: { id: string }) => r.id === 'kataib-hezbollah')).toBe(true);
  });

  it('styles highlights on :root in Chromium (inherited there, and cheaper on every restyle) and on every element in Firefox', () => {
    const css = readFileSync(join(DIST, browser, 'highlights.css'), 'utf8');
    const selectors = css.match(/\S*::highlight\(/g) ?? [];
    expect(selectors.length).toBeGreaterThanOrEqual(10);
    const expected = browser === 'chrome' ? ':root::highlight(' : '::highlight(';
    expect(new Set(selectors)).toEqual(new Set([expected]));
    // The copy inlined for shadow roots is the same.
    expect(content).toContain(`${expected}siyaq-person)`);
    if (browser === 'firefox') expect(content).not.toContain(':root::highlight(');
  });

  it('carries no matcher, claim checker, folding tables, card UI or notes code in the content script', () => {
    // The test build's source map names every module bundled into it.
    const { sources } = JSON.parse(readFileSync(join(DIST, `test-${browser}`, 'content.js.map'), 'utf8')) as {
      sources: string[];
    };
    const modules = sources.map((s) => s.replace(/^(\.\.\/)+/, ''));
    expect(modules).toContain('src/core/page/collect.ts');
    for (const module of [
      /^src\/core\/match\//,
      /^src\/core\/claims\//,
      /^src\/core\/arabic\/fold/,
      /^src\/core\/card\//,
      /^src\/core\/notes\/(anchor|fuzzy)/,
      /^src\/core\/page\/article-date/,
      /^src\/ui\//,
      /^src\/content\/(card-ui|card-host|notes|notes-ui)\.ts$/,
      /^src\/facts\//,
      /preact/,
    ])
      expect(modules.filter((m) => module.test(m))).toEqual([]);
  });
});
