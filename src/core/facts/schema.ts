/**
 * The one schema of the fact base (DESIGN.md §2). Every fact file under
 * src/facts/*.json is a `FactFile`; the loader merges them and then
 * `checkFactBase` adds the cross-record rules a per-file schema cannot see
 * (unique ids, dangling references, alias collisions, quote look-ups).
 */
import * as v from 'valibot';

/** A date whose precision is its shape: "2020", "2020-01" or "2020-01-03". */
export const PartialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD'),
);

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lowercase ascii words joined by -'),
);
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));
const Bilingual = v.strictObject({ ar: NonEmpty, en: NonEmpty });

export const Citation = v.strictObject({
  source: Id,
  /** Verbatim text of the source; for seed articles a test finds it in the file. */
  quote: NonEmpty,
});
const Cites = v.pipe(v.array(Citation), v.minLength(1, 'every fact cites at least one source'));

export const Source = v.strictObject({
  id: Id,
  kind: v.picklist(['seed', 'web']),
  /** Outlet name; null when a seed article does not say where it was published. */
  outlet: v.nullable(Bilingual),
  title: NonEmpty,
  /** Publication date, as precise as we know it. */
  date: v.nullable(PartialDate),
  /** How `date` was established when the text does not print it. */
  dateNote: v.optional(NonEmpty),
  /** Seed sources: the file under src/facts/seeds/. */
  file: v.optional(v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/))),
  /** Web sources: the page address. */
  url: v.optional(v.pipe(v.string(), v.url())),
});

export const AliasKind = v.picklist([
  /** A full name or unambiguous form: matches anywhere. */
  'strong',
  /** A short form (bare family name, «الحشد»): matches only when a strong alias of the same record is on the page. */
  'weak',
  /** A known misspelling: matches, and the name check flags it. */
  'misspelling',
]);

export const Alias = v.strictObject({
  text: NonEmpty,
  lang: v.picklist(['ar', 'en']),
  kind: v.optional(AliasKind, 'strong'),
  /** For misspellings: the correct form. */
  correct: v.optional(NonEmpty),
  /** Words that, right after the alias, mean it is not this record («حزب الله اللبناني»). */
  notFollowedBy: v.optional(v.array(NonEmpty)),
  /** Words that, right before the alias, mean it is not this record. */
  notPrecededBy: v.optional(v.array(NonEmpty)),
  /** Source of a misspelling or unusual form, when one is worth citing. */
  cite: v.optional(v.array(Citation)),
});

const Span = {
  start: v.optional(PartialDate),
  end: v.optional(PartialDate),
};

export const Role = v.strictObject({
  title: Bilingual,
  /** The organisation or state the role is held in, if it is a record. */
  of: v.optional(Id),
  ...Span,
  cite: Cites,
});

export const RelationType = v.picklist([
  'member-of',
  'part-of',
  'leads',
  'allied-with',
  'backed-by',
  'located-in',
  'capital-of',
  'opposes',
]);

export const Relation = v.strictObject({
  type: RelationType,
  target: Id,
  ...Span,
  note: v.optional(Bilingual),
  cite: Cites,
});

export const Statement = v.strictObject({
  text: Bilingual,
  date: v.optional(PartialDate),
  cite: Cites,
});

export const Qualifier = v.picklist(['exact', 'more-than', 'at-least', 'about', 'up-to', 'less-than']);

export const Figure = v.strictObject({
  /** What is counted: attacks, missiles, troops, killed, injured… */
  kind: NonEmpty,
  value: v.pipe(v.number(), v.minValue(0)),
  qualifier: Qualifier,
  unit: Bilingual,
  /** Where or of whom, when the figure is narrower than its record (troops in Syria vs Iraq). */
  scope: v.optional(Id),
  /** The date the figure describes, if not the record's own. */
  asOf: v.optional(PartialDate),
  cite: Cites,
});

export const Participant = v.strictObject({
  id: Id,
  role: v.picklist(['perpetrator', 'target', 'victim', 'party', 'announcer', 'mediator', 'host']),
});

const RecordBase = {
  id: Id,
  label: Bilingual,
  description: Bilingual,
  /** A Wikidata QID only where certain. */
  wikidata: v.nullable(v.pipe(v.string(), v.regex(/^Q\d+$/))),
  aliases: v.array(Alias),
  /** Finer kind for display and filtering: militia, party, government, country, city, base… */
  subtype: NonEmpty,
  roles: v.optional(v.array(Role)),
  relations: v.optional(v.array(Relation)),
  statements: v.optional(v.array(Statement)),
  figures: v.optional(v.array(Figure)),
};

export const Person = v.strictObject({ type: v.literal('person'), ...RecordBase });
export const Organization = v.strictObject({ type: v.literal('organization'), ...RecordBase });
export const Place = v.strictObject({ type: v.literal('place'), ...RecordBase });
export const Event = v.strictObject({
  type: v.literal('event'),
  ...RecordBase,
  date: PartialDate,
  endDate: v.optional(PartialDate),
  places: v.array(Id),
  participants: v.array(Participant),
  /**
   * Words that, in a sentence naming one of the event's participants or places,
   * tie a date or count there to this event («صوت» beside «البرلمان العراقي»).
   */
  cues: v.optional(v.array(NonEmpty)),
  /** Related events (a strike and the retaliation it answered). */
  related: v.optional(v.array(Id)),
  cite: Cites,
});

export const FactRecord = v.variant('type', [Person, Organization, Place, Event]);

export const FactFile = v.strictObject({
  $comment: v.optional(v.string()),
  sources: v.optional(v.array(Source), []),
  records: v.optional(v.array(FactRecord), []),
});

export type PartialDate = v.InferOutput<typeof PartialDate>;
export type Citation = v.InferOutput<typeof Citation>;
export type Source = v.InferOutput<typeof Source>;
export type Alias = v.InferOutput<typeof Alias>;
export type AliasKind = v.InferOutput<typeof AliasKind>;
export type Role = v.InferOutput<typeof Role>;
export type Relation = v.InferOutput<typeof Relation>;
export type RelationType = v.InferOutput<typeof RelationType>;
export type Statement = v.InferOutput<typeof Statement>;
export type Figure = v.InferOutput<typeof Figure>;
export type Qualifier = v.InferOutput<typeof Qualifier>;
export type FactRecord = v.InferOutput<typeof FactRecord>;
export type EventRecord = v.InferOutput<typeof Event>;
export type RecordType = FactRecord['type'];
export type FactFile = v.InferOutput<typeof FactFile>;
