/**
 * The keyboard commands, declared once. They go through the browser's `commands` API, so readers
 * can rebind them (chrome://extensions/shortcuts, Firefox's "Manage Extension Shortcuts"); the
 * manifest's `commands` must name exactly these (a unit test checks). Defaults avoid Alt+Shift,
 * which switches the keyboard layout on Windows: Arabic–English bilinguals press it all day.
 */
export const COMMANDS = ['next-mention', 'previous-mention', 'add-note'] as const;
export type Command = (typeof COMMANDS)[number];

export function isCommand(x: unknown): x is Command {
  return (COMMANDS as readonly unknown[]).includes(x);
}
