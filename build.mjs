// Builds Siyaq: the `siyaq` command (dist/cli). Later issues add the extension bundles.
import { build } from 'esbuild';

const common = { bundle: true, logLevel: 'warning', legalComments: 'none', charset: 'utf8' };

await build({
  ...common,
  entryPoints: { 'cli/siyaq': 'src/cli/siyaq.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
});

// The benchmark runs the same core as shipped, bundled like the CLI.
await build({
  ...common,
  entryPoints: { 'bench/bench': 'test/bench/bench.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  platform: 'node',
  format: 'esm',
  target: 'node20',
});
