/**
 * Debian's Chromium with the extension loaded, via playwright-core. The news
 * domain is mapped to the local server with --host-resolver-rules, so the
 * extension's real content-script match patterns apply.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { DEMO_HOST } from './server';

export const CHROMIUM_PATH = process.env.SIYAQ_CHROMIUM ?? '/usr/bin/chromium';

/** Chromium with the extension in `extensionDir` (null: without it, the baseline for benchmarks). */
export async function launchChromium(
  extensionDir: string | null,
  opts: { headless: boolean /** A profile to reuse (kept on close): a browser restart. */; profile?: string },
): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set SIYAQ_CHROMIUM)`,
    );
  }
  const ext = extensionDir && resolve(extensionDir);
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'siyaq-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless,
    viewport: { width: 1100, height: 900 },
    locale: 'ar',
    args: [
      ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []),
      `--host-resolver-rules=MAP ${DEMO_HOST} 127.0.0.1`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.on('close', () => {
    if (opts.profile) return; // the caller's profile outlives this browser
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {
      // The browser may still be writing its profile; a leftover temporary folder is harmless.
    }
  });
  return context;
}
