import { useEffect, useRef, useState } from 'preact/hooks';
import type { FilterOption } from '@/components/HistoryFilters';
import { HISTORY_PAGE, HistoryView, type HistoryViewResults } from '@/components/HistoryView';
import { addToCollection, createCollection, listCollections } from '@/utils/db/queries/collections';
import { deleteArticle, setStarred } from '@/utils/db/queries/deleteArticles';
import { listSites } from '@/utils/db/queries/history';
import { rankCountries, rankPeople } from '@/utils/db/queries/rankEntities';
import type { DatelineDB } from '@/utils/db/schema';
import type { EarlyHistory } from '@/utils/popup/earlyHistory';
import { historyResults, withEarlyHistory } from '@/utils/popup/historySearch';
import { useSearchIndex } from '@/utils/popup/useSearchIndex';
import { searchTokens, type SearchFilters } from '@/utils/timeline/searchIndex';
import { useLiveQuery } from '@/utils/ui/useLiveQuery';
import { errorMessage } from '@/utils/ui/format';
import { useNow } from '@/utils/ui/useNow';
import { useSchemaUpgrade } from '@/utils/ui/useSchemaUpgrade';

/** Props of {@link HistorySection}. */
export interface HistorySectionProps {
  db: DatelineDB;
  /** Opens an article's URL (a new tab in the extension). */
  openUrl: (url: string) => void;
  /**
   * The newest articles read before the popup's code loaded (utils/popup/earlyHistory.ts), shown until the live
   * query's first answer when nothing is searched or filtered.
   */
  early?: EarlyHistory | null;
}

/** What the history answers with nothing searched or filtered (see `asked` below). */
const DEFAULT_ASK = JSON.stringify(['', {}, HISTORY_PAGE]);

function plural(n: number, one: string): string {
  return `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;
}

/**
 * Container: the reading history, live. Search as you type and the filters are answered from the words stored with
 * each article and the database's indexes (the words also held in memory once the popup is idle); 50 at a time.
 */
export function HistorySection({ db, openUrl, early }: HistorySectionProps) {
  const upgrading = useSchemaUpgrade();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [expanded, setExpanded] = useState(false);
  const [limit, setLimit] = useState(HISTORY_PAGE);
  const [problem, setProblem] = useState<string | null>(null);
  const searching = searchTokens(query).length > 0;
  // What the results answer: until the answer to the latest keystroke arrives, the previous list stays on screen but
  // its count is not passed off as the new one.
  const asked = JSON.stringify([searching ? query : '', filters, limit]);
  const [shown, setShown] = useState(false);
  // The search words in memory, for quicker keystrokes: null until built (in slices, once the first page is shown and
  // the popup is idle) and while rebuilt after a write; searches read the same words from the database meanwhile.
  const memory = useSearchIndex(db, shown);
  const inMemory = useRef(memory.search);
  inMemory.current = memory.search;
  // Memory and database give the same answers, so a search in flight is not restarted when the words in memory
  // arrive, only when they are dropped (a write: an answer from memory would be stale, one from the database current).
  const live = useLiveQuery(
    async () => ({ ...(await historyResults(db, query, filters, limit, inMemory.current)), asked }),
    [db, asked, memory.dropped],
  );
  useEffect(() => {
    if (live.status === 'ready') setShown(true);
  }, [live.status]);
  const results = withEarlyHistory(live, early ?? null, asked, asked === DEFAULT_ASK);
  const collections = useLiveQuery(() => listCollections(db), [db]);
  const options = useLiveQuery(async () => {
    if (!expanded) return null;
    const [people, countries, sites] = await Promise.all([rankPeople(db, 200), rankCountries(db), listSites(db)]);
    const toOption = (e: { key: string; name: string; articles: number }): FilterOption => ({
      value: e.key,
      label: `${e.name} (${e.articles})`,
    });
    return {
      people: people.map(toOption),
      countries: countries.map(toOption),
      sites: sites.map((s) => ({ value: s, label: s })),
    };
  }, [db, expanded]);
  const now = useNow();

  const act = (work: Promise<unknown>) => {
    setProblem(null);
    work.catch((error: unknown) => setProblem(errorMessage(error)));
  };
  const filtered = searching || Object.values(filters).some((v) => v !== undefined && v !== false);

  let summary = '';
  if (results.status === 'ready' && results.value.asked !== asked) summary = 'Searching…';
  // (The early read has no count: the line stays empty until the live query's.)
  else if (results.status === 'ready' && !results.value.early) {
    summary = `${plural(results.value.total, 'article')}${filtered ? ' match' : ''}`;
  }

  let rows: HistoryViewResults = { status: 'loading' };
  if (results.status === 'error') rows = results;
  else if (results.status === 'ready') rows = { status: 'ready', ...results.value };
  return (
    <HistoryView
      query={query}
      onQuery={(q) => {
        setQuery(q);
        setLimit(HISTORY_PAGE);
      }}
      filters={filters}
      onFilters={(f) => {
        setFilters(f);
        setLimit(HISTORY_PAGE);
      }}
      expanded={expanded}
      onExpanded={setExpanded}
      options={options.status === 'ready' ? options.value : null}
      summary={summary}
      searchMs={results.status === 'ready' ? results.value.searchMs : null}
      filtered={filtered}
      results={rows}
      upgrading={upgrading}
      problem={problem}
      now={now}
      collections={collections.status === 'ready' ? collections.value : []}
      onOpen={openUrl}
      onStar={(entry, starred) => act(setStarred(db, entry.id, starred))}
      onAddToCollection={(entry, id) => act(addToCollection(db, id, entry.id))}
      onCreateCollection={(entry, name) =>
        act(createCollection(db, name).then((id) => addToCollection(db, id, entry.id)))
      }
      onDelete={(entry) => act(deleteArticle(db, entry.id))}
      onShowMore={() => setLimit(limit + HISTORY_PAGE)}
    />
  );
}
