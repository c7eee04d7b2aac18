/**
 * The enumerations of Siyaq, each declared once. Schemas, messages, views and
 * tests derive from these lists; the words shown for them live with the views.
 * Kept free of imports so the thin content script can use them for nothing.
 */

/** Kinds of fact-base record, in display order. */
export const RECORD_TYPES = ['person', 'organization', 'place', 'event'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** How an alias matches: strong anywhere, weak only beside a strong form of the record, a misspelling flagged. */
export const ALIAS_KINDS = ['strong', 'weak', 'misspelling'] as const;

/** How a figure's value is qualified. */
export const QUALIFIERS = ['exact', 'more-than', 'at-least', 'about', 'up-to', 'less-than'] as const;

/** What a claim is about; each kind has one checker (core/claims/kinds). */
export const CLAIM_KINDS = ['date', 'weekday', 'number', 'role', 'name'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Claim verdicts. */
export const VERDICTS = ['supported', 'contradicted', 'unverified'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Why a claim got its verdict, when that needs saying; the words for each live with the views. */
export const CLAIM_REASONS = [
  'known-misspelling',
  'article-date-unknown',
  'no-event-in-sentence',
  'unclear-event',
  'event-not-recorded',
  'wrong-year',
  'hijri-day-tolerance',
  'weekday-mismatch',
  'no-figure',
  'figures-other-date',
  'open-ended-figure',
  'far-from-figures',
  'sources-differ',
  'no-role-with-title',
  'role-held-until-death',
  'role-former',
  'role-future',
  'role-still-held',
] as const;
export type ClaimReason = (typeof CLAIM_REASONS)[number];

/** An editor's mark on a claim (an `assessing` annotation). */
export const NOTE_MARKS = ['checked-correct', 'checked-wrong', 'needs-source'] as const;
export type NoteMark = (typeof NOTE_MARKS)[number];

/** Where a fact comes from: one of the seed articles, or the web. */
export const SOURCE_KINDS = ['seed', 'web'] as const;

/**
 * How far a source can be trusted (docs/source-policy.md): 1 official or primary (governments, the
 * UN, courts, parliaments, official statements); 2 established news organisations and wire
 * services; 3 reference works (Wikipedia). No date, figure or role span rests on tier 3 alone.
 */
export const SOURCE_TIERS = [1, 2, 3] as const;
