/**
 * The content script's size, minified and gzipped, as build.mjs builds it for release (budget:
 * ≤ 25 KB gzipped; it holds no fact data, which lives in the background's packs).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export function contentScriptSizes(file = 'dist/chrome/content.js') {
  const bytes = readFileSync(file);
  return {
    contentMinKB: +(bytes.length / 1024).toFixed(1),
    contentGzKB: +(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1),
  };
}
