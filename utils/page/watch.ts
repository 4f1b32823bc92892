/** Calm period after the page's last change before marks are checked again. */
export const SETTLE_MS = 400;
/** Longest a check waits on a page that never stops changing (a ticking clock, a live ticker). */
export const MAX_WAIT_MS = 1500;
/** Most re-anchoring runs per article: a page that re-renders forever must not keep us busy forever. */
export const MAX_REFRESHES = 30;

/** What the watcher re-checks. */
export interface Watched {
  /** Dateline's own element (its changes are ignored). */
  host: Element;
  /** True when marks must be anchored again (the page replaced the article's text, or late text arrived). */
  needsRefresh(): boolean;
  refresh(): Promise<void>;
}

function isOwn(node: Node, host: Element): boolean {
  if (node === host || host.contains(node)) return true;
  return node.nodeType === 1 && (node as Element).id === 'dateline-highlight-style';
}

/**
 * Watches the page for content that arrives late or is re-rendered: a MutationObserver, debounced (SETTLE_MS after
 * the last change, MAX_WAIT_MS at most), bounded (MAX_REFRESHES), ignoring Dateline's own nodes so its drawing can never trigger itself.
 * Returns a stop function.
 */
export function watchPage(doc: Document, watched: Watched): () => void {
  const win = doc.defaultView!;
  let timer = 0;
  let pendingSince = 0;
  let refreshes = 0;
  let running = false;
  const observer = new win.MutationObserver((records) => {
    const relevant = records.some(
      (r) =>
        !isOwn(r.target, watched.host) &&
        (r.type === 'characterData' ||
          Array.from(r.addedNodes).some((n) => !isOwn(n, watched.host)) ||
          Array.from(r.removedNodes).some((n) => !isOwn(n, watched.host))),
    );
    if (!relevant) return;
    const now = Date.now();
    if (!pendingSince) pendingSince = now;
    win.clearTimeout(timer);
    timer = win.setTimeout(check, Math.max(0, Math.min(SETTLE_MS, pendingSince + MAX_WAIT_MS - now)));
  });
  const check = () => {
    pendingSince = 0;
    if (running || refreshes >= MAX_REFRESHES) return;
    if (!watched.needsRefresh()) return;
    refreshes += 1;
    running = true;
    watched
      .refresh()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (refreshes >= MAX_REFRESHES) observer.disconnect();
      });
  };
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return () => {
    win.clearTimeout(timer);
    observer.disconnect();
  };
}
