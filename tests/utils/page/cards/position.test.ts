import { describe, expect, it } from 'vitest';
import { GAP, VIEWPORT_MARGIN, placeCard, type Box } from '@/utils/page/cards/position';

const viewport = { width: 1000, height: 800 };
const card = { width: 340, height: 300 };
const mark = (left: number, top: number, width = 100, height = 20): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

/** True when the card's vertical extent and the mark's overlap (the card would cover its mark). */
const covers = (m: Box, top: number, height: number) => top < m.bottom && top + height > m.top;

describe('placeCard', () => {
  it.each([
    { name: 'below a mark with room under it', m: mark(100, 100), side: 'below', left: 100, top: 120 + GAP },
    { name: 'above a mark near the bottom', m: mark(100, 700), side: 'above', left: 100, top: 700 - GAP - 300 },
    { name: 'pushed left at the right edge', m: mark(900, 100), side: 'below', left: 1000 - VIEWPORT_MARGIN - 340 },
    { name: 'pushed right at the left edge', m: mark(-50, 100), side: 'below', left: VIEWPORT_MARGIN },
  ])('goes $name', ({ m, side, left, top }) => {
    const actual = placeCard(m, card, viewport);
    expect(actual.side).toBe(side);
    expect(actual.left).toBe(left);
    if (top !== undefined) expect(actual.top).toBe(top);
    expect(covers(m, actual.top, Math.min(card.height, actual.maxHeight))).toBe(false);
  });

  it.each([
    { name: 'more room below', m: mark(100, 300), side: 'below' },
    { name: 'more room above', m: mark(100, 500), side: 'above' },
  ])('caps a card taller than either side on the side with $name, never over the mark', ({ m, side }) => {
    const tall = { width: 340, height: 700 };
    const actual = placeCard(m, tall, viewport);
    expect(actual.side).toBe(side);
    expect(actual.maxHeight).toBeLessThan(tall.height);
    expect(actual.top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
    expect(actual.top + actual.maxHeight).toBeLessThanOrEqual(viewport.height - VIEWPORT_MARGIN);
    expect(covers(m, actual.top, actual.maxHeight)).toBe(false);
  });

  it('narrows a card wider than a small viewport', () => {
    const actual = placeCard(mark(10, 100), { width: 340, height: 200 }, { width: 320, height: 600 });
    expect(actual.left).toBe(VIEWPORT_MARGIN);
    expect(actual.maxWidth).toBe(320 - 2 * VIEWPORT_MARGIN);
  });
});
