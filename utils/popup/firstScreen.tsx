import { render } from 'preact';
import { PopupFirstScreen } from '@/components/PopupFirstScreen';
import type { EarlyReads } from './earlyReads';
import { shownView, type PopupViewId } from './views';

/**
 * Draws the popup's first screen into `root` (which holds the frame prerendered into popup.html) as soon as the tab
 * lookup has ended and, when the view is the History, the newest articles have been read: the view and its rows
 * then come in one frame, with no "Loading…" in between. Does nothing once the popup's code has taken `root` away.
 * Resolves how many history rows it drew.
 */
export async function drawFirstScreen(
  root: Element,
  reads: EarlyReads,
  chosen: PopupViewId | null,
  now: () => number = Date.now,
): Promise<number> {
  const page = await reads.page;
  performance.mark('dateline:page-known');
  const view = shownView(chosen, page);
  const history = view === 'history' ? ((await reads.history)?.articles ?? null) : null;
  performance.mark('dateline:early-history');
  if (!root.isConnected) return 0;
  render(<PopupFirstScreen view={view} url={page.url} history={history} now={now()} />, root);
  // Read by the end-to-end tests (what was drawn, and when) and seen in performance traces.
  const rows = history?.length ?? 0;
  performance.mark('dateline:first-screen', { detail: { view, rows } });
  return rows;
}
