/**
 * Sites as the permissions API sees them. The built-in news sites are content-script match
 * patterns (some with a path: «*://www.bbc.com/arabic*»); browsers report the granted host
 * permissions as origins («*://www.bbc.com/*»). A granted origin is the reader's own only when
 * no built-in pattern has its host: otherwise the built-in script already covers what it should,
 * and a second script on the whole host would run Siyaq on BBC's English pages too.
 */

/** The host part of a match pattern or origin: «*.rudaw.net» from «*://*.rudaw.net/arabic*». */
export function patternHost(pattern: string): string | null {
  return /^(?:\*|https?):\/\/([^/]+)\//.exec(pattern)?.[1] ?? null;
}

/** The granted origins that are the reader's additions, not the built-in sites' own grants. */
export function userOrigins(granted: readonly string[], builtIn: readonly string[]): string[] {
  const builtInHosts = new Set(builtIn.map(patternHost));
  return granted.filter((o) => {
    const host = patternHost(o);
    return host !== null && !builtInHosts.has(host);
  });
}

/** The built-in news sites: the manifest's content-script match patterns, each once. */
export function builtInSites(manifest: { content_scripts?: { matches?: string[] }[] }): string[] {
  return [...new Set(manifest.content_scripts?.flatMap((c) => c.matches ?? []) ?? [])];
}
