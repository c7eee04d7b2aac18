/** The keys bound to Siyaq's commands now (the reader may have changed them), as people read them. */
import { type Command, isCommand } from '../commands';

export type Shortcuts = Partial<Record<Command, string>>;

/** "Alt+Period" as "Alt+.": browsers report some keys by name. */
export function shortcutLabel(shortcut: string): string {
  return shortcut.replace(/\bPeriod\b/g, '.').replace(/\bComma\b/g, ',');
}

/** From `commands.getAll` (passed in: this module stays free of browser APIs, for tests). */
export async function boundShortcuts(
  getAll: () => Promise<readonly { name?: string; shortcut?: string }[]>,
): Promise<Shortcuts> {
  const out: Shortcuts = {};
  for (const c of await getAll().catch(() => []))
    if (c.name && isCommand(c.name) && c.shortcut) out[c.name] = shortcutLabel(c.shortcut);
  return out;
}
