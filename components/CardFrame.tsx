import type { ComponentChildren } from 'preact';

/** Props of the frame every Dateline card shares. */
export interface CardFrameProps {
  /** What the mark is: "Person", "Country", "Date". */
  kindLabel: string;
  /** Mark kind, for the header's line style (matches the mark in the page). */
  kind: 'person' | 'country' | 'date';
  title: string;
  /** Id of the title element, so the dialog is labelled by it. */
  titleId: string;
  onClose: () => void;
  children: ComponentChildren;
}

/** The card's frame: kind, title, a close button, and the body. A non-modal dialog labelled by its title. */
export function CardFrame({ kindLabel, kind, title, titleId, onClose, children }: CardFrameProps) {
  return (
    <div class={`card card-${kind}`} role="dialog" aria-labelledby={titleId} tabIndex={-1}>
      <header class="card-header">
        <span class="card-kind">{kindLabel}</span>
        <button type="button" class="card-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <h2 class="card-title" id={titleId}>
        {title}
      </h2>
      {children}
    </div>
  );
}
