import type { TimelineFilter } from '../db/queries/timelines';
import type { ExportScope } from '../export/types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The timeline page's filter from its address (`timeline.html?person=vladimir-putin&from=2023-01-01`), so the popup
 * can open the page on an entity; malformed values are ignored.
 */
export function filterFromParams(params: URLSearchParams): TimelineFilter {
  const f: TimelineFilter = {};
  const person = params.get('person');
  if (person) f.personId = person;
  const country = params.get('country');
  if (country && /^[A-Z]{2}$/.test(country)) f.countryCode = country;
  const collection = Number(params.get('collection'));
  if (params.has('collection') && Number.isInteger(collection) && collection > 0) f.collectionId = collection;
  const from = params.get('from');
  if (from && DAY.test(from)) f.from = from;
  const to = params.get('to');
  if (to && DAY.test(to)) f.to = to;
  return f;
}

/** The address query for a filter (the inverse of {@link filterFromParams}). */
export function filterToParams(f: TimelineFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (f.personId) params.set('person', f.personId);
  if (f.countryCode) params.set('country', f.countryCode);
  if (f.collectionId !== undefined) params.set('collection', String(f.collectionId));
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  return params;
}

/**
 * What the export buttons export for a filter: the person, else the country, else the collection, else everything.
 * (Exports cover whole entities and collections; the date range only narrows the view.)
 */
export function exportScopeFor(
  f: TimelineFilter,
  names: ReadonlyMap<string, string>,
  collectionName: (id: number) => string | undefined,
): ExportScope {
  if (f.personId) return { kind: 'person', id: f.personId, name: names.get(f.personId) ?? f.personId };
  if (f.countryCode) return { kind: 'country', code: f.countryCode, name: names.get(f.countryCode) ?? f.countryCode };
  if (f.collectionId !== undefined) {
    const name = collectionName(f.collectionId);
    if (name !== undefined) return { kind: 'collection', name };
  }
  return { kind: 'all' };
}
