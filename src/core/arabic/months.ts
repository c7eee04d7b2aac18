/**
 * Gregorian month names as Arabic media write them, already folded (أ→ا, ة→ه, ى→ي):
 * Egypt and the Gulf (يناير…), the Levant and Iraq (كانون الثاني…), the Maghreb
 * (جانفي…), and common variants (ابريل, يونيه, اغشت…).
 */
import { foldKey } from './fold';
import { NAMES } from './month-names';

/** Folded month name → month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  NAMES.flatMap((names, i) => names.map((n) => [foldKey(n), i + 1] as const)),
);

/** Folded month names, longest first, for building alternations. */
export const MONTH_NAMES_FOLDED: readonly string[] = [...MONTHS.keys()].sort((a, b) => b.length - a.length);

/** Folded weekday names, so datelines and «أمس الأربعاء» can be read. 0 = Sunday. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  ['الأحد', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].map(
    (n, i) => [foldKey(n), i] as const,
  ),
);
