/**
 * Vitest globalSetup (both configs): a test run keeps its temporary files in a folder of its
 * own, and fails if it leaves any there.
 *
 * Setup makes the folder and points TMPDIR at it before any worker starts, so os.tmpdir() in
 * the tests, and the browsers, web-ext and puppeteer they start, all write there. Teardown
 * lists what is left (browser profiles `siyaq-chromium-*`, extension copies `siyaq-ext-*`,
 * Firefox profiles `puppeteer_dev_firefox_profile-*`, Chromium's own temporary files…),
 * removes the folder, and throws with the list. Runs side by side each check their own folder
 * only, so one run's leftovers never fail another.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const folder = mkdtempSync(join(tmpdir(), 'siyaq-run-'));
  process.env.TMPDIR = folder;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    const left = readdirSync(folder).sort();
    rmSync(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    if (left.length) {
      process.exitCode = 1; // Vitest reports a teardown error but would still exit 0
      throw new Error(
        `the tests left ${left.length} temporary file(s) in ${folder} (removed now): ${left.join(', ')}`,
      );
    }
  };
}
