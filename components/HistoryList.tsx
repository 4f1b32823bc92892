import type { ComponentChildren } from 'preact';
import { FIRST_FRAME_ROWS, FIRST_ROW_TIMING } from '@/utils/ui/firstFrame';
import { useProgressiveCount } from '@/utils/ui/useProgressiveCount';
import type { HistoryEntry } from '@/utils/db/articles';
import { EmptyState } from './EmptyState';
import { HistoryItem } from './HistoryItem';

/** Props of {@link HistoryList}. */
export interface HistoryListProps {
  /** Newest first, as listHistory returns them. */
  entries: HistoryEntry[];
  now: number;
  onOpen: (url: string) => void;
  /** Stars or unstars an article (a star button on each item when given). */
  onStar?: (entry: HistoryEntry, starred: boolean) => void;
  /** Further actions for an item (add to a collection, delete). */
  actions?: (entry: HistoryEntry) => ComponentChildren;
  /** Shown instead of the new-user hint when filters or a search hide every article. */
  emptyTitle?: string;
  emptyHint?: string;
}

/**
 * The articles the user has read, or a hint for a new user when there are none yet. A long page of rows is drawn in
 * two frames: what fits on screen first, the rest right after.
 */
export function HistoryList({ entries, now, onOpen, onStar, actions, emptyTitle, emptyHint }: HistoryListProps) {
  const count = useProgressiveCount(entries.length, FIRST_FRAME_ROWS);
  if (entries.length === 0) {
    return (
      <EmptyState
        title={emptyTitle ?? 'No articles yet'}
        hint={emptyHint ?? 'Open a news article — Dateline will list it here.'}
      />
    );
  }
  return (
    <ul class="history-list" aria-label="Articles you have read">
      {entries.slice(0, count).map((entry, index) => (
        <HistoryItem
          key={entry.id}
          timing={index === 0 ? FIRST_ROW_TIMING : undefined}
          entry={entry}
          now={now}
          onOpen={onOpen}
          onStar={onStar && ((starred) => onStar(entry, starred))}
          actions={actions?.(entry)}
        />
      ))}
    </ul>
  );
}
