/**
 * Where a card goes, from sizes alone (no DOM), so it can be tested as a table.
 * The card sits below the mention's line, or above when there is no room below;
 * it never covers the mention. Horizontally it starts at the mention's inline
 * start edge — the right edge in right-to-left text — and is clamped to the viewport.
 */

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Placement {
  readonly left: number;
  readonly top: number;
  readonly side: 'below' | 'above';
  /** Height the card may use without leaving the viewport; it scrolls inside beyond that. */
  readonly maxHeight: number;
}

export const GAP = 6;
export const MARGIN = 8;

export function placeCard(
  anchor: Rect,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  dir: 'rtl' | 'ltr' = 'rtl',
): Placement {
  const roomBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  const below = card.height <= roomBelow || roomBelow >= roomAbove;
  const maxHeight = Math.max(0, below ? roomBelow : roomAbove);
  const height = Math.min(card.height, maxHeight);
  const top = below ? anchor.bottom + GAP : anchor.top - GAP - height;
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const preferred = dir === 'rtl' ? anchor.right - width : anchor.left;
  const left = Math.min(Math.max(preferred, MARGIN), viewport.width - MARGIN - width);
  return { left, top, side: below ? 'below' : 'above', maxHeight };
}
