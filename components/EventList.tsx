import { useEffect, useRef } from 'preact/hooks';
import { vagueLabel } from '@/utils/timeline/groupArticleEvents';
import type { MergedEvent } from '@/utils/timeline/mergeEvents';
import { formatPublished } from '@/utils/ui/format';
import { safeHttpUrl } from '@/utils/ui/safe-url';

/** Props of {@link EventList}. */
export interface EventListProps {
  /** Events with a calendar date, in date order. */
  dated: MergedEvent[];
  /** Undated and vague events ("Expected", "Recently"). */
  vague: MergedEvent[];
  /** Display names of person ids and country codes. */
  names: ReadonlyMap<string, string>;
  selectedKey: number | null;
  onSelect: (key: number) => void;
}

function Item({
  event,
  names,
  selected,
  onSelect,
  vague,
}: {
  event: MergedEvent;
  names: ReadonlyMap<string, string>;
  selected: boolean;
  onSelect: (key: number) => void;
  vague: boolean;
}) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  const written = [...new Set(event.sources.map((s) => s.event.timex.text.trim()).filter(Boolean))];
  const first = event.sources[0]!.event;
  const label = vague ? vagueLabel(first) : event.label;
  return (
    <li ref={ref} class={`event${selected ? ' event--selected' : ''}`}>
      <button type="button" class="event__date" aria-pressed={selected} onClick={() => onSelect(event.key)}>
        {label}
      </button>
      {!vague && written.length > 0 && <span class="event__written"> as written: “{written.join('”, “')}”</span>}
      <p class="event__text">{event.text}</p>
      {(event.people.length > 0 || event.countries.length > 0) && (
        <ul class="chips" aria-label="People and countries">
          {event.people.map((id) => (
            <li key={id} class="chip chip--person">
              {names.get(id) ?? id}
            </li>
          ))}
          {event.countries.map((code) => (
            <li key={code} class="chip chip--country">
              {names.get(code) ?? code}
            </li>
          ))}
        </ul>
      )}
      <ul class="event__sources" aria-label={event.sources.length > 1 ? `${event.sources.length} sources` : 'Source'}>
        {event.sources.map(({ article, event: report }) => (
          <li key={report.id}>
            {safeHttpUrl(article.url) !== undefined ? (
              <a href={safeHttpUrl(article.url)} target="_blank" rel="noopener noreferrer">
                {article.title?.trim() || article.url}
              </a>
            ) : (
              <span>{article.title?.trim() || article.url}</span>
            )}
            <span class="event__source-meta">
              {' '}
              · {article.siteName?.trim() || 'unknown site'} · {formatPublished(article.publishedTime)}
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * The events beside the chart: dated ones in date order, each with its date as resolved and as written, the
 * sentence, its people and countries, and every source; then the undated and vague ones in their own group.
 */
export function EventList({ dated, vague, names, selectedKey, onSelect }: EventListProps) {
  if (dated.length === 0 && vague.length === 0) {
    return <p class="event-list__empty">No events match. Read some news, or loosen the filters.</p>;
  }
  return (
    <div class="event-list">
      {dated.length > 0 && (
        <section aria-labelledby="events-dated">
          <h2 id="events-dated" class="event-list__heading">
            Dated events <span class="event-list__count">({dated.length})</span>
          </h2>
          <ol class="event-list__items">
            {dated.map((e) => (
              <Item
                key={e.key}
                event={e}
                names={names}
                selected={e.key === selectedKey}
                onSelect={onSelect}
                vague={false}
              />
            ))}
          </ol>
        </section>
      )}
      {vague.length > 0 && (
        <section aria-labelledby="events-vague">
          <h2 id="events-vague" class="event-list__heading">
            Undated and vague <span class="event-list__count">({vague.length})</span>
          </h2>
          <ul class="event-list__items">
            {vague.map((e) => (
              <Item key={e.key} event={e} names={names} selected={e.key === selectedKey} onSelect={onSelect} vague />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
