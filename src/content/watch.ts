/**
 * Content that arrives or changes after the first scan (live blogs, infinite
 * scroll, client-side navigation, re-renders): a MutationObserver collects the
 * changed blocks, and after a short quiet period only those are scanned again.
 */
import { OWN_UI_ATTRIBUTE } from '../core/page/collect';
import { type Annotator, blockOf } from './annotator';

export const QUIET_MS = 150;

export function watchPage(root: Node, annotator: Annotator, onUrlChange: () => void): () => void {
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

  const flush = async () => {
    timer = undefined;
    if (location.href !== lastUrl) {
      lastUrl = location.href;
      onUrlChange();
    }
    // Outermost changed blocks only: a block inside another pending block is covered by it.
    const roots = [...pending].filter(
      (n) => n.isConnected && ![...pending].some((o) => o !== n && o.contains(n)),
    );
    pending.clear();
    if (removals) annotator.removeStale();
    removals = false;
    for (const r of roots) {
      annotator.removeWithin(r);
      await annotator.scan(r);
    }
  };

  const observer = new MutationObserver((records) => {
    for (const rec of records) {
      if (ours(rec.target)) continue;
      if (rec.type === 'characterData') {
        pending.add(blockOf(rec.target));
        removals = true; // edited text invalidates ranges in that node
        continue;
      }
      if (rec.removedNodes.length) removals = true;
      for (const n of rec.addedNodes) {
        if (ours(n) || (n.nodeType !== Node.TEXT_NODE && n.nodeType !== Node.ELEMENT_NODE)) continue;
        pending.add(blockOf(n));
      }
    }
    if ((pending.size || removals) && timer === undefined) timer = setTimeout(flush, QUIET_MS);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}
