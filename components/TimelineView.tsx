import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MergedEvent } from '@/utils/timeline/mergeEvents';
import type { LiveQueryState } from '@/utils/ui/useLiveQuery';
import { EventList } from './EventList';

/** The least a timeline view lists: its merged events and the display names of their people and countries. */
export interface TimelineViewEvents {
  dated: MergedEvent[];
  vague: MergedEvent[];
  names: ReadonlyMap<string, string>;
}

/** Props of {@link TimelineView}. */
export interface TimelineViewProps<T extends TimelineViewEvents> {
  /** The heading: the name of the person, country or collection. */
  title: string;
  /** The heading's id, which labels the section (unique in the page). */
  titleId: string;
  /** The back button's text, e.g. "← All collections". */
  backLabel: string;
  onBack: () => void;
  /** Opens the timeline page on what this view shows. */
  onOpenTimeline: () => void;
  /** Moves the focus to the heading once shown, for views opened by a button that is then gone. */
  focusTitle?: boolean;
  /** The events as read so far. */
  timeline: LiveQueryState<T>;
  /** What a failed read names: "Could not read {subject}: …". */
  subject: string;
  /** The line above the events once read ("5 events from 2 articles"). */
  summary: (value: T) => ComponentChildren;
  /** Shown below the events once read, e.g. a button that reads more. */
  footer?: (value: T) => ComponentChildren;
}

/**
 * The popup's timeline of one person, country or collection: a bar to go back or open the timeline page, the name,
 * then a loading or error line, or a summary and the merged events (one selectable at a time).
 */
export function TimelineView<T extends TimelineViewEvents>(props: TimelineViewProps<T>) {
  const { title, titleId, backLabel, onBack, onOpenTimeline, focusTitle, timeline, subject, summary, footer } = props;
  const [selected, setSelected] = useState<number | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) heading.current?.focus();
  }, []);
  return (
    <section class="entity-view" aria-labelledby={titleId}>
      <div class="entity-view__bar">
        <button type="button" class="button button--quiet" onClick={onBack}>
          {backLabel}
        </button>
        <button type="button" class="button" onClick={onOpenTimeline}>
          Open in timeline
        </button>
      </div>
      <h2 id={titleId} class="entity-view__title" tabIndex={focusTitle ? -1 : undefined} ref={heading}>
        {title}
      </h2>
      {timeline.status === 'loading' && <p class="popup__status">Loading…</p>}
      {timeline.status === 'error' && (
        <p class="popup__status popup__status--error" role="alert">
          Could not read {subject}: {String((timeline.error as Error)?.message ?? timeline.error)}
        </p>
      )}
      {timeline.status === 'ready' && (
        <>
          <p class="entity-view__summary">{summary(timeline.value)}</p>
          <EventList
            dated={timeline.value.dated}
            vague={timeline.value.vague}
            names={timeline.value.names}
            selectedKey={selected}
            onSelect={(k) => setSelected(k === selected ? null : k)}
          />
          {footer?.(timeline.value)}
        </>
      )}
    </section>
  );
}
