import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli/siyaq.mjs');
const SEEDS = join(ROOT, 'src/facts/seeds');
const run = (...args: string[]) => spawnSync('node', [CLI, ...args], { encoding: 'utf8' });
const json = (...args: string[]) => JSON.parse(execFileSync('node', [CLI, ...args], { encoding: 'utf8' }));

describe('siyaq annotate (built by `npm run build`)', () => {
  it('annotates a seed text file with the contract shape and exact offsets', () => {
    const file = join(SEEDS, '002_17373629d0573b0f.txt');
    const out = json('annotate', file, '--format', 'json');
    expect(Object.keys(out).sort()).toEqual(['ambiguous', 'claims', 'date', 'dateFrom', 'mentions']);
    expect(out.date).toBe('2021-02-24');
    const text = readFileSync(file, 'utf8');
    expect(out.mentions.length).toBeGreaterThan(20);
    for (const m of out.mentions) {
      expect(Object.keys(m).sort()).toEqual(['end', 'entity', 'start', 'surface']);
      expect(text.slice(m.start, m.end)).toBe(m.surface);
      expect(Object.keys(m.entity).sort()).toEqual(['id', 'label', 'type', 'wikidata']);
    }
    const ids = new Set(out.mentions.map((m: { entity: { id: string } }) => m.entity.id));
    for (const id of ['biden', 'kadhimi', 'white-house', 'green-zone', 'ned-price', 'erbil-airport'])
      expect(ids).toContain(id);
  });

  it('takes --date over the detected one', () => {
    expect(json('annotate', join(SEEDS, '002_17373629d0573b0f.txt'), '--date', '2020-01-08').date).toBe(
      '2020-01-08',
    );
  });

  it('annotates HTML by its visible text, with offsets into that text', () => {
    const out = json('annotate', join(ROOT, 'test/fixtures/cli/article.html'));
    expect(out.date).toBe('2024-01-25');
    const surfaces = out.mentions.map((m: { surface: string; entity: { id: string } }) => [
      m.surface,
      m.entity.id,
    ]);
    expect(surfaces).toContainEqual(['مصطفى الكاظمي', 'kadhimi']);
    expect(surfaces).toContainEqual(['لويد أوستن', 'lloyd-austin']);
    // The script's text and the textarea's are not the page's prose.
    expect(out.mentions.filter((m: { entity: { id: string } }) => m.entity.id === 'sudani')).toHaveLength(0);
  });

  it('prints a readable text report', () => {
    const r = run('annotate', join(SEEDS, '003_408007871d5a714d.txt'), '--format', 'text');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^date: /);
    expect(r.stdout).toContain('جرف الصخر');
    expect(r.stdout).toMatch(/mentions: \d+ \(/);
  });

  it('checks claims at the given date, in the contract shape and in the text report', () => {
    const file = join(SEEDS, '002_17373629d0573b0f.txt');
    const out = JSON.parse(run('annotate', file, '--date', '2021-02-24').stdout);
    const text = readFileSync(file, 'utf8');
    expect(out.claims.length).toBeGreaterThan(5);
    for (const c of out.claims) {
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining([
          'start',
          'end',
          'text',
          'kind',
          'verdict',
          'subject',
          'expected',
          'found',
          'sources',
        ]),
      );
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
    const attack = out.claims.find((c: { text: string }) => c.text === 'ثلاثة صواريخ على الأقل');
    expect(attack).toMatchObject({
      kind: 'number',
      verdict: 'supported',
      subject: 'embassy-attack-feb-2021',
    });
    expect(attack.sources[0]).toMatchObject({ source: 'seed-002' });
    const report = run('annotate', file, '--date', '2021-02-24', '--format', 'text').stdout;
    expect(report).toMatch(/claims: \d+ \(supported \d+/);
    expect(report).toContain('SUPPORTED    number «ثلاثة صواريخ على الأقل»');
  });

  it.each([
    ['a missing file', ['annotate', '/nonexistent/x.txt'], 1, /no such file/],
    ['binary input', ['annotate', join(ROOT, 'test/fixtures/cli/binary.txt')], 1, /looks binary/],
    ['invalid UTF-8', ['annotate', join(ROOT, 'test/fixtures/cli/latin1.txt')], 1, /not valid UTF-8/],
    ['a directory', ['annotate', SEEDS], 1, /is a directory/],
    [
      'a bad format',
      ['annotate', join(SEEDS, '000_5f5cc481bd84db83.txt'), '--format', 'xml'],
      2,
      /json or text/,
    ],
    [
      'a bad date',
      ['annotate', join(SEEDS, '000_5f5cc481bd84db83.txt'), '--date', '24/02/2021'],
      2,
      /YYYY-MM-DD/,
    ],
    ['no file', ['annotate'], 2, /exactly one file/],
    ['an unknown command', ['frobnicate'], 2, /unknown command/],
  ])('fails clearly on %s', (_n, args, status, message) => {
    const r = run(...args);
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});
