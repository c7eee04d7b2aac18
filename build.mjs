// Builds Siyaq with esbuild:
//   dist/cli/siyaq.mjs         the `siyaq` command
//   dist/packs                 the bundled fact base as a pack (validated here: an invalid base fails the build)
//   dist/chrome, dist/firefox  the extension, one manifest per browser from the base manifest.json
//   dist/test-chrome, dist/test-firefox   the same with test hooks and source maps, for end-to-end tests
//   dist/siyaq-chrome.zip, dist/siyaq-firefox.zip   store uploads; dist/siyaq-source.zip the source for reviewers
//   dist/bench/bench.mjs       `npm run bench`
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { build } from 'esbuild';

const common = { bundle: true, logLevel: 'warning', legalComments: 'none', charset: 'utf8' };
const nodeTarget = {
  ...common,
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  platform: 'node',
  format: 'esm',
  target: 'node20',
};

// 1. The CLI, then the fact base check: a build with an invalid fact base fails here.
await build({
  ...nodeTarget,
  entryPoints: { 'cli/siyaq': 'src/cli/siyaq.ts' },
  banner: { js: '#!/usr/bin/env node' },
});
// The bundled fact base as a pack, validated as a user's pack would be; copied into each extension.
execFileSync(process.execPath, ['dist/cli/siyaq.mjs', 'pack', '--out', 'dist/packs'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});

await build({ ...nodeTarget, entryPoints: { 'bench/bench': 'test/bench/bench.ts' }, external: ['esbuild'] });
await build({
  ...nodeTarget,
  entryPoints: { 'bench/page-bench': 'test/bench/page-bench.ts' },
  external: ['playwright-core'],
});
// The demo drives a browser: playwright-core stays a runtime import, not bundled.
await build({
  ...nodeTarget,
  entryPoints: { 'demo/main': 'src/demo/main.ts' },
  external: ['playwright-core'],
});

// 2. The extension.
const base = JSON.parse(readFileSync('manifest.json', 'utf8'));

function manifestFor(browser) {
  const m = structuredClone(base);
  // The background injects the card UI into pages of the built-in sites when a card first opens:
  // that needs host access to exactly the sites the content script already runs on.
  m.host_permissions = [...new Set(m.content_scripts.flatMap((c) => c.matches))];
  if (browser === 'chrome') {
    m.background = { service_worker: 'background.js' };
  } else {
    m.background = { scripts: ['background.js'] };
    m.browser_specific_settings = {
      gecko: {
        id: 'siyaq@siyaq-extension',
        // The CSS Custom Highlight API arrived in Firefox 140.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return m;
}

/**
 * The page's highlight styles for `browser`. Chromium (highlight inheritance) gives every element the
 * `::highlight()` styles of its parent, and restyles each element a universal `::highlight()` rule
 * matches whenever that highlight holds a range: on a 1 MB page one registered range made every frame
 * after a page style change about 7–10 ms slower. Rules on :root alone reach every element by
 * inheritance without that cost. Firefox does not inherit them (seen in Firefox ESR), so its build
 * keeps the rules universal. Both are checked on nested and shadow-root text in the end-to-end tests.
 */
function highlightCss(browser) {
  const css = readFileSync('src/content/highlights.css', 'utf8');
  return browser === 'chrome' ? css.replace(/(^|[\s,}])::highlight\(/g, '$1:root::highlight(') : css;
}

async function buildExtension(browser, test) {
  const out = `dist/${test ? 'test-' : ''}${browser}`;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    ...common,
    entryPoints: {
      content: 'src/content/main.ts',
      frame: 'src/content/frame.ts',
      'card-ui': 'src/content/card-ui.ts',
      'notes-ui': 'src/content/notes-ui.ts',
      background: 'src/background/main.ts',
      popup: 'src/popup/main.tsx',
      notes: 'src/notes/main.tsx',
      options: 'src/options/main.tsx',
      welcome: 'src/welcome/main.tsx',
    },
    outdir: out,
    format: 'iife',
    target: ['chrome120', 'firefox140'],
    // Test builds are minified as releases are (benchmarks measure what ships), with source maps.
    minify: true,
    sourcemap: test ? 'linked' : false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: {
      SIYAQ_TEST_BUILD: String(test),
      SIYAQ_HIGHLIGHT_CSS: JSON.stringify(highlightCss(browser)),
    },
  });
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestFor(browser), null, 2)}\n`);
  // icons/src holds the SVG sources of the PNGs: not part of the extension.
  cpSync('icons', join(out, 'icons'), { recursive: true, filter: (path) => !path.startsWith('icons/src') });
  cpSync('src/_locales', join(out, '_locales'), { recursive: true });
  writeFileSync(join(out, 'highlights.css'), highlightCss(browser));
  cpSync('src/popup/popup.html', join(out, 'popup.html'));
  cpSync('src/ui/pages.css', join(out, 'pages.css'));
  cpSync('src/notes/notes.html', join(out, 'notes.html'));
  cpSync('src/options/options.html', join(out, 'options.html'));
  cpSync('src/welcome/welcome.html', join(out, 'welcome.html'));
  cpSync('dist/packs', join(out, 'packs'), { recursive: true });
  return out;
}

for (const browser of ['chrome', 'firefox']) {
  const dir = await buildExtension(browser, false);
  writeZip(dir, `dist/siyaq-${browser}.zip`);
  await buildExtension(browser, true);
}

// The source as reviewers rebuild it (addons.mozilla.org asks for it with minified code): every
// file git tracks. Outside a git checkout (say, unpacked from this very zip) the zip is not made.
function trackedFiles() {
  try {
    return execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0')
      .filter((f) => f && statSync(f, { throwIfNoEntry: false })?.isFile());
  } catch {
    return null;
  }
}
const sources = trackedFiles();
if (sources) writeZip('.', 'dist/siyaq-source.zip', sources);
else console.warn('build: not a git checkout; dist/siyaq-source.zip not made');

function filesUnder(dir) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(dir);
  return files;
}

// A minimal deflate zip writer: enough for store uploads, no dependency.
function writeZip(dir, target, files = filesUnder(dir)) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunks = [];
  const central = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(relative(dir, file).split('\\').join('/'));
    const data = readFileSync(file);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(target, Buffer.concat([...chunks, ...central, end]));
}
