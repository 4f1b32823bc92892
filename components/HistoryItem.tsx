import type { ComponentChildren } from 'preact';
import type { HistoryEntry } from '@/utils/db/articles';
import { formatPublished, formatRelative } from '@/utils/ui/format';
import { safeHttpUrl } from '@/utils/ui/safe-url';

/** Props of {@link HistoryItem}. */
export interface HistoryItemProps {
  entry: HistoryEntry;
  /** Current time, for "read 2 h ago". */
  now: number;
  /** Opens the article (in a new tab). */
  onOpen: (url: string) => void;
  /** When given, a star button toggles the article's star. */
  onStar?: (starred: boolean) => void;
  /** More actions below the article (add to a collection, delete). */
  actions?: ComponentChildren;
  /**
   * An Element Timing name for the title (`elementtiming`): the browser then records when it was first painted, which
   * is how the popup's time to first content is measured in a real popup (scripts/bench/popup-open.ts).
   */
  timing?: string;
}

const STATE_NOTE: Partial<Record<HistoryEntry['analysisState'], string>> = {
  pending: 'Analysing…',
  'not-analysed-language': 'Not analysed (language)',
  error: 'Analysis failed',
};

/**
 * One article in the history: title, site, publication date, when it was read; click to open it. Optional actions
 * (star, and what the container passes) sit below the link, never inside it.
 */
export function HistoryItem({ entry, now, onOpen, onStar, actions, timing }: HistoryItemProps) {
  const title = entry.title?.trim() || entry.url;
  const site = entry.siteName?.trim() || hostOf(entry.url);
  const note = STATE_NOTE[entry.analysisState];
  const open = (event: MouseEvent) => {
    event.preventDefault();
    // Only http(s) addresses are links or get opened (stored URLs are validated, but a link is no place to trust that).
    if (safeHttpUrl(entry.url) !== undefined) onOpen(entry.url);
  };
  return (
    <li class="history-item">
      <a class="history-item__link" href={safeHttpUrl(entry.url)} onClick={open}>
        <span class="history-item__title" elementtiming={timing}>
          {title}
        </span>
        <span class="history-item__meta">
          <span class="history-item__site">{site}</span>
          <span aria-hidden="true"> · </span>
          <span class="history-item__published">{formatPublished(entry.publishedTime)}</span>
        </span>
        <span class="history-item__read">
          Read{' '}
          <time dateTime={new Date(entry.lastVisited).toISOString()}>{formatRelative(entry.lastVisited, now)}</time>
          {note && <span class="history-item__note"> · {note}</span>}
        </span>
      </a>
      {(onStar || actions) && (
        <div class="history-item__actions">
          {onStar && (
            <button
              type="button"
              class="button button--quiet star"
              aria-pressed={entry.starred === 1}
              aria-label={`Star “${title}”`}
              onClick={() => onStar(entry.starred !== 1)}
            >
              <span aria-hidden="true">{entry.starred === 1 ? '★' : '☆'}</span> Star
            </button>
          )}
          {actions}
        </div>
      )}
    </li>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
