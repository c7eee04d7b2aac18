/** The store packages and the source package (npm run build makes them before the unit tests run). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');

/** Every entry of a zip, read through its central directory, inflated. */
function readZip(path: string): Map<string, Buffer> {
  const zip = readFileSync(path);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const packedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const packed = zip.subarray(dataStart, dataStart + packedSize);
    const data = method === 8 ? inflateRawSync(packed) : packed;
    expect(data.length, name).toBe(size);
    out.set(name, data);
    at += 46 + nameLength + extra;
  }
  return out;
}

describe.each(['chrome', 'firefox'])('dist/siyaq-%s.zip', (browser) => {
  const files = readZip(join(DIST, `siyaq-${browser}.zip`));
  const manifest = JSON.parse(String(files.get('manifest.json')));

  it('holds every file its manifest names, at the root', () => {
    const named = [
      ...Object.values(manifest.icons as Record<string, string>),
      ...Object.values(manifest.action.default_icon as Record<string, string>),
      manifest.action.default_popup,
      manifest.options_ui.page,
      ...(manifest.content_scripts as { js: string[]; css?: string[] }[]).flatMap((c) => [
        ...c.js,
        ...(c.css ?? []),
      ]),
      ...(manifest.background.service_worker
        ? [manifest.background.service_worker]
        : manifest.background.scripts),
      'welcome.html',
      'notes.html',
      'icons/icon-off-16.png',
      'icons/icon-off-32.png',
      '_locales/ar/messages.json',
      '_locales/en/messages.json',
      'packs/index.json',
    ];
    for (const f of named) expect(files.has(f), f).toBe(true);
  });

  it('carries no source maps, icon sources or test hooks', () => {
    for (const name of files.keys()) expect(name).not.toMatch(/\.map$|^icons\/src\/|\.ts$/);
    // The DOM events test builds answer (pages can dispatch them) are not in a release build.
    for (const hook of [
      'siyaq:command-request',
      'siyaq:summary-request',
      'siyaq:status-request',
      'siyaq:bg-request',
      'siyaq:ask-tab-request',
      'siyaq:reveal-request',
      'siyaq:test-command',
      'siyaq:test-ask-tab',
    ])
      for (const script of ['content.js', 'background.js'])
        expect(String(files.get(script)), hook).not.toContain(hook);
  });
});

describe('dist/siyaq-source.zip', () => {
  const files = readZip(join(DIST, 'siyaq-source.zip'));

  it('holds what a reviewer needs to rebuild the extension, and nothing built or installed', () => {
    for (const f of [
      'package.json',
      'package-lock.json',
      'build.mjs',
      'manifest.json',
      'README.md',
      'src/content/main.ts',
    ])
      expect(files.has(f), f).toBe(true);
    for (const name of files.keys()) expect(name).not.toMatch(/^(node_modules|dist|out)\//);
    expect(String(files.get('manifest.json'))).toBe(readFileSync(join(DIST, '../manifest.json'), 'utf8'));
  });
});
