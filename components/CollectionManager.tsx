import { useRef } from 'preact/hooks';
import type { CollectionSummary } from '@/utils/db/queries/collections';
import { CollectionNameForm } from './CollectionNameForm';
import { CollectionRow } from './CollectionRow';

/** Props of {@link CollectionManager}. */
export interface CollectionManagerProps {
  collections: CollectionSummary[];
  /** The collection the timeline shows, if any. */
  shownId?: number;
  /** Shows a collection's merged timeline; `undefined` goes back to all articles. */
  onShow: (id: number | undefined) => void;
  /** Each rejects with a message for the reader; the form stays open to fix the name. */
  onCreate: (name: string) => Promise<void>;
  onRename: (collection: CollectionSummary, name: string) => Promise<void>;
  /** Deletes a collection (its articles stay in the history); resolves once it is gone, or failed and was reported. */
  onDelete: (collection: CollectionSummary) => Promise<void>;
  /** How a collection's name shows its timeline: beside the list ('toggle', the timeline page) or instead ('open'). */
  showMode?: 'toggle' | 'open';
  /** The collection whose name gets the focus when the list appears (back from its timeline in the popup). */
  focusId?: number;
}

/**
 * The reader's collections (timeline page and popup): each one's merged timeline a click away, rename and delete
 * beside it, and a form for a new one (articles are added from the popup's History).
 */
export function CollectionManager({
  collections,
  shownId,
  onShow,
  onCreate,
  onRename,
  onDelete,
  showMode,
  focusId,
}: CollectionManagerProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section class="collections" aria-labelledby="collections-heading">
      <h2 id="collections-heading" class="collections__heading" tabIndex={-1} ref={heading}>
        Collections
      </h2>
      {collections.length === 0 ? (
        <p class="collections__empty">
          No collections yet. Name one here, then add articles to it from the popup’s History.
        </p>
      ) : (
        <ul class="collections__list">
          {collections.map((c) => (
            <CollectionRow
              key={c.id}
              collection={c}
              shown={c.id === shownId}
              showMode={showMode}
              focusShow={c.id === focusId}
              onToggle={() => onShow(c.id === shownId ? undefined : c.id)}
              onRename={(name) => onRename(c, name)}
              onDelete={() => {
                // The row goes away with the collection: keep the keyboard in the section.
                void onDelete(c).then(
                  () => heading.current?.focus(),
                  () => undefined,
                );
              }}
            />
          ))}
        </ul>
      )}
      <CollectionNameForm
        label="New collection name"
        placeholder="New collection name"
        submitLabel="Create collection"
        onSubmit={onCreate}
      />
    </section>
  );
}
