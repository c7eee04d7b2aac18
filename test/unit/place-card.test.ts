import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, placeCard } from '../../src/core/layout/place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 380, height: 300 };
const anchor = (left: number, top: number, width = 80, height = 24) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('placeCard', () => {
  it.each([
    [
      'below a mention with room below; right edges aligned in RTL',
      anchor(500, 100),
      'rtl',
      { left: 200, top: 124 + GAP, side: 'below' },
    ],
    ['left edges aligned in LTR', anchor(500, 100), 'ltr', { left: 500, top: 124 + GAP, side: 'below' }],
    [
      'above when there is no room below',
      anchor(500, 700),
      'rtl',
      { left: 200, top: 700 - GAP - 300, side: 'above' },
    ],
    ['clamped at the left viewport edge', anchor(20, 100), 'rtl', { left: MARGIN, side: 'below' }],
    [
      'clamped at the right viewport edge',
      anchor(900, 100),
      'ltr',
      { left: 1000 - MARGIN - 380, side: 'below' },
    ],
  ] as const)('%s', (_n, a, dir, expected) => {
    expect(placeCard(a, card, viewport, dir)).toMatchObject(expected);
  });

  it('never covers the mention, at any vertical position', () => {
    for (let top = 0; top < 800; top += 7) {
      const a = anchor(400, top);
      const p = placeCard(a, card, viewport, 'rtl');
      const bottom = p.top + Math.min(card.height, p.maxHeight);
      expect(bottom <= a.top || p.top >= a.bottom, `top ${top}`).toBe(true);
    }
  });

  it('shrinks to the room there is, and says how much', () => {
    const p = placeCard(anchor(400, 380, 80, 40), { width: 380, height: 2000 }, viewport, 'rtl');
    expect(p.maxHeight).toBeLessThan(2000);
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(800 - MARGIN + 0.001);
  });

  it('fits a narrow viewport', () => {
    const p = placeCard(anchor(100, 100), card, { width: 320, height: 600 }, 'rtl');
    expect(p.left).toBe(MARGIN);
  });
});
