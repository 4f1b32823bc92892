import { isPlaceable, type DatedLike } from '../timeline/dateLabel';

/** Which events a timeline page is read from: one person's, one country's, or every event. */
export type EventScope = { kind: 'person'; id: string } | { kind: 'country'; code: string } | { kind: 'all' };

/** Day part of a key for events that cannot be placed on a calendar; sorts after every ISO day. */
export const VAGUE_DAY = '~';

const SEPARATOR = '\u0000';

function scopeKey(scope: EventScope): string {
  return scope.kind === 'person' ? `p:${scope.id}` : scope.kind === 'country' ? `c:${scope.code}` : '*';
}

/**
 * The `entityDays` keys of an event: `<scope>\u0000<day>` for every person, every country and "*" (all events), the
 * day being the event's start when it is placeable, else "~". In one multi-entry index they list any entity's events
 * in date order, which a compound index cannot do for the people and countries arrays.
 */
export function eventEntityDays(event: DatedLike & { people: readonly string[]; countries: readonly string[] }) {
  const day = isPlaceable(event) ? event.start! : VAGUE_DAY;
  const scopes: EventScope[] = [
    { kind: 'all' },
    ...[...new Set(event.people)].map((id): EventScope => ({ kind: 'person', id })),
    ...[...new Set(event.countries)].map((code): EventScope => ({ kind: 'country', code })),
  ];
  return scopes.map((s) => `${scopeKey(s)}${SEPARATOR}${day}`);
}

/** The key range of a scope's placeable events (up to day `to` inclusive when given), in date order. */
export function datedRange(scope: EventScope, to?: string): [lower: string, upper: string] {
  const prefix = `${scopeKey(scope)}${SEPARATOR}`;
  return [prefix, to === undefined ? `${prefix}${VAGUE_DAY}` : `${prefix}${to}\uffff`];
}

/** The key of a scope's events on one day (its last index key is where a page is extended to). */
export function dayKey(scope: EventScope, day: string): string {
  return `${scopeKey(scope)}${SEPARATOR}${day}`;
}

/** The key of a scope's vague events. */
export function vagueKey(scope: EventScope): string {
  return dayKey(scope, VAGUE_DAY);
}
