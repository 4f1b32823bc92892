/** A rectangle in viewport coordinates (a DOMRect's fields, so DOMRects can be passed as they are). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the card goes: viewport coordinates, the most height it may take, and on which side of its mark. */
export interface Placement {
  left: number;
  top: number;
  maxHeight: number;
  maxWidth: number;
  side: 'below' | 'above';
}

/** Space kept between the card and the viewport edge. */
export const VIEWPORT_MARGIN = 8;
/** Space between the mark and the card. */
export const GAP = 6;

/**
 * Places a card of `size` next to the mark `mark` inside a viewport of `viewport`: below the mark if it fits, else
 * above, else on the roomier side with its height capped (the card scrolls). Horizontally aligned with the mark's
 * start and pushed back inside the viewport. The card's vertical extent never overlaps the mark's, so it never
 * covers it. Pure, for tests.
 */
export function placeCard(
  mark: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const maxWidth = Math.max(0, viewport.width - 2 * VIEWPORT_MARGIN);
  const width = Math.min(size.width, maxWidth);
  const left = Math.min(Math.max(mark.left, VIEWPORT_MARGIN), viewport.width - VIEWPORT_MARGIN - width);

  const below = viewport.height - VIEWPORT_MARGIN - (mark.bottom + GAP);
  const above = mark.top - GAP - VIEWPORT_MARGIN;
  if (size.height <= below) return { left, top: mark.bottom + GAP, maxHeight: below, maxWidth, side: 'below' };
  if (size.height <= above) {
    return { left, top: mark.top - GAP - size.height, maxHeight: above, maxWidth, side: 'above' };
  }
  if (below >= above) {
    return { left, top: mark.bottom + GAP, maxHeight: Math.max(0, below), maxWidth, side: 'below' };
  }
  return { left, top: VIEWPORT_MARGIN, maxHeight: Math.max(0, above), maxWidth, side: 'above' };
}
