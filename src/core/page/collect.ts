/**
 * Collects the readable text of a document the way Siyaq sees it: text nodes
 * in document order, skipping what is not prose (scripts, form fields, code,
 * editable regions, our own UI), grouped into runs of inline text. A run ends
 * at a block boundary, so a name never matches across two paragraphs, while a
 * name split over inline elements («<b>مصطفى</b> الكاظمي») is one run.
 *
 * Typed structurally, so it runs on the browser DOM and on linkedom in the CLI
 * alike without touching DOM globals.
 */

export interface TreeNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<TreeNode>;
  getAttribute?(name: string): string | null;
  /** An element's open shadow root (null when it has none or it is closed). */
  readonly shadowRoot?: TreeNode | null;
}

export interface TextRun<N> {
  /** Offset of the run's first character in the document text. */
  readonly start: number;
  readonly end: number;
  /** Text nodes of the run with their offsets in the document text. */
  readonly nodes: readonly { node: N; start: number }[];
}

export interface CollectedText<N> {
  /** Every collected text node's data, concatenated. */
  readonly text: string;
  readonly runs: readonly TextRun<N>[];
}

const ELEMENT = 1;
const TEXT = 3;
const DOCUMENT = 9;
/** A document fragment, or a shadow root. */
const FRAGMENT = 11;

/** Elements whose subtree holds no prose to annotate. */
export const SKIPPED_ELEMENTS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
]);

/** Elements that are not inline: text on either side belongs to different runs. */
const BLOCK_ELEMENTS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TITLE',
  'TR',
  'UL',
  'IMG',
  'PRE',
]);

/** Attribute our own UI hosts carry, so we never annotate ourselves. */
export const OWN_UI_ATTRIBUTE = 'data-siyaq-ui';

export function isSkipped(node: TreeNode): boolean {
  if (node.nodeType !== ELEMENT) return false;
  const name = node.nodeName.toUpperCase();
  if (SKIPPED_ELEMENTS.has(name)) return true;
  const editable = node.getAttribute?.('contenteditable');
  if (editable !== null && editable !== undefined && editable !== 'false') return true;
  return node.getAttribute?.(OWN_UI_ATTRIBUTE) != null;
}

export function isBlock(node: TreeNode): boolean {
  return node.nodeType === ELEMENT && BLOCK_ELEMENTS.has(node.nodeName.toUpperCase());
}

/** One run of inline text: its text nodes in order, each one's data as read, and their concatenation. */
export interface RawRun<N> {
  readonly nodes: readonly N[];
  /** Each node's text when it was read: the page may change it before the reply comes back. */
  readonly datas: readonly string[];
  readonly text: string;
}

/**
 * Between the texts of two blocks. Without it «…قال</p><p>العراق…» reads as one word and the
 * name after it is lost (minified and framework-rendered pages have no whitespace between blocks).
 * A mention never spans it: the matcher keeps each to one run.
 */
export const RUN_SEPARATOR = '\n';

/** Inside a long run, `walkRuns` yields null after visiting this many nodes. */
const PROGRESS_EVERY = 256;

/**
 * Yields the runs under `root` one at a time (iteratively: deep pages must not
 * overflow the stack), so a caller can stop between runs and yield to the page.
 * It also yields null every few hundred nodes, inside runs too, so a run of
 * thousands of nodes never has to be walked in one go.
 *
 * An element's open shadow root is read before its own children (what a shadow
 * tree does not show of them, through its slots, is not rendered and is left out
 * by the caller's visibility check), as a run of its own; `onShadowRoot` hears of
 * each one, so that changes inside it can be watched.
 */
export function* walkRuns<N extends TreeNode>(
  root: N,
  onShadowRoot?: (shadowRoot: N) => void,
): Generator<RawRun<N> | null> {
  let visited = 0;
  let nodes: N[] = [];
  let parts: string[] = [];
  const flush = (): RawRun<N> | null => {
    if (!nodes.length) return null;
    const run = { nodes, datas: parts, text: parts.join('') };
    nodes = [];
    parts = [];
    return run;
  };
  // Stack of [node, visited]: a block closes its run after its children.
  const stack: [N, boolean][] = [[root, false]];
  while (stack.length) {
    if (++visited % PROGRESS_EVERY === 0) yield null;
    const [node, closing] = stack.pop() as [N, boolean];
    if (closing) {
      const run = flush();
      if (run) yield run;
      continue;
    }
    if (node.nodeType === TEXT) {
      const data = node.nodeValue ?? '';
      if (!data) continue;
      nodes.push(node);
      parts.push(data);
      continue;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== DOCUMENT && node.nodeType !== FRAGMENT) continue;
    if (node !== root && isSkipped(node)) {
      const run = flush();
      if (run) yield run;
      continue;
    }
    if (isBlock(node) || (node.nodeType === FRAGMENT && node !== root)) {
      const run = flush();
      if (run) yield run;
      stack.push([node, true]);
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i] as N, false]);
    const shadow = node.shadowRoot as N | null | undefined;
    if (shadow) {
      onShadowRoot?.(shadow);
      stack.push([shadow, false]);
    }
  }
  const run = flush();
  if (run) yield run;
}

/**
 * All runs under `root`, with offsets into their text joined by `separator` (the CLI's view of a
 * page joins with RUN_SEPARATOR; notes keep '' so the passages stored by earlier versions still
 * sit at their offsets).
 */
export function collectText<N extends TreeNode>(root: N, separator = ''): CollectedText<N> {
  const parts: string[] = [];
  const runs: TextRun<N>[] = [];
  let offset = 0;
  for (const raw of walkRuns(root)) {
    if (!raw) continue;
    if (parts.length) offset += separator.length;
    const start = offset;
    const nodes = raw.nodes.map((node, i) => {
      const at = { node, start: offset };
      offset += (raw.datas[i] as string).length;
      return at;
    });
    parts.push(raw.text);
    runs.push({ start, end: offset, nodes });
  }
  return { text: parts.join(separator), runs };
}
