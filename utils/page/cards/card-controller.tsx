import { render } from 'preact';
import type { Mark } from '../highlights/types';
import type { UiHost } from '../ui-host';
import { CardPopup } from './CardPopup';
import { CARD_CSS } from './card-css';
import type { EarlierItem, EarlierState } from './types';
import { cardModel, type CardModel, type PageAnnotations } from './view-model';

/** Shows one card at a time in Dateline's shadow root. */
export interface CardController {
  /** The mark whose card is open, or null. */
  readonly openMark: Mark | null;
  /** Whether the open card was opened from the keyboard. */
  readonly openedByKeyboard: boolean;
  show(mark: Mark, options: { keyboard: boolean }): void;
  /** Closes the card; `returnFocus` puts focus back where it was before a keyboard open. */
  hide(options?: { returnFocus?: boolean }): void;
  /** Places the card again (after scroll or resize). */
  reposition(): void;
  destroy(): void;
}

/** What the card controller needs from the page. */
export interface CardControllerOptions {
  ui: UiHost;
  data: PageAnnotations;
  dark: boolean;
  /** Earlier reading about a person or country from other stored articles. */
  loadEarlier: (kind: 'person' | 'country', key: string) => Promise<EarlierItem[]>;
  /** Called after the card closed (any way: Escape, close button, moving away). */
  onClosed: (mark: Mark) => void;
}

/** Creates the controller and adds the cards' stylesheet to the shadow root. */
export function createCardController(options: CardControllerOptions): CardController {
  const { ui, data, dark } = options;
  if (!ui.style.textContent?.includes('.popup{')) ui.style.textContent = `${ui.style.textContent ?? ''}\n${CARD_CSS}`;
  const doc = ui.host.ownerDocument;
  const earlierCache = new Map<string, EarlierState>();
  let openMark: Mark | null = null;
  let model: CardModel | null = null;
  let keyboard = false;
  let returnFocusTo: Element | null = null;
  let layoutTick = 0;

  const draw = () => {
    if (!openMark || !model) {
      render(null, ui.cardMount);
      ui.host.removeAttribute('data-card');
      return;
    }
    const mark = openMark;
    const earlierKey = `${model.kind}:${model.key}`;
    const earlier = earlierCache.get(earlierKey) ?? { status: 'ready', items: [] };
    ui.host.setAttribute('data-card', earlierKey);
    render(
      <CardPopup
        model={model}
        earlier={earlier}
        dark={dark}
        markBox={() => mark.range.getBoundingClientRect()}
        focusOnOpen={keyboard}
        layoutTick={layoutTick}
        onClose={() => controller.hide({ returnFocus: true })}
      />,
      ui.cardMount,
    );
  };

  const loadEarlier = (current: CardModel) => {
    if (current.kind === 'date') return;
    const key = `${current.kind}:${current.key}`;
    if (earlierCache.has(key)) return;
    earlierCache.set(key, { status: 'loading' });
    options
      .loadEarlier(current.kind, current.key)
      .then(
        (items) => earlierCache.set(key, { status: 'ready', items }),
        () => earlierCache.delete(key),
      )
      .finally(() => {
        if (!earlierCache.has(key)) earlierCache.set(key, { status: 'error' });
        if (model === current) draw();
      });
  };

  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !openMark) return;
    event.stopPropagation();
    controller.hide({ returnFocus: true });
  };
  ui.cardMount.addEventListener('keydown', onKeydown);

  const controller: CardController = {
    get openMark() {
      return openMark;
    },
    get openedByKeyboard() {
      return keyboard;
    },
    show(mark, { keyboard: byKeyboard }) {
      const next = cardModel(mark, data);
      if (!next) return;
      if (byKeyboard && !keyboard) {
        const active = doc.activeElement;
        returnFocusTo = active && active !== ui.host ? active : null;
      }
      openMark = mark;
      model = next;
      keyboard = byKeyboard;
      loadEarlier(next);
      draw();
    },
    hide({ returnFocus = false } = {}) {
      const closed = openMark;
      if (!closed) return;
      const wasKeyboard = keyboard;
      openMark = null;
      model = null;
      keyboard = false;
      draw();
      if (returnFocus && wasKeyboard && returnFocusTo instanceof HTMLElement)
        returnFocusTo.focus({ preventScroll: true });
      returnFocusTo = null;
      options.onClosed(closed);
    },
    reposition() {
      if (!openMark) return;
      layoutTick += 1;
      draw();
    },
    destroy() {
      openMark = null;
      model = null;
      draw();
      ui.cardMount.removeEventListener('keydown', onKeydown);
    },
  };
  return controller;
}
