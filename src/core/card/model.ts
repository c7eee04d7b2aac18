/**
 * What a context card shows, as plain data: the record, its roles at the
 * article's date and today, affiliations, a short timeline, figures and
 * statements — each line with the sources behind it. The UI only renders this.
 */
import { earliest } from '../facts/dates';
import type { FactBase } from '../facts/factbase';
import { affiliationsAt, figuresOf, roleAt, timeline } from '../facts/query';
import type { Citation, FactRecord, Figure, PartialDate, Qualifier, RecordType } from '../facts/schema';

export type Bi = { readonly ar: string; readonly en: string };

export interface SourceRef {
  readonly kind: 'seed' | 'web';
  /** 1 official, 2 news organisation, 3 reference work (docs/source-policy.md). */
  readonly tier: 1 | 2 | 3;
  readonly outlet: Bi | null;
  readonly title: string;
  readonly date: string | null;
  readonly url: string | null;
  readonly quote: string;
}

export interface Line {
  readonly text: Bi;
  readonly status?: 'current' | 'former' | 'future';
  readonly date?: PartialDate;
  readonly sources: readonly SourceRef[];
  /** The line is only what `sources` say; these sources show it wrong. */
  readonly contradictedBy?: readonly SourceRef[];
}

export interface FigureLine {
  readonly kind: string;
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly unit: Bi;
  readonly scope: Bi | null;
  readonly sources: readonly SourceRef[];
}

export interface CardModel {
  readonly id: string;
  readonly type: RecordType;
  readonly subtype: string;
  readonly label: Bi;
  readonly description: Bi;
  readonly wikidata: string | null;
  /** The date the card reads the record at (the article's), and today. */
  readonly articleDate: PartialDate | null;
  readonly today: PartialDate;
  readonly rolesThen: readonly Line[];
  readonly rolesNow: readonly Line[];
  readonly affiliations: readonly Line[];
  readonly timeline: readonly Line[];
  readonly statements: readonly Line[];
  /** Figures grouped by what they count; a group with several entries is a disagreement between sources. */
  readonly figures: readonly (readonly FigureLine[])[];
  readonly event: {
    readonly date: PartialDate;
    readonly endDate: PartialDate | null;
    readonly places: readonly Bi[];
    readonly participants: readonly { label: Bi; role: string }[];
  } | null;
}

const RELATION_WORDS: Record<string, Bi> = {
  'member-of': { ar: 'عضو في', en: 'member of' },
  'part-of': { ar: 'جزء من', en: 'part of' },
  leads: { ar: 'يقود', en: 'leads' },
  'allied-with': { ar: 'متحالف مع', en: 'allied with' },
  'backed-by': { ar: 'مدعوم من', en: 'backed by' },
};

export function sourceRefs(base: FactBase, cites: readonly Citation[]): SourceRef[] {
  return cites.map((c) => {
    const s = base.sources.get(c.source);
    return {
      kind: s?.kind ?? 'web',
      tier: s?.tier ?? 3,
      outlet: s?.outlet ?? null,
      title: s?.title ?? c.source,
      date: s?.date ?? null,
      url: s?.url ?? null,
      quote: c.quote,
    };
  });
}

const labelOf = (base: FactBase, id: string): Bi => base.records.get(id)?.label ?? { ar: id, en: id };

/** How many timeline entries a card shows: the ones nearest the article's date. */
export const TIMELINE_LIMIT = 6;

export function cardModel(
  base: FactBase,
  id: string,
  articleDate: PartialDate | null,
  today: PartialDate,
): CardModel | null {
  const r = base.records.get(id);
  if (!r) return null;
  const at = articleDate ?? today;
  const roles = (date: PartialDate) =>
    roleAt(base, id, date)
      .filter((x) => x.status !== 'future')
      .map((x) => ({ text: x.phrase, status: x.status, sources: sourceRefs(base, x.role.cite) }));
  const affiliations = affiliationsAt(base, id, at).map((a) => {
    const word = RELATION_WORDS[a.relation.type] ?? { ar: a.relation.type, en: a.relation.type };
    return {
      text: { ar: `${word.ar} ${a.target.label.ar}`, en: `${word.en} ${a.target.label.en}` },
      status: a.status,
      sources: sourceRefs(base, a.relation.cite),
    };
  });
  return {
    id,
    type: r.type,
    subtype: r.subtype,
    label: r.label,
    description: r.description,
    wikidata: r.wikidata,
    articleDate,
    today,
    rolesThen: articleDate ? roles(articleDate) : [],
    rolesNow: roles(today),
    affiliations,
    timeline: nearestTimeline(base, r, at),
    statements: (r.statements ?? []).map((s) => ({
      text: s.text,
      ...(s.date ? { date: s.date } : {}),
      sources: sourceRefs(base, s.cite),
      ...(s.contradictedBy ? { contradictedBy: sourceRefs(base, s.contradictedBy) } : {}),
    })),
    figures: figuresOf(base, id).map((g) => g.figures.map((f) => figureLine(base, f))),
    event:
      r.type === 'event'
        ? {
            date: r.date,
            endDate: r.endDate ?? null,
            places: r.places.map((p) => labelOf(base, p)),
            participants: r.participants.map((p) => ({ label: labelOf(base, p.id), role: p.role })),
          }
        : null,
  };
}

function figureLine(base: FactBase, f: Figure): FigureLine {
  return {
    kind: f.kind,
    value: f.value,
    qualifier: f.qualifier,
    unit: f.unit,
    scope: f.scope ? labelOf(base, f.scope) : null,
    sources: sourceRefs(base, f.cite),
  };
}

/** The record's events closest in time to the article, shown oldest first. */
function nearestTimeline(base: FactBase, r: FactRecord, at: PartialDate): Line[] {
  const target = Date.parse(earliest(at));
  const events = timeline(base, r.id).flatMap((e) =>
    e.kind === 'event' && e.event.id !== r.id
      ? [{ date: e.date, text: e.event.label, sources: sourceRefs(base, e.event.cite.slice(0, 1)) }]
      : [],
  );
  return events
    .map((e) => ({ e, d: Math.abs(Date.parse(earliest(e.date)) - target) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, TIMELINE_LIMIT)
    .map((x) => x.e)
    .sort((a, b) => earliest(a.date).localeCompare(earliest(b.date)));
}
