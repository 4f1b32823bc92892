/**
 * Resolves once `doc` has not changed for `quietMs` (or after `maxMs`), so a new single-page-app view is read when
 * it is rendered rather than half-way.
 */
export function settled(doc: Document, quietMs: number, maxMs: number): Promise<void> {
  const win = doc.defaultView!;
  return new Promise((resolve) => {
    let timer = win.setTimeout(done, quietMs);
    const deadline = win.setTimeout(done, maxMs);
    const observer = new win.MutationObserver(() => {
      win.clearTimeout(timer);
      timer = win.setTimeout(done, quietMs);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    function done() {
      observer.disconnect();
      win.clearTimeout(timer);
      win.clearTimeout(deadline);
      resolve();
    }
  });
}

/** Quiet period after a single-page-app navigation before the new page is read. */
export const NAVIGATION_SETTLE_MS = 600;
/** Longest wait for a navigating page to settle. */
export const NAVIGATION_MAX_WAIT_MS = 2500;
