/**
 * Dateline's one element in the page: a `<dateline-ui>` host with a closed shadow root that holds the cards and,
 * where the Highlight API is missing, the overlay marks. Closed, so page scripts cannot read a card (it lists what
 * the reader read elsewhere); its own stylesheet, so page CSS cannot restyle it. Appended to `<html>`, not `<body>`:
 * frameworks that replace or re-render the body (Turbo, React roots on body) never touch it.
 */
export const HOST_TAG = 'dateline-ui';

export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Absolutely positioned at the document origin: overlay marks and the focus ring, in document coordinates. */
  layer: HTMLElement;
  /** Where the card renders (fixed, viewport coordinates). */
  cardMount: HTMLElement;
  /** The shadow root's own stylesheet (cards + overlay), replaced when the palette changes. */
  style: HTMLStyleElement;
  /** Puts the host back if the page removed it (e.g. replaced `<html>` children on navigation). */
  reattach(): void;
  destroy(): void;
}

const HOST_STYLE: Array<[string, string]> = [
  ['all', 'initial'],
  ['position', 'absolute'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['display', 'block'],
  ['pointer-events', 'none'],
];

/** Creates and attaches the host. */
export function createUiHost(doc: Document): UiHost {
  const host = doc.createElement(HOST_TAG);
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const cardMount = doc.createElement('div');
  cardMount.className = 'card-mount';
  shadow.append(style, layer, cardMount);
  const attach = () => {
    if (!host.isConnected) doc.documentElement.append(host);
  };
  attach();
  return {
    host,
    shadow,
    layer,
    cardMount,
    style,
    reattach: attach,
    destroy: () => host.remove(),
  };
}
