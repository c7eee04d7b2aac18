/**
 * The one schema of the fact base (README "The fact base", docs/fact-packs.md). Every fact file under
 * src/facts/*.json is a `FactFile`; the loader merges them and then
 * `checkFactBase` adds the cross-record rules a per-file schema cannot see
 * (unique ids, dangling references, alias collisions, quote look-ups).
 */
import * as v from 'valibot';
import { ALIAS_KINDS, QUALIFIERS, type RecordType, SOURCE_KINDS, SOURCE_TIERS } from '../vocabulary';
import { Bilingual, Id, NonEmpty, PartialDate as PartialDateSchema } from './primitives';

export const Citation = v.strictObject({
  source: Id,
  /** Verbatim text of the source; for seed articles a test finds it in the file. */
  quote: NonEmpty,
});
const Cites = v.pipe(v.array(Citation), v.minLength(1, 'every fact cites at least one source'));

export const Source = v.strictObject({
  id: Id,
  kind: v.picklist(SOURCE_KINDS),
  tier: v.picklist(SOURCE_TIERS),
  /** Outlet name; null when a seed article does not say where it was published. */
  outlet: v.nullable(Bilingual),
  title: NonEmpty,
  /** Publication date, as precise as we know it. */
  date: v.nullable(PartialDateSchema),
  /** How `date` was established when the text does not print it. */
  dateNote: v.optional(NonEmpty),
  /** Seed sources: the file under src/facts/seeds/. */
  file: v.optional(v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/))),
  /** Web sources: the page address. */
  url: v.optional(v.pipe(v.string(), v.url())),
});

/** strong: matches anywhere; weak: a short form (bare family name, «الحشد») that counts only beside a strong alias of the same record on the page; misspelling: matches, and the name check flags it. */
export const AliasKind = v.picklist(ALIAS_KINDS);

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
  /** Why a short form (a bare family name) is strong: in this domain it names no one else. */
  note: v.optional(NonEmpty),
});

const Span = {
  start: v.optional(PartialDateSchema),
  end: v.optional(PartialDateSchema),
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
  date: v.optional(PartialDateSchema),
  cite: Cites,
  /**
   * Set when the statement is only what its `cite` sources say, and these sources show it wrong
   * (a seed's mistake is kept as that seed's claim, never as fact).
   */
  contradictedBy: v.optional(Cites),
});

export const Qualifier = v.picklist(QUALIFIERS);

export const Figure = v.strictObject({
  /** What is counted: attacks, missiles, troops, killed, injured… */
  kind: NonEmpty,
  value: v.pipe(v.number(), v.minValue(0)),
  qualifier: Qualifier,
  unit: Bilingual,
  /** Where or of whom, when the figure is narrower than its record (troops in Syria vs Iraq). */
  scope: v.optional(Id),
  /** The date the figure describes, if not the record's own. */
  asOf: v.optional(PartialDateSchema),
  cite: Cites,
});

export const Participant = v.strictObject({
  id: Id,
  role: v.picklist(['perpetrator', 'target', 'victim', 'party', 'announcer', 'mediator', 'host']),
  /** The source that names this participant in this role. */
  cite: v.optional(Cites),
});

const RecordBase = {
  id: Id,
  label: Bilingual,
  description: Bilingual,
  /** What the description rests on. */
  descriptionCite: v.optional(Cites),
  /** The Wikidata QID, checked against its page; null only where Wikidata has no item. */
  wikidata: v.nullable(v.pipe(v.string(), v.regex(/^Q\d+$/))),
  /** Why `wikidata` is null (no item exists; or the items found are other people or bodies). */
  noWikidata: v.optional(NonEmpty),
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
  date: PartialDateSchema,
  endDate: v.optional(PartialDateSchema),
  places: v.array(Id),
  /** What says where the event took place. */
  placesCite: v.optional(Cites),
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
/** Compile-time check: the schema's variants are exactly the declared record types. */
const _recordTypesMatch: [FactRecord['type']] extends [RecordType]
  ? [RecordType] extends [FactRecord['type']]
    ? true
    : never
  : never = true;

export const FactFile = v.strictObject({
  $comment: v.optional(v.string()),
  sources: v.optional(v.array(Source), []),
  records: v.optional(v.array(FactRecord), []),
});

export type PartialDate = v.InferOutput<typeof PartialDateSchema>;
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
export type { RecordType };
export type FactFile = v.InferOutput<typeof FactFile>;
