import { useEffect, useMemo, useState } from 'preact/hooks';
import { EventList } from '@/components/EventList';
import { ExportMenu } from '@/components/ExportMenu';
import { ImportButton } from '@/components/ImportButton';
import { TimelineChart } from '@/components/TimelineChart';
import { TimelineFilters } from '@/components/TimelineFilters';
import { listCollections } from '@/utils/db/queries/collections';
import { withEventNames } from '@/utils/db/queries/entityNames';
import { buildExport } from '@/utils/db/queries/exportData';
import { rankCountries, rankPeople } from '@/utils/db/queries/rankEntities';
import { timelinePage, TIMELINE_PAGE } from '@/utils/db/queries/timelinePage';
import type { TimelineFilter } from '@/utils/db/queries/timelines';
import type { DatelineDB } from '@/utils/db/schema';
import { serializeExport, type ExportFile } from '@/utils/export/serialize';
import { scopeTitle } from '@/utils/export/exportEvents';
import type { ExportFormat } from '@/utils/export/types';
import { ImportError } from '@/utils/import/check';
import { importValidated } from '@/utils/import/importExport';
import { parseImport } from '@/utils/import/parse';
import { exportScopeFor } from '@/utils/timeline/filterParams';
import { useLiveQuery } from '@/utils/ui/useLiveQuery';
import { CollectionsSection } from './CollectionsSection';
import { useChartDensity } from './useChartDensity';
import { LoadingStatus } from '@/components/LoadingStatus';
import { useSchemaUpgrade } from '@/utils/ui/useSchemaUpgrade';

/** Props of {@link TimelinePage}. */
export interface TimelinePageProps {
  db: DatelineDB;
  initialFilter: TimelineFilter;
  /** Keeps the filter in the page's address, so a reload or a bookmark shows the same timeline. */
  onFilterChange: (filter: TimelineFilter) => void;
  /** Saves an exported file (a download in the browser). */
  download: (file: ExportFile) => void;
}

type Status = { kind: 'info' | 'error'; text: string } | null;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function withCollection(filter: TimelineFilter, id: number | undefined): TimelineFilter {
  const { collectionId: _shown, ...rest } = filter;
  return id === undefined ? rest : { ...rest, collectionId: id };
}

/** Container of the timeline page: loads filters and events live from the database; runs exports and imports. */
export function TimelinePage({ db, initialFilter, onFilterChange, download }: TimelinePageProps) {
  const upgrading = useSchemaUpgrade();
  const [filter, setFilter] = useState(initialFilter);
  const [selected, setSelected] = useState<number | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const filterKey = JSON.stringify(filter);
  // The earliest events of the filter first, more on "Show later events": everything at 10,000 articles is 100,000
  // events, too many to read, merge and draw at once.
  const [limit, setLimit] = useState(TIMELINE_PAGE);

  const people = useLiveQuery(() => rankPeople(db, 300), [db]);
  const countries = useLiveQuery(() => rankCountries(db), [db]);
  const collections = useLiveQuery(() => listCollections(db), [db]);
  const timeline = useLiveQuery(
    async () =>
      withEventNames(db, await timelinePage(db, filter, limit), {
        personIds: filter.personId === undefined ? [] : [filter.personId],
        countryCodes: filter.countryCode === undefined ? [] : [filter.countryCode],
      }),
    [db, filterKey, limit],
  );

  // Counts of every matching event for the chart (the list and markers hold the pages read so far), read once the
  // first events are shown.
  const chartDensity = useChartDensity(db, filter, timeline.status !== 'loading');

  const collectionList = collections.status === 'ready' ? collections.value : [];
  const names = timeline.status === 'ready' ? timeline.value.names : new Map<string, string>();
  const scope = useMemo(
    () => exportScopeFor(filter, names, (id) => collectionList.find((c) => c.id === id)?.name),
    [filterKey, names, collectionList],
  );

  const changeFilter = (next: TimelineFilter) => {
    setFilter(next);
    setLimit(TIMELINE_PAGE);
    setSelected(null);
    onFilterChange(next);
  };

  // A collection deleted elsewhere (the popup, another tab) or an old bookmark: show all articles rather than an empty
  // timeline whose export buttons would export everything.
  const missingCollection =
    filter.collectionId !== undefined &&
    collections.status === 'ready' &&
    !collections.value.some((c) => c.id === filter.collectionId);
  useEffect(() => {
    if (missingCollection) changeFilter(withCollection(filter, undefined));
  }, [missingCollection]);

  const runExport = async (format: ExportFormat) => {
    setBusy('export');
    try {
      const doc = await buildExport(db, scope);
      const file = serializeExport(doc, format);
      download(file);
      setStatus({ kind: 'info', text: `Exported ${plural(doc.articles.length, 'article')} to ${file.filename}.` });
    } catch (error) {
      setStatus({ kind: 'error', text: `Export failed: ${(error as Error).message}` });
    } finally {
      setBusy(null);
    }
  };

  const runImport = async (file: File) => {
    setBusy('import');
    try {
      const data = parseImport(await file.arrayBuffer());
      const s = await importValidated(db, data);
      const kept = s.articlesKept > 0 ? `; ${plural(s.articlesKept, 'article')} already here kept as they are` : '';
      setStatus({
        kind: 'info',
        text: `Imported ${file.name}: ${plural(s.articlesAdded, 'new article')}, ${plural(s.collectionsAdded, 'new collection')}${kept}.`,
      });
    } catch (error) {
      const reason = error instanceof ImportError ? error.message : `Could not import: ${(error as Error).message}`;
      setStatus({ kind: 'error', text: `${reason} Nothing was changed.` });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="timeline-page">
      <header class="timeline-page__header">
        <h1>Dateline timeline</h1>
        <div class="timeline-page__actions">
          <ExportMenu scopeLabel={scopeTitle(scope)} onExport={(f) => void runExport(f)} busy={busy !== null} />
          <ImportButton onFile={(f) => void runImport(f)} busy={busy === 'import'} />
        </div>
      </header>
      <TimelineFilters
        people={people.status === 'ready' ? people.value : []}
        countries={countries.status === 'ready' ? countries.value : []}
        collections={collectionList}
        value={filter}
        onChange={changeFilter}
      />
      <p
        class={`timeline-page__status${status?.kind === 'error' ? ' timeline-page__status--error' : ''}`}
        role="status"
      >
        {status?.text}
      </p>
      {timeline.status === 'loading' && <LoadingStatus upgrading={upgrading} class="timeline-page__note" />}
      {timeline.status === 'error' && (
        <p class="timeline-page__status--error" role="alert">
          Could not read the timeline: {(timeline.error as Error).message}
        </p>
      )}
      {timeline.status === 'ready' && (
        <main class="timeline-page__main">
          <p class="timeline-page__summary">
            {timeline.value.more ? 'The first ' : ''}
            {plural(timeline.value.dated.length + timeline.value.vague.length, 'event')} from{' '}
            {plural(timeline.value.articles, 'article')}
            {(() => {
              const shared = timeline.value.dated.filter((e) => e.sources.length > 1).length;
              return shared > 0 ? `; ${plural(shared, 'event')} reported by several articles, shown once` : '';
            })()}
          </p>
          <div class="timeline-page__side">
            <section class="timeline-page__chart" aria-label="Chart">
              <TimelineChart
                events={timeline.value.dated}
                selectedKey={selected}
                onSelect={setSelected}
                partial={timeline.value.more}
                {...chartDensity}
              />
            </section>
            <CollectionsSection
              db={db}
              collections={collectionList}
              shownId={filter.collectionId}
              onShow={(id) => changeFilter(withCollection(filter, id))}
              onStatus={setStatus}
            />
          </div>
          <section class="timeline-page__events" aria-label="Events">
            <EventList
              dated={timeline.value.dated}
              vague={timeline.value.vague}
              names={timeline.value.names}
              selectedKey={selected}
              onSelect={setSelected}
            />
            {timeline.value.more && (
              <button type="button" class="button" onClick={() => setLimit(limit + TIMELINE_PAGE)}>
                Show later events
              </button>
            )}
          </section>
        </main>
      )}
    </div>
  );
}
