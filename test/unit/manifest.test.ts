/** The manifest: its commands are commands.ts's, with defaults that leave layout switching alone; its words are localised. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands';
import { boundShortcuts, shortcutLabel } from '../../src/ui/shortcuts';

const ROOT = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
const locale = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, `src/_locales/${lang}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('manifest', () => {
  const commands = manifest.commands as Record<string, { suggested_key?: { default?: string } }>;

  it('declares exactly the commands the background handles', () => {
    expect(Object.keys(commands).sort()).toEqual([...COMMANDS].sort());
  });

  it('suggests keys that are not the Windows layout switch (Alt+Shift, Ctrl+Shift) and are all different', () => {
    const keys = Object.values(commands).map((c) => c.suggested_key?.default ?? '');
    for (const key of keys) {
      expect(key).toMatch(/^(Alt|Ctrl)\+/); // what both browsers accept
      expect(key).not.toMatch(/Shift/);
    }
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeLessThanOrEqual(4); // Chrome suggests at most four
  });

  it('loads the content script into top frames and frame.js into every frame, on the same sites', () => {
    const scripts = manifest.content_scripts as {
      matches: string[];
      js: string[];
      all_frames?: boolean;
      match_about_blank?: boolean;
    }[];
    const top = scripts.find((c) => c.js.includes('content.js'));
    const frames = scripts.find((c) => c.js.includes('frame.js'));
    expect(top?.all_frames ?? false).toBe(false);
    expect(frames).toMatchObject({ all_frames: true, match_about_blank: true });
    expect(frames?.matches).toEqual(top?.matches);
  });

  it('has every __MSG_…__ it names in both locales', () => {
    const names = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] as string);
    expect(names.length).toBeGreaterThan(3);
    for (const lang of ['ar', 'en']) {
      const messages = locale(lang);
      for (const name of names) expect(messages[name]?.message, `${lang}: ${name}`).toBeTruthy();
    }
    expect(Object.keys(locale('ar')).sort()).toEqual(Object.keys(locale('en')).sort());
  });
});

describe('shortcutLabel', () => {
  it('writes the keys browsers name by word as people read them', () => {
    expect(shortcutLabel('Alt+Period')).toBe('Alt+.');
    expect(shortcutLabel('Alt+Comma')).toBe('Alt+,');
    expect(shortcutLabel('Ctrl+Shift+P')).toBe('Ctrl+Shift+P');
  });
});

describe('boundShortcuts', () => {
  it('keeps our commands that have keys, labelled; a failing browser API gives none', async () => {
    const all = async () => [
      { name: 'next-mention', shortcut: 'Alt+Period' },
      { name: 'previous-mention', shortcut: '' },
      { name: '_execute_action', shortcut: 'Alt+S' },
    ];
    expect(await boundShortcuts(all)).toEqual({ 'next-mention': 'Alt+.' });
    expect(await boundShortcuts(() => Promise.reject(new Error('no API')))).toEqual({});
  });
});
