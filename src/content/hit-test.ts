/**
 * Which mention is under a point. Caret APIs give the text position nearest the
 * point, which may be past the end of a line; we confirm that the point lies in
 * one of the mention's client rects (right-to-left lines can give several).
 */
import type { Annotator, PageClaim, PageMention, PageSpan } from './annotator';

interface CaretPosition {
  readonly offsetNode: Node;
  readonly offset: number;
}

/**
 * The caret position at a point. `shadowRoots` are open shadow roots to look into: without them
 * the browser stops at their hosts.
 */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): CaretPosition | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (
      x: number,
      y: number,
      options?: { shadowRoots: readonly ShadowRoot[] },
    ) => CaretPosition | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint)
    return shadowRoots.length
      ? d.caretPositionFromPoint(x, y, { shadowRoots })
      : d.caretPositionFromPoint(x, y);
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { offsetNode: r.startContainer, offset: r.startOffset } : null;
}

/** A live Range over a mention or claim, for geometry (StaticRange has none). */
export function liveRange(m: PageSpan): Range {
  const doc = m.range.startContainer.ownerDocument as Document;
  const r = doc.createRange();
  r.setStart(m.range.startContainer, m.range.startOffset);
  r.setEnd(m.range.endContainer, m.range.endOffset);
  return r;
}

const SLOP = 1;

export function rectsContain(rects: Iterable<DOMRectReadOnly>, x: number, y: number): boolean {
  for (const r of rects) {
    if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return true;
  }
  return false;
}

/** The mention under a point, else the claim under it: a name's card also shows its claims. */
export function targetAtPoint(
  doc: Document,
  annotator: Annotator,
  x: number,
  y: number,
): PageMention | PageClaim | null {
  const caret = caretAt(doc, x, y, annotator.shadowRoots());
  if (!caret || caret.offsetNode.nodeType !== Node.TEXT_NODE) return null;
  const { offsetNode: node, offset } = caret;
  // The caret may sit just after the last character of a span: try both sides.
  const candidates = [
    annotator.mentionAt(node, offset),
    annotator.mentionAt(node, offset - 1),
    annotator.claimAt(node, offset),
    annotator.claimAt(node, offset - 1),
  ];
  for (const m of candidates) if (m && rectsContain(liveRange(m).getClientRects(), x, y)) return m;
  return null;
}

/** The rect a card should sit beside: the line of the mention nearest the point, or its first line. */
export function anchorRect(m: PageSpan, near?: { x: number; y: number }): DOMRect {
  const range = liveRange(m);
  const rects = [...range.getClientRects()];
  if (near) {
    const hit = rects.find((r) => near.y >= r.top && near.y <= r.bottom);
    if (hit) return hit;
  }
  return rects[0] ?? range.getBoundingClientRect();
}
