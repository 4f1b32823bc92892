import type { ComponentChildren } from 'preact';
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

/** The articles the user has read, or a hint for a new user when there are none yet. */
export function HistoryList({ entries, now, onOpen, onStar, actions, emptyTitle, emptyHint }: HistoryListProps) {
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
      {entries.map((entry) => (
        <HistoryItem
          key={entry.id}
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
