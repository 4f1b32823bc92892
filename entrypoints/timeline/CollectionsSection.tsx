import { CollectionManager } from '@/components/CollectionManager';
import {
  cleanCollectionName,
  createCollection,
  deleteCollection,
  renameCollection,
  type CollectionSummary,
} from '@/utils/db/queries/collections';
import type { DatelineDB } from '@/utils/db/schema';

/** Props of {@link CollectionsSection}. */
export interface CollectionsSectionProps {
  db: DatelineDB;
  /** The live list the page already reads for its collection filter. */
  collections: CollectionSummary[];
  shownId?: number;
  onShow: (id: number | undefined) => void;
  /** Reports what happened in the page's status line. */
  onStatus: (status: { kind: 'info' | 'error'; text: string }) => void;
}

function articles(n: number): string {
  return `${n} article${n === 1 ? '' : 's'}`;
}

/** Container: creates, renames and deletes collections in the database; the list updates live. */
export function CollectionsSection({ db, collections, shownId, onShow, onStatus }: CollectionsSectionProps) {
  return (
    <CollectionManager
      collections={collections}
      shownId={shownId}
      onShow={onShow}
      onCreate={async (name) => {
        await createCollection(db, name);
        onStatus({ kind: 'info', text: `Created the collection “${cleanCollectionName(name)}”.` });
      }}
      onRename={async (collection, name) => {
        await renameCollection(db, collection.id, name);
        onStatus({ kind: 'info', text: `Renamed “${collection.name}” to “${cleanCollectionName(name)}”.` });
      }}
      onDelete={async (collection) => {
        try {
          await deleteCollection(db, collection.id);
          // A timeline of a collection that is gone would be empty for no visible reason.
          if (shownId === collection.id) onShow(undefined);
          onStatus({
            kind: 'info',
            text: `Deleted the collection “${collection.name}”; its ${articles(collection.articles)} ${collection.articles === 1 ? 'stays' : 'stay'} in your history.`,
          });
        } catch (error) {
          onStatus({ kind: 'error', text: `Could not delete “${collection.name}”: ${(error as Error).message}` });
        }
      }}
    />
  );
}
