/** The built Firefox package passes Mozilla's linter with no errors. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

describe('web-ext lint', () => {
  it('reports no errors for dist/firefox', () => {
    const out = execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/web-ext/bin/web-ext.js'),
        'lint',
        '--source-dir',
        join(ROOT, 'dist/firefox'),
        '--output=json',
        '--no-input',
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const report = JSON.parse(out);
    expect(report.errors).toEqual([]);
    // Preact's own code mentions innerHTML (for dangerouslySetInnerHTML, which Siyaq never uses);
    // anything else is new and must be looked at.
    const warnings = report.warnings.map((w: { code: string; file?: string }) =>
      `${w.code} ${w.file ?? ''}`.trim(),
    );
    expect(
      warnings.filter(
        (w: string) => !/^UNSAFE_VAR_ASSIGNMENT (card-ui|popup|notes|options|welcome)\.js$/.test(w),
      ),
    ).toEqual([]);
  });
});
