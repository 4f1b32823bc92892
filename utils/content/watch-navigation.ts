/** How often a page without the Navigation API is checked for a single-page-app navigation. */
const POLL_MS = 1000;

/**
 * Calls `onChange` after each single-page-app navigation (the Navigation API, else polling the address); returns a
 * stop function. A navigation to the address the page already shows is not a change.
 */
export function watchNavigation(win: Window, onChange: () => void): () => void {
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    const listener = (event: Event) => {
      const destination = (event as Event & { destination?: { url?: string } }).destination?.url;
      if (destination !== undefined && destination !== win.location.href) onChange();
    };
    navigation.addEventListener('navigate', listener);
    return () => navigation.removeEventListener('navigate', listener);
  }
  let last = win.location.href;
  const timer = win.setInterval(() => {
    if (win.location.href === last) return;
    last = win.location.href;
    onChange();
  }, POLL_MS);
  return () => win.clearInterval(timer);
}
