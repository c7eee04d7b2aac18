/**
 * Content that arrives or changes after the first scan (live blogs, infinite
 * scroll, client-side navigation, re-renders): a MutationObserver collects the
 * changed blocks, and after a short quiet period only those are scanned again.
 */
import { OWN_UI_ATTRIBUTE } from '../core/page/collect';
import { type Annotator, blockOf, holds } from './annotator';

export const QUIET_MS = 150;
/**
 * A page that never stops changing (a framework re-rendering every 100 ms, a ticker) would have us
 * read it again every QUIET_MS: each read that finds the page changed again since the last one
 * doubles the wait, up to BUSY_MAX_MS; a quiet period brings it back to QUIET_MS.
 */
const BUSY_MAX_MS = 1200;

/** Attributes that can show hidden text or make text editable: the element is read again. */
const ATTRIBUTES = ['hidden', 'style', 'class', 'open', 'contenteditable'];

/**
 * Watches the whole document, not its body: a page may replace <body> (some frameworks do on
 * navigation), and the new one is read as it arrives. Changes in <head> are not the article.
 */
export function watchPage(doc: Document, annotator: Annotator, onUrlChange: () => void): () => void {
  const root = doc.documentElement;
  const pending = new Set<Node>();
  let removals = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastUrl = location.href;

  const ours = (n: Node | null): boolean => {
    for (let x = n; x; x = x.parentNode) {
      if (x.nodeType === Node.ELEMENT_NODE && (x as Element).hasAttribute(OWN_UI_ATTRIBUTE)) return true;
    }
    return false;
  };

  let wait = QUIET_MS;
  let lastFlush = 0;
  const flush = async () => {
    timer = undefined;
    lastFlush = performance.now();
    const newAddress = location.href !== lastUrl;
    if (newAddress) {
      lastUrl = location.href;
      onUrlChange();
    }
    // Outermost changed blocks only: a block inside another pending block is covered by it.
    const roots = [...pending].filter(
      (n) => n.isConnected && ![...pending].some((o) => o !== n && holds(o, n)),
    );
    pending.clear();
    if (removals || newAddress) annotator.removeStale();
    removals = false;
    if (newAddress) annotator.newArticle();
    for (const r of roots) {
      annotator.removeWithin(r);
      await annotator.scan(r);
    }
  };

  const inHead = (n: Node) => doc.head?.contains(n) ?? false;
  const observer = new MutationObserver((records) => {
    for (const rec of records) {
      if (ours(rec.target) || inHead(rec.target)) continue;
      if (rec.type === 'attributes') {
        const el = rec.target as Element;
        if (rec.attributeName === 'contenteditable') pending.add(blockOf(el));
        // Hidden text shown now: read the blocks that held it.
        for (const shown of annotator.takeShownWithin(el)) pending.add(blockOf(shown));
        continue;
      }
      if (rec.type === 'characterData') {
        pending.add(blockOf(rec.target));
        removals = true; // edited text invalidates ranges in that node
        continue;
      }
      if (rec.removedNodes.length) removals = true;
      for (const n of rec.addedNodes) {
        if (ours(n) || inHead(n) || (n.nodeType !== Node.TEXT_NODE && n.nodeType !== Node.ELEMENT_NODE))
          continue;
        const block = n === doc.body ? n : blockOf(n);
        // The same text rendered anew is painted now, before the page paints; anything new waits.
        if (!annotator.replay(block)) pending.add(block);
      }
    }
    if ((pending.size || removals) && timer === undefined) {
      // Changed again within a quiet period of the last read: the page is busy, so back off.
      wait = performance.now() - lastFlush < QUIET_MS * 2 ? Math.min(wait * 2, BUSY_MAX_MS) : QUIET_MS;
      timer = setTimeout(flush, wait);
    }
  });
  const options = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTES,
  };
  observer.observe(root, options);
  // Changes inside open shadow roots are not seen from the document: each one read is watched too.
  for (const shadow of annotator.shadowRoots()) observer.observe(shadow, options);
  annotator.onShadowRoot = (shadow) => observer.observe(shadow, options);
  return () => {
    annotator.onShadowRoot = () => {};
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}
