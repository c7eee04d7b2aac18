/**
 * Gregorian month names as Arabic media write them: Egypt and the Gulf (يناير…), the Levant and
 * Iraq (كانون الثاني…), the Maghreb (جانفي…), and common variants. No folding here, so views
 * (and the thin content script) can show month names without the folding tables.
 */
export const NAMES: readonly (readonly string[])[] = [
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
