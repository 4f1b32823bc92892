import { HIGHLIGHT_NAMES, highlightCss } from './css';
import type { Palette } from './palette';
import type { Highlighter, Mark, MarkKind } from './types';

/** The id of Dateline's `<style>` in the page (the only node it adds to the page's own tree). */
export const HIGHLIGHT_STYLE_ID = 'dateline-highlight-style';

/** True where the CSS Custom Highlight API is there (Chromium 105+, Firefox 140+, Safari 17.2+). */
export function hasHighlightApi(win: Window): boolean {
  const css = (win as unknown as { CSS?: { highlights?: unknown } }).CSS;
  return (
    typeof css?.highlights === 'object' &&
    css.highlights !== null &&
    typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function'
  );
}

/**
 * Marks drawn by the CSS Custom Highlight API: ranges registered in `CSS.highlights`, styled by `::highlight()`
 * rules. The page's DOM is not touched (no wrapping), so React and other re-rendering pages are unaffected.
 * `ring` is drawn by the caller's overlay (highlights cannot draw outlines).
 */
export function createHighlightApiHighlighter(
  doc: Document,
  palette: Palette,
  drawRing: (mark: Mark | null) => void,
): Highlighter {
  const win = doc.defaultView!;
  const registry = win.CSS.highlights;
  const style = doc.createElement('style');
  style.id = HIGHLIGHT_STYLE_ID;
  style.textContent = highlightCss(palette);
  (doc.head ?? doc.documentElement).append(style);

  const byKind = {} as Record<MarkKind, Highlight>;
  for (const kind of ['person', 'country', 'date'] as const) {
    byKind[kind] = new win.Highlight();
    registry.set(HIGHLIGHT_NAMES[kind], byKind[kind]);
  }
  const active = new win.Highlight();
  active.priority = 1;
  registry.set(HIGHLIGHT_NAMES.active, active);

  return {
    kind: 'highlight-api',
    set(marks) {
      for (const highlight of Object.values(byKind)) highlight.clear();
      for (const mark of marks) byKind[mark.kind].add(mark.range);
      active.clear();
    },
    setActive(mark, ring) {
      active.clear();
      if (mark) active.add(mark.range);
      drawRing(ring ? mark : null);
    },
    relayout() {
      if (!style.isConnected) (doc.head ?? doc.documentElement).append(style);
    },
    destroy() {
      for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
      style.remove();
      drawRing(null);
    },
  };
}
