/** The icon PNGs (made by scripts/icons.mjs from icons/src/*.svg): present, the right size, legible. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
  icons: Record<string, string>;
  action: { default_icon: Record<string, string> };
};

interface Png {
  width: number;
  height: number;
  /** 8-bit RGBA, row after row. */
  rgba: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The chunks in file order; IHDR first by the PNG spec. */
function chunks(file: Buffer): { type: string; data: Buffer }[] {
  if (!file.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < file.length; ) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    out.push({ type, data: file.subarray(at + 8, at + 8 + length) });
    at += 12 + length; // length, type, data, CRC
    if (type === 'IEND') break;
  }
  return out;
}

function header(file: Buffer) {
  const ihdr = chunks(file)[0];
  if (ihdr?.type !== 'IHDR') throw new Error('no IHDR first');
  const d = ihdr.data;
  return { width: d.readUInt32BE(0), height: d.readUInt32BE(4), depth: d[8], colour: d[9], interlace: d[12] };
}

/** Decodes 8-bit RGBA non-interlaced PNGs, the kind Chromium's screenshots are; anything else throws. */
function decodePng(file: Buffer): Png {
  const { width, height, depth, colour, interlace } = header(file);
  if (depth !== 8 || colour !== 6 || interlace !== 0) {
    throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
  }
  const idat = Buffer.concat(
    chunks(file)
      .filter((c) => c.type === 'IDAT')
      .map((c) => c.data),
  );
  const raw = inflateSync(idat);
  const stride = width * 4;
  expect(raw.length).toBe(height * (stride + 1));
  const rgba = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? rgba[row + x - 4]! : 0; // left
      const b = y > 0 ? rgba[row - stride + x]! : 0; // up
      const c = x >= 4 && y > 0 ? rgba[row - stride + x - 4]! : 0; // up-left
      let predicted: number;
      if (filter === 0) predicted = 0;
      else if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else throw new Error(`bad filter ${filter} on row ${y}`);
      rgba[row + x] = (v + predicted) & 0xff;
    }
  }
  return { width, height, rgba };
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: readonly number[]): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

function contrast(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The tile is the commonest opaque colour; the glyph is what stands out from it by at least minContrast. */
function analyse(png: Png, minContrast: number) {
  const pixels: number[][] = [];
  for (let i = 0; i < png.rgba.length; i += 4) pixels.push([...png.rgba.subarray(i, i + 4)]);
  const opaque = pixels.filter((p) => p[3] === 255);
  const counts = new Map<string, number>();
  for (const p of opaque) counts.set(p.join(), (counts.get(p.join()) ?? 0) + 1);
  const tile = [...counts]
    .sort((x, y) => y[1] - x[1])[0]![0]
    .split(',')
    .map(Number)
    .slice(0, 3);
  const isGlyph = (p: number[]) => p[3] === 255 && contrast(p, tile) >= minContrast;
  const ink = opaque.reduce((best, p) => (contrast(p, tile) > contrast(best, tile) ? p : best));
  return {
    tile,
    opaqueShare: opaque.length / pixels.length,
    glyphShare: opaque.filter(isGlyph).length / opaque.length,
    /** Which pixels are the glyph's own colour (not its anti-aliased edge), as a string of 0 and 1. */
    mask: pixels.map((p) => (p.join() === ink.join() ? 1 : 0)).join(''),
    best: contrast(ink, tile),
  };
}

const load = (path: string) => readFileSync(join(ROOT, path));

const named = [
  ...Object.entries(manifest.icons).map(([size, path]) => ['icons', size, path]),
  ...Object.entries(manifest.action.default_icon).map(([size, path]) => ['action.default_icon', size, path]),
];
const OFF = { 16: 'icons/icon-off-16.png', 32: 'icons/icon-off-32.png' };

describe('icons', () => {
  it.each(named)('manifest %s: the %s px icon %s exists at that size', (_, size, path) => {
    expect(existsSync(join(ROOT, path))).toBe(true);
    const h = header(load(path));
    expect([h.width, h.height]).toEqual([Number(size), Number(size)]);
  });

  it.each(Object.entries(OFF))('has the off-state icon at %s px: %s', (size, path) => {
    const h = header(load(path));
    expect([h.width, h.height]).toEqual([Number(size), Number(size)]);
  });

  it.each([...new Set(named.map(([, , path]) => path!))])(
    '%s is a teal tile with a legible glyph',
    (path) => {
      const a = analyse(decodePng(load(path)), 4.5);
      expect(a.opaqueShare).toBeGreaterThan(0.45); // a tile, not a transparent or empty image
      expect(a.tile[1]! - a.tile[0]!).toBeGreaterThan(60); // teal: green well above red
      expect(a.best).toBeGreaterThanOrEqual(4.5); // WCAG AA for text
      expect(a.glyphShare).toBeGreaterThan(0.04); // a glyph (the word at 48 px: 6%), not a stray pixel
    },
  );

  it('the 16 px icon: glyph pixels at 4.5:1 or more cover a fifth of the tile', () => {
    const a = analyse(decodePng(load('icons/icon-16.png')), 4.5);
    expect(a.glyphShare).toBeGreaterThan(0.2);
  });

  it.each(Object.values(OFF))('%s is greyed, yet its glyph still reads (3:1)', (path) => {
    const a = analyse(decodePng(load(path)), 3);
    expect(a.opaqueShare).toBeGreaterThan(0.45);
    expect(Math.max(...a.tile) - Math.min(...a.tile)).toBeLessThanOrEqual(8); // no hue left
    expect(a.glyphShare).toBeGreaterThan(0.2);
    // The same letter in the same pixels as the on icon: only the tile's colour changes.
    const on = analyse(decodePng(load(path.replace('-off', ''))), 3);
    expect(a.mask).toBe(on.mask);
  });

  it('keeps its sources as SVG paths that need no font at run time', () => {
    const dir = join(ROOT, 'icons/src');
    const svgs = readdirSync(dir).filter((f) => f.endsWith('.svg'));
    expect(svgs.sort()).toEqual(['icon-off.svg', 'icon-small.svg', 'icon.svg']);
    for (const f of svgs) {
      const svg = readFileSync(join(dir, f), 'utf8');
      expect(svg).toMatch(/<path [^>]*d="M/);
      expect(svg).not.toMatch(/<text|<tspan|font-family|@font-face|<image|href=/);
    }
  });

  it('ships the PNGs in the built extension, not their sources', () => {
    for (const browser of ['chrome', 'firefox']) {
      const icons = readdirSync(join(ROOT, 'dist', browser, 'icons')).sort();
      expect(icons).toEqual(
        readdirSync(join(ROOT, 'icons'))
          .filter((f) => f.endsWith('.png'))
          .sort(),
      );
    }
  });

  it('decodes every filter type the same way (a hand-made PNG with rows of filters 0–4)', () => {
    // 2×5 image; each row uses a different filter, all encoding the same pixels.
    const pixels = [10, 20, 30, 255, 200, 100, 50, 128];
    const rows = [0, 1, 2, 3, 4].map((filter, y) => {
      const prev = y > 0 ? pixels : [0, 0, 0, 0, 0, 0, 0, 0];
      const enc = pixels.map((v, x) => {
        const a = x >= 4 ? pixels[x - 4]! : 0;
        const b = prev[x]!;
        const c = x >= 4 ? prev[x - 4]! : 0;
        const p = a + b - c;
        const paeth =
          Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
            ? a
            : Math.abs(p - b) <= Math.abs(p - c)
              ? b
              : c;
        const predicted = [0, a, b, (a + b) >> 1, paeth][filter]!;
        return (v - predicted) & 0xff;
      });
      return [filter, ...enc];
    });
    const png = decodePng(makePng(2, 5, Buffer.from(rows.flat())));
    expect([...png.rgba]).toEqual(Array.from({ length: 5 }, () => pixels).flat());
  });
});

/** A minimal PNG (CRCs zero: the decoder does not read them). */
function makePng(width: number, height: number, filtered: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(filtered)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
