/**
 * Debian's Chromium with the extension loaded, via playwright-core. The news
 * domain is mapped to the local server with --host-resolver-rules, so the
 * extension's real content-script match patterns apply.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
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
  const remove = () => removeProfile(profile);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
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
  } catch (e) {
    if (!opts.profile) await remove();
    throw e;
  }
  if (opts.profile) return context; // the caller's profile outlives this browser
  // The 'close' event fires while Chromium is still running and writing its profile; close()
  // resolves once the process has exited. So the profile goes after close(), whoever closed the
  // browser first (a window the reader closed: the caller then calls close() too).
  const close = context.close.bind(context);
  let removed: Promise<void> | undefined;
  context.close = async (options) => {
    await close(options);
    removed ??= remove();
    await removed;
  };
  return context;
}

/** Removes a temporary profile, retrying while a late writer (the crash handler) finishes. */
async function removeProfile(dir: string): Promise<void> {
  try {
    await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch (e) {
    console.warn(`Siyaq: could not remove the browser profile ${dir}: ${(e as Error).message}`);
  }
}
