/** Drawing marks in the page: the CSS Custom Highlight API where it exists, overlay boxes where it does not. */
import type { UiHost } from '../ui-host';
import { createHighlightApiHighlighter, hasHighlightApi } from './highlight-api';
import { createOverlayHighlighter, createRingDrawer } from './overlay';
import type { Palette } from './palette';
import type { Highlighter } from './types';

export { createMarkLookup, type MarkLookup } from './hit-test';
export { backgroundLuminance, paletteFor, type Palette } from './palette';
export type { Highlighter, Mark, MarkKind } from './types';

/** The best highlighter this browser supports for `doc`. */
export function createHighlighter(doc: Document, ui: UiHost, palette: Palette): Highlighter {
  const win = doc.defaultView;
  if (win && hasHighlightApi(win)) {
    return createHighlightApiHighlighter(doc, palette, createRingDrawer(ui.layer, ui.style, palette));
  }
  return createOverlayHighlighter(ui.layer, ui.style, palette);
}
