import type { CountryRecord, EventRecord, MentionRecord, PersonRecord } from '@/utils/db/schema';
import { formatDateValue } from '@/utils/timeline/dateLabel';
import type { Mark } from '../highlights/types';
import { countryName } from './flag';
import type { CountryRef, NearbyEvent } from './types';

/** The stored analysis of the page's article, as the card container needs it. */
export interface PageAnnotations {
  articleId: number;
  /** The article's publication date (ISO), which relative dates were read from; null when it has none. */
  publishedTime: string | null;
  people: PersonRecord[];
  countries: CountryRecord[];
  mentions: MentionRecord[];
  events: EventRecord[];
}

/** What one card shows, before earlier reading (loaded separately) is added. */
export type CardModel =
  | { kind: 'person'; key: string; name: string; role: string | null; countries: CountryRef[]; mentionCount: number }
  | { kind: 'country'; key: string; code: string; name: string; mentionCount: number; people: string[] }
  | { kind: 'date'; key: string; label: string; quote: string; reading: string; nearby: NearbyEvent[] };

/** Most events the date card lists. */
const NEARBY_LIMIT = 4;

const DURATION_UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour' };

/** "P3M" → "3 months"; "PT2H" → "2 hours"; null when `value` is not a simple duration. */
function durationLabel(value: string): string | null {
  const m = /^PT?([\d.]+|X)([YMWDH])$/.exec(value);
  if (!m) return null;
  const unit = DURATION_UNITS[m[2]!]!;
  if (m[1] === 'X') return `Some ${unit}s`;
  return `${m[1]} ${unit}${m[1] === '1' ? '' : 's'}`;
}

/** The resolved date as a reader says it ("October 2023"), durations included. */
export function dateLabel(value: string): string {
  return durationLabel(value) ?? formatDateValue(value);
}

/** How a time expression became its date: from the publication date, as written, or not at all. */
export function howRead(mention: Pick<MentionRecord, 'text' | 'key' | 'unresolved'>, published: string | null): string {
  if (mention.unresolved) return 'left unresolved: the article gives no publication date';
  if (/^(PAST|PRESENT|FUTURE)_REF$/.test(mention.key)) return 'a reference to no particular date';
  if (/^P/.test(mention.key)) return 'a length of time, not a date';
  if (/\b\d{4}\b/.test(mention.text) || !published) return 'as written';
  return `from the publication date ${formatDateValue(published.slice(0, 10))}`;
}

function nearbyEvents(events: readonly EventRecord[], mention: MentionRecord): NearbyEvent[] {
  const own = events.find((e) => e.timex.start < mention.end && mention.start < e.timex.end);
  const anchor = own?.start ?? null;
  const day = (iso: string | null) => (iso === null ? Number.POSITIVE_INFINITY : Date.parse(iso) / 86_400_000);
  return events
    .filter((e) => e !== own)
    .map((e) => ({ e, distance: anchor === null ? 0 : Math.abs(day(e.start) - day(anchor)) }))
    .sort((a, b) => a.distance - b.distance || a.e.sentence.start - b.e.sentence.start)
    .slice(0, NEARBY_LIMIT)
    .map(({ e }) => ({ dateLabel: dateLabel(e.value), sentence: e.text }));
}

/** The card for `mark` from the article's stored analysis, or null when the analysis does not know it. */
export function cardModel(mark: Mark, data: PageAnnotations): CardModel | null {
  if (mark.kind === 'person') {
    const person = data.people.find((p) => p.personId === mark.key);
    if (!person) return null;
    const known = new Map(data.countries.map((c) => [c.code, c.name]));
    return {
      kind: 'person',
      key: person.personId,
      name: person.name,
      role: person.role,
      countries: person.countries.map((code) => ({ code, name: known.get(code) ?? countryName(code) })),
      mentionCount: person.mentionCount,
    };
  }
  if (mark.kind === 'country') {
    const country = data.countries.find((c) => c.code === mark.key);
    if (!country) return null;
    return {
      kind: 'country',
      key: country.code,
      code: country.code,
      name: country.name,
      mentionCount: country.mentionCount,
      people: data.people.filter((p) => p.countries.includes(country.code)).map((p) => p.name),
    };
  }
  const mention = data.mentions.find((m) => m.id === mark.mentionId);
  if (!mention) return null;
  return {
    kind: 'date',
    key: mention.key,
    label: dateLabel(mention.key),
    quote: mention.text,
    reading: howRead(mention, data.publishedTime),
    nearby: nearbyEvents(data.events, mention),
  };
}
