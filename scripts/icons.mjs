// Renders icons/src/*.svg to the PNGs in icons/ with Debian's Chromium: `npm run icons`.
// The PNGs are committed; run this after changing an SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const icons = new URL('../icons/', import.meta.url);

/** size: the PNG's pixels; inset: transparent padding on each side, the artwork filling the rest. */
const OUTPUTS = [
  // 16 and 32 are both the toolbar icon (1x and 2x screens), too small for the whole word: the letter.
  { src: 'icon-small.svg', file: 'icon-16.png', size: 16, inset: 0 },
  { src: 'icon-small.svg', file: 'icon-32.png', size: 32, inset: 0 },
  { src: 'icon.svg', file: 'icon-48.png', size: 48, inset: 0 },
  // Chrome Web Store: 96 px artwork with 16 px of transparent padding.
  { src: 'icon.svg', file: 'icon-128.png', size: 128, inset: 16 },
  // What the background script shows on a site where Siyaq is off.
  { src: 'icon-off.svg', file: 'icon-off-16.png', size: 16, inset: 0 },
  { src: 'icon-off.svg', file: 'icon-off-32.png', size: 32, inset: 0 },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { src, file, size, inset } of OUTPUTS) {
    const svg = readFileSync(new URL(`src/${src}`, icons), 'utf8');
    const art = size - 2 * inset;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}` +
        `svg{display:block;width:${art}px;height:${art}px;margin:${inset}px}</style>${svg}`,
    );
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    writeFileSync(new URL(file, icons), png);
    console.log(`icons/${file} (${size}×${size}) from icons/src/${src}`);
  }
} finally {
  await browser.close();
}
