/** Granted origins against the built-in sites' patterns: which sites are the reader's own. */
import { describe, expect, it } from 'vitest';
import { builtInSites, patternHost, userOrigins } from '../../src/sites';

const BUILT_IN = ['*://*.aljazeera.net/*', '*://www.bbc.com/arabic*', '*://*.rudaw.net/arabic*'];

describe('userOrigins', () => {
  it('leaves out the grants of built-in sites, however the browser writes them', () => {
    expect(
      userOrigins(
        ['*://*.aljazeera.net/*', '*://www.bbc.com/*', '*://*.rudaw.net/*', 'https://example.com/*'],
        BUILT_IN,
      ),
    ).toEqual(['https://example.com/*']);
  });

  it('keeps a grant for another host, and drops what is not an origin', () => {
    expect(userOrigins(['http://news.example.org/*', '<all_urls>'], BUILT_IN)).toEqual([
      'http://news.example.org/*',
    ]);
  });

  it('reads the host of patterns and origins', () => {
    expect(patternHost('*://*.rudaw.net/arabic*')).toBe('*.rudaw.net');
    expect(patternHost('https://example.com/*')).toBe('example.com');
    expect(patternHost('<all_urls>')).toBe(null);
  });
});

describe('builtInSites', () => {
  it('lists every content script’s patterns once', () => {
    expect(
      builtInSites({
        content_scripts: [
          { matches: ['*://a.example/*', '*://b.example/*'] },
          { matches: ['*://a.example/*'] },
          {},
        ],
      }),
    ).toEqual(['*://a.example/*', '*://b.example/*']);
    expect(builtInSites({})).toEqual([]);
  });
});
