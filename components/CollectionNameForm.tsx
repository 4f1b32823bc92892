import { useEffect, useRef, useState } from 'preact/hooks';
import { COLLECTION_NAME_MAX } from '@/utils/db/queries/collections';
import { errorMessage } from '@/utils/ui/format';

/** Props of {@link CollectionNameForm}. */
export interface CollectionNameFormProps {
  /** Accessible name of the text field ("New collection name", "New name for “Korea”"). */
  label: string;
  /** The name the field starts with (a rename starts with the current name). */
  initial?: string;
  /** Shown in the empty field ("New collection name"). */
  placeholder?: string;
  submitLabel: string;
  /** Saves the name; a rejection's message is shown under the field and the form stays open. */
  onSubmit: (name: string) => Promise<void>;
  /** Shows a Cancel button, also bound to Escape. */
  onCancel?: () => void;
  /** Focuses and selects the field when shown (a rename opened from its button). */
  autoFocus?: boolean;
}

/** A one-field form for a collection's name, used to create and to rename; shows why a name was refused. */
export function CollectionNameForm(props: CollectionNameFormProps) {
  const [name, setName] = useState(props.initial ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const { onCancel, autoFocus } = props;
  useEffect(() => {
    if (autoFocus) field.current?.select();
    if (autoFocus) field.current?.focus();
  }, [autoFocus]);
  return (
    <form
      class="collection-form"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        props
          .onSubmit(name)
          .then(() => setName(props.initial ?? ''))
          .catch((reason: unknown) => setError(errorMessage(reason)))
          .finally(() => setBusy(false));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <input
        class="input collection-form__name"
        type="text"
        aria-label={props.label}
        aria-invalid={error !== null}
        placeholder={props.placeholder}
        maxLength={COLLECTION_NAME_MAX}
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
        ref={field}
      />
      <button type="submit" class="button" disabled={busy}>
        {props.submitLabel}
      </button>
      {onCancel && (
        <button type="button" class="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      )}
      {error && (
        <p class="collection-form__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
