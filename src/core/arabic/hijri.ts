/**
 * Hijri dates: month names as Arabic media write them (folded), and conversion
 * to the Gregorian calendar through `Intl`'s Umm al-Qura calendar (no tables of
 * our own). Pure: runs wherever `Intl` has the islamic-umalqura calendar.
 */
import { foldKey } from './fold';

const NAMES: readonly (readonly string[])[] = [
  ['محرم', 'المحرم'],
  ['صفر'],
  ['ربيع الأول', 'ربيع الاول'],
  ['ربيع الثاني', 'ربيع الآخر', 'ربيع الاخر'],
  ['جمادى الأولى', 'جمادى الاولى', 'جمادى الأول'],
  ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الاخرة', 'جمادى الآخر'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة'],
  ['ذو الحجة', 'ذي الحجة'],
];

/** Folded Hijri month name → month number (1–12). */
export const HIJRI_MONTHS: ReadonlyMap<string, number> = new Map(
  NAMES.flatMap((names, i) => names.map((n) => [foldKey(n), i + 1] as const)),
);

let format: Intl.DateTimeFormat | null | undefined;
function umalqura(): Intl.DateTimeFormat | null {
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
        timeZone: 'UTC',
        day: 'numeric',
        month: 'numeric',
        year: 'numeric',
      });
      // Engines without the calendar fall back to Gregorian silently.
      if (format.resolvedOptions().calendar !== 'islamic-umalqura') format = null;
    } catch {
      format = null;
    }
  }
  return format;
}

const DAY_MS = 86_400_000;
/** 1 Muharram 1 AH (16 July 622, Julian) in Unix days; the mean Hijri year and month in days. */
const EPOCH = Date.UTC(622, 6, 19) / DAY_MS;
const YEAR = 354.36667;
const MONTH = 29.530589;

/**
 * The Gregorian day (YYYY-MM-DD) of a Hijri date by Umm al-Qura, or null when the date does not
 * exist (30 in a 29-day month) or `Intl` lacks the calendar.
 */
export function hijriToGregorian(year: number, month: number, day: number): string | null {
  const f = umalqura();
  if (!f || month < 1 || month > 12 || day < 1 || day > 30 || year < 1 || year > 1600) return null;
  // Start from the mean calendar and search the days around it: the mean is within a few days.
  const guess = Math.round(EPOCH + (year - 1) * YEAR + (month - 1) * MONTH + day - 1);
  for (let delta = 0; delta <= 6; delta++) {
    for (const d of delta ? [guess - delta, guess + delta] : [guess]) {
      const date = new Date(d * DAY_MS);
      let y = 0;
      let m = 0;
      let dd = 0;
      for (const p of f.formatToParts(date)) {
        if (p.type === 'year') y = Number.parseInt(p.value, 10);
        else if (p.type === 'month') m = Number(p.value);
        else if (p.type === 'day') dd = Number(p.value);
      }
      if (y === year && m === month && dd === day) return date.toISOString().slice(0, 10);
    }
  }
  return null;
}
