import { TimelineView } from '@/components/TimelineView';
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
  const timeline = useLiveQuery(
    async () => withEventNames(db, await timelinePage(db, { collectionId: collection.id }, Infinity)),
    [db, collection.id, collection.articles],
  );
  return (
    <TimelineView
      title={collection.name}
      titleId="collection-title"
      backLabel="← All collections"
      onBack={onBack}
      onOpenTimeline={onOpenTimeline}
      // The button that opened this view is gone: the keyboard continues at the heading.
      focusTitle
      timeline={timeline}
      subject="the collection"
      summary={({ dated, vague }) => (
        <>
          {plural(dated.length + vague.length, 'event')} from {plural(collection.articles, 'article')}
        </>
      )}
    />
  );
}
