/**
 * What a claim check produces: data and a reason code. The words a reader sees
 * for a verdict or a reason live with the views (ui/strings, the CLI's text).
 */
import type { FactBase } from '../facts/factbase';
import type { Citation } from '../facts/schema';
import type { Mention } from '../match/matcher';
import type { ClaimKind, ClaimReason, Verdict } from '../vocabulary';
import type { DateExpression } from './date-expressions';
import type { Linked } from './events';
import type { Bi } from './format';
import type { Sentence } from './sentences';

export type { ClaimKind, ClaimReason, Verdict };

export interface RecordedValue {
  /** The recorded value, as the card shows it. */
  readonly text: Bi;
  readonly cite: readonly Citation[];
}

export interface Claim {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: ClaimKind;
  readonly verdict: Verdict;
  /** The record the claim is about, when one could be tied to it. */
  readonly subject: string | null;
  /** The recorded value(s), side by side when sources differ ("" when nothing is recorded). */
  readonly expected: string;
  /** What the text says, normalised (an ISO date, a qualified count, a title). */
  readonly found: string;
  readonly sources: readonly Citation[];
  /** What the text says, for display. */
  readonly claimed: Bi;
  readonly recorded: readonly RecordedValue[];
  /** Why the verdict, when it needs saying (a former role, an open-ended figure). */
  readonly reason?: ClaimReason;
}

/** A verdict on some words of a sentence, in the sentence's folded offsets. */
export type Judgement = Omit<Claim, 'start' | 'end' | 'text'> & {
  readonly at: { readonly start: number; readonly end: number };
};

export interface ClaimInput {
  readonly text: string;
  readonly mentions: readonly Mention[];
  /** The article date (YYYY-MM-DD or coarser), or null when unknown. */
  readonly date: string | null;
  /** Block runs (page paragraphs): sentences never cross them. */
  readonly runs?: readonly { start: number; end: number }[];
}

/** What every checker is given for one sentence. */
export interface SentenceContext {
  readonly base: FactBase;
  readonly sentence: Sentence;
  /** The article date, or null. */
  readonly date: string | null;
  /** The events the sentence tells of (found on first use). */
  readonly linked: readonly Linked[];
  /** Dates read in the sentence (shared: counts look at them too). */
  readonly dates: readonly DateExpression[];
}

/** One claim kind: reads its claims in a sentence and judges them. */
export interface ClaimChecker {
  readonly kind: ClaimKind;
  check(ctx: SentenceContext): Judgement[];
}
