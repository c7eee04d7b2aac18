/**
 * Content-script size, minified and gzipped, with and without the bundled fact data
 * (DESIGN.md §5 budget: ≤ 60 KB not counting fact data). Built in memory with the
 * same options as build.mjs; the "without data" build swaps every fact file for an empty one.
 */
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const emptyFacts: Plugin = {
  name: 'empty-facts',
  setup(b) {
    b.onLoad({ filter: /src\/facts\/[^/]+\.json$/ }, () => ({ contents: '{}', loader: 'json' }));
  },
};

async function gzSize(plugins: Plugin[]): Promise<{ min: number; gz: number }> {
  const out = await build({
    entryPoints: ['src/content/main.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: ['chrome120', 'firefox140'],
    charset: 'utf8',
    legalComments: 'none',
    define: { SIYAQ_TEST_BUILD: 'false' },
    plugins,
  });
  const bytes = out.outputFiles[0]?.contents ?? new Uint8Array();
  return { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
}

export async function contentScriptSizes() {
  const all = await gzSize([]);
  const code = await gzSize([emptyFacts]);
  return {
    contentMinKB: +(all.min / 1024).toFixed(1),
    contentGzKB: +(all.gz / 1024).toFixed(1),
    codeGzKB: +(code.gz / 1024).toFixed(1),
    codeMinKB: +(code.min / 1024).toFixed(1),
  };
}
