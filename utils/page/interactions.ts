import type { CardController } from './cards/card-controller';
import type { Highlighter, Mark, MarkLookup } from './highlights';
import type { UiHost } from './ui-host';

/** Pointer rest on a mark before its card opens. */
export const HOVER_OPEN_MS = 250;
/** Grace period to move from the mark into its card before it closes. */
export const HOVER_CLOSE_MS = 300;

/** What hover and keyboard handling work on. */
export interface InteractionOptions {
  doc: Document;
  ui: UiHost;
  marks: () => readonly Mark[];
  lookup: () => MarkLookup;
  highlighter: Highlighter;
  cards: CardController;
  /**
   * Layout changed: redraw what depends on positions. Marks are drawn in document coordinates, so a scroll only
   * moves the (fixed) card; a resize re-flows the text and moves everything.
   */
  onLayout: (change: 'scroll' | 'resize') => void;
}

/** The keys that move between marks: Alt+Shift+. (next) and Alt+Shift+, (previous), by physical key. */
export function markStep(event: KeyboardEvent): 1 | -1 | 0 {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return 0;
  if (event.code === 'Period') return 1;
  if (event.code === 'Comma') return -1;
  return 0;
}

/**
 * Hover: a throttled pointer lookup (caret → mark), the card after HOVER_OPEN_MS, closing HOVER_CLOSE_MS after the
 * pointer leaves both mark and card. Keyboard: Alt+Shift+. / , focus the next/previous mark with a ring and open its
 * card with focus inside; Escape closes it and returns focus.
 */
export function bindInteractions(options: InteractionOptions) {
  const { doc, ui, highlighter, cards } = options;
  const win = doc.defaultView!;
  let hovered: Mark | null = null;
  let focused: Mark | null = null;
  let openTimer = 0;
  let closeTimer = 0;
  let frame = 0;
  let lastPointer: { x: number; y: number; inUi: boolean } | null = null;
  const controller = new AbortController();
  const listen = { signal: controller.signal, passive: true } as const;

  const clearTimers = () => {
    win.clearTimeout(openTimer);
    win.clearTimeout(closeTimer);
  };

  const onPointer = () => {
    frame = 0;
    const pointer = lastPointer;
    if (!pointer) return;
    if (pointer.inUi) {
      win.clearTimeout(closeTimer);
      return;
    }
    const mark = options.marks().length > 0 ? options.lookup().markAt(pointer.x, pointer.y) : null;
    if (mark === hovered) {
      if (mark) win.clearTimeout(closeTimer);
      return;
    }
    hovered = mark;
    win.clearTimeout(openTimer);
    if (!focused) highlighter.setActive(mark, false);
    if (mark) {
      win.clearTimeout(closeTimer);
      openTimer = win.setTimeout(() => {
        if (hovered === mark && !cards.openedByKeyboard) cards.show(mark, { keyboard: false });
      }, HOVER_OPEN_MS);
    } else if (cards.openMark && !cards.openedByKeyboard) {
      closeTimer = win.setTimeout(() => cards.hide(), HOVER_CLOSE_MS);
    }
  };

  doc.addEventListener(
    'mousemove',
    (event) => {
      lastPointer = { x: event.clientX, y: event.clientY, inUi: event.composedPath().includes(ui.host) };
      if (!frame) frame = win.requestAnimationFrame(onPointer);
    },
    listen,
  );

  const focusMark = (step: 1 | -1) => {
    const marks = options.marks();
    if (marks.length === 0) return;
    const current = focused ? marks.indexOf(focused) : step === 1 ? -1 : 0;
    const next = marks[(current + step + marks.length) % marks.length]!;
    focused = next;
    const rect = next.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > win.innerHeight) {
      const el = next.range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    }
    highlighter.setActive(next, true);
    cards.show(next, { keyboard: true });
  };

  win.addEventListener(
    'keydown',
    (event) => {
      const step = markStep(event);
      if (step !== 0) {
        if (options.marks().length === 0) return;
        event.preventDefault();
        event.stopPropagation();
        focusMark(step);
        return;
      }
      if (event.key === 'Escape' && cards.openMark) {
        cards.hide({ returnFocus: true });
      }
    },
    { signal: controller.signal, capture: true },
  );

  let layoutFrame = 0;
  let pendingChange: 'scroll' | 'resize' = 'scroll';
  const onLayoutChange = (event: Event) => {
    if (event.type === 'resize') pendingChange = 'resize';
    if (layoutFrame) return;
    layoutFrame = win.requestAnimationFrame(() => {
      layoutFrame = 0;
      const change = pendingChange;
      pendingChange = 'scroll';
      options.onLayout(change);
    });
  };
  win.addEventListener('scroll', onLayoutChange, listen);
  win.addEventListener('resize', onLayoutChange, listen);

  return {
    /** The card closed: drop the keyboard focus ring and hover emphasis. */
    cardClosed() {
      clearTimers();
      focused = null;
      hovered = null;
      highlighter.setActive(null, false);
    },
    destroy() {
      clearTimers();
      if (frame) win.cancelAnimationFrame(frame);
      if (layoutFrame) win.cancelAnimationFrame(layoutFrame);
      controller.abort();
    },
  };
}
