import type { DatelineDB } from '../schema';

/** Display names of the given person ids and country codes (one indexed lookup each); unknown keys are left out. */
export async function entityNames(
  db: DatelineDB,
  personIds: Iterable<string>,
  countryCodes: Iterable<string>,
): Promise<Map<string, string>> {
  return db.transaction('r', db.people, db.countries, async () => {
    const people = [...new Set(personIds)];
    const countries = [...new Set(countryCodes)];
    const [p, c] = await Promise.all([
      Promise.all(people.map((id) => db.people.where('personId').equals(id).first())),
      Promise.all(countries.map((code) => db.countries.where('code').equals(code).first())),
    ]);
    const names = new Map<string, string>();
    p.forEach((row, i) => row && names.set(people[i]!, row.name));
    c.forEach((row, i) => row && names.set(countries[i]!, row.name));
    return names;
  });
}
