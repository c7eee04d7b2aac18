/**
 * Dates: a date is judged against the event the sentence tells of. Supported
 * when it falls within a recorded event's date; contradicted only when it is
 * clearly about one recorded event and misses it (see tolerance.ts: NEAR,
 * YEAR_SLIP, same-month day slips); otherwise unverified, with the reason.
 */
import type { EventRecord } from '../../facts/schema';
import type { ClaimChecker, ClaimReason, Judgement, Verdict } from '../claim';
import { addDays, type DateExpression, dayInterval } from '../date-expressions';
import { distance, eventInterval, type Linked, overlaps, precise } from '../events';
import { HIJRI_DAY, NEAR, sameDayOtherYear } from '../tolerance';

/** The days a date claim allows: a Hijri date a day either way (HIJRI_DAY). */
export function claimedDays(x: DateExpression): [string, string] {
  const [a, b] = dayInterval(x.value);
  return x.hijri ? [addDays(a, -HIJRI_DAY), addDays(b, HIJRI_DAY)] : [a, b];
}

function judgeDate(x: DateExpression, linked: readonly Linked[]): Judgement {
  const days = claimedDays(x);
  const at = { start: x.start, end: x.end };
  const claimed = { type: 'date' as const, date: x.value };
  const judged = (verdict: Verdict, e: EventRecord, reason?: ClaimReason): Judgement => ({
    at,
    kind: 'date',
    verdict,
    subject: e.id,
    expected: e.date,
    found: x.value,
    sources: e.cite,
    claimed,
    recorded: [{ value: { type: 'date', date: e.date }, cite: e.cite }],
    ...(reason ? { reason } : {}),
  });
  const hijri = x.hijri ? ('hijri-day-tolerance' as const) : undefined;
  const hit = linked
    .filter(
      (l) =>
        precise(l.event) && l.event.date.length >= x.value.length && overlaps(eventInterval(l.event), days),
    )
    .sort((a, b) => Number(b.direct) - Number(a.direct) || distance(a.at, x) - distance(b.at, x))[0];
  if (hit) return judged('supported', hit.event, hijri);
  if (!x.relative) {
    // YEAR_SLIP: the event's day and month, another year.
    const slip = linked.find((l) => precise(l.event) && sameDayOtherYear(x.value, l.event.date));
    if (slip) return judged('contradicted', slip.event, 'wrong-year');
    // Near one event only: named outright, or implied by a cue in the same month of the same year
    // (a day slip). A cue alone in another month may be another event of the same people.
    const candidates = linked.filter(
      (l) =>
        precise(l.event) &&
        distance(l.at, x) <= NEAR &&
        l.event.date.length >= Math.min(x.value.length, 7) &&
        (l.direct || l.event.date.slice(0, 7) === x.value.slice(0, 7)),
    );
    if (candidates.length === 1) return judged('contradicted', candidates[0]!.event, hijri);
  }
  const nearest = [...linked].sort((a, b) => distance(a.at, x) - distance(b.at, x))[0];
  return {
    at,
    kind: 'date',
    verdict: 'unverified',
    subject: nearest?.event.id ?? null,
    expected: '',
    found: x.value,
    sources: [],
    claimed,
    recorded: [],
    reason: !linked.length
      ? 'no-event-in-sentence'
      : linked.some((l) => l.direct)
        ? 'unclear-event'
        : 'event-not-recorded',
  };
}

export const dateChecker: ClaimChecker = {
  kind: 'date',
  check: ({ dates, linked }) => dates.map((d) => judgeDate(d, linked)),
};
