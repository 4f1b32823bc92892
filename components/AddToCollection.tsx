import { useState } from 'preact/hooks';

/** Props of {@link AddToCollection}. */
export interface AddToCollectionProps {
  /** Names the article in the control's accessible name. */
  articleTitle: string;
  collections: { id: number; name: string }[];
  /** Ids of the collections the article is in already. */
  memberOf?: readonly number[];
  onAdd: (collectionId: number) => void;
  /** Creates a collection with this name and adds the article to it. */
  onCreate: (name: string) => void;
}

const NEW = 'new';

/** A menu to put an article into a collection, with a small form for a new one. */
export function AddToCollection({ articleTitle, collections, memberOf = [], onAdd, onCreate }: AddToCollectionProps) {
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  if (creating) {
    return (
      <form
        class="add-collection"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) onCreate(name);
          setName('');
          setCreating(false);
        }}
      >
        <input
          class="input"
          type="text"
          aria-label="New collection name"
          placeholder="New collection"
          maxLength={120}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
          ref={(el) => el?.focus()}
        />
        <button type="submit" class="button">
          Add
        </button>
        <button type="button" class="button button--quiet" onClick={() => setCreating(false)}>
          Cancel
        </button>
      </form>
    );
  }
  return (
    <select
      class="select"
      aria-label={`Add “${articleTitle}” to a collection`}
      value=""
      onChange={(e) => {
        const value = e.currentTarget.value;
        e.currentTarget.value = '';
        if (value === NEW) setCreating(true);
        else if (value) onAdd(Number(value));
      }}
    >
      <option value="">Add to collection…</option>
      {collections.map((c) => (
        <option key={c.id} value={String(c.id)} disabled={memberOf.includes(c.id)}>
          {c.name}
          {memberOf.includes(c.id) ? ' ✓' : ''}
        </option>
      ))}
      <option value={NEW}>New collection…</option>
    </select>
  );
}
