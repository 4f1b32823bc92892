import type { DatelineDB } from '../schema';

/**
 * Display names of the given person ids and country codes, in one read of the kept entity counts (whose name is the
 * one the entity's first article gave it, as the rankings show it); unknown keys are left out.
 */
export async function entityNames(
  db: DatelineDB,
  personIds: Iterable<string>,
  countryCodes: Iterable<string>,
): Promise<Map<string, string>> {
  const keys: [string, string][] = [
    ...[...new Set(personIds)].map((id): [string, string] => ['person', id]),
    ...[...new Set(countryCodes)].map((code): [string, string] => ['country', code]),
  ];
  const rows = await db.entityCounts.bulkGet(keys);
  const names = new Map<string, string>();
  for (const row of rows) if (row) names.set(row.key, row.name);
  return names;
}

/** A page of a timeline: its dated and vague events, each naming its people and countries by key. */
interface EventsPage {
  dated: readonly { people: readonly string[]; countries: readonly string[] }[];
  vague: readonly { people: readonly string[]; countries: readonly string[] }[];
}

/**
 * `page` with the display names of every person and country its events name (plus `extra` keys, such as a filter's),
 * as the event lists show them.
 */
export async function withEventNames<P extends EventsPage>(
  db: DatelineDB,
  page: P,
  extra: { personIds?: readonly string[]; countryCodes?: readonly string[] } = {},
): Promise<P & { names: Map<string, string> }> {
  const all = [...page.dated, ...page.vague];
  const names = await entityNames(
    db,
    all.flatMap((e) => e.people).concat(extra.personIds ?? []),
    all.flatMap((e) => e.countries).concat(extra.countryCodes ?? []),
  );
  return { ...page, names };
}
