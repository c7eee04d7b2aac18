/**
 * Messages between the popup, the background and content scripts: a
 * discriminated union, checked at every boundary; anything else is dropped
 * (other extensions and pages can send us messages too).
 */

export interface RecordSummary {
  readonly id: string;
  readonly type: 'person' | 'organization' | 'place' | 'event';
  readonly label: { readonly ar: string; readonly en: string };
  readonly count: number;
}

export interface ClaimSummary {
  /** Position among the page's claims in document order: what `siyaq:reveal-claim` takes. */
  readonly index: number;
  readonly kind: 'date' | 'number' | 'role' | 'name';
  readonly verdict: 'supported' | 'contradicted' | 'unverified';
  readonly text: string;
  /** The recorded value(s), "" when nothing is recorded. */
  readonly expected: string;
}

export interface PageSummary {
  readonly enabled: boolean;
  readonly date: string | null;
  readonly records: readonly RecordSummary[];
  readonly mentionCount: number;
  readonly claims: readonly ClaimSummary[];
}

export type Message =
  | { readonly type: 'siyaq:summary' }
  | { readonly type: 'siyaq:reveal'; readonly id: string }
  | { readonly type: 'siyaq:reveal-claim'; readonly index: number }
  | { readonly type: 'siyaq:set-enabled'; readonly enabled: boolean }
  | { readonly type: 'siyaq:count'; readonly count: number };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** Narrows an incoming value to a Message, or null when it is not one of ours. */
export function parseMessage(x: unknown): Message | null {
  if (!isObject(x) || typeof x.type !== 'string') return null;
  switch (x.type) {
    case 'siyaq:summary':
      return { type: x.type };
    case 'siyaq:reveal':
      return typeof x.id === 'string' && /^[a-z0-9-]{1,80}$/.test(x.id) ? { type: x.type, id: x.id } : null;
    case 'siyaq:reveal-claim':
      return typeof x.index === 'number' && Number.isInteger(x.index) && x.index >= 0 && x.index < 100_000
        ? { type: x.type, index: x.index }
        : null;
    case 'siyaq:set-enabled':
      return typeof x.enabled === 'boolean' ? { type: x.type, enabled: x.enabled } : null;
    case 'siyaq:count':
      return typeof x.count === 'number' && Number.isInteger(x.count) && x.count >= 0
        ? { type: x.type, count: x.count }
        : null;
    default:
      return null;
  }
}
