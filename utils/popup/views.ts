import type { PageContext } from './pageContext';

/** The popup's views, in tab order. */
export const POPUP_VIEWS = [
  { id: 'page', label: 'This page' },
  { id: 'history', label: 'History' },
  { id: 'people', label: 'People & countries' },
  { id: 'collections', label: 'Collections' },
] as const;

/** A view's id. */
export type PopupViewId = (typeof POPUP_VIEWS)[number]['id'];

/** The view named by `popup.html?view=…`, or null when none (or an unknown one) is named. */
export function namedView(name: string | null | undefined): PopupViewId | null {
  return POPUP_VIEWS.find((v) => v.id === name)?.id ?? null;
}

/**
 * The view shown: the one the reader picked (or the address named), else This page on a web page and History
 * elsewhere. While the tab lookup is under way (`page` null) it is This page, which says "Loading…" for the few
 * milliseconds the lookup takes.
 */
export function shownView(chosen: PopupViewId | null, page: PageContext | null): PopupViewId {
  if (chosen) return chosen;
  const onWebPage = page === null || page.url !== null || page.articleId !== null;
  return onWebPage ? 'page' : 'history';
}
