import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli/siyaq.mjs');
const SEEDS = join(ROOT, 'src/facts/seeds');
const run = (...args: string[]) => spawnSync('node', [CLI, ...args], { encoding: 'utf8' });
const json = (...args: string[]) => JSON.parse(execFileSync('node', [CLI, ...args], { encoding: 'utf8' }));

/** Temporary folders for a test's input files, removed after each test, passed or failed. */
const folders: string[] = [];
const tempFolder = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  folders.push(d);
  return d;
};
afterEach(() => {
  for (const d of folders.splice(0)) rmSync(d, { recursive: true, force: true });
});

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
      'an impossible month and day',
      ['annotate', join(SEEDS, '000_5f5cc481bd84db83.txt'), '--date', '2024-13-45'],
      2,
      /--date must be a day as YYYY-MM-DD, not "2024-13-45"/,
    ],
    [
      'a day the calendar does not have',
      ['annotate', join(SEEDS, '000_5f5cc481bd84db83.txt'), '--date', '2024-02-30'],
      2,
      /2024-02-30 is not a day of the calendar/,
    ],
    [
      'a bad date',
      ['annotate', join(SEEDS, '000_5f5cc481bd84db83.txt'), '--date', '24/02/2021'],
      2,
      /YYYY-MM-DD/,
    ],
    ['no file', ['annotate'], 2, /exactly one file/],
    [
      'a zero date',
      ['annotate', join(SEEDS, '000_5f5cc481bd84db83.txt'), '--date', '0000-00-00'],
      2,
      /--date must be a day/,
    ],
    ['an unknown command', ['frobnicate'], 2, /unknown command/],
  ])('fails clearly on %s', (_n, args, status, message) => {
    const r = run(...args);
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('siyaq annotate: awkward input', () => {
  const ARTICLE = 'قال مصطفى الكاظمي إن الحوار مستمر.';
  const surfaces = (out: { mentions: { surface: string }[] }) => out.mentions.map((m) => m.surface);

  it('reads an HTML fragment (no <html>, no <body>) as a page, with its date hints', () => {
    const d = tempFolder('siyaq-cli-');
    writeFileSync(
      join(d, 'frag.html'),
      `<meta property="article:published_time" content="2021-04-08"><p>${ARTICLE}</p>`,
    );
    const out = json('annotate', join(d, 'frag.html'));
    expect([out.date, surfaces(out)]).toEqual(['2021-04-08', ['مصطفى الكاظمي']]);
  });

  it('knows HTML without an .html name by its markup, after a leading comment: its script is not text', () => {
    const d = tempFolder('siyaq-cli-');
    writeFileSync(
      join(d, 'page'),
      `<!-- saved page -->\n<html><body><p>${ARTICLE}</p><script>var s = "هادي العامري";</script></body></html>`,
    );
    expect(surfaces(json('annotate', join(d, 'page')))).toEqual(['مصطفى الكاظمي']);
  });

  it('finds a name at the start of a block that follows a block ending in a letter (minified pages)', () => {
    const d = tempFolder('siyaq-cli-');
    const blocks =
      '<p>وقال</p><p>مصطفى الكاظمي إن الحوار مستمر</p><p>وأعلنت</p><p>كتائب حزب الله مسؤوليتها</p>';
    writeFileSync(join(d, 'min.html'), `<html><body><article>${blocks}</article></body></html>`);
    writeFileSync(
      join(d, 'pretty.html'),
      `<html><body><article>\n${blocks.replaceAll('</p>', '</p>\n')}</article></body></html>`,
    );
    const min = surfaces(json('annotate', join(d, 'min.html')));
    expect(min).toEqual(['مصطفى الكاظمي', 'كتائب حزب الله']);
    expect(surfaces(json('annotate', join(d, 'pretty.html')))).toEqual(min);
  });

  it('reads an empty .html or .txt file as a page with nothing in it', () => {
    const d = tempFolder('siyaq-cli-');
    for (const name of ['empty.html', 'empty.txt']) {
      writeFileSync(join(d, name), '');
      const r = run('annotate', join(d, name));
      expect([r.status, r.stderr]).toEqual([0, '']);
      expect(JSON.parse(r.stdout).mentions).toEqual([]);
    }
  });

  it('refuses input over its limit with a message, from a file or standard input, before reading it all', () => {
    const d = tempFolder('siyaq-cli-');
    const big = join(d, 'big.txt');
    writeFileSync(big, Buffer.alloc(17 * 1024 * 1024, 0x20));
    const r = run('annotate', big);
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/big\.txt is larger than the 16 MB siyaq annotate reads \(17\.0 MB\); split it/);
    const piped = spawnSync('node', [CLI, 'annotate', '-'], {
      input: Buffer.alloc(17 * 1024 * 1024, 0x20),
      encoding: 'utf8',
    });
    expect(piped.status).toBe(1);
    expect(piped.stderr).toMatch(/standard input is larger than the 16 MB/);
  });

  it('ends quietly when the reader of its output stops early (EPIPE)', () => {
    // Output far larger than a pipe's buffer, so the write fails once `head` has gone.
    const d = tempFolder('siyaq-cli-');
    writeFileSync(join(d, 'long.txt'), `${ARTICLE}\n`.repeat(5000));
    const r = spawnSync(
      'bash',
      ['-c', `set -o pipefail; node ${CLI} annotate ${join(d, 'long.txt')} | head -c 10 >/dev/null`],
      {
        encoding: 'utf8',
      },
    );
    expect([r.status, r.stderr]).toEqual([0, '']);
  });
});

describe('siyaq: version, help, standard input, UTF-16', () => {
  it('says its version and gives help for a command', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const v = run('--version');
    expect([v.status, v.stdout.trim()]).toEqual([0, `siyaq ${pkg.version}`]);
    const help = run('annotate', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('siyaq annotate <file.txt|file.html|->');
  });

  it('reads standard input with -', () => {
    const text = 'وقال رئيس الوزراء العراقي مصطفى الكاظمي إن الحوار مستمر.';
    const r = spawnSync('node', [CLI, 'annotate', '-', '--date', '2021-04-08'], {
      input: text,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { mentions: { surface: string }[] };
    expect(out.mentions.map((m) => m.surface)).toContain('مصطفى الكاظمي');
  });

  it('reads UTF-16 files with a byte-order mark, either byte order', () => {
    const text = 'وقال رئيس الوزراء العراقي مصطفى الكاظمي إن الحوار مستمر.';
    const d = tempFolder('siyaq-utf16-');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    be[0] = 0xfe;
    be[1] = 0xff;
    for (const [name, bytes] of [
      ['le.txt', le],
      ['be.txt', be],
    ] as const) {
      writeFileSync(join(d, name), bytes);
      const out = json('annotate', join(d, name));
      expect(out.mentions.map((m: { surface: string }) => m.surface)).toContain('مصطفى الكاظمي');
    }
  });
});

describe('siyaq pack check', () => {
  const cite = (source: string, quote = 'Prose that states the fact in a sentence.') => [{ source, quote }];
  const person = (id: string, extra: object = {}) => ({
    type: 'person',
    id,
    label: { ar: 'اسم', en: 'Name' },
    description: { ar: 'وصف', en: 'Description' },
    descriptionCite: cite('web-news'),
    wikidata: null,
    noWikidata: 'no item',
    aliases: [{ text: `اسم ${id}`, lang: 'ar' }],
    subtype: 'politician',
    ...extra,
  });
  const source = (id: string, tier: number, url: string) => ({
    id,
    kind: 'web',
    tier,
    outlet: null,
    title: 't',
    date: null,
    url,
  });
  function dir(files: Record<string, unknown>): string {
    const d = tempFolder('siyaq-facts-');
    for (const [name, data] of Object.entries(files)) writeFileSync(join(d, name), JSON.stringify(data));
    return d;
  }

  it('passes a clean directory', () => {
    const d = dir({
      'a.json': { sources: [source('web-news', 2, 'https://www.reuters.com/a')], records: [person('p-one')] },
    });
    const r = run('pack', 'check', d);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 records, 1 sources, 0 problem(s)');
  });

  it('reports every problem with its file and JSON path, and exits 1', () => {
    const d = dir({
      'a.json': {
        sources: [
          source('web-news', 2, 'https://www.reuters.com/a'),
          source('web-mirror', 2, 'https://www.wikizero.net/x'),
          source('web-wiki', 3, 'https://en.wikipedia.org/wiki/X'),
        ],
        records: [
          person('p-one', {
            roles: [{ title: { ar: 'وزير', en: 'Minister' }, start: '2020', cite: cite('web-wiki') }],
          }),
        ],
      },
      'b.json': {
        records: [
          person('p-two', {
            descriptionCite: undefined,
            wikidata: null,
            noWikidata: undefined,
            statements: [
              { text: { ar: 'ت', en: 's' }, cite: cite('web-news', 'Term Start2: 5 December 2003') },
            ],
          }),
          { ...person('p-three'), aliases: 'none' },
        ],
      },
    });
    const r = run('pack', 'check', d);
    expect(r.status).toBe(1);
    for (const line of [
      'a.json: sources[1] (web-mirror): wikizero.net is on the deny list',
      'a.json: records[0] (p-one): roles[0] (its span) rests on tier-3 sources alone',
      'b.json: records[0] (p-two): descriptionCite: the description cites no source',
      'b.json: records[0] (p-two): noWikidata: wikidata is null and nothing says why',
      'b.json: records[0] (p-two): statements[0]: the quote from web-news is an infobox field',
      'b.json: records[1].aliases: Invalid type',
    ])
      expect(r.stdout).toContain(line);
  });
});
