/**
 * Questions the cards, the claim checker and the CLI ask of the fact base.
 * All answers are plain data; wording for display lives in the UI, except the
 * short role phrase, which several callers share.
 */
import { earliest, type SpanStatus, spanStatus, spanYears } from './dates';
import type { FactBase } from './factbase';
import type { EventRecord, FactRecord, Figure, PartialDate, Relation, RelationType, Role } from './schema';

export interface RoleAnswer {
  readonly role: Role;
  readonly status: SpanStatus;
  /** "former prime minister of Iraq (2020–2022)" / «رئيس وزراء العراق (سابقاً، 2020–2022)». */
  readonly phrase: { ar: string; en: string };
}

const STATUS_WORD: Record<SpanStatus, { ar: string; en: string }> = {
  current: { ar: '', en: '' },
  former: { ar: 'سابقاً', en: 'former ' },
  future: { ar: 'لاحقاً', en: 'future ' },
};

function rolePhrase(role: Role, status: SpanStatus): { ar: string; en: string } {
  const years = spanYears(role);
  const word = STATUS_WORD[status];
  const arParts = [word.ar, years.ar].filter(Boolean).join('، ');
  return {
    ar: arParts ? `${role.title.ar} (${arParts})` : role.title.ar,
    en: `${word.en}${role.title.en}${years.en ? ` (${years.en})` : ''}`,
  };
}

/**
 * The record's roles as seen from `date`: held then first, then former, then
 * not yet held; held and former roles most recent first, future ones nearest first.
 */
export function roleAt(base: FactBase, id: string, date: PartialDate): RoleAnswer[] {
  const roles = base.records.get(id)?.roles ?? [];
  const order: Record<SpanStatus, number> = { current: 0, former: 1, future: 2 };
  return roles
    .map((role) => {
      const status = spanStatus(role, date);
      return { role, status, phrase: rolePhrase(role, status) };
    })
    .sort((a, b) => {
      if (a.status !== b.status) return order[a.status] - order[b.status];
      // Held or past: the most recent first. Not yet held: the nearest first.
      const byStart = (b.role.start ?? '').localeCompare(a.role.start ?? '');
      return a.status === 'future' ? -byStart : byStart;
    });
}

export interface RelationAnswer {
  readonly relation: Relation;
  readonly target: FactRecord;
  readonly status: SpanStatus;
}

const AFFILIATION_TYPES: readonly RelationType[] = [
  'member-of',
  'part-of',
  'leads',
  'allied-with',
  'backed-by',
];

/** Affiliations (membership, leadership, alliances, backers) and whether each held at `date`. */
export function affiliationsAt(base: FactBase, id: string, date: PartialDate): RelationAnswer[] {
  const r = base.records.get(id);
  const out: RelationAnswer[] = [];
  for (const relation of r?.relations ?? []) {
    if (!AFFILIATION_TYPES.includes(relation.type)) continue;
    const target = base.records.get(relation.target);
    if (target) out.push({ relation, target, status: spanStatus(relation, date) });
  }
  return out.sort((a, b) => (a.status === b.status ? 0 : a.status === 'current' ? -1 : 1));
}

/** Records that point at `id` with the given relation (members of an alliance, factions of the PMF). */
export function incoming(base: FactBase, id: string, types: readonly RelationType[]): RelationAnswer[] {
  const out: RelationAnswer[] = [];
  for (const r of base.records.values()) {
    for (const relation of r.relations ?? []) {
      if (relation.target === id && types.includes(relation.type)) {
        out.push({ relation, target: r, status: relation.end ? 'former' : 'current' });
      }
    }
  }
  return out;
}

export type TimelineEntry =
  | { kind: 'event'; date: PartialDate; event: EventRecord; as: string }
  | { kind: 'role-start' | 'role-end'; date: PartialDate; role: Role };

/**
 * What happened to or around a record, oldest first: events it took part in
 * or that took place there, and when its roles began and ended.
 */
export function timeline(base: FactBase, id: string): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const r of base.records.values()) {
    if (r.type !== 'event') continue;
    const part = r.participants.find((p) => p.id === id);
    if (part) entries.push({ kind: 'event', date: r.date, event: r, as: part.role });
    else if (r.places.includes(id)) entries.push({ kind: 'event', date: r.date, event: r, as: 'place' });
    else if (r.related?.includes(id)) entries.push({ kind: 'event', date: r.date, event: r, as: 'related' });
  }
  for (const role of base.records.get(id)?.roles ?? []) {
    if (role.start) entries.push({ kind: 'role-start', date: role.start, role });
    if (role.end) entries.push({ kind: 'role-end', date: role.end, role });
  }
  return entries.sort((a, b) => earliest(a.date).localeCompare(earliest(b.date)));
}

export interface FigureGroup {
  /** kind plus scope: figures in one group answer the same question. */
  readonly key: string;
  readonly kind: string;
  readonly scope: string | undefined;
  /** Side by side when sources disagree. */
  readonly figures: readonly Figure[];
  readonly agree: boolean;
}

/** An event's or entity's figures, grouped so that conflicting values sit together. */
export function figuresOf(base: FactBase, id: string): FigureGroup[] {
  const groups = new Map<string, Figure[]>();
  for (const f of base.records.get(id)?.figures ?? []) {
    const key = `${f.kind}@${f.scope ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups].map(([key, figures]) => ({
    key,
    kind: (figures[0] as Figure).kind,
    scope: (figures[0] as Figure).scope,
    figures,
    agree: figures.every(
      (f) => f.value === (figures[0] as Figure).value && f.qualifier === (figures[0] as Figure).qualifier,
    ),
  }));
}
