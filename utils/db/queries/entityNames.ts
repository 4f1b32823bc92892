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
