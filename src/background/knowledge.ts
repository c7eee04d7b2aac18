/**
 * What the background knows, and the answers it gives pages: mentions and
 * claims for a batch of text, a record's card at a date. Pure (no browser
 * APIs), so it is tested in Node.
 */
import { claimView } from '../core/card/claim-view';
import { cardModel } from '../core/card/model';
import { checkClaims } from '../core/claims/check';
import { today } from '../core/facts/dates';
import type { FactBase } from '../core/facts/factbase';
import type { Matcher, MentionEntity } from '../core/match/matcher';
import type { MatchReply, Params, Reply } from '../messages';

export class Knowledge {
  constructor(
    readonly base: FactBase,
    readonly matcher: Matcher,
  ) {}

  match({ text, runs, present, date }: Params<'siyaq:match'>): MatchReply {
    const { mentions } = this.matcher.find(text, { runs, present: new Set(present) });
    const entities: MentionEntity[] = [];
    const index = new Map<string, number>();
    const entityIndex = (e: MentionEntity): number => {
      let i = index.get(e.id);
      if (i === undefined) {
        i = entities.push(e) - 1;
        index.set(e.id, i);
      }
      return i;
    };
    const claims = checkClaims(this.base, { text, mentions, date, runs });
    return {
      entities,
      mentions: mentions.map((m) => ({
        start: m.start,
        end: m.end,
        entity: entityIndex(m.entity),
        aliasKind: m.aliasKind,
        ...(m.correct ? { correct: m.correct } : {}),
      })),
      claims: claims.map((c) => ({
        start: c.start,
        end: c.end,
        subject: c.subject,
        expected: c.expected,
        view: claimView(this.base, c),
      })),
    };
  }

  card({ id, date }: Params<'siyaq:card'>): Reply<'siyaq:card'> {
    return cardModel(this.base, id, date, today());
  }
}
