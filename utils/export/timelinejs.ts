import { mergeEvents, type MergedEvent } from '../timeline/mergeEvents';
import { exportEvents, scopeTitle } from './exportEvents';
import type { DatelineExport } from './types';

/** A TimelineJS date object (https://timeline.knightlab.com/docs/json-format.html). */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

/** A TimelineJS text object. TimelineJS renders both fields as HTML, so we only ever put escaped text in them. */
export interface TimelineJsText {
  headline?: string;
  text?: string;
}

/** A TimelineJS slide; `start_date` is required except on the title slide. */
export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: TimelineJsText;
  group?: string;
  display_date?: string;
  unique_id?: string;
  autolink?: boolean;
}

/** A whole TimelineJS JSON document. */
export interface TimelineJsDocument {
  title?: TimelineJsSlide;
  events: TimelineJsSlide[];
  scale?: 'human' | 'cosmological';
}

const HEADLINE_MAX = 90;

/** TimelineJS parses these fields as markup; escaping keeps them the plain text the article had. */
export function escapeForTimelineJs(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function parts(iso: string): TimelineJsDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** Start and end as precise as the TIMEX3 value is: a year stays a year, a month a month. */
function dates(event: MergedEvent): Pick<TimelineJsSlide, 'start_date' | 'end_date'> {
  const start = parts(event.start!);
  if (/^\d{4}$/.test(event.value)) return { start_date: { year: start.year } };
  if (/^\d{4}-\d{2}$/.test(event.value)) return { start_date: { year: start.year, month: start.month } };
  if (!event.end || event.end === event.start) return { start_date: start };
  return { start_date: start, end_date: parts(event.end) };
}

function headline(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= HEADLINE_MAX ? clean : `${clean.slice(0, HEADLINE_MAX - 1).trimEnd()}…`;
}

function sourcesLine(event: MergedEvent): string {
  const cited = event.sources.map(({ article }) => {
    const where = [article.siteName, article.publishedTime?.slice(0, 10)].filter(Boolean).join(', ');
    return `${article.title ?? article.url}${where ? ` (${where})` : ''} ${article.url}`;
  });
  return `${cited.length > 1 ? 'Sources' : 'Source'}: ${cited.join('; ')}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The export as a TimelineJS timeline: one slide per event (reports of the same event by several articles merged,
 * with all their sources), dated as precisely as the text allows. Vague events ("in the coming months") have no
 * date TimelineJS could place, so they are left out.
 */
export function toTimelineJs(doc: DatelineExport): TimelineJsDocument {
  const { dated } = mergeEvents(exportEvents(doc));
  const sourceCount = new Set(dated.flatMap((e) => e.sources.map((s) => s.article.url))).size;
  return {
    title: {
      text: {
        headline: escapeForTimelineJs(scopeTitle(doc.scope)),
        text: escapeForTimelineJs(
          `${count(dated.length, 'dated event')} from ${count(sourceCount, 'article')}, exported from Dateline on ${doc.exportedAt.slice(0, 10)}.`,
        ),
      },
    },
    events: dated.map((event) => ({
      ...dates(event),
      display_date: escapeForTimelineJs(event.label),
      text: {
        headline: escapeForTimelineJs(headline(event.text)),
        text: escapeForTimelineJs(`${event.text} — ${sourcesLine(event)}`),
      },
      unique_id: `dateline-event-${event.key}`,
      autolink: false,
    })),
  };
}
