/** Dates and counts as a claim card shows them, in Arabic and English. */
import { MONTH_NAMES_AR, MONTH_NAMES_EN } from '../arabic/month-names';
import type { Qualifier } from '../facts/schema';

export type Bi = { readonly ar: string; readonly en: string };

/** "2020-01-05" → «5 يناير 2020» / "5 January 2020"; coarser dates print coarser. */
export function formatDay(d: string): Bi {
  const [y, m, day] = d.split('-');
  if (!m) return { ar: y!, en: y! };
  const i = Number(m) - 1;
  const ar = `${MONTH_NAMES_AR[i]} ${y}`;
  const en = `${MONTH_NAMES_EN[i]} ${y}`;
  return day ? { ar: `${Number(day)} ${ar}`, en: `${Number(day)} ${en}` } : { ar, en };
}

/** Weekday names, 0 = Sunday. */
export const WEEKDAY_NAMES: readonly Bi[] = [
  { ar: 'الأحد', en: 'Sunday' },
  { ar: 'الإثنين', en: 'Monday' },
  { ar: 'الثلاثاء', en: 'Tuesday' },
  { ar: 'الأربعاء', en: 'Wednesday' },
  { ar: 'الخميس', en: 'Thursday' },
  { ar: 'الجمعة', en: 'Friday' },
  { ar: 'السبت', en: 'Saturday' },
];

/** How a qualifier reads before a number; the card's figures use the same words. */
export const QUALIFIER_WORDS: Readonly<Record<Qualifier, Bi>> = {
  exact: { ar: '', en: '' },
  'more-than': { ar: 'أكثر من', en: 'more than' },
  'at-least': { ar: 'ما لا يقل عن', en: 'at least' },
  about: { ar: 'نحو', en: 'about' },
  'up-to': { ar: 'حتى', en: 'up to' },
  'less-than': { ar: 'أقل من', en: 'fewer than' },
};

// Grouped by hand: toLocaleString is slow enough to show in a page's annotation time.
const g = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 2000–3000 {جندي, troops} → «بين 2,000 و3,000 جندي» / "between 2,000 and 3,000 troops". */
export function formatRange(min: number, max: number, unit: Bi): Bi {
  return {
    ar: `بين ${g(min)} و${g(max)} ${unit.ar}`.trim(),
    en: `between ${g(min)} and ${g(max)} ${unit.en}`.trim(),
  };
}

/** 15, more-than, {صاروخ, missiles} → «أكثر من 15 صاروخ» / "more than 15 missiles". */
export function formatQuantity(value: number, qualifier: Qualifier, unit: Bi): Bi {
  const q = QUALIFIER_WORDS[qualifier];
  const n = g(value);
  const join = (...parts: string[]) => parts.filter(Boolean).join(' ');
  return { ar: join(q.ar, n, unit.ar), en: join(q.en, n, unit.en) };
}
