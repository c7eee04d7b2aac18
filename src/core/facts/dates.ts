/** Partial dates ("2020", "2020-01", "2020-01-03") as the closed interval of days they cover. */
import type { PartialDate } from './schema';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function lastDay(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return DAYS_IN_MONTH[month - 1] as number;
}

/** First day covered, as YYYY-MM-DD (so plain string comparison orders dates). */
export function earliest(d: PartialDate): string {
  if (d.length === 4) return `${d}-01-01`;
  if (d.length === 7) return `${d}-01`;
  return d;
}

/** Last day covered, as YYYY-MM-DD. */
export function latest(d: PartialDate): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number) as [number, number];
    return `${d}-${String(lastDay(y, m)).padStart(2, '0')}`;
  }
  return d;
}

/** Is the partial date a real calendar date (no 31 February)? */
export function isRealDate(d: PartialDate): boolean {
  if (d.length < 10) return true;
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return day <= lastDay(y, m);
}

export type SpanStatus = 'current' | 'former' | 'future';

/**
 * Where `date` falls relative to a span. Partial bounds are read generously:
 * a role that ended "2022" still counts as held on 2022-06-01.
 */
export function spanStatus(span: { start?: PartialDate; end?: PartialDate }, date: PartialDate): SpanStatus {
  if (span.start && latest(date) < earliest(span.start)) return 'future';
  if (span.end && earliest(date) > latest(span.end)) return 'former';
  return 'current';
}

/** A span by years, in words where it is open: "2020–2022", "since 2020", "until 2020", or "". */
export function spanYears(span: { start?: PartialDate; end?: PartialDate }): { ar: string; en: string } {
  const s = span.start?.slice(0, 4);
  const e = span.end?.slice(0, 4);
  if (s && e) return s === e ? { ar: s, en: s } : { ar: `${s}–${e}`, en: `${s}–${e}` };
  if (s) return { ar: `منذ ${s}`, en: `since ${s}` };
  if (e) return { ar: `حتى ${e}`, en: `until ${e}` };
  return { ar: '', en: '' };
}

/** Today's date in UTC as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
