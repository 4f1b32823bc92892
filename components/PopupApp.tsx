import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

/** One view of the popup (This page, History, People & countries). */
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
  /**
   * The shown section, when the parent controls it (with `onSelect`); null shows none yet (the popup's frame drawn
   * before it knows which page it is about).
   */
  selected?: string | null;
  onSelect?: (id: string) => void;
  /** Controls shown in the title bar (site on/off, pause, open timeline). */
  controls?: ComponentChildren;
}

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * The popup's frame: the title bar with its controls and the sections. With several sections it shows tabs after the
 * WAI-ARIA tabs pattern: one tab stop, arrow keys, Home and End move between tabs and show them (automatic
 * activation). Only the shown section is rendered, so the popup does no work for views nobody opened.
 */
export function PopupApp({ sections, initial, controls, ...props }: PopupAppProps) {
  const [own, setOwn] = useState(initial ?? sections[0]?.id);
  const selected = props.selected === undefined ? own : props.selected;
  const setSelected = (id: string) => {
    setOwn(id);
    props.onSelect?.(id);
  };
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = selected === null ? undefined : (sections.find((s) => s.id === selected) ?? sections[0]);
  const many = sections.length > 1;

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move(index, sections.length);
    setSelected(sections[next]!.id);
    tabs.current[next]?.focus();
  };

  return (
    <div class="popup">
      <header class="popup__header">
        <h1 class="popup__title">Dateline</h1>
        {controls}
      </header>
      {many ? (
        <main class="popup__main">
          <div class="popup__tabs" role="tablist" aria-label="Views">
            {sections.map((s, i) => {
              const isCurrent = s.id === current?.id;
              return (
                <button
                  key={s.id}
                  ref={(el) => {
                    tabs.current[i] = el;
                  }}
                  type="button"
                  role="tab"
                  id={`tab-${s.id}`}
                  aria-selected={isCurrent}
                  aria-controls={isCurrent ? `panel-${s.id}` : undefined}
                  tabIndex={isCurrent || (!current && i === 0) ? 0 : -1}
                  class="popup__tab"
                  onClick={() => setSelected(s.id)}
                  onKeyDown={(e) => onKeyDown(e, i)}
                >
                  {s.label}
                </button>
              );
            })}
          </div>
          {current && (
            <div
              class="popup__panel"
              id={`panel-${current.id}`}
              role="tabpanel"
              tabIndex={0}
              aria-labelledby={`tab-${current.id}`}
            >
              {current.content}
            </div>
          )}
        </main>
      ) : (
        current && (
          <main class="popup__panel" id={`panel-${current.id}`} aria-label={current.label}>
            {current.content}
          </main>
        )
      )}
    </div>
  );
}
