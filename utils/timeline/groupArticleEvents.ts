import type { EventRecord } from '../db/schema';
import { compareDates, formatDateValue, isPlaceable } from './dateLabel';

/** The fields of a stored event that the timelines read. */
export type TimelineEventLike = Pick<
  EventRecord,
  'id' | 'articleId' | 'value' | 'start' | 'end' | 'text' | 'sentence' | 'timex' | 'people' | 'countries'
>;

/** Events of one article that share a date value, under its resolved label ("May 2023"). */
export interface DatedGroup<E extends TimelineEventLike = TimelineEventLike> {
  value: string;
  start: string | null;
  end: string | null;
  /** The date as resolved: "May 2023". */
  label: string;
  /** The events in text order; each keeps its date as written in `timex.text`. */
  events: E[];
}

/** An undated or vague event, labelled with the vague date and the words the article used. */
export interface VagueEvent<E extends TimelineEventLike = TimelineEventLike> {
  /** "Expected: in the coming months", "Recently: lately". */
  label: string;
  event: E;
}

/** An article's timeline: dated groups in calendar order, then the vague ones in text order. */
export interface ArticleTimeline<E extends TimelineEventLike = TimelineEventLike> {
  dated: DatedGroup<E>[];
  vague: VagueEvent<E>[];
}

/** "Expected: in the coming months" — the vague label followed by the phrase as written, when it adds something. */
export function vagueLabel(event: Pick<TimelineEventLike, 'value' | 'timex'>): string {
  const label = formatDateValue(event.value);
  const written = event.timex.text.trim();
  if (!written || written.toLowerCase() === label.toLowerCase()) return label;
  return `${label}: ${written}`;
}

/** Groups one article's events for display: dated ones by value in date order, vague ones on their own. */
export function groupArticleEvents<E extends TimelineEventLike>(events: readonly E[]): ArticleTimeline<E> {
  const byValue = new Map<string, DatedGroup<E>>();
  const vague: VagueEvent<E>[] = [];
  const inTextOrder = [...events].sort((a, b) => a.sentence.start - b.sentence.start || a.timex.start - b.timex.start);
  for (const event of inTextOrder) {
    if (!isPlaceable(event)) {
      vague.push({ label: vagueLabel(event), event });
      continue;
    }
    let group = byValue.get(event.value);
    if (!group) {
      group = {
        value: event.value,
        start: event.start,
        end: event.end,
        label: formatDateValue(event.value),
        events: [],
      };
      byValue.set(event.value, group);
    }
    group.events.push(event);
  }
  return { dated: [...byValue.values()].sort(compareDates), vague };
}
