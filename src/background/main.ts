/**
 * Background (service worker in Chrome, event page in Firefox): keeps the
 * toolbar badge in step with each tab's mention count, and registers the
 * content script on sites the user granted from the popup. Listeners are
 * registered synchronously at top level, as MV3 requires.
 */
import browser from 'webextension-polyfill';
import { parseMessage } from '../messages';

export const USER_SITES_SCRIPT = 'siyaq-user-sites';

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  const msg = parseMessage(raw);
  if (msg?.type !== 'siyaq:count' || sender.tab?.id === undefined) return undefined;
  const tabId = sender.tab.id;
  void browser.action.setBadgeText({ tabId, text: msg.count ? String(Math.min(msg.count, 999)) : '' });
  void browser.action.setBadgeBackgroundColor({ tabId, color: '#0e746e' });
  return undefined;
});

/** Origins the user granted beyond the built-in news sites, as content-script match patterns. */
async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const builtIn = new Set(
    browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [],
  );
  return origins.filter((o) => !builtIn.has(o));
}

export async function syncUserSites(): Promise<void> {
  const origins = await grantedOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT] });
  if (!origins.length) return;
  await browser.scripting.registerContentScripts([
    {
      id: USER_SITES_SCRIPT,
      matches: origins,
      js: ['content.js'],
      css: ['highlights.css'],
      runAt: 'document_idle',
    },
  ]);
}

browser.permissions.onAdded.addListener(() => void syncUserSites());
browser.permissions.onRemoved.addListener(() => void syncUserSites());
browser.runtime.onInstalled.addListener(() => void syncUserSites());
