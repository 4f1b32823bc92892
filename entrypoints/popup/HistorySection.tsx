import { HistoryList } from '@/components/HistoryList';
import { listHistory } from '@/utils/db/articles';
import type { DatelineDB } from '@/utils/db/schema';
import { useLiveQuery } from '@/utils/ui/useLiveQuery';
import { useNow } from '@/utils/ui/useNow';

/** How many articles the popup lists. */
const HISTORY_LIMIT = 100;

/** Props of {@link HistorySection}. */
export interface HistorySectionProps {
  db: DatelineDB;
  /** Opens an article's URL (a new tab in the extension). */
  openUrl: (url: string) => void;
}

/** Container: the reading history from the database, updated live as the background stores articles. */
export function HistorySection({ db, openUrl }: HistorySectionProps) {
  const history = useLiveQuery(() => listHistory(db, { limit: HISTORY_LIMIT }), [db]);
  const now = useNow();
  if (history.status === 'loading') return <p class="popup__status">Loading…</p>;
  if (history.status === 'error') {
    return (
      <p class="popup__status popup__status--error" role="alert">
        Could not read your history: {history.error instanceof Error ? history.error.message : String(history.error)}
      </p>
    );
  }
  return <HistoryList entries={history.value} now={now} onOpen={openUrl} />;
}
