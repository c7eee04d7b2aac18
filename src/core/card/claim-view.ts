/**
 * What a claim card shows: what the page says beside what the fact base
 * records, the verdict, and the sources behind each recorded value.
 */

import type { Claim, ClaimKind, ClaimReason, Verdict } from '../claims/check';
import type { ClaimValue } from '../claims/claim';
import type { FactBase } from '../facts/factbase';
import { type Bi, type SourceRef, sourceRefs } from './model';

export interface ClaimView {
  readonly kind: ClaimKind;
  readonly verdict: Verdict;
  /** The words on the page. */
  readonly text: string;
  /** Values; the card writes them in words (ui/claim-values). */
  readonly claimed: ClaimValue;
  readonly recorded: readonly { readonly value: ClaimValue; readonly sources: readonly SourceRef[] }[];
  /** Why the verdict, when that needs saying (the view has the words). */
  readonly reason: ClaimReason | null;
  /** The record the claim was judged against, for the card's title when there is no mention. */
  readonly subject: { readonly id: string; readonly label: Bi } | null;
}

export function claimView(base: FactBase, claim: Claim): ClaimView {
  const subject = claim.subject ? base.records.get(claim.subject) : undefined;
  return {
    kind: claim.kind,
    verdict: claim.verdict,
    text: claim.text,
    claimed: claim.claimed,
    recorded: claim.recorded.map((r) => ({ value: r.value, sources: sourceRefs(base, r.cite) })),
    reason: claim.reason ?? null,
    subject: subject ? { id: subject.id, label: subject.label } : null,
  };
}
