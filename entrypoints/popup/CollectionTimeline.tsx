import { useEffect, useRef, useState } from 'preact/hooks';
import { EventList } from '@/components/EventList';
import type { CollectionSummary } from '@/utils/db/queries/collections';
import { withEventNames } from '@/utils/db/queries/entityNames';
import { timelinePage } from '@/utils/db/queries/timelinePage';
import type { DatelineDB } from '@/utils/db/schema';
import { useLiveQuery } from '@/utils/ui/useLiveQuery';

/** Props of {@link CollectionTimeline}. */
export interface CollectionTimelineProps {
  db: DatelineDB;
  collection: CollectionSummary;
  onBack: () => void;
  /** Opens the timeline page filtered by this collection (chart, exports). */
  onOpenTimeline: () => void;
}

function plural(n: number, one: string): string {
  return `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;
}

/**
 * Container: one collection's merged timeline in the popup, as People & countries shows an entity's (a collection is
 * read whole: collections are made by hand and stay small).
 */
export function CollectionTimeline({ db, collection, onBack, onOpenTimeline }: CollectionTimelineProps) {
  const [selected, setSelected] = useState<number | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  // The button that opened this view is gone: the keyboard continues at the heading.
  useEffect(() => title.current?.focus(), []);
  const timeline = useLiveQuery(
    async () => withEventNames(db, await timelinePage(db, { collectionId: collection.id }, Infinity)),
    [db, collection.id, collection.articles],
  );
  return (
    <section class="entity-view" aria-labelledby="collection-title">
      <div class="entity-view__bar">
        <button type="button" class="button button--quiet" onClick={onBack}>
          ← All collections
        </button>
        <button type="button" class="button" onClick={onOpenTimeline}>
          Open in timeline
        </button>
      </div>
      <h2 id="collection-title" class="entity-view__title" tabIndex={-1} ref={title}>
        {collection.name}
      </h2>
      {timeline.status === 'loading' && <p class="popup__status">Loading…</p>}
      {timeline.status === 'error' && (
        <p class="popup__status popup__status--error" role="alert">
          Could not read the collection: {String((timeline.error as Error)?.message ?? timeline.error)}
        </p>
      )}
      {timeline.status === 'ready' && (
        <>
          <p class="entity-view__summary">
            {plural(timeline.value.dated.length + timeline.value.vague.length, 'event')} from{' '}
            {plural(collection.articles, 'article')}
          </p>
          <EventList
            dated={timeline.value.dated}
            vague={timeline.value.vague}
            names={timeline.value.names}
            selectedKey={selected}
            onSelect={(k) => setSelected(k === selected ? null : k)}
          />
        </>
      )}
    </section>
  );
}
