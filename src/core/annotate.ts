/**
 * One document in, the `siyaq annotate` contract out (docs/cli.md): the date
 * used, the mentions, the ambiguous mentions with their candidates, and the claims.
 */

import { type Claim, checkClaims } from './claims/check';
import type { FactBase } from './facts/factbase';
import type { AmbiguousMention, Matcher, Mention, MentionEntity } from './match/matcher';
import type { ArticleDate, DateHints } from './page/article-date';
import { detectArticleDate } from './page/article-date';

export interface AnnotateInput {
  readonly text: string;
  /** Block runs (HTML); a plain text file is one run. */
  readonly runs?: readonly { start: number; end: number }[];
  readonly hints?: DateHints;
}

export interface MentionOut {
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly entity: MentionEntity;
}

export interface Annotation {
  readonly date: string | null;
  readonly dateFrom: ArticleDate['from'] | 'option' | null;
  readonly mentions: MentionOut[];
  readonly ambiguous: AmbiguousMention[];
  readonly claims: ClaimOut[];
}

/** A claim as the CLI contract prints it (docs/cli.md), plus what a card needs to show it. */
export type ClaimOut = Claim;

const toOut = (m: Mention): MentionOut => ({
  start: m.start,
  end: m.end,
  surface: m.surface,
  entity: m.entity,
});

export function annotate(
  base: FactBase,
  matcher: Matcher,
  input: AnnotateInput,
  options: { date?: string } = {},
): Annotation {
  const detected = options.date
    ? null
    : detectArticleDate({ ...input.hints, text: input.hints?.text ?? input.text });
  const result = matcher.find(input.text, input.runs ? { runs: input.runs } : {});
  const date = options.date ?? detected?.date ?? null;
  return {
    date,
    dateFrom: options.date ? 'option' : (detected?.from ?? null),
    mentions: result.mentions.map(toOut),
    ambiguous: result.ambiguous,
    claims: checkClaims(base, {
      text: input.text,
      mentions: result.mentions,
      date,
      ...(input.runs ? { runs: input.runs } : {}),
    }),
  };
}
