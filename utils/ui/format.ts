const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar date as "8 Nov 2023". */
function formatDay(year: number, month: number, day: number): string {
  return dayMonthYear.format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * An article's publication date as the article states it ("8 Nov 2023"), or "date unknown". The date part of an
 * ISO string is taken as written: converting "2023-11-08T01:00+09:00" to the reader's zone would show the 7th.
 */
export function formatPublished(publishedTime: string | null): string {
  if (publishedTime === null) return 'date unknown';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedTime);
  if (m) return formatDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const ms = Date.parse(publishedTime);
  if (Number.isNaN(ms)) return 'date unknown';
  const d = new Date(ms);
  return formatDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** How long ago `then` was, briefly: "just now", "5 min ago", "2 h ago", "yesterday", "3 days ago", then a date. */
export function formatRelative(then: number, now: number): string {
  const ago = Math.max(0, now - then);
  if (ago < MINUTE) return 'just now';
  if (ago < HOUR) return `${Math.floor(ago / MINUTE)} min ago`;
  if (ago < DAY) return `${Math.floor(ago / HOUR)} h ago`;
  if (ago < 2 * DAY) return 'yesterday';
  if (ago < 7 * DAY) return `${Math.floor(ago / DAY)} days ago`;
  const d = new Date(then);
  return formatDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** What a failure says to the reader: an Error's message, or the thrown value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
