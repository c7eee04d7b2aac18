/** Debian's Firefox ESR through puppeteer-core over WebDriver BiDi, with the news domain sent to localhost. */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const FIREFOX = process.env.SIYAQ_FIREFOX ?? '/usr/bin/firefox-esr';

export async function launchFirefox(
  prefs: Record<string, unknown> = {},
  env: Record<string, string> = {},
): Promise<Browser> {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr (or set SIYAQ_FIREFOX)`);
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: { ...process.env, ...env },
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'dom.security.https_first': false,
      'network.dns.disableIPv6': true,
      ...prefs,
    },
  });
}

/**
 * The first-run page a fresh install opens, found by what the page itself says its address is
 * (BiDi reports about:blank for extension pages); null if none opened within `ms`.
 */
export async function welcomePage(browser: Browser, ms = 15_000): Promise<Page | null> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    for (const p of await browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.endsWith('/welcome.html')) return p;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return null;
}

/**
 * Installs the extension afresh and closes the first-run page it opens: opened late, it would
 * take the foreground from a page a test is driving with the mouse.
 */
export async function installFresh(browser: Browser, dir: string): Promise<void> {
  await browser.installExtension(dir);
  const welcome = await welcomePage(browser);
  if (!welcome) throw new Error('the first-run page did not open on install');
  await welcome.close();
}
