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

/** What each page scan has seen so far, for the last few hundred scans (a stopped worker forgets: pages resend `present`). */
export class ScanSessions {
  readonly #sessions = new Map<string, Set<string>>();
  constructor(readonly limit = 256) {}

  get(id: string): Set<string> {
    let seen = this.#sessions.get(id);
    if (seen)
      this.#sessions.delete(id); // re-insert: most recent last
    else seen = new Set();
    this.#sessions.set(id, seen);
    if (this.#sessions.size > this.limit) this.#sessions.delete(this.#sessions.keys().next().value as string);
    return seen;
  }

  get size(): number {
    return this.#sessions.size;
  }
}

export class Knowledge {
  constructor(
    readonly base: FactBase,
    readonly matcher: Matcher,
  ) {}

  /**
   * Mentions and claims in one batch. `seen` holds the records with a strong mention in the
   * scan's earlier batches (their weak aliases count) and learns this batch's.
   */
  match({ text, runs, present, date }: Params<'siyaq:match'>, seen = new Set<string>()): MatchReply {
    for (const id of present) seen.add(id);
    const { mentions } = this.matcher.find(text, { runs, present: seen });
    for (const m of mentions) if (m.aliasKind !== 'weak') seen.add(m.entity.id);
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
