/**
 * Claim checks (the `claims` of docs/cli.md): dates, weekdays, counts, role
 * titles and names in a text, judged against the fact base. Only a sentence
 * that names a fact-base record can hold a claim; each kind's checker
 * (registry.ts) reads and judges its claims there, by the rules of tolerance.ts.
 * Contradicted needs a recorded value that clearly speaks to the same thing;
 * anything less certain is unverified, with the reason.
 */
import type { FactBase } from '../facts/factbase';
import { CLAIM_KINDS } from '../vocabulary';
import type { Claim, ClaimInput, SentenceContext } from './claim';
import { findDates } from './date-expressions';
import { type Linked, linkedEvents } from './events';
import { CHECKERS } from './registry';
import { sentencesWithMentions } from './sentences';

export type { Claim, ClaimInput, ClaimKind, ClaimReason, Verdict } from './claim';

export function checkClaims(base: FactBase, input: ClaimInput): Claim[] {
  const { text, date } = input;
  const mentions = [...input.mentions].sort((a, b) => a.start - b.start);
  const claims: Claim[] = [];
  for (const sentence of sentencesWithMentions(text, mentions, input.runs)) {
    // Most sentences hold no date, count or title: the events they tell of are found only when asked.
    let linked: Linked[] | undefined;
    const ctx: SentenceContext = {
      base,
      sentence,
      date,
      get linked() {
        linked ??= linkedEvents(base, sentence, date);
        return linked;
      },
      dates: findDates(sentence.folded, date),
    };
    for (const kind of CLAIM_KINDS) {
      for (const { at, ...judgement } of CHECKERS[kind].check(ctx)) {
        const o = sentence.toOriginal(at.start, at.end);
        claims.push({ start: o.start, end: o.end, text: text.slice(o.start, o.end), ...judgement });
      }
    }
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
