/** Settings from storage are validated: values that fit are kept, anything else falls back to its default. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/settings';

describe('parseSettings', () => {
  it('keeps what fits', () => {
    expect(parseSettings({ disabledSites: ['example.org'], lang: 'en', dwellMs: 600 })).toEqual({
      disabledSites: ['example.org'],
      lang: 'en',
      dwellMs: 600,
    });
  });

  it.each([
    [{}, DEFAULT_SETTINGS],
    [{ lang: 'fr' }, DEFAULT_SETTINGS],
    [{ dwellMs: -5 }, DEFAULT_SETTINGS],
    [{ dwellMs: 99999 }, DEFAULT_SETTINGS],
    [{ dwellMs: '300' }, DEFAULT_SETTINGS],
    [{ disabledSites: 'example.org' }, DEFAULT_SETTINGS],
    [{ disabledSites: [1, 2] }, DEFAULT_SETTINGS],
    [
      { lang: 'en', dwellMs: 'x' },
      { ...DEFAULT_SETTINGS, lang: 'en' },
    ],
  ])('falls back field by field for %j', (raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });

  it('has Arabic and a short dwell by default', () => {
    expect(DEFAULT_SETTINGS).toEqual({ disabledSites: [], lang: 'ar', dwellMs: 350 });
  });
});
