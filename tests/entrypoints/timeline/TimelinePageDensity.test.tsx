// @vitest-environment happy-dom
// Dexie's liveQuery only runs when a global indexedDB exists (Dexie.dependencies), as it does in the browser;
// each test still gets its own in-memory database through freshDb.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TimelinePage } from '@/entrypoints/timeline/TimelinePage';
import type { TimelineFilter } from '@/utils/db/queries/timelines';
import type { DatelineDB } from '@/utils/db/schema';
import { isPlaceable } from '@/utils/timeline/dateLabel';
import { makeExport } from '../../fixtures/timeline/articles';
import { seedDb } from '../../fixtures/timeline/seed';
import { freshDb } from '../../utils/db/helpers';

let db: DatelineDB;
beforeEach(async () => {
  db = freshDb();
  await seedDb(db, makeExport());
});
afterEach(() => {
  cleanup();
  db.close();
});

/** The density bars' counts, read back from their accessible labels ("May 2023: 2 events"). */
function barCounts(): number[] {
  return [...document.querySelectorAll('rect.density__bar')].map((r) =>
    Number(/: ([\d,]+) events?$/.exec(r.getAttribute('aria-label') ?? '')![1]!.replace(/,/g, '')),
  );
}

/** The timeline page's chart against a real (in-memory) database: its bars count every matching event. */
describe('TimelinePage density bars', () => {
  it.each<[string, TimelineFilter, (e: { countries: string[] }) => boolean]>([
    ['everything', {}, () => true],
    ['a country', { countryCode: 'KP' }, (e) => e.countries.includes('KP')],
  ])('count every placeable event of %s', async (_name, filter, matches) => {
    const expected = (await db.events.toArray()).filter((e) => isPlaceable(e) && matches(e)).length;
    render(<TimelinePage db={db} initialFilter={filter} onFilterChange={() => {}} download={() => {}} />);

    await waitFor(() => expect(barCounts().length).toBeGreaterThan(0));
    // Fit all takes in every counted year (the first view leaves out a decade-long event's).
    fireEvent.click(screen.getByRole('button', { name: 'Fit all' }));
    const actual = barCounts().reduce((a, b) => a + b, 0);

    expect(actual).toBe(expected);
    expect(expected).toBeGreaterThan(0);
  });
});
