/** Settings from storage are validated: values that fit are kept, anything else falls back to its default. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  enabledOn,
  exportSettings,
  importSettings,
  parseSettings,
  siteOf,
} from '../../src/settings';

describe('parseSettings', () => {
  it('keeps what fits', () => {
    const raw = {
      enabled: false,
      disabledSites: ['example.org'],
      lang: 'en',
      dwellMs: 600,
      types: ['person', 'event'],
      density: 'first',
      claims: false,
      theme: 'dark',
      textSize: 130,
    };
    expect(parseSettings(raw)).toEqual(raw);
  });

  it.each([
    [{}, DEFAULT_SETTINGS],
    [{ lang: 'fr' }, DEFAULT_SETTINGS],
    [{ dwellMs: -5 }, DEFAULT_SETTINGS],
    [{ dwellMs: 99999 }, DEFAULT_SETTINGS],
    [{ dwellMs: '300' }, DEFAULT_SETTINGS],
    [{ disabledSites: 'example.org' }, DEFAULT_SETTINGS],
    [{ disabledSites: [1, 2] }, DEFAULT_SETTINGS],
    [{ disabledSites: ['<script>'] }, DEFAULT_SETTINGS],
    [{ types: ['person', 'alien'] }, DEFAULT_SETTINGS],
    [{ density: 'some' }, DEFAULT_SETTINGS],
    [{ theme: 'neon' }, DEFAULT_SETTINGS],
    [{ textSize: 101 }, DEFAULT_SETTINGS],
    [{ enabled: 'yes' }, DEFAULT_SETTINGS],
    [
      { lang: 'en', dwellMs: 'x' },
      { ...DEFAULT_SETTINGS, lang: 'en' },
    ],
  ])('falls back field by field for %j', (raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });

  it('has Siyaq on, Arabic, every type, claims and a short dwell by default', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      enabled: true,
      disabledSites: [],
      lang: 'ar',
      dwellMs: 350,
      types: ['person', 'organization', 'place', 'event'],
      density: 'all',
      claims: true,
      theme: 'system',
      textSize: 100,
    });
  });
});

describe('settings files', () => {
  it('round-trips every setting', () => {
    const s = parseSettings({ lang: 'en', density: 'claims', disabledSites: ['a.example'], textSize: 90 });
    expect(importSettings(exportSettings(s))).toEqual({ ok: true, settings: s });
  });

  it('takes a file that sets only some settings', () => {
    expect(importSettings('{"siyaqSettings":1,"settings":{"theme":"light"}}')).toEqual({
      ok: true,
      settings: { theme: 'light' },
    });
  });

  it.each([
    ['not json', /^not JSON/],
    ['[]', /siyaqSettings|object/i],
    ['{"settings":{}}', /siyaqSettings/],
    ['{"siyaqSettings":2,"settings":{}}', /siyaqSettings/],
    ['{"siyaqSettings":1,"settings":{"dwellMs":-1}}', /^settings\.dwellMs:/],
    ['{"siyaqSettings":1,"settings":{"types":["alien"]}}', /^settings\.types\.0:/],
    ['{"siyaqSettings":1,"settings":{"colour":"red"}}', /colour/],
  ])('refuses %s whole, saying what is wrong', (text, error) => {
    const r = importSettings(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });
});

describe('enabledOn', () => {
  it('needs Siyaq on everywhere and not off on the site', () => {
    expect(enabledOn(DEFAULT_SETTINGS, 'a.example')).toBe(true);
    expect(enabledOn({ ...DEFAULT_SETTINGS, enabled: false }, 'a.example')).toBe(false);
    expect(enabledOn({ ...DEFAULT_SETTINGS, disabledSites: ['a.example'] }, 'a.example')).toBe(false);
    expect(enabledOn({ ...DEFAULT_SETTINGS, disabledSites: ['a.example'] }, 'b.example')).toBe(true);
  });
});

describe('siteOf', () => {
  it('names the host of an address or an origin', () => {
    expect(siteOf('https://www.a.example/news/1?x=2#p')).toBe('www.a.example');
    expect(siteOf('http://a.example:8080')).toBe('a.example');
  });

  it('has no site for an address without a host, an opaque origin, or nothing', () => {
    for (const address of ['about:blank', 'about:srcdoc', 'data:text/html,x', 'null', '', undefined])
      expect(siteOf(address)).toBe('');
  });
});
