import type { HistoryEntry } from '@/utils/db/articles';
import { EmptyState } from './EmptyState';
import { HistoryItem } from './HistoryItem';

/** Props of {@link HistoryList}. */
export interface HistoryListProps {
  /** Newest first, as listHistory returns them. */
  entries: HistoryEntry[];
  now: number;
  onOpen: (url: string) => void;
}

/** The articles the user has read, or a hint for a new user when there are none yet. */
export function HistoryList({ entries, now, onOpen }: HistoryListProps) {
  if (entries.length === 0) {
    return <EmptyState title="No articles yet" hint="Open a news article — Dateline will list it here." />;
  }
  return (
    <ul class="history-list" aria-label="Articles you have read">
      {entries.map((entry) => (
        <HistoryItem key={entry.id} entry={entry} now={now} onOpen={onOpen} />
      ))}
    </ul>
  );
}
