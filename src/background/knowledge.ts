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
import { detectArticleDate } from '../core/page/article-date';
import type { MatchReply, Params, Reply } from '../messages';

/**
 * What a page scan has established so far: the records with a strong mention in its earlier
 * batches (their weak aliases count) and the article date read from the page's hints.
 */
export interface ScanSession {
  readonly seen: Set<string>;
  /** undefined until the page sends its date hints. */
  date: string | null | undefined;
  /** Mentions in the replies so far: the tab's badge, without a message of its own. */
  mentions: number;
}

/** The sessions of the last few hundred scans (a stopped worker forgets them: pages resend `present` and `date`). */
export class ScanSessions {
  readonly #sessions = new Map<string, ScanSession>();
  constructor(readonly limit = 256) {}

  get(id: string): ScanSession {
    let session = this.#sessions.get(id);
    if (session)
      this.#sessions.delete(id); // re-insert: most recent last
    else session = { seen: new Set(), date: undefined, mentions: 0 };
    this.#sessions.set(id, session);
    if (this.#sessions.size > this.limit) this.#sessions.delete(this.#sessions.keys().next().value as string);
    return session;
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
   * Mentions and claims in one batch. The session holds what the scan's earlier batches
   * established (strong mentions, the article date) and learns from this one. A batch that
   * carries the page's date hints sets the scan's date; claims are judged at that date.
   */
  match(
    { text, runs, present, date: known, hints }: Params<'siyaq:match'>,
    session: ScanSession = { seen: new Set(), date: undefined, mentions: 0 },
  ): MatchReply {
    if (hints) session.date = detectArticleDate(hints)?.date ?? null;
    const date = session.date === undefined ? known : session.date;
    const { seen } = session;
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
    session.mentions += mentions.length;
    return {
      date,
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
