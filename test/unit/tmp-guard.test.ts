/**
 * The globalSetup that keeps test runs from leaving temporary files: each run writes in a
 * folder of its own, and a run that leaves anything there fails, naming it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import setup from '../setup/tmp-guard';

const ROOT = join(import.meta.dirname, '../..');
const GUARD = join(ROOT, 'test/setup/tmp-guard.ts');
const VITEST = join(ROOT, 'node_modules/vitest/vitest.mjs');

const folders: string[] = [];
afterEach(() => {
  for (const d of folders.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('tmp-guard, in this process', () => {
  it('gave this run a temporary folder of its own (vitest.config.ts)', () => {
    expect(basename(tmpdir())).toMatch(/^siyaq-run-/);
    expect(dirname(tmpdir())).not.toMatch(/siyaq-run-/);
  });

  it('points TMPDIR at a new folder of its own, and removes it when nothing is left', () => {
    const outer = tmpdir();
    const teardown = setup();
    const folder = tmpdir();
    try {
      expect(dirname(folder)).toBe(outer);
      expect(basename(folder)).toMatch(/^siyaq-run-/);
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      teardown();
    }
    expect(tmpdir()).toBe(outer);
    expect(existsSync(folder)).toBe(false);
  });

  it('throws naming what was left, and still removes the folder', () => {
    const exitCode = process.exitCode;
    const teardown = setup();
    const folder = tmpdir();
    mkdirSync(join(folder, 'siyaq-chromium-abc'));
    writeFileSync(join(folder, 'siyaq-chromium-abc', 'Cookies'), '');
    mkdirSync(join(folder, 'puppeteer_dev_firefox_profile-xyz'));
    try {
      expect(teardown).toThrow(
        /left 2 temporary file\(s\).*: puppeteer_dev_firefox_profile-xyz, siyaq-chromium-abc$/,
      );
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = exitCode;
    }
    expect(existsSync(folder)).toBe(false);
  });
});

describe('tmp-guard, as a Vitest globalSetup', () => {
  /** Runs Vitest on one test file that makes a temporary folder (and removes it if `tidy`). */
  function vitestRun(tidy: boolean) {
    const dir = mkdtempSync(join(tmpdir(), 'siyaq-guard-test-'));
    folders.push(dir);
    writeFileSync(
      join(dir, 'vitest.config.mjs'),
      `export default { test: { include: ['*.test.mjs'], globals: true, globalSetup: [${JSON.stringify(GUARD)}] } };`,
    );
    writeFileSync(
      join(dir, 'temp.test.mjs'),
      `import { mkdtempSync, rmSync } from 'node:fs';
       import { tmpdir } from 'node:os';
       import { join } from 'node:path';
       test('makes a temporary folder', () => {
         const d = mkdtempSync(join(tmpdir(), 'siyaq-chromium-'));
         if (${tidy}) rmSync(d, { recursive: true });
       });`,
    );
    return spawnSync(process.execPath, [VITEST, 'run', '--root', dir, '-c', join(dir, 'vitest.config.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, CI: '1' },
    });
  }

  it('fails a run whose test leaves a temporary folder, naming it, and leaves nothing itself', () => {
    const r = vitestRun(false);
    expect(r.status).toBe(1);
    const left = /left 1 temporary file\(s\) in (\S+) \(removed now\): siyaq-chromium-\w+/.exec(r.stderr);
    expect(left?.[1]).toMatch(/siyaq-run-/);
    expect(existsSync(left?.[1] ?? '')).toBe(false);
  });

  it('passes a run that cleans up after itself', () => {
    const r = vitestRun(true);
    expect(r.stderr).not.toMatch(/temporary file/);
    expect(r.status).toBe(0);
  });
});
