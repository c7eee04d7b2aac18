/**
 * Weekdays written with a full date («الأحد 3 يناير 2020») must fit it. Only a
 * weekday that fits no day the date allows is a claim (contradicted): the
 * calendar is the record. A relative date (resolved from a weekday) is never checked.
 */
import type { ClaimChecker, Judgement } from '../claim';
import { addDays, weekdayOf } from '../date-expressions';
import { claimedDays } from './date';

/** Weekdays in the normalised `found` / `expected` strings (the CLI's JSON). */
const WEEKDAY_CODES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export const weekdayChecker: ClaimChecker = {
  kind: 'weekday',
  check({ dates }) {
    const out: Judgement[] = [];
    for (const d of dates) {
      if (!d.weekday || d.relative || d.value.length !== 10) continue;
      const [first, last] = claimedDays(d);
      let fits = false;
      for (let day = first; day <= last && !fits; day = addDays(day, 1))
        fits = weekdayOf(day) === d.weekday.day;
      if (fits) continue;
      const actual = weekdayOf(d.value);
      out.push({
        at: { start: d.weekday.start, end: d.end },
        kind: 'weekday',
        verdict: 'contradicted',
        subject: null,
        expected: `${WEEKDAY_CODES[actual]} ${d.value}`,
        found: `${WEEKDAY_CODES[d.weekday.day]} ${d.value}`,
        sources: [],
        claimed: { type: 'weekday', weekday: d.weekday.day, date: d.value },
        recorded: [{ value: { type: 'weekday', weekday: actual, date: d.value }, cite: [] }],
        reason: 'weekday-mismatch',
      });
    }
    return out;
  },
};
