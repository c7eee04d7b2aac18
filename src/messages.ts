/**
 * Every message between the contexts (content scripts, background, popup) in
 * one map: name → the schema of its parameters and the schema of its reply.
 * Both ends validate with valibot: a request that is not ours or is malformed is
 * dropped (other extensions and pages can message us too), and a reply that does
 * not fit its schema is an error, so no caller ever casts a reply.
 *
 * On the wire a request is `{ type: name, ...params }`. docs/architecture.md
 * lists who sends what.
 */
import * as v from 'valibot';
import { deferred } from './core/deferred-schema';
import { Annotation, PassageSelector } from './core/notes/annotation';
import { PackManifest } from './core/packs/manifest';
import { HINT_LIMITS } from './core/page/date-hints';
import {
  ALIAS_KINDS,
  CLAIM_KINDS,
  CLAIM_REASONS,
  NOTE_MARKS,
  QUALIFIERS,
  RECORD_TYPES,
  SOURCE_KINDS,
  SOURCE_TIERS,
  VERDICTS,
} from './core/vocabulary';
import { FRAME_TEXT, FRAME_TEXT_MESSAGE } from './frame-message';
import { requestWith } from './message-request';

const Text = v.string();
const Bi = deferred(() => v.object({ ar: Text, en: Text }));
const RecordId = deferred(() => v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(120)));
const Index = deferred(() => v.pipe(v.number(), v.integer(), v.minValue(0)));
const DateText = deferred(() => v.nullable(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))));
const RecordType = deferred(() => v.picklist(RECORD_TYPES));
const Kind = deferred(() => v.picklist(CLAIM_KINDS));
const Verdict = deferred(() => v.picklist(VERDICTS));
const AliasKind = deferred(() => v.picklist(ALIAS_KINDS));
const Qualifier = deferred(() => v.picklist(QUALIFIERS));

const SourceRef = deferred(() =>
  v.object({
    kind: v.picklist(SOURCE_KINDS),
    tier: v.picklist(SOURCE_TIERS),
    outlet: v.nullable(Bi),
    title: Text,
    date: v.nullable(Text),
    url: v.nullable(Text),
    quote: Text,
  }),
);
const Line = deferred(() =>
  v.object({
    text: Bi,
    status: v.optional(v.picklist(['current', 'former', 'future'])),
    date: v.optional(Text),
    sources: v.array(SourceRef),
    contradictedBy: v.optional(v.array(SourceRef)),
  }),
);
const FigureLine = deferred(() =>
  v.object({
    kind: Text,
    value: v.number(),
    qualifier: Qualifier,
    unit: Bi,
    scope: v.nullable(Bi),
    sources: v.array(SourceRef),
  }),
);
/** What a context card shows (core/card/model.ts `CardModel`). */
export const CardModel = deferred(() =>
  v.object({
    id: RecordId,
    type: RecordType,
    subtype: Text,
    label: Bi,
    description: Bi,
    wikidata: v.nullable(Text),
    articleDate: DateText,
    today: Text,
    rolesThen: v.array(Line),
    rolesNow: v.array(Line),
    affiliations: v.array(Line),
    timeline: v.array(Line),
    statements: v.array(Line),
    figures: v.array(v.array(FigureLine)),
    event: v.nullable(
      v.object({
        date: Text,
        endDate: v.nullable(Text),
        places: v.array(Bi),
        participants: v.array(v.object({ label: Bi, role: Text })),
      }),
    ),
  }),
);

const Day = deferred(() => v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)));
/** What a claim says or what is recorded, as data (core/claims/claim.ts `ClaimValue`). */
const ClaimValue = deferred(() =>
  v.variant('type', [
    v.object({ type: v.literal('date'), date: Day }),
    v.object({ type: v.literal('weekday'), weekday: v.pipe(Index, v.maxValue(6)), date: Day }),
    v.object({
      type: v.literal('quantity'),
      value: v.number(),
      qualifier: Qualifier,
      upper: v.optional(v.number()),
      unit: v.nullable(Bi),
      kind: Text,
      asOf: v.optional(Day),
    }),
    v.object({ type: v.literal('title'), text: Text, key: Text, former: v.boolean() }),
    v.object({ type: v.literal('role'), title: Bi, start: v.optional(Day), end: v.optional(Day) }),
    v.object({ type: v.literal('name'), text: Bi }),
  ]),
);

/** What a claim card shows (core/card/claim-view.ts `ClaimView`). */
export const ClaimView = deferred(() =>
  v.object({
    kind: Kind,
    verdict: Verdict,
    text: Text,
    claimed: ClaimValue,
    recorded: v.array(v.object({ value: ClaimValue, sources: v.array(SourceRef) })),
    reason: v.nullable(v.picklist(CLAIM_REASONS)),
    subject: v.nullable(v.object({ id: RecordId, label: Bi })),
  }),
);

export const Entity = deferred(() =>
  v.object({ id: RecordId, type: RecordType, label: Bi, wikidata: v.nullable(Text) }),
);

const Span = deferred(() => v.object({ start: Index, end: Index }));

/** What a page offers about its own date (core/page/date-hints): the background reads the date from it. */
const L = HINT_LIMITS;
const Cut = (n: number) => v.pipe(v.string(), v.maxLength(n));
const DateHints = deferred(() =>
  v.object({
    metas: v.pipe(v.array(v.tuple([Cut(L.metaLength), Cut(L.metaLength)])), v.maxLength(L.metas)),
    jsonLd: v.pipe(v.array(Cut(L.jsonLdLength)), v.maxLength(L.jsonLd)),
    times: v.pipe(v.array(Cut(L.timeLength)), v.maxLength(L.times)),
    text: Cut(L.text),
  }),
);

/** What the page sends to be matched: a batch of its text, the runs (blocks) in it, and what it knows. */
const MatchParams = deferred(() =>
  v.object({
    /**
     * The page scan this batch belongs to: the background remembers which records have a strong
     * mention in the scan's earlier batches, so a page may send batches without waiting for replies.
     */
    session: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/)),
    text: v.pipe(v.string(), v.maxLength(4_000_000)),
    runs: v.array(Span),
    /** Records the page knows to have a strong mention (from earlier scans): their weak aliases count here. */
    present: v.array(RecordId),
    /** The article date the page knows (used when the background has no date for this scan). */
    date: DateText,
    /** The page's date hints, with the first batch of a scan (and after the page's address changes). */
    hints: v.optional(DateHints),
  }),
);
const MatchReply = deferred(() =>
  v.object({
    /** The article date the claims were judged at. */
    date: DateText,
    /** Records mentioned in the batch; mentions point into this list. */
    entities: v.array(Entity),
    mentions: v.array(
      v.object({
        start: Index,
        end: Index,
        entity: Index,
        aliasKind: AliasKind,
        correct: v.optional(Text),
      }),
    ),
    claims: v.array(
      v.object({ start: Index, end: Index, subject: v.nullable(RecordId), expected: Text, view: ClaimView }),
    ),
    /** With a scan's first batch: how many notes and marks the reader keeps on this page. */
    notes: v.optional(Index),
  }),
);

const RecordSummary = deferred(() => v.object({ id: RecordId, type: RecordType, label: Bi, count: Index }));
const ClaimSummary = deferred(() =>
  v.object({
    /** Position among the page's claims in document order: what `siyaq:reveal-claim` takes. */
    index: Index,
    kind: Kind,
    verdict: Verdict,
    text: Text,
    /** The recorded value(s), "" when nothing is recorded. */
    expected: Text,
    /** The editor's mark on it, if any, and their comment. */
    mark: v.nullable(v.picklist(NOTE_MARKS)),
    comment: Text,
  }),
);
export const PageSummary = deferred(() =>
  v.object({
    enabled: v.boolean(),
    date: DateText,
    records: v.array(RecordSummary),
    mentionCount: Index,
    claims: v.array(ClaimSummary),
    /** The page's notes: each with its passage and whether it was found on the page (false: an orphan). */
    notes: v.array(
      v.object({ id: Text, quote: Text, comment: Text, tags: v.array(Text), placed: v.boolean() }),
    ),
  }),
);

const PackReply = deferred(() =>
  v.variant('ok', [
    v.object({ ok: v.literal(true), manifest: PackManifest }),
    v.object({ ok: v.literal(false), error: Text }),
  ]),
);

/** The editor's report of a page (ui/report.ts writes it as Markdown). */
export const PageReport = deferred(() =>
  v.object({
    page: Text,
    title: Text,
    date: DateText,
    generated: Text,
    claims: v.array(
      v.object({
        text: Text,
        kind: Kind,
        verdict: Verdict,
        subject: v.nullable(v.object({ id: RecordId, label: Bi })),
        expected: Text,
        claimed: ClaimValue,
        recorded: v.array(v.object({ value: ClaimValue, sources: v.array(SourceRef) })),
        reason: v.nullable(v.picklist(CLAIM_REASONS)),
        mark: v.nullable(v.picklist(NOTE_MARKS)),
        comment: Text,
      }),
    ),
  }),
);

/** Where the background keeps its knowledge: IndexedDB, or memory when the database failed (with why). */
export const KnowledgeStatus = deferred(() =>
  v.object({
    storage: v.picklist(['indexeddb', 'memory']),
    error: v.nullable(Text),
    packs: v.array(v.object({ manifest: PackManifest, bundled: v.boolean() })),
    aliasCount: Index,
    /** How the matcher was obtained when the background last started. */
    matcher: v.picklist(['restored', 'compiled']),
    /** When the background loaded this knowledge (ms since the epoch): a restarted worker has a later one. */
    loadedAt: v.number(),
  }),
);

const None = deferred(() => v.object({}));

const Write = deferred(() =>
  v.variant('ok', [v.object({ ok: v.literal(true) }), v.object({ ok: v.literal(false), error: Text })]),
);
const NoteId = deferred(() => v.pipe(v.string(), v.regex(/^urn:uuid:[0-9a-f-]{36}$/i)));

/** The message map. Handled by: background (B) or the tab's content script (C). */
export const MESSAGES = {
  /** C→B: mentions and claims in a batch of page text. */
  'siyaq:match': { params: MatchParams, reply: MatchReply },
  /** C→B: a record's card at a date (null when the record is unknown). */
  'siyaq:card': {
    params: deferred(() => v.object({ id: RecordId, date: DateText })),
    reply: deferred(() => v.nullable(CardModel)),
  },
  /** C→B: inject the notes' code (notes-ui.js) into the asking frame; true once it is there. */
  'siyaq:load-notes-ui': { params: None, reply: deferred(() => v.boolean()) },
  [FRAME_TEXT_MESSAGE]: FRAME_TEXT,
  /** C→B: inject the card UI (card-ui.js) into the asking frame; true once it is there. */
  'siyaq:load-card-ui': { params: None, reply: deferred(() => v.boolean()) },
  /**
   * C→B: the tab's mention count, for the toolbar badge, when it differs from what the replies
   * added up to (the background counts those itself): mentions removed or skipped as the page changed.
   */
  'siyaq:count': { params: deferred(() => v.object({ count: Index })), reply: deferred(() => v.null()) },
  /** C→B: Siyaq is on or off in this tab (the reader's switches): the toolbar icon shows which. */
  'siyaq:tab-state': {
    params: deferred(() => v.object({ on: v.boolean() })),
    reply: deferred(() => v.null()),
  },
  /** popup/options→B: packs, storage and matcher state. */
  'siyaq:status': { params: None, reply: KnowledgeStatus },
  /** popup/options→B: add (or replace) a user pack; a bad pack is rejected whole with its first error. */
  'siyaq:add-pack': { params: deferred(() => v.object({ pack: v.unknown() })), reply: PackReply },
  /** options→B: a pack whole, to export it (null: no such pack). */
  'siyaq:get-pack': {
    params: deferred(() => v.object({ id: RecordId })),
    reply: deferred(() =>
      v.nullable(
        v.object({ manifest: PackManifest, sources: v.array(v.unknown()), records: v.array(v.unknown()) }),
      ),
    ),
  },
  /** popup/options→B: remove a user pack (bundled packs cannot be removed). */
  'siyaq:remove-pack': {
    params: deferred(() => v.object({ id: RecordId })),
    reply: deferred(() =>
      v.variant('ok', [v.object({ ok: v.literal(true) }), v.object({ ok: v.literal(false), error: Text })]),
    ),
  },
  /** popup→C: what the page mentions and claims. */
  'siyaq:summary': { params: None, reply: PageSummary },
  /** popup→C: scroll to a record's first mention and open its card. */
  'siyaq:reveal': { params: deferred(() => v.object({ id: RecordId })), reply: deferred(() => v.boolean()) },
  /** popup→C: scroll to a claim and open its card. */
  'siyaq:reveal-claim': {
    params: deferred(() => v.object({ index: v.pipe(Index, v.maxValue(100_000)) })),
    reply: deferred(() => v.boolean()),
  },
  /** C/popup→B: the notes and marks kept for a page (its address without the fragment). */
  'siyaq:notes-for-page': {
    params: deferred(() => v.object({ page: v.pipe(v.string(), v.url()) })),
    reply: deferred(() => v.array(Annotation)),
  },
  /** popup/notes view→B: every note and mark. */
  'siyaq:notes-all': { params: None, reply: deferred(() => v.array(Annotation)) },
  /** C→B: save a note; `previous` is the `modified` it was edited from (null for a new one). */
  'siyaq:note-save': {
    params: deferred(() => v.object({ note: Annotation, previous: v.nullable(v.string()) })),
    reply: Write,
  },
  /** C/popup→B: delete a note; the reply carries it, for undo. */
  'siyaq:note-delete': {
    params: deferred(() => v.object({ id: NoteId })),
    reply: deferred(() =>
      v.variant('ok', [
        v.object({ ok: v.literal(true), note: Annotation }),
        v.object({ ok: v.literal(false), error: Text }),
      ]),
    ),
  },
  /** popup/notes view→B: import a W3C annotation export, whole or not at all. */
  'siyaq:notes-import': {
    params: deferred(() => v.object({ data: v.unknown() })),
    reply: deferred(() =>
      v.variant('ok', [
        v.object({ ok: v.literal(true), added: Index, updated: Index }),
        v.object({ ok: v.literal(false), error: Text }),
      ]),
    ),
  },
  /** C→B: find passages approximately (Arabic-folded, a few edits) in the page's text; null: an orphan. */
  'siyaq:notes-anchor': {
    params: deferred(() =>
      v.object({
        text: v.pipe(v.string(), v.maxLength(20_000_000)),
        selectors: v.pipe(v.array(PassageSelector), v.maxLength(1000)),
      }),
    ),
    reply: deferred(() =>
      v.array(
        v.nullable(
          v.object({ start: Index, end: Index, method: v.picklist(['position', 'quote', 'fuzzy']) }),
        ),
      ),
    ),
  },
  /** popup→C: mark a claim (null clears the mark), with an optional comment; stored as an assessing note. */
  'siyaq:mark-claim': {
    params: deferred(() =>
      v.object({
        index: v.pipe(Index, v.maxValue(100_000)),
        mark: v.nullable(v.picklist(NOTE_MARKS)),
        comment: v.pipe(v.string(), v.maxLength(20_000)),
      }),
    ),
    reply: Write,
  },
  /** popup→C: the page's claim report: every claim with its verdict, the recorded values and the editor's marks. */
  'siyaq:report': { params: None, reply: PageReport },
  /** B→C: the reader asked to note the selection (the shortcut or the context menu). */
  'siyaq:add-note': { params: None, reply: deferred(() => v.boolean()) },
  /** B→C: the next (1) or previous (-1) mention's card, from the keyboard command; false: nothing done. */
  'siyaq:step': {
    params: deferred(() => v.object({ step: v.picklist([1, -1]) })),
    reply: deferred(() => v.boolean()),
  },
  /** popup→C: turn Siyaq on or off in this tab. */
  'siyaq:set-enabled': { params: deferred(() => v.object({ enabled: v.boolean() })), reply: PageSummary },
} as const;

/** Messages are never mutated: readonly all the way down, so core's readonly types fit them. */
type DeepReadonly<T> = T extends readonly unknown[]
  ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export type MessageName = keyof typeof MESSAGES;
export type Params<N extends MessageName> = DeepReadonly<v.InferOutput<(typeof MESSAGES)[N]['params']>>;
export type Reply<N extends MessageName> = DeepReadonly<v.InferOutput<(typeof MESSAGES)[N]['reply']>>;
export type PageSummary = DeepReadonly<v.InferOutput<typeof PageSummary>>;
export type RecordSummary = PageSummary['records'][number];
export type ClaimSummary = PageSummary['claims'][number];
export type PageReport = DeepReadonly<v.InferOutput<typeof PageReport>>;
export type MatchReply = Reply<'siyaq:match'>;
export type KnowledgeStatus = DeepReadonly<v.InferOutput<typeof KnowledgeStatus>>;

/** An incoming request, narrowed: the name and its validated parameters. */
export type Request = { [N in MessageName]: { name: N; params: Params<N> } }[MessageName];

const isName = (x: unknown): x is MessageName => typeof x === 'string' && Object.hasOwn(MESSAGES, x);

/** Narrows an incoming value to one of our requests, or null (not ours, or malformed). */
export function parseRequest(raw: unknown): Request | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { type, ...rest } = raw as { type?: unknown };
  if (!isName(type)) return null;
  const parsed = v.safeParse(MESSAGES[type].params, rest);
  return parsed.success ? ({ name: type, params: parsed.output } as Request) : null;
}

/** Sends a request with `transport` (runtime.sendMessage, tabs.sendMessage…) and validates the reply. */
export function request<N extends MessageName>(
  transport: (message: unknown) => Promise<unknown>,
  name: N,
  params: Params<N>,
): Promise<Reply<N>> {
  return requestWith(transport, name, MESSAGES[name], params as never) as Promise<Reply<N>>;
}

export type Handlers<S> = {
  readonly [N in MessageName]?: (params: Params<N>, sender: S) => Reply<N> | Promise<Reply<N>>;
};

/**
 * Answers a raw incoming message with `handlers`: a promise of the reply, or
 * undefined when the message is not ours, malformed, or not handled here (so
 * another listener may answer it).
 */
export function dispatch<S>(handlers: Handlers<S>, raw: unknown, sender: S): Promise<unknown> | undefined {
  const req = parseRequest(raw);
  if (!req) return undefined;
  const handler = handlers[req.name] as ((params: unknown, sender: S) => unknown) | undefined;
  if (!handler) return undefined;
  return Promise.resolve().then(() => handler(req.params, sender));
}

export { ReplyError } from './message-request';
