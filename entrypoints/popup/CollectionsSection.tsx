import { useState } from 'preact/hooks';
import { CollectionManager } from '@/components/CollectionManager';
import {
  cleanCollectionName,
  createCollection,
  deleteCollection,
  listCollections,
  renameCollection,
} from '@/utils/db/queries/collections';
import type { DatelineDB } from '@/utils/db/schema';
import { useLiveQuery } from '@/utils/ui/useLiveQuery';
import { CollectionTimeline } from './CollectionTimeline';
import { LoadingStatus } from '@/components/LoadingStatus';
import { useSchemaUpgrade } from '@/utils/ui/useSchemaUpgrade';

/** Props of {@link CollectionsSection}. */
export interface CollectionsSectionProps {
  db: DatelineDB;
  /** Opens the timeline page filtered by a collection. */
  onOpenTimeline: (collectionId: number) => void;
}

type Status = { kind: 'info' | 'error'; text: string } | null;

function articles(n: number): string {
  return `${n} article${n === 1 ? '' : 's'}`;
}

/**
 * Container: the collections where the reader collects. Each with its article count; its name opens its merged
 * timeline in the popup; rename (names stay unique and non-empty) and delete after asking (articles stay), live.
 */
export function CollectionsSection({ db, onOpenTimeline }: CollectionsSectionProps) {
  const upgrading = useSchemaUpgrade();
  const collections = useLiveQuery(() => listCollections(db), [db]);
  const [openId, setOpenId] = useState<number | null>(null);
  // Back from a timeline, the keyboard returns to that collection's name.
  const [backFrom, setBackFrom] = useState<number | undefined>(undefined);
  const [status, setStatus] = useState<Status>(null);

  if (collections.status === 'loading') return <LoadingStatus upgrading={upgrading} />;
  if (collections.status === 'error') {
    return (
      <p class="popup__status popup__status--error" role="alert">
        Could not read your collections: {String((collections.error as Error)?.message ?? collections.error)}
      </p>
    );
  }
  // A collection deleted elsewhere (the timeline page) while its timeline is open: back to the list.
  const open = collections.value.find((c) => c.id === openId);
  if (open) {
    return (
      <CollectionTimeline
        db={db}
        collection={open}
        onBack={() => {
          setBackFrom(open.id);
          setOpenId(null);
        }}
        onOpenTimeline={() => onOpenTimeline(open.id)}
      />
    );
  }
  return (
    <div class="popup-collections">
      <CollectionManager
        collections={collections.value}
        showMode="open"
        focusId={backFrom}
        onShow={(id) => {
          setStatus(null);
          setOpenId(id ?? null);
        }}
        onCreate={async (name) => {
          await createCollection(db, name);
          setStatus({ kind: 'info', text: `Created the collection “${cleanCollectionName(name)}”.` });
        }}
        onRename={async (collection, name) => {
          await renameCollection(db, collection.id, name);
          setStatus({ kind: 'info', text: `Renamed “${collection.name}” to “${cleanCollectionName(name)}”.` });
        }}
        onDelete={async (collection) => {
          setBackFrom(undefined);
          try {
            await deleteCollection(db, collection.id);
            setStatus({
              kind: 'info',
              text: `Deleted the collection “${collection.name}”; its ${articles(collection.articles)} ${collection.articles === 1 ? 'stays' : 'stay'} in your history.`,
            });
          } catch (error) {
            setStatus({ kind: 'error', text: `Could not delete “${collection.name}”: ${(error as Error).message}` });
          }
        }}
      />
      <p class={`popup__status${status?.kind === 'error' ? ' popup__status--error' : ''}`} role="status">
        {status?.text}
      </p>
    </div>
  );
}
