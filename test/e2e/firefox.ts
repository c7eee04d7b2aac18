/** Debian's Firefox ESR through puppeteer-core over WebDriver BiDi, with the news domain sent to localhost. */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

const FIREFOX = process.env.SIYAQ_FIREFOX ?? '/usr/bin/firefox-esr';

export async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<Browser> {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr (or set SIYAQ_FIREFOX)`);
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'dom.security.https_first': false,
      'network.dns.disableIPv6': true,
      ...prefs,
    },
  });
}
