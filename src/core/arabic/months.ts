/**
 * Gregorian month names as Arabic media write them, already folded (أ→ا, ة→ه, ى→ي):
 * Egypt and the Gulf (يناير…), the Levant and Iraq (كانون الثاني…), the Maghreb
 * (جانفي…), and common variants (ابريل, يونيه, اغشت…).
 */
import { foldKey } from './fold';

const NAMES: readonly (readonly string[])[] = [
  ['يناير', 'كانون الثاني', 'جانفي'],
  ['فبراير', 'شباط', 'فيفري'],
  ['مارس', 'آذار'],
  ['أبريل', 'إبريل', 'ابريل', 'نيسان', 'أفريل'],
  ['مايو', 'أيار', 'ماي'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز'],
  ['أغسطس', 'آب', 'أوت', 'غشت', 'اغشت'],
  ['سبتمبر', 'سيبتمبر', 'أيلول', 'شتنبر'],
  ['أكتوبر', 'تشرين الأول', 'تشرين أول', 'اكتوبر'],
  ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'نونبر'],
  ['ديسمبر', 'كانون الأول', 'كانون أول', 'دجنبر'],
];

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

/** Month names for display: the Egyptian/Gulf forms most Arabic news sites print, and English. */
export const MONTH_NAMES_AR: readonly string[] = NAMES.map((n) => n[0] as string);
export const MONTH_NAMES_EN: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
