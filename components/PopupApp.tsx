import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** One view of the popup (History now; This page, People & countries later). */
export interface PopupSection {
  id: string;
  label: string;
  content: ComponentChildren;
}

/** Props of {@link PopupApp}. */
export interface PopupAppProps {
  sections: PopupSection[];
  /** The section shown first (defaults to the first one). */
  initial?: string;
}

/**
 * The popup's frame: the title bar and its sections. With one section it shows it; with several it shows tabs
 * (ARIA tablist), so new views are added by passing another section.
 */
export function PopupApp({ sections, initial }: PopupAppProps) {
  const [selected, setSelected] = useState(initial ?? sections[0]?.id);
  const current = sections.find((s) => s.id === selected) ?? sections[0];
  return (
    <div class="popup">
      <header class="popup__header">
        <h1 class="popup__title">Dateline</h1>
      </header>
      {sections.length > 1 && (
        <nav class="popup__tabs" role="tablist" aria-label="Views">
          {sections.map((s) => (
            <button
              key={s.id}
              type="button"
              role="tab"
              id={`tab-${s.id}`}
              aria-selected={s.id === current?.id}
              aria-controls={`panel-${s.id}`}
              class="popup__tab"
              onClick={() => setSelected(s.id)}
            >
              {s.label}
            </button>
          ))}
        </nav>
      )}
      {current && (
        <main
          class="popup__panel"
          id={`panel-${current.id}`}
          role={sections.length > 1 ? 'tabpanel' : undefined}
          aria-labelledby={sections.length > 1 ? `tab-${current.id}` : undefined}
          aria-label={sections.length > 1 ? undefined : current.label}
        >
          {current.content}
        </main>
      )}
    </div>
  );
}
