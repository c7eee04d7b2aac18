/**
 * What a claim check produces: data and a reason code. The words a reader sees
 * for a verdict or a reason live with the views (ui/strings, the CLI's text).
 */
import type { FactBase } from '../facts/factbase';
import type { Citation, Qualifier } from '../facts/schema';
import type { Mention } from '../match/matcher';
import type { ClaimKind, ClaimReason, Verdict } from '../vocabulary';
import type { DateExpression } from './date-expressions';
import type { Linked } from './events';
import type { Sentence } from './sentences';

export type { ClaimKind, ClaimReason, Verdict };

type Bi = { readonly ar: string; readonly en: string };

/**
 * What a claim says, or what is recorded, as data: the views put it in words («5 يناير 2020»,
 * "more than 15 missiles"). Text inside is the page's words or the fact base's, never ours.
 */
export type ClaimValue =
  /** A day, month or year (YYYY[-MM[-DD]]). */
  | { readonly type: 'date'; readonly date: string }
  /** A weekday (0 = Sunday) with the day it is written beside. */
  | { readonly type: 'weekday'; readonly weekday: number; readonly date: string }
  /** A count or amount: `upper` for a range; `unit` is the fact base's; `asOf` when recorded as of a date. */
  | {
      readonly type: 'quantity';
      readonly value: number;
      readonly qualifier: Qualifier;
      readonly upper?: number;
      readonly unit: Bi | null;
      readonly kind: string;
      readonly asOf?: string;
    }
  /** A title as the page writes it, its role key, and whether the page says «السابق». */
  | { readonly type: 'title'; readonly text: string; readonly key: string; readonly former: boolean }
  /** A recorded role: the fact base's title and its years. */
  | { readonly type: 'role'; readonly title: Bi; readonly start?: string; readonly end?: string }
  /** A name as written (on the page, or the recorded spelling). */
  | { readonly type: 'name'; readonly text: Bi };

export interface RecordedValue {
  readonly value: ClaimValue;
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
  /** What the text says, as data for the views. */
  readonly claimed: ClaimValue;
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
