/**
 * Weekdays written with a full date («الأحد 3 يناير 2020») must fit it. Only a
 * weekday that fits no day the date allows is a claim (contradicted): the
 * calendar is the record. A relative date (resolved from a weekday) is never checked.
 */
import type { ClaimChecker, Judgement } from '../claim';
import { addDays, weekdayOf } from '../date-expressions';
import { formatDay, WEEKDAY_NAMES } from '../format';
import { claimedDays } from './date';

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
      const actual = WEEKDAY_NAMES[weekdayOf(d.value)]!;
      const written = WEEKDAY_NAMES[d.weekday.day]!;
      const date = formatDay(d.value);
      out.push({
        at: { start: d.weekday.start, end: d.end },
        kind: 'weekday',
        verdict: 'contradicted',
        subject: null,
        expected: `${actual.en} ${d.value}`,
        found: `${written.en} ${d.value}`,
        sources: [],
        claimed: { ar: `${written.ar} ${date.ar}`, en: `${written.en} ${date.en}` },
        recorded: [{ text: { ar: `${actual.ar} ${date.ar}`, en: `${actual.en} ${date.en}` }, cite: [] }],
        reason: 'weekday-mismatch',
      });
    }
    return out;
  },
};
