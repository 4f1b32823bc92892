import { AddToCollection } from './AddToCollection';
import { ConfirmButton } from './ConfirmButton';
import { HistoryFilters, type FilterOption, type HistoryFiltersProps } from './HistoryFilters';
import { HistoryList } from './HistoryList';
import { LoadingStatus } from './LoadingStatus';
import type { HistoryEntry } from '@/utils/db/articles';
import { errorMessage } from '@/utils/ui/format';

/** The rows shown, as the history's container has them. */
export type HistoryViewResults =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; articles: HistoryEntry[]; total: number };

/** Props of {@link HistoryView}: the search box and filters' own, then the list's. */
export interface HistoryViewProps extends Pick<
  HistoryFiltersProps,
  'query' | 'onQuery' | 'filters' | 'onFilters' | 'expanded' | 'onExpanded'
> {
  /** The filter menus' choices; null while they load. */
  options: { people: FilterOption[]; countries: FilterOption[]; sites: FilterOption[] } | null;
  /** "12 articles", "Searching…", or empty while the count is not known. */
  summary: string;
  searchMs: number | null;
  /** True when a search or filter narrows the list (the empty state then says so). */
  filtered: boolean;
  results: HistoryViewResults;
  /** A schema upgrade holds the queries up (the loading line says so). */
  upgrading: boolean;
  /** The last action's failure, shown until the next. */
  problem: string | null;
  now: number;
  collections: { id: number; name: string }[];
  onOpen: (url: string) => void;
  onStar: (entry: HistoryEntry, starred: boolean) => void;
  onAddToCollection: (entry: HistoryEntry, collectionId: number) => void;
  onCreateCollection: (entry: HistoryEntry, name: string) => void;
  onDelete: (entry: HistoryEntry) => void;
  onShowMore: () => void;
}

/** Articles shown at first, and added by each "Show more". */
export const HISTORY_PAGE = 50;

/**
 * The History view: search box and filters, then the articles with their actions (star, add to a collection,
 * delete) and "Show more". Presentational: the popup's container (entrypoints/popup/HistorySection.tsx) gives it the
 * live rows, and the popup's first screen (PopupFirstScreen) the rows read before the popup's code loaded.
 */
export function HistoryView(props: HistoryViewProps) {
  const { results, filtered } = props;
  const actions = (entry: HistoryEntry) => {
    const title = entry.title?.trim() || entry.url;
    return (
      <>
        <AddToCollection
          articleTitle={title}
          collections={props.collections}
          onAdd={(id) => props.onAddToCollection(entry, id)}
          onCreate={(name) => props.onCreateCollection(entry, name)}
        />
        <ConfirmButton
          label="Delete"
          accessibleLabel={`Delete “${title}”`}
          question="Delete this article and its events?"
          confirmLabel="Delete article"
          onConfirm={() => props.onDelete(entry)}
        />
      </>
    );
  };
  return (
    <div class="history">
      <HistoryFilters
        query={props.query}
        onQuery={props.onQuery}
        filters={props.filters}
        onFilters={props.onFilters}
        expanded={props.expanded}
        onExpanded={props.onExpanded}
        people={props.options?.people ?? null}
        countries={props.options?.countries ?? null}
        sites={props.options?.sites ?? null}
        summary={props.summary}
        searchMs={props.searchMs}
      />
      {props.problem && (
        <p class="popup__status popup__status--error" role="alert">
          {props.problem}
        </p>
      )}
      {results.status === 'error' && (
        <p class="popup__status popup__status--error" role="alert">
          Could not read your history: {errorMessage(results.error)}
        </p>
      )}
      {results.status === 'loading' && <LoadingStatus upgrading={props.upgrading} />}
      {results.status === 'ready' && (
        <>
          <HistoryList
            entries={results.articles}
            now={props.now}
            onOpen={props.onOpen}
            onStar={props.onStar}
            actions={actions}
            emptyTitle={filtered ? 'Nothing matches' : undefined}
            emptyHint={filtered ? 'Try other words, or clear the filters.' : undefined}
          />
          {results.articles.length < results.total && (
            <button type="button" class="button history__more" onClick={props.onShowMore}>
              Show {Math.min(HISTORY_PAGE, results.total - results.articles.length)} more
            </button>
          )}
        </>
      )}
    </div>
  );
}
