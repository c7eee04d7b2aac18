/**
 * Finds mentions in the page's text and keeps them painted: text runs come from
 * the shared walker (core/page/collect), are matched in batches, and each match
 * becomes a StaticRange over the original text nodes. Re-scans are per subtree,
 * so content added later costs only what was added.
 */
import type { Matcher, MentionEntity } from '../core/match/matcher';
import { isBlock, type RawRun, type TreeNode, walkRuns } from '../core/page/collect';
import type { Painter } from './highlights';
import { runChunked } from './scheduler';

export interface PageMention {
  readonly entity: MentionEntity;
  readonly surface: string;
  readonly range: StaticRange;
  /** Text nodes the mention covers, first to last. */
  readonly nodes: readonly Text[];
  readonly aliasKind: string;
  readonly correct?: string;
}

/** Batches of about this many characters are matched together (weak aliases see the whole batch). */
const BATCH_CHARS = 20_000;

export class Annotator {
  readonly #matcher: Matcher;
  readonly #painter: Painter;
  readonly #byNode = new Map<Text, PageMention[]>();
  readonly #mentions = new Set<PageMention>();
  /** Records with a strong mention somewhere on the page: their weak aliases count. */
  readonly #present = new Set<string>();
  #generation = 0;
  onChange: () => void = () => {};

  constructor(matcher: Matcher, painter: Painter) {
    this.#matcher = matcher;
    this.#painter = painter;
  }

  get mentions(): ReadonlySet<PageMention> {
    return this.#mentions;
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
    for (const m of mentions) {
      const first = nodeIndexAt(nodeStarts, m.start);
      const last = nodeIndexAt(nodeStarts, m.end - 1);
      const startNode = nodes[first] as Text;
      const endNode = nodes[last] as Text;
      const range = new StaticRange({
        startContainer: startNode,
        startOffset: m.start - (nodeStarts[first] as number),
        endContainer: endNode,
        endOffset: m.end - (nodeStarts[last] as number),
      });
      const pm: PageMention = {
        entity: m.entity,
        surface: m.surface,
        range,
        nodes: nodes.slice(first, last + 1),
        aliasKind: m.aliasKind,
        ...(m.correct ? { correct: m.correct } : {}),
      };
      this.#add(pm);
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
  }

  /** Drops mentions whose text nodes are gone or changed under them. */
  removeStale(): void {
    for (const m of [...this.#mentions]) {
      const r = m.range;
      const stale =
        m.nodes.some((n) => !n.isConnected) ||
        r.endOffset > (r.endContainer as Text).data.length ||
        r.startOffset > (r.startContainer as Text).data.length;
      if (stale) this.#remove(m);
    }
  }

  /** The mention covering a caret position, if any. */
  mentionAt(node: Node, offset: number): PageMention | null {
    const list = this.#byNode.get(node as Text);
    if (!list) return null;
    for (const m of list) {
      const r = m.range;
      const afterStart = node !== r.startContainer || offset >= r.startOffset;
      const beforeEnd = node !== r.endContainer || offset < r.endOffset;
      if (afterStart && beforeEnd) return m;
    }
    return null;
  }

  /** Mentions in document order, for keyboard navigation and the popup. */
  ordered(): PageMention[] {
    return [...this.#mentions].sort((a, b) => {
      if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
      const pos = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
      return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }

  /** Forgets everything and unpaints; running scans stop at their next step. */
  reset(): void {
    this.#generation++;
    for (const m of [...this.#mentions]) this.#remove(m);
    this.#present.clear();
  }
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
