/**
 * Finds mentions in the page's text and keeps them painted: text runs come from
 * the shared walker (core/page/collect), are matched in batches, and each match
 * becomes a StaticRange over the original text nodes. Re-scans are per subtree,
 * so content added later costs only what was added.
 */
import type { Claim } from '../core/claims/check';
import type { Matcher, Mention, MentionEntity } from '../core/match/matcher';
import { isBlock, type RawRun, type TreeNode, walkRuns } from '../core/page/collect';
import type { Painter } from './highlights';
import { runChunked } from './scheduler';

/** Words on the page the extension marks: a mention or a claim. */
export interface PageSpan {
  readonly range: StaticRange;
  /** Text nodes the span covers, first to last. */
  readonly nodes: readonly Text[];
}

export interface PageMention extends PageSpan {
  readonly kind: 'mention';
  readonly entity: MentionEntity;
  readonly surface: string;
  readonly aliasKind: string;
  readonly correct?: string;
  /** Claims on the same words (a title with the name, a misspelt name): the mention's card shows them. */
  readonly claims: readonly PageClaim[];
}

export interface PageClaim extends PageSpan {
  readonly kind: 'claim';
  readonly claim: Claim;
}

/** Checks the claims of one batch of text (the core's checkClaims, with the base and date bound). */
export type ClaimChecker = (input: {
  text: string;
  mentions: readonly Mention[];
  runs: readonly { start: number; end: number }[];
}) => Claim[];

/** Batches of about this many characters are matched together (weak aliases see the whole batch). */
const BATCH_CHARS = 20_000;

export class Annotator {
  readonly #matcher: Matcher;
  readonly #painter: Painter;
  readonly #checker: ClaimChecker | null;
  readonly #byNode = new Map<Text, PageMention[]>();
  readonly #claimsByNode = new Map<Text, PageClaim[]>();
  readonly #mentions = new Set<PageMention>();
  readonly #claims = new Set<PageClaim>();
  /** Records with a strong mention somewhere on the page: their weak aliases count. */
  readonly #present = new Set<string>();
  #generation = 0;
  onChange: () => void = () => {};

  constructor(matcher: Matcher, painter: Painter, checker: ClaimChecker | null = null) {
    this.#matcher = matcher;
    this.#painter = painter;
    this.#checker = checker;
  }

  get mentions(): ReadonlySet<PageMention> {
    return this.#mentions;
  }

  get claims(): ReadonlySet<PageClaim> {
    return this.#claims;
  }

  /** Scans `root` in slices; an older scan of the same generation is not cancelled, a reset is. */
  async scan(root: Node): Promise<void> {
    const generation = this.#generation;
    await runChunked(this.#steps(root), () => generation !== this.#generation);
    this.onChange();
  }

  *#steps(root: Node): Generator<void> {
    let batch: RawRun<Text>[] = [];
    let size = 0;
    for (const run of walkRuns(root as unknown as TreeNode) as Generator<RawRun<TreeNode>>) {
      batch.push(run as unknown as RawRun<Text>);
      size += run.text.length;
      if (size >= BATCH_CHARS) {
        this.#matchBatch(batch);
        batch = [];
        size = 0;
      }
      yield;
    }
    if (batch.length) this.#matchBatch(batch);
  }

  #matchBatch(batch: readonly RawRun<Text>[]): void {
    const runs: { start: number; end: number }[] = [];
    const nodeStarts: number[] = [];
    const nodes: Text[] = [];
    let offset = 0;
    for (const run of batch) {
      const start = offset;
      for (const node of run.nodes) {
        nodes.push(node);
        nodeStarts.push(offset);
        offset += node.data.length;
      }
      runs.push({ start, end: offset });
    }
    const text = batch.map((r) => r.text).join('');
    const { mentions } = this.#matcher.find(text, { runs, present: this.#present });
    const span = (start: number, end: number): PageSpan => {
      const first = nodeIndexAt(nodeStarts, start);
      const last = nodeIndexAt(nodeStarts, end - 1);
      const range = new StaticRange({
        startContainer: nodes[first] as Text,
        startOffset: start - (nodeStarts[first] as number),
        endContainer: nodes[last] as Text,
        endOffset: end - (nodeStarts[last] as number),
      });
      return { range, nodes: nodes.slice(first, last + 1) };
    };
    const claims = (this.#checker?.({ text, mentions, runs }) ?? []).map((claim) => ({
      claim,
      page: { kind: 'claim' as const, claim, ...span(claim.start, claim.end) },
    }));
    for (const { page } of claims) this.#addClaim(page);
    for (const m of mentions) {
      this.#add({
        kind: 'mention',
        entity: m.entity,
        surface: m.surface,
        ...span(m.start, m.end),
        aliasKind: m.aliasKind,
        ...(m.correct ? { correct: m.correct } : {}),
        claims: claims.filter(({ claim }) => claim.start < m.end && m.start < claim.end).map((c) => c.page),
      });
    }
  }

  #addClaim(c: PageClaim): void {
    this.#claims.add(c);
    for (const n of c.nodes) {
      const list = this.#claimsByNode.get(n);
      if (list) list.push(c);
      else this.#claimsByNode.set(n, [c]);
    }
    this.#painter.add(`claim-${c.claim.verdict}`, c.range);
  }

  #removeClaim(c: PageClaim): void {
    this.#claims.delete(c);
    this.#painter.remove(`claim-${c.claim.verdict}`, c.range);
    for (const n of c.nodes) {
      const list = this.#claimsByNode.get(n)?.filter((x) => x !== c);
      if (list?.length) this.#claimsByNode.set(n, list);
      else this.#claimsByNode.delete(n);
    }
  }

  #add(m: PageMention): void {
    this.#mentions.add(m);
    if (m.aliasKind !== 'weak') this.#present.add(m.entity.id);
    for (const n of m.nodes) {
      const list = this.#byNode.get(n);
      if (list) list.push(m);
      else this.#byNode.set(n, [m]);
    }
    this.#painter.add(m.entity.type, m.range);
  }

  #remove(m: PageMention): void {
    this.#mentions.delete(m);
    this.#painter.remove(m.entity.type, m.range);
    for (const n of m.nodes) {
      const list = this.#byNode.get(n)?.filter((x) => x !== m);
      if (list?.length) this.#byNode.set(n, list);
      else this.#byNode.delete(n);
    }
  }

  /** Drops mentions inside `root` (before it is scanned again) or whose text left the page. */
  removeWithin(root: Node): void {
    for (const m of [...this.#mentions]) {
      if (m.nodes.some((n) => !n.isConnected || root.contains(n))) this.#remove(m);
    }
    for (const c of [...this.#claims]) {
      if (c.nodes.some((n) => !n.isConnected || root.contains(n))) this.#removeClaim(c);
    }
  }

  /** Drops mentions whose text nodes are gone or changed under them. */
  removeStale(): void {
    const stale = (m: PageSpan) =>
      m.nodes.some((n) => !n.isConnected) ||
      m.range.endOffset > (m.range.endContainer as Text).data.length ||
      m.range.startOffset > (m.range.startContainer as Text).data.length;
    for (const m of [...this.#mentions]) if (stale(m)) this.#remove(m);
    for (const c of [...this.#claims]) if (stale(c)) this.#removeClaim(c);
  }

  /** The mention covering a caret position, if any. */
  mentionAt(node: Node, offset: number): PageMention | null {
    return spanAt(this.#byNode.get(node as Text), node, offset);
  }

  /** The claim covering a caret position, if any. */
  claimAt(node: Node, offset: number): PageClaim | null {
    return spanAt(this.#claimsByNode.get(node as Text), node, offset);
  }

  /** Mentions in document order, for keyboard navigation and the popup. */
  ordered(): PageMention[] {
    return inDocumentOrder([...this.#mentions]);
  }

  /** Claims in document order. */
  orderedClaims(): PageClaim[] {
    return inDocumentOrder([...this.#claims]);
  }

  /** Forgets everything and unpaints; running scans stop at their next step. */
  reset(): void {
    this.#generation++;
    for (const m of [...this.#mentions]) this.#remove(m);
    for (const c of [...this.#claims]) this.#removeClaim(c);
    this.#present.clear();
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

export function inDocumentOrder<T extends PageSpan>(spans: T[]): T[] {
  return spans.sort((a, b) => {
    if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
    const pos = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
    return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
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
  return n ?? node;
}
