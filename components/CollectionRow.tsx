import { useEffect, useRef, useState } from 'preact/hooks';
import type { CollectionSummary } from '@/utils/db/queries/collections';
import { CollectionNameForm } from './CollectionNameForm';
import { ConfirmButton } from './ConfirmButton';

/** Props of {@link CollectionRow}. */
export interface CollectionRowProps {
  collection: CollectionSummary;
  /** True while the timeline shows this collection. */
  shown: boolean;
  /** Shows the collection's merged timeline, or all articles again when it is already shown. */
  onToggle: () => void;
  /** Renames; rejects with a message for the reader (name taken, empty). */
  onRename: (name: string) => Promise<void>;
  /** Deletes the collection, never its articles. Asked for confirmation first. */
  onDelete: () => void;
  /**
   * 'toggle' (default): the name switches the timeline beside the list to this collection and back (aria-pressed).
   * 'open': the name opens the collection's timeline in place of the list (the popup), so it is a plain button.
   */
  showMode?: 'toggle' | 'open';
  /** Focuses the name button when shown (the reader came back from this collection's timeline). */
  focusShow?: boolean;
}

function articles(n: number): string {
  return `${n} article${n === 1 ? '' : 's'}`;
}

/** One collection: its name (shows its timeline), its size, Rename (inline form) and Delete (asks first). */
export function CollectionRow(props: CollectionRowProps) {
  const { collection, shown, onToggle, onRename, onDelete, showMode = 'toggle', focusShow = false } = props;
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const showButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusShow) showButton.current?.focus();
  }, [focusShow]);
  const wasRenaming = useRef(false);
  useEffect(() => {
    // Back from the form, focus returns to where the reader started.
    if (!renaming && wasRenaming.current) renameButton.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);

  if (renaming) {
    return (
      <li class="collection collection--renaming">
        <CollectionNameForm
          label={`New name for “${collection.name}”`}
          initial={collection.name}
          submitLabel="Save"
          autoFocus
          onSubmit={async (name) => {
            await onRename(name);
            setRenaming(false);
          }}
          onCancel={() => setRenaming(false)}
        />
      </li>
    );
  }
  return (
    <li class={`collection${shown ? ' collection--shown' : ''}`}>
      <button
        ref={showButton}
        type="button"
        class="collection__show"
        aria-pressed={showMode === 'toggle' ? shown : undefined}
        onClick={onToggle}
      >
        <span class="collection__name">{collection.name}</span>{' '}
        <span class="collection__count">{articles(collection.articles)}</span>
      </button>
      <span class="collection__actions">
        <button
          ref={renameButton}
          type="button"
          class="button button--quiet collection__rename"
          onClick={() => setRenaming(true)}
        >
          Rename<span class="visually-hidden"> “{collection.name}”</span>
        </button>
        <ConfirmButton
          label="Delete"
          accessibleLabel={`Delete “${collection.name}”`}
          question={`Delete the collection “${collection.name}”? Its ${articles(collection.articles)} ${collection.articles === 1 ? 'stays' : 'stay'} in your history.`}
          confirmLabel="Delete collection"
          onConfirm={onDelete}
        />
      </span>
    </li>
  );
}
