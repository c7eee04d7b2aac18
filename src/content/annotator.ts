/**
 * Finds mentions and claims in the page's text and keeps them painted. Text
 * runs come from the shared walker (core/page/collect) and are sent in batches
 * to the background, which owns the fact base and answers with mentions and
 * claims; each becomes a StaticRange over the text nodes as they were read.
 * Re-scans are per subtree, so content added later costs only what was added.
 */

import { shapingSpan } from '../core/arabic/shaping';
import type { AliasKind } from '../core/facts/schema';
import type { MentionEntity } from '../core/match/matcher';
import { isBlock, type RawRun, RUN_SEPARATOR, type TreeNode, walkRuns } from '../core/page/collect';
import { RECORD_TYPES, type RecordType } from '../core/vocabulary';
import type { MatchReply, Params } from '../messages';
import type { Density } from '../settings';
import type { Painter } from './highlights';
import { runChunked } from './scheduler';

/** Words on the page the extension marks: a mention or a claim. */
export interface PageSpan {
  readonly range: StaticRange;
  /** Text nodes the span covers, first to last. */
  readonly nodes: readonly Text[];
  /** The block that holds it: painted while that block is near the viewport. */
  readonly block: Element;
}

export interface PageMention extends PageSpan {
  readonly kind: 'mention';
  readonly entity: MentionEntity;
  readonly surface: string;
  readonly aliasKind: AliasKind;
  readonly correct?: string;
  /** Claims on the same words (a title with the name, a misspelt name): the mention's card shows them. */
  readonly claims: readonly PageClaim[];
}

export type ClaimInfo = MatchReply['claims'][number];

export interface PageClaim extends PageSpan {
  readonly kind: 'claim';
  readonly claim: ClaimInfo;
}

/** Asks the background for the mentions and claims of one batch of text. */
export type MatchRequester = (params: Params<'siyaq:match'>) => Promise<MatchReply>;

/** Batches of about this many characters are matched together (weak aliases see the whole batch). */
const BATCH_CHARS = 20_000;
/** Batches sent and not yet answered, at most: the page's memory stays bounded on huge pages. */
const MAX_IN_FLIGHT = 4;
/** Spans turned into ranges per step while applying a reply. */
const SPANS_PER_STEP = 64;
/** Runs whose replies are kept to paint them again at once when a page renders the same text anew. */
const REPLAY_RUNS = 256;
/** A changed subtree with more text than this is scanned as usual, never replayed. */
const REPLAY_MAX_CHARS = 50_000;

/** What a reply said about one run, with offsets from the run's start: kept for `replay`. */
interface RunReply {
  readonly mentions: readonly (Omit<MatchReply['mentions'][number], 'entity'> & { entity: MentionEntity })[];
  readonly claims: readonly ClaimInfo[];
}

/** A batch of runs as read: the nodes, the text each held then, and where each starts in the batch text. */
interface Batch {
  readonly runs: RawRun<Text>[];
  readonly nodes: Text[];
  readonly datas: string[];
  readonly starts: number[];
  readonly blocks: Element[];
  /** Per node: the index of its run's block in `blocks`. */
  readonly blockOfNode: number[];
  size: number;
}

/** A batch sent to the background, and its reply once it is here. */
interface Pending {
  readonly batch: Batch;
  readonly text: string;
  promise: Promise<void>;
  done: boolean;
  reply: MatchReply | null;
}

/** Ids that tell one page scan from another (crypto.randomUUID is missing on http pages). */
const newSession = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;

const newBatch = (): Batch => ({
  runs: [],
  nodes: [],
  datas: [],
  starts: [],
  blocks: [],
  blockOfNode: [],
  size: 0,
});

/** The article date: what the page knows, and what to do when a reply says which date was used. */
export interface DateLink {
  readonly known: () => string | null;
  readonly learned: (date: string | null) => void;
}

/** What the reader chose to see (settings): record types, density, claims. */
export interface Display {
  readonly types: readonly RecordType[];
  readonly density: Density;
  readonly claims: boolean;
}

export const SHOW_ALL: Display = { types: RECORD_TYPES, density: 'all', claims: true };

export class Annotator {
  readonly #match: MatchRequester;
  /** Set before a scan; a change takes a new scan (reset, then scan). */
  display: Display = SHOW_ALL;
  /** Records with a shown mention: the density "first" shows one per record. */
  readonly #shownRecords = new Set<string>();
  readonly #painter: Painter;
  readonly #date: DateLink;
  /** Date hints to send with the next batch (a new scan, or the page's address changed). */
  #hints: Params<'siyaq:match'>['hints'] | undefined;
  /** The last hints given, sent again when the page is judged anew. */
  #lastHints: Params<'siyaq:match'>['hints'] | undefined;
  /** The article date the painted claims were judged at: undefined until a reply says. */
  #judgedAt: string | null | undefined;
  /** A reply came back judged at another date: what was painted before must be judged again. */
  #rejudge = false;
  readonly #byNode = new Map<Text, PageMention[]>();
  readonly #claimsByNode = new Map<Text, PageClaim[]>();
  readonly #mentions = new Set<PageMention>();
  readonly #claims = new Set<PageClaim>();
  /** Records with a strong mention somewhere on the page: their weak aliases count. */
  readonly #present = new Set<string>();
  /** Elements whose text was skipped because they were hidden. */
  readonly #hidden = new Set<Element>();
  #generation = 0;
  #session = newSession();
  /** Mentions in this session's replies: what the background has counted for the badge. */
  #received = 0;
  #failed = false;
  /** `ordered()` and `orderedClaims()` as last sorted; null after a change. */
  #ordered: PageMention[] | null = null;
  #orderedClaims: PageClaim[] | null = null;
  /** Replies by run text, oldest first: a page that renders the same text again is painted from here. */
  readonly #runReplies = new Map<string, RunReply>();
  /** Open shadow roots read so far: hit-testing looks into them. */
  readonly #shadowRoots = new Set<ShadowRoot>();
  /** How many notes the reader keeps on this page, once the first reply says. */
  pageNotes = 0;
  onChange: () => void = () => {};
  /** Hears of every open shadow root a scan reads (the watcher observes it). */
  onShadowRoot: (root: ShadowRoot) => void = () => {};

  constructor(match: MatchRequester, painter: Painter, date: DateLink) {
    this.#match = match;
    this.#painter = painter;
    this.#date = date;
  }

  /** Whether the background's count of mentions (from its replies) is the page's count. */
  get countKnown(): boolean {
    return this.#received === this.#mentions.size;
  }

  /** The page's date hints, sent with the next batch: the background reads the article date from them. */
  setDateHints(hints: NonNullable<Params<'siyaq:match'>['hints']>): void {
    this.#hints = hints;
    this.#lastHints = hints;
  }

  get mentions(): ReadonlySet<PageMention> {
    return this.#mentions;
  }

  get claims(): ReadonlySet<PageClaim> {
    return this.#claims;
  }

  /** Scans `root` in slices; a reset stops a running scan at its next step. */
  async scan(root: Node): Promise<void> {
    const generation = this.#generation;
    await runChunked(this.#steps(root), () => generation !== this.#generation);
    if (this.#rejudge && generation === this.#generation) {
      // The article date moved (a new address, new date hints): claims painted earlier were judged
      // at the old date. Judge the whole page again at the new one.
      const page = root.ownerDocument?.body ?? root;
      this.reset();
      this.#hints = this.#lastHints;
      await this.scan(page);
      return;
    }
    this.onChange();
  }

  *#steps(root: Node): Generator<Promise<unknown> | undefined> {
    // Batches go out as soon as they are full; the background answers them in order, so the
    // page keeps reading while it waits, and paints each reply when it is here.
    const inflight: Pending[] = [];
    // Runs as read, checked for what a reader sees only when a batch is full: the checks read
    // styles, and done together they cost one style update, not one per run (painting between
    // them dirties the styles again: on 100,000 spans that was 50 s).
    let raws: RawRun<Text>[] = [];
    let size = 0;
    const send = () => {
      const batch = newBatch();
      const readable = new Map<Element, boolean>();
      for (const raw of raws) {
        const run = this.#readablePart(raw, readable);
        if (run) addRun(batch, run);
      }
      raws = [];
      size = 0;
      if (batch.runs.length) inflight.push(this.#send(batch));
    };
    const onShadowRoot = (node: TreeNode) => {
      const r = node as unknown as ShadowRoot;
      if (!this.#shadowRoots.has(r)) this.#painter.styleShadowRoot(r);
      this.#shadowRoots.add(r);
      this.onShadowRoot(r);
    };
    for (const raw of walkRuns(root as unknown as TreeNode, onShadowRoot)) {
      if (raw) {
        raws.push(raw as unknown as RawRun<Text>);
        size += raw.text.length;
        if (size >= BATCH_CHARS) {
          send();
          if (inflight.length > MAX_IN_FLIGHT) yield (inflight[0] as Pending).promise;
        }
      }
      while (inflight[0]?.done) yield* this.#apply(inflight.shift() as Pending);
      yield;
    }
    if (raws.length) send();
    for (const pending of inflight) {
      if (!pending.done) yield pending.promise;
      yield* this.#apply(pending);
    }
  }

  /**
   * The part of a run a reader sees and does not type in: text in hidden elements (display:none,
   * [hidden], visibility:hidden) and in editable regions or designMode documents is left out.
   * Hidden elements are remembered, to be read when they are shown.
   */
  #readablePart(run: RawRun<Text>, readable: Map<Element, boolean>): RawRun<Text> | null {
    const doc = (run.nodes[0] as Text).ownerDocument;
    if (doc.designMode === 'on') return null;
    const nodes: Text[] = [];
    const datas: string[] = [];
    for (const [i, node] of run.nodes.entries()) {
      // Text straight under a shadow root is as readable as its host.
      const el = node.parentElement ?? (node.parentNode && (hostOf(node.parentNode) as HTMLElement | null));
      if (!el) continue;
      let ok = readable.get(el);
      if (ok === undefined) {
        const shown = isShown(el);
        ok = shown && !el.isContentEditable;
        if (!shown) this.#hidden.add(el);
        readable.set(el, ok);
      }
      if (ok) {
        nodes.push(node);
        datas.push(run.datas[i] as string);
      }
    }
    if (nodes.length === run.nodes.length) return run;
    return nodes.length ? { nodes, datas, text: datas.join('') } : null;
  }

  /** Elements inside `root` whose text was left out as hidden and that are shown now: to be read. */
  takeShownWithin(root: Node): Element[] {
    if (!this.#hidden.size) return [];
    const out = [...this.#hidden].filter((el) => holds(root, el) && isShown(el));
    for (const el of out) this.#hidden.delete(el);
    return out;
  }

  /**
   * A new article (the address changed): weak aliases count only for records named strongly on
   * the page as it is now, not on the article it replaced.
   */
  newArticle(): void {
    // The background's session remembers the strong names it saw: a new article starts a new one.
    this.#session = newSession();
    this.#received = 0;
    this.#runReplies.clear(); // weak aliases were resolved against the article it replaced
    this.#present.clear();
    for (const m of this.#mentions) if (m.aliasKind !== 'weak') this.#present.add(m.entity.id);
  }

  #send(batch: Batch): Pending {
    const runs: { start: number; end: number }[] = [];
    let offset = 0;
    for (const run of batch.runs) {
      if (runs.length) offset += RUN_SEPARATOR.length;
      runs.push({ start: offset, end: offset + run.text.length });
      offset += run.text.length;
    }
    const text = batch.runs.map((r) => r.text).join(RUN_SEPARATOR);
    const hints = this.#hints;
    this.#hints = undefined;
    const request = {
      session: this.#session,
      text,
      runs,
      present: [...this.#present],
      date: this.#date.known(),
      ...(hints ? { hints } : {}),
    };
    const pending: Pending = { batch, text, done: false, reply: null, promise: Promise.resolve() };
    const generation = this.#generation;
    pending.promise = this.#match(request).then(
      (reply) => {
        pending.reply = reply;
        pending.done = true;
        if (generation !== this.#generation) return; // a reply to a scan since reset: not this page's
        this.#received += reply.mentions.length;
        this.#date.learned(reply.date);
        if (reply.notes !== undefined) this.pageNotes = reply.notes;
        if (this.#judgedAt === undefined) this.#judgedAt = reply.date;
        else if (reply.date !== this.#judgedAt) this.#rejudge = true;
      },
      (e: unknown) => {
        pending.done = true;
        // The extension was reloaded or updated under this page: stop quietly, say it once.
        if (!this.#failed) console.info('Siyaq: no answer from the extension', e);
        this.#failed = true;
      },
    );
    return pending;
  }

  /**
   * Turns a reply into painted spans, skipping any whose text changed since it was read. The
   * reply's spans are registered with the painter together, once all are read: each registration
   * between our slices repaints the blocks it touches, and one paragraph of a megabyte took
   * 100–200 ms per repaint, four or five times over.
   */
  *#apply({ batch, text, reply }: Pending, paintNow = false): Generator<undefined> {
    if (!reply) return;
    const toPaint: (PageMention | PageClaim)[] = [];
    const span = (from: number, to: number): PageSpan | null => {
      // The painted range only: the mention's offsets (its surface, its claims) stay as matched.
      const [start, end] = paintedSpan(batch, text, from, to);
      const first = nodeIndexAt(batch.starts, start);
      const last = nodeIndexAt(batch.starts, end - 1);
      for (let i = first; i <= last; i++) {
        const n = batch.nodes[i] as Text;
        if (!n.isConnected || n.data !== batch.datas[i]) return null;
      }
      const range = new StaticRange({
        startContainer: batch.nodes[first] as Text,
        startOffset: start - (batch.starts[first] as number),
        endContainer: batch.nodes[last] as Text,
        endOffset: end - (batch.starts[last] as number),
      });
      const block = batch.blocks[batch.blockOfNode[first] as number] as Element;
      return { range, nodes: batch.nodes.slice(first, last + 1), block };
    };
    const claims: PageClaim[] = [];
    let done = 0;
    for (const claim of reply.claims) {
      const s = span(claim.start, claim.end);
      if (s) {
        const c: PageClaim = { kind: 'claim', claim, ...s };
        claims.push(c);
        if (this.#addClaim(c)) toPaint.push(c);
      }
      if (++done % SPANS_PER_STEP === 0) yield;
    }
    for (const m of reply.mentions) {
      const s = span(m.start, m.end);
      if (s) {
        const mention: PageMention = {
          kind: 'mention',
          entity: reply.entities[m.entity] as MentionEntity,
          surface: text.slice(m.start, m.end),
          aliasKind: m.aliasKind,
          ...(m.correct ? { correct: m.correct } : {}),
          ...s,
          claims: claims.filter((c) => c.claim.start < m.end && m.start < c.claim.end),
        };
        if (this.#add(mention)) toPaint.push(mention);
      }
      if (++done % SPANS_PER_STEP === 0) yield;
    }
    this.#keepRunReplies(batch, reply);
    // Spans removed while we read (the page changed them, or a reset) are not painted.
    for (const x of toPaint) {
      if (x.kind === 'claim' && this.#claims.has(x))
        this.#painter.add(`claim-${x.claim.view.verdict}`, x.range, x.block, paintNow);
      else if (x.kind === 'mention' && this.#mentions.has(x))
        this.#painter.add(x.entity.type, x.range, x.block, paintNow);
    }
  }

  /** Remembers what `reply` said about each run of `batch`, for `replay` (one sweep: pages have thousands of runs). */
  #keepRunReplies(batch: Batch, reply: MatchReply): void {
    const byStart = <T extends { start: number }>(xs: readonly T[]) =>
      [...xs].sort((a, b) => a.start - b.start);
    const mentions = byStart(reply.mentions);
    const claims = byStart(reply.claims);
    let m = 0;
    let c = 0;
    let start = 0;
    /** The furthest end of the claims seen so far. */
    let reach = 0;
    for (const run of batch.runs) {
      const end = start + run.text.length;
      const inRun: RunReply = { mentions: [], claims: [] };
      for (; m < mentions.length && (mentions[m] as { start: number }).start < end; m++) {
        const x = mentions[m] as MatchReply['mentions'][number];
        const entity = reply.entities[x.entity] as MentionEntity;
        (inRun.mentions as RunReply['mentions'][number][]).push({
          ...x,
          start: x.start - start,
          end: x.end - start,
          entity,
        });
      }
      // A claim read across runs cannot be replayed run by run: none of its runs is kept.
      let whole = reach <= start;
      for (; c < claims.length && (claims[c] as ClaimInfo).start < end; c++) {
        const x = claims[c] as ClaimInfo;
        reach = Math.max(reach, x.end);
        if (x.end > end || x.start < start) whole = false;
        else (inRun.claims as ClaimInfo[]).push({ ...x, start: x.start - start, end: x.end - start });
      }
      if (whole) {
        this.#runReplies.delete(run.text);
        this.#runReplies.set(run.text, inRun);
        if (this.#runReplies.size > REPLAY_RUNS)
          this.#runReplies.delete(this.#runReplies.keys().next().value as string);
      }
      start = end + RUN_SEPARATOR.length;
    }
  }

  /**
   * Paints `root` at once, from earlier replies, when every run in it has been matched before with
   * the same text: a framework that renders its article anew (new nodes, the same words) keeps its
   * highlights with no round trip and no frame without them. Called while the page's change is
   * being observed, before the page paints. False when anything in it is new: scan it as usual.
   */
  replay(root: Node): boolean {
    if (!this.#runReplies.size) return false;
    const raws: RawRun<Text>[] = [];
    let size = 0;
    for (const raw of walkRuns(root as unknown as TreeNode)) {
      if (!raw) continue;
      size += raw.text.length;
      if (size > REPLAY_MAX_CHARS || !this.#runReplies.has(raw.text)) return false;
      raws.push(raw as unknown as RawRun<Text>);
    }
    const batch = newBatch();
    const entities: MatchReply['entities'][number][] = [];
    const mentions: MatchReply['mentions'][number][] = [];
    const claims: ClaimInfo[] = [];
    const readable = new Map<Element, boolean>();
    for (const raw of raws) {
      const run = this.#readablePart(raw, readable);
      // Part of the run hidden or editable: the reply for the whole run does not fit it.
      if (run !== raw) {
        if (run) return false;
        continue;
      }
      const known = this.#runReplies.get(run.text) as RunReply;
      const at = batch.size + (batch.runs.length ? RUN_SEPARATOR.length : 0);
      addRun(batch, run);
      for (const m of known.mentions) {
        const entity = entities.push(m.entity) - 1;
        mentions.push({ ...m, start: m.start + at, end: m.end + at, entity });
      }
      for (const c of known.claims) claims.push({ ...c, start: c.start + at, end: c.end + at });
    }
    if (!batch.runs.length) return false;
    this.removeWithin(root);
    const text = batch.runs.map((r) => r.text).join(RUN_SEPARATOR);
    const reply: MatchReply = { date: null, entities, mentions, claims };
    const pending: Pending = { batch, text, done: true, reply, promise: Promise.resolve() };
    for (const _ of this.#apply(pending, true)) {
      // Applied in one go: the page is waiting to paint.
    }
    this.onChange();
    return true;
  }

  /** Keeps a claim if claims are shown; true when it is to be painted. */
  #addClaim(c: PageClaim): boolean {
    if (!this.display.claims || known(this.#claimsByNode, c)) return false;
    this.#claims.add(c);
    this.#orderedClaims = null;
    index(this.#claimsByNode, c);
    return true;
  }

  #removeClaim(c: PageClaim): void {
    this.#claims.delete(c);
    this.#orderedClaims = null;
    this.#painter.remove(`claim-${c.claim.view.verdict}`, c.range, c.block);
    unindex(this.#claimsByNode, c);
  }

  /** Keeps a mention if the reader's choices show it; true when it is to be painted. */
  #add(m: PageMention): boolean {
    if (m.aliasKind !== 'weak') this.#present.add(m.entity.id);
    const { types, density } = this.display;
    if (density === 'claims' || !types.includes(m.entity.type)) return false;
    if (density === 'first' && this.#shownRecords.has(m.entity.id)) return false;
    if (known(this.#byNode, m)) return false;
    this.#shownRecords.add(m.entity.id);
    this.#mentions.add(m);
    this.#ordered = null;
    index(this.#byNode, m);
    return true;
  }

  #remove(m: PageMention): void {
    this.#mentions.delete(m);
    this.#ordered = null;
    this.#shownRecords.delete(m.entity.id);
    this.#painter.remove(m.entity.type, m.range, m.block);
    unindex(this.#byNode, m);
  }

  /** Drops mentions inside `root` (before it is scanned again) or whose text left the page. */
  removeWithin(root: Node): void {
    const gone = (s: PageSpan) => s.nodes.some((n) => !n.isConnected || holds(root, n));
    for (const m of [...this.#mentions]) if (gone(m)) this.#remove(m);
    for (const c of [...this.#claims]) if (gone(c)) this.#removeClaim(c);
  }

  /** Drops mentions whose text nodes are gone or changed under them. */
  removeStale(): void {
    const stale = (m: PageSpan) =>
      m.nodes.some((n) => !n.isConnected) ||
      m.range.endOffset > (m.range.endContainer as Text).data.length ||
      m.range.startOffset > (m.range.startContainer as Text).data.length;
    for (const m of [...this.#mentions]) if (stale(m)) this.#remove(m);
    for (const c of [...this.#claims]) if (stale(c)) this.#removeClaim(c);
    for (const el of this.#hidden) if (!el.isConnected) this.#hidden.delete(el);
  }

  /** The mention covering a caret position, if any. */
  mentionAt(node: Node, offset: number): PageMention | null {
    return spanAt(this.#byNode.get(node as Text), node, offset);
  }

  /** The claim covering a caret position, if any. */
  claimAt(node: Node, offset: number): PageClaim | null {
    return spanAt(this.#claimsByNode.get(node as Text), node, offset);
  }

  /** The open shadow roots read so far that are still in the page. */
  shadowRoots(): ShadowRoot[] {
    for (const r of this.#shadowRoots) if (!r.host.isConnected) this.#shadowRoots.delete(r);
    return [...this.#shadowRoots];
  }

  /** Mentions in reading order, for keyboard navigation and the popup (sorted again only after a change). */
  ordered(): PageMention[] {
    this.#ordered ??= inReadingOrder([...this.#mentions]);
    return [...this.#ordered];
  }

  /** Claims in reading order. */
  orderedClaims(): PageClaim[] {
    this.#orderedClaims ??= inReadingOrder([...this.#claims]);
    return [...this.#orderedClaims];
  }

  /** Forgets everything and unpaints; running scans stop at their next step. */
  reset(): void {
    this.#generation++;
    this.#session = newSession();
    this.#received = 0;
    this.#judgedAt = undefined;
    this.#rejudge = false;
    for (const m of [...this.#mentions]) this.#remove(m);
    for (const c of [...this.#claims]) this.#removeClaim(c);
    this.#present.clear();
    this.#shownRecords.clear();
    this.#hidden.clear();
    this.#runReplies.clear();
  }
}

/** Whether a reader can see the element's text: not display:none, [hidden], visibility:hidden, content-visibility:hidden. */
function isShown(el: Element): boolean {
  return el.checkVisibility?.({ checkVisibilityCSS: true, visibilityProperty: true } as never) ?? true;
}

function addRun(batch: Batch, run: RawRun<Text>): void {
  const first = run.nodes[0] as Text;
  const block = blockOf(first);
  const b = batch.blocks.length;
  batch.blocks.push(
    block.nodeType === Node.ELEMENT_NODE ? (block as Element) : (first.parentElement as Element),
  );
  // Offsets from the text as read (run.datas), not the nodes' text now: the page may have changed it.
  let offset = batch.size + (batch.runs.length ? RUN_SEPARATOR.length : 0);
  for (const [i, node] of run.nodes.entries()) {
    const data = run.datas[i] as string;
    batch.nodes.push(node);
    batch.datas.push(data);
    batch.starts.push(offset);
    batch.blockOfNode.push(b);
    offset += data.length;
  }
  batch.runs.push(run);
  batch.size = offset;
}

/** Whether the same words are already kept (a replay and a scan both reached them). */
function known<T extends PageSpan>(byNode: Map<Text, T[]>, span: T): boolean {
  const r = span.range;
  return (byNode.get(r.startContainer as Text) ?? []).some(
    (x) =>
      x.range.startOffset === r.startOffset &&
      x.range.endContainer === r.endContainer &&
      x.range.endOffset === r.endOffset,
  );
}

function index<T extends PageSpan>(byNode: Map<Text, T[]>, span: T): void {
  for (const n of span.nodes) {
    const list = byNode.get(n);
    if (list) list.push(span);
    else byNode.set(n, [span]);
  }
}

function unindex<T extends PageSpan>(byNode: Map<Text, T[]>, span: T): void {
  for (const n of span.nodes) {
    const list = byNode.get(n)?.filter((x) => x !== span);
    if (list?.length) byNode.set(n, list);
    else byNode.delete(n);
  }
}

function spanAt<T extends PageSpan>(list: readonly T[] | undefined, node: Node, offset: number): T | null {
  for (const m of list ?? []) {
    const r = m.range;
    const afterStart = node !== r.startContainer || offset >= r.startOffset;
    const beforeEnd = node !== r.endContainer || offset < r.endOffset;
    if (afterStart && beforeEnd) return m;
  }
  return null;
}

/**
 * Spans in reading order: the order `walkRuns` reads text nodes (document order, an open shadow
 * tree before its host's own children), by a numbering of the text nodes made once per sort.
 * compareDocumentPosition is linear in a parent's children: sorting 110,000 mentions of a 10 MB
 * page with it took 23 s.
 */
export function inReadingOrder<T extends PageSpan>(spans: T[]): T[] {
  const doc = spans[0]?.range.startContainer.ownerDocument;
  if (!doc) return spans;
  const order = new Map<Node, number>();
  for (const run of walkRuns(doc as unknown as TreeNode))
    for (const n of run?.nodes ?? []) order.set(n as unknown as Node, order.size);
  const at = (s: PageSpan) => order.get(s.range.startContainer) ?? Number.MAX_SAFE_INTEGER;
  return spans.sort((a, b) => at(a) - at(b) || a.range.startOffset - b.range.startOffset);
}

/**
 * The offsets to paint for [start, end) of a batch: widened so that no boundary
 * splits a lam-alef ligature or a letter from its marks (core/arabic/shaping),
 * but never into another run: letters in two blocks are not shaped together.
 */
function paintedSpan(batch: Batch, text: string, start: number, end: number): [number, number] {
  const wide = shapingSpan(text, start, end);
  if (wide[0] === start && wide[1] === end) return wide;
  const runOf = (o: number) => batch.blockOfNode[nodeIndexAt(batch.starts, o)];
  const startRun = runOf(start);
  const endRun = runOf(end - 1);
  // Widening moves a few characters: look only that far for the run's edge.
  let lo = start;
  while (lo > wide[0] && runOf(lo - 1) === startRun) lo--;
  let hi = end;
  while (hi < wide[1] && runOf(hi) === endRun) hi++;
  return shapingSpan(text, start, end, lo, hi);
}

/** Index of the node containing text offset `o` (the last node starting at or before it). */
function nodeIndexAt(starts: readonly number[], o: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= o) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The nearest block ancestor: the unit we re-scan when something inside it changes. */
export function blockOf(node: Node): Node {
  let n: Node | null = node.nodeType === Node.TEXT_NODE ? node.parentNode : node;
  while (n && n.nodeType === Node.ELEMENT_NODE && !isBlock(n as unknown as TreeNode)) n = n.parentNode;
  // The top of a shadow tree: its host is the block (reading the host reads its shadow root).
  return (n && hostOf(n)) ?? n ?? node;
}

/** The host of a shadow root, or null for any other node. */
export function hostOf(n: Node): Element | null {
  return n.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((n as ShadowRoot).host ?? null) : null;
}

/** Whether `n` is `root` or inside it, shadow trees of hosts inside it included. */
export function holds(root: Node, n: Node): boolean {
  for (let x: Node | null = n; x; x = x.parentNode ?? hostOf(x)) if (x === root) return true;
  return false;
}
