import { overlayCss } from './css';
import type { Palette } from './palette';
import type { Highlighter, Mark } from './types';

/** Rectangles of a range in document coordinates (viewport rects plus scroll), skipping empty ones. */
export function documentRects(range: Range, win: Window): DOMRect[] {
  return Array.from(range.getClientRects())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => new DOMRect(r.left + win.scrollX, r.top + win.scrollY, r.width, r.height));
}

function place(box: HTMLElement, rect: DOMRect): void {
  box.style.left = `${rect.x}px`;
  box.style.top = `${rect.y}px`;
  box.style.width = `${rect.width}px`;
  box.style.height = `${rect.height}px`;
}

/**
 * The fallback where the Highlight API is missing: boxes over the text in Dateline's own shadow root, positioned
 * from `range.getClientRects()`. Chosen over wrapping text in `<dateline-mark>` elements because wrapping splits the
 * page's text nodes under frameworks that own them (React reconciles against the nodes it created and throws or
 * duplicates text), while boxes leave the page's tree untouched. Cost: positions are re-read after layout changes.
 */
export function createOverlayHighlighter(layer: HTMLElement, style: HTMLStyleElement, palette: Palette): Highlighter {
  const doc = layer.ownerDocument;
  const win = doc.defaultView!;
  const css = overlayCss(palette);
  if (!style.textContent?.includes(css)) style.textContent = `${style.textContent ?? ''}\n${css}`;
  let marks: readonly Mark[] = [];
  let boxes: HTMLElement[][] = [];
  let activeMark: Mark | null = null;

  const draw = () => {
    for (const group of boxes) for (const box of group) box.remove();
    boxes = marks.map((mark) =>
      documentRects(mark.range, win).map((rect) => {
        const box = doc.createElement('div');
        box.className = `box ${mark.kind}${mark === activeMark ? ' active' : ''}`;
        place(box, rect);
        layer.append(box);
        return box;
      }),
    );
  };

  const drawRing = createRingDrawer(layer, style, palette);

  return {
    kind: 'overlay',
    set(next) {
      marks = next;
      activeMark = null;
      draw();
    },
    setActive(mark, withRing) {
      const before = activeMark ? marks.indexOf(activeMark) : -1;
      activeMark = mark;
      for (const i of [before, mark ? marks.indexOf(mark) : -1]) {
        for (const box of boxes[i] ?? []) box.classList.toggle('active', marks[i] === activeMark);
      }
      drawRing(withRing ? mark : null);
    },
    relayout() {
      draw();
    },
    destroy() {
      marks = [];
      draw();
      drawRing(null);
    },
  };
}

/** A focus ring drawn in the overlay layer, for the Highlight API path (highlights cannot draw outlines). */
export function createRingDrawer(layer: HTMLElement, style: HTMLStyleElement, palette: Palette) {
  const doc = layer.ownerDocument;
  const win = doc.defaultView!;
  const css = overlayCss(palette);
  if (!style.textContent?.includes(css)) style.textContent = `${style.textContent ?? ''}\n${css}`;
  let ring: HTMLElement | null = null;
  return (mark: Mark | null) => {
    ring?.remove();
    ring = null;
    if (!mark) return;
    const rect = mark.range.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return;
    ring = doc.createElement('div');
    ring.className = 'ring';
    place(ring, new DOMRect(rect.x + win.scrollX, rect.y + win.scrollY, rect.width, rect.height));
    layer.append(ring);
  };
}
