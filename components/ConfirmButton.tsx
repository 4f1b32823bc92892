import { useEffect, useRef, useState } from 'preact/hooks';

/** Props of {@link ConfirmButton}. */
export interface ConfirmButtonProps {
  /** The button's text ("Delete"). */
  label: string;
  /** Accessible name when the label alone is ambiguous in a list ("Delete “Title”"). */
  accessibleLabel?: string;
  /** The question asked before acting ("Delete this article and its events?"). */
  question: string;
  /** The confirming button's text ("Delete article"). */
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
}

/**
 * A destructive action that asks first, inline (a popup cannot rely on `confirm()`): the button becomes the question
 * with a confirm and a cancel button; focus moves to Cancel, the safe choice, and Escape cancels.
 */
export function ConfirmButton(props: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) trigger.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={trigger}
        type="button"
        class="button button--danger"
        aria-label={props.accessibleLabel}
        disabled={props.disabled}
        onClick={() => setAsking(true)}
      >
        {props.label}
      </button>
    );
  }
  return (
    <span
      class="confirm"
      role="group"
      aria-label={props.question}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          setAsking(false);
        }
      }}
    >
      <span class="confirm__question">{props.question}</span>
      <button
        type="button"
        class="button button--danger"
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.confirmLabel}
      </button>
      <button ref={cancel} type="button" class="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
