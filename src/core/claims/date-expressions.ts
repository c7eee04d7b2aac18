/**
 * Dates as Arabic news writes them, read from folded text: «5 يناير/كانون الثاني 2020»,
 * «الخامس من كانون الثاني/يناير من العام 2020», «27 يونيو», «منتصف أكتوبر الماضي»,
 * 3-4-2021, 2021/02/24, and weekdays resolved from the article date («أمس الأربعاء»).
 * Each result is the interval of days it names; a bare year is not read (too often
 * it dates something other than the sentence's event).
 */
import { HIJRI_MONTHS, hijriToGregorian } from '../arabic/hijri';
import { MONTH_NAMES_FOLDED, MONTHS, WEEKDAYS } from '../arabic/months';
import { latest } from '../facts/dates';
import { validDay } from '../page/article-date';
import { MONTH_LEADS, ORDINAL_DAYS } from './lexicon';

export interface DateExpression {
  /** Offsets into the folded text. */
  readonly start: number;
  readonly end: number;
  /** YYYY-MM-DD or YYYY-MM: what the text says, once resolved. */
  readonly value: string;
  /** Resolved from the article date (a weekday, a month without its year). */
  readonly relative: boolean;
  /** Written in the Hijri calendar: converted by Umm al-Qura, a day either way tolerated. */
  readonly hijri?: boolean;
  /** A weekday written right before the date («الأحد 3 يناير 2020»): 0 = Sunday, and where it is. */
  readonly weekday?: { readonly day: number; readonly start: number; readonly end: number };
}

const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

const MONTH = `(${alt(MONTH_NAMES_FOLDED)})`;
// A second name for the same month: «يناير/كانون الثاني», «أكتوبر (تشرين الأول)», «أبريل- نيسان».
const MONTH_TWIN = `(?:\\s*[/\\-–(]\\s*(?:${alt(MONTH_NAMES_FOLDED)})\\s*\\)?)?`;
const ORDINAL = `(${alt([...ORDINAL_DAYS.keys()])})\\s+من\\s+`;
const YEAR_AFTER = `(?:\\s*,?\\s*(?:من\\s+)?(?:العام|عام|سنه)?\\s*(\\d{4}))?`;
const RELATIVE_YEAR = `(?:\\s+(الماضي|الحالي|الجاري|المقبل))?`;
const END = '(?![\\p{L}\\d])';
const START = '(?<![\\p{L}\\d])';

const NUMERIC_DMY = new RegExp(`${START}(\\d{1,2})\\s?[-/.]\\s?(\\d{1,2})\\s?[-/.]\\s?(\\d{4})${END}`, 'gu');
const NUMERIC_YMD = new RegExp(`${START}(\\d{4})\\s?[-/.]\\s?(\\d{1,2})\\s?[-/.]\\s?(\\d{1,2})${END}`, 'gu');
const NAMED = new RegExp(
  `${START}(?:(\\d{1,2})\\s*|${ORDINAL})?${MONTH}${END}${MONTH_TWIN}${YEAR_AFTER}${RELATIVE_YEAR}${END}`,
  'gu',
);
// «8 جمادى الأولى 1441 هـ», «الثامن من جمادى الأولى 1441 للهجرة»: a Hijri date needs its year.
const HIJRI = new RegExp(
  `${START}(?:(\\d{1,2})\\s*|${ORDINAL})(${alt([...HIJRI_MONTHS.keys()])})\\s*,?\\s*(?:من\\s+)?(?:العام\\s+|عام\\s+|سنه\\s+)?(\\d{3,4})(?:\\s*(?:ه|هجريه|هجري|للهجره)${END})?`,
  'gu',
);
const WEEKDAY = new RegExp(`${START}(?:(امس|اليوم)\\s+)?(${alt([...WEEKDAYS.keys()])})${END}`, 'gu');
const LEAD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alt(MONTH_LEADS)})\\s+$`, 'u');

// Cheap tests run first: most sentences name no month and no weekday, and the full patterns are slow.
const ANY_MONTH = new RegExp(`(?:^|[^\\p{L}])(?:${alt(MONTH_NAMES_FOLDED)})(?!\\p{L})`, 'u');
const ANY_WEEKDAY = new RegExp(`(?:^|[^\\p{L}])(?:${alt([...WEEKDAYS.keys()])})(?!\\p{L})`, 'u');

const pad = (n: number) => String(n).padStart(2, '0');

const added = new Map<string, string>();
/** Adds days to a YYYY-MM-DD date (remembered: the same few sums recur for every sentence of a page). */
export function addDays(day: string, n: number): string {
  const key = `${day}|${n}`;
  let out = added.get(key);
  if (out === undefined) {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    out = d.toISOString().slice(0, 10);
    if (added.size > 4096) added.clear();
    added.set(key, out);
  }
  return out;
}

export const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

/** The year of a month named without one: the latest such month not after the article date. */
function yearForMonth(month: number, articleDate: string, rel: string | undefined): number {
  const y = Number(articleDate.slice(0, 4));
  const m = Number(articleDate.slice(5, 7));
  if (rel === 'الحالي' || rel === 'الجاري') return y;
  if (rel === 'المقبل') return month > m ? y : y + 1;
  if (rel === 'الماضي') return month < m ? y : y - 1;
  return month <= m ? y : y - 1;
}

export function findDates(folded: string, articleDate: string | null): DateExpression[] {
  const out: DateExpression[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const push = (start: number, end: number, value: string | null, relative: boolean) => {
    if (!value || !free(start, end)) return;
    taken.push([start, end]);
    out.push({ start, end, value, relative });
  };
  const digits = /\d/.test(folded);
  if (digits)
    for (const m of folded.matchAll(HIJRI)) {
      const [text, d, ordinal, name, year] = m;
      const day = d ? Number(d) : ORDINAL_DAYS.get(ordinal!);
      const value = day === undefined ? null : hijriToGregorian(Number(year), HIJRI_MONTHS.get(name!)!, day);
      if (value && free(m.index, m.index + text!.length)) {
        taken.push([m.index, m.index + text!.length]);
        out.push({ start: m.index, end: m.index + text!.length, value, relative: false, hijri: true });
      }
    }
  if (digits)
    for (const m of folded.matchAll(NUMERIC_YMD))
      push(m.index, m.index + m[0].length, validDay(+m[1]!, +m[2]!, +m[3]!), false);
  if (digits)
    for (const m of folded.matchAll(NUMERIC_DMY))
      push(m.index, m.index + m[0].length, validDay(+m[3]!, +m[2]!, +m[1]!), false);
  if (ANY_MONTH.test(folded))
    for (const m of folded.matchAll(NAMED)) {
      const [text, digits, ordinal, name, year, rel] = m;
      const month = MONTHS.get(name!)!;
      const day = digits ? Number(digits) : ordinal ? ORDINAL_DAYS.get(ordinal) : undefined;
      const start = m.index;
      // A month alone is a date only after «في», «منذ», «منتصف»…, and only if the name is not a common word.
      if (day === undefined && !year && (name!.length < 4 || !LEAD_BEFORE.test(folded.slice(0, start))))
        continue;
      let y = year ? Number(year) : undefined;
      const relative = y === undefined;
      if (y === undefined) {
        if (!articleDate) continue;
        y = yearForMonth(month, articleDate, rel);
      }
      const value = day === undefined ? `${y}-${pad(month)}` : validDay(y, month, day);
      push(start, start + text!.length, value, relative);
    }
  if (ANY_WEEKDAY.test(folded))
    for (const m of folded.matchAll(WEEKDAY)) {
      const [text, lead, name] = m;
      const start = m.index;
      const end = start + text!.length;
      if (!free(start, end)) continue;
      // A weekday right before a written date is part of it («الخميس 25 يناير»): the date already
      // counts, and the weekday must fit it.
      const dated = out.find(
        (d) => d.start > end && /^\s*,?\s*(?:الموافق\s+)?$/u.test(folded.slice(end, d.start)),
      );
      if (dated) {
        if (!dated.relative) {
          const i = out.indexOf(dated);
          out[i] = { ...dated, weekday: { day: WEEKDAYS.get(name!)!, start, end } };
        }
        continue;
      }
      if (taken.some(([a]) => a > end && a <= end + 2)) continue;
      if (!articleDate) continue;
      const weekday = WEEKDAYS.get(name!)!;
      if (articleDate.length < 10) continue; // «الجمعة» in an article dated only by month
      // The most recent such weekday: on or before the article date, or before it after «أمس».
      const back = (weekdayOf(articleDate) - weekday + 7) % 7;
      const day = addDays(articleDate, -(lead === 'امس' && back === 0 ? 7 : back));
      push(start, start + text!.length, day, true);
    }
  return out.sort((a, b) => a.start - b.start);
}

/** The interval of days a date value covers. */
export function dayInterval(value: string): [string, string] {
  return [value.length === 7 ? `${value}-01` : value, latest(value)];
}
