/** Dates and counts as a claim card shows them, in Arabic and English. */
import type { Qualifier } from '../facts/schema';

export type Bi = { readonly ar: string; readonly en: string };

const MONTHS_AR = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];
const MONTHS_EN = [
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

function one(d: string): Bi {
  const [y, m, day] = d.split('-');
  if (!m) return { ar: y!, en: y! };
  const i = Number(m) - 1;
  const ar = `${MONTHS_AR[i]} ${y}`;
  const en = `${MONTHS_EN[i]} ${y}`;
  return day ? { ar: `${Number(day)} ${ar}`, en: `${Number(day)} ${en}` } : { ar, en };
}

/** "2020-01-05" → «5 يناير 2020» / "5 January 2020"; "a/b" is a span. */
export function formatDay(value: string): Bi {
  const [a, b] = value.split('/');
  const x = one(a!);
  if (!b) return x;
  const y = one(b);
  return { ar: `${x.ar} – ${y.ar}`, en: `${x.en} – ${y.en}` };
}

const QUALIFIER_WORDS: Record<Qualifier, Bi> = {
  exact: { ar: '', en: '' },
  'more-than': { ar: 'أكثر من ', en: 'more than ' },
  'at-least': { ar: 'ما لا يقل عن ', en: 'at least ' },
  about: { ar: 'نحو ', en: 'about ' },
  'up-to': { ar: 'حتى ', en: 'up to ' },
  'less-than': { ar: 'أقل من ', en: 'fewer than ' },
};

/** 15, more-than, {صاروخ, missiles} → «أكثر من 15 صاروخ» / "more than 15 missiles". */
export function formatQuantity(value: number, qualifier: Qualifier, unit: Bi): Bi {
  const q = QUALIFIER_WORDS[qualifier];
  const n = value.toLocaleString('en-US');
  return { ar: `${q.ar}${n} ${unit.ar}`.trim(), en: `${q.en}${n} ${unit.en}`.trim() };
}
