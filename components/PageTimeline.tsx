import type { EventRecord } from '@/utils/db/schema';
import { sentenceSegments, type EntitySpan } from '@/utils/popup/highlights';
import type { ArticleTimeline } from '@/utils/timeline/groupArticleEvents';
import { formatPublished } from '@/utils/ui/format';
import { EntityChips, type Chip } from './EntityChips';
import { HighlightedSentence } from './HighlightedSentence';

/** Props of {@link PageTimeline}. */
export interface PageTimelineProps {
  title: string;
  site: string;
  publishedTime: string | null;
  timeline: ArticleTimeline<EventRecord>;
  spans: EntitySpan[];
  people: Chip[];
  countries: Chip[];
  /** A note about the analysis ("Analysing…"), shown instead of an empty timeline. */
  note?: string | null;
  onChooseEntity?: (chip: Chip) => void;
}

function EventText({ event, spans }: { event: EventRecord; spans: EntitySpan[] }) {
  return <HighlightedSentence segments={sentenceSegments(event.text, event.sentence.start, spans)} />;
}

/**
 * One article's timeline ("This page"): the article, chips for its people and countries, its dated events grouped by
 * date in calendar order — each date as resolved ("May 2023") and as written ("in May") — then the undated and vague
 * ones ("Expected: in the coming months").
 */
export function PageTimeline(props: PageTimelineProps) {
  const { timeline, spans } = props;
  const empty = timeline.dated.length === 0 && timeline.vague.length === 0;
  return (
    <article class="page-timeline" aria-labelledby="page-title">
      <h2 id="page-title" class="page-timeline__title">
        {props.title}
      </h2>
      <p class="page-timeline__meta">
        {props.site} · {formatPublished(props.publishedTime)}
      </p>
      <EntityChips label="People" chips={props.people} onChoose={props.onChooseEntity} />
      <EntityChips label="Countries" chips={props.countries} onChoose={props.onChooseEntity} />
      {empty && <p class="popup__status">{props.note ?? 'No dated events in this article.'}</p>}
      {timeline.dated.length > 0 && (
        <section aria-labelledby="page-dated">
          <h3 id="page-dated" class="section-heading">
            Timeline
          </h3>
          <ol class="date-groups">
            {timeline.dated.map((group) => (
              <li key={group.value} class="date-group">
                <p class="date-group__label">
                  <time dateTime={group.start ?? undefined}>{group.label}</time>
                </p>
                <ul class="date-group__events">
                  {group.events.map((event) => (
                    <li key={event.id} class="page-event">
                      <p class="page-event__written">As written: “{event.timex.text}”</p>
                      <EventText event={event} spans={spans} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      )}
      {timeline.vague.length > 0 && (
        <section aria-labelledby="page-vague">
          <h3 id="page-vague" class="section-heading">
            Undated and vague
          </h3>
          <ul class="date-group__events">
            {timeline.vague.map(({ label, event }) => (
              <li key={event.id} class="page-event">
                <p class="date-group__label">{label}</p>
                <EventText event={event} spans={spans} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
