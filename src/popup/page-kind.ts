/** Where the popup was opened: a web page Siyaq can read, or a page browsers close to extensions. */
export type PageKind =
  | { readonly kind: 'web'; readonly host: string; readonly origin: string }
  | { readonly kind: 'closed'; readonly why: 'browser' | 'store' | 'file' };

/** Extension galleries: both browsers keep every extension out of them. */
const STORES = [/^chromewebstore\.google\.com$/, /^chrome\.google\.com$/, /^addons\.mozilla\.org$/];

export function pageKind(url: string | undefined): PageKind {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return { kind: 'closed', why: 'browser' };
  }
  if (u.protocol === 'file:') return { kind: 'closed', why: 'file' };
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { kind: 'closed', why: 'browser' };
  if (STORES.some((s) => s.test(u.hostname))) return { kind: 'closed', why: 'store' };
  return { kind: 'web', host: u.hostname, origin: `${u.protocol}//${u.hostname}/*` };
}
