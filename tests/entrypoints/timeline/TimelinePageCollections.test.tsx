// @vitest-environment happy-dom
// Dexie's liveQuery only runs when a global indexedDB exists (Dexie.dependencies), as it does in the browser;
// each test still gets its own in-memory database through seededDbPerTest.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TimelinePage } from '@/entrypoints/timeline/TimelinePage';
import type { TimelineFilter } from '@/utils/db/queries/timelines';
import type { ExportFile } from '@/utils/export/serialize';
import { seededDbPerTest } from '../../fixtures/timeline/seededDb';

const seeded = seededDbPerTest(cleanup);

function renderPage(initialFilter: TimelineFilter = {}) {
  const onFilterChange = vi.fn();
  const files: ExportFile[] = [];
  render(
    <TimelinePage
      db={seeded.db}
      initialFilter={initialFilter}
      onFilterChange={onFilterChange}
      download={(f) => files.push(f)}
    />,
  );
  return { onFilterChange, files };
}

const legend = () => document.querySelector('.export-menu legend')?.textContent;
const status = () => document.querySelector('.timeline-page__status')?.textContent;

/** The timeline page's Collections panel against a real (in-memory) database: what the reader does, what is stored. */
describe('TimelinePage collections', () => {
  it('shows a collection’s timeline from its row, and exports it in each format', async () => {
    const { onFilterChange, files } = renderPage();

    fireEvent.click(await screen.findByRole('button', { name: /^Korea/ }));

    expect(onFilterChange).toHaveBeenLastCalledWith({ collectionId: seeded.koreaId });
    await waitFor(() => expect(legend()).toBe('Export: Collection: Korea'));
    await screen.findByText(/from 2 articles/);
    for (const name of ['JSON', 'CSV', 'TimelineJS', 'Web Annotation']) {
      fireEvent.click(screen.getByRole('button', { name }));
      await waitFor(() =>
        expect(files).toHaveLength(['JSON', 'CSV', 'TimelineJS', 'Web Annotation'].indexOf(name) + 1),
      );
    }
    expect(files.map((f) => f.filename.replace(/\d{4}-\d{2}-\d{2}/, 'DAY'))).toEqual([
      'dateline-collection-korea-DAY.json',
      'dateline-collection-korea-DAY.csv',
      'dateline-collection-korea-DAY.timelinejs.json',
      'dateline-collection-korea-DAY.jsonld',
    ]);
  });

  it.each<[string, string, string, string]>([
    ['renames', 'Korea 2023', 'Renamed “Korea” to “Korea 2023”.', 'Korea 2023'],
    ['tidies the spaces of a new name', '  Korea   watch ', 'Renamed “Korea” to “Korea watch”.', 'Korea watch'],
  ])('%s, and the list and export scope follow', async (_name, typed, expectedStatus, expectedName) => {
    renderPage({ collectionId: seeded.koreaId });
    fireEvent.click(await screen.findByRole('button', { name: 'Rename “Korea”' }));

    fireEvent.input(screen.getByLabelText('New name for “Korea”'), { target: { value: typed } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(status()).toBe(expectedStatus));
    expect((await seeded.db.collections.get(seeded.koreaId))?.name).toBe(expectedName);
    await waitFor(() => expect(legend()).toBe(`Export: Collection: ${expectedName}`));
  });

  it('refuses a name another collection has, and changes nothing', async () => {
    await seeded.db.collections.add({ name: 'Japan', createdAt: 0 });
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Rename “Korea”' }));

    fireEvent.input(screen.getByLabelText('New name for “Korea”'), { target: { value: 'Japan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('alert')).textContent).toBe('A collection named “Japan” already exists.');
    expect((await seeded.db.collections.get(seeded.koreaId))?.name).toBe('Korea');
  });

  it('deletes the shown collection after asking: its articles stay, the timeline shows all articles again', async () => {
    const { onFilterChange } = renderPage({ collectionId: seeded.koreaId });
    const articlesBefore = await seeded.db.articles.count();
    await screen.findByText(/from 2 articles/);

    fireEvent.click(screen.getByRole('button', { name: 'Delete “Korea”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete collection' }));

    await waitFor(() => expect(status()).toBe('Deleted the collection “Korea”; its 2 articles stay in your history.'));
    expect(await seeded.db.collections.count()).toBe(0);
    expect(await seeded.db.collectionItems.count()).toBe(0);
    expect(await seeded.db.articles.count()).toBe(articlesBefore);
    expect(onFilterChange).toHaveBeenLastCalledWith({});
    await screen.findByText(new RegExp(`from ${articlesBefore} articles`));
  });

  it.each<[string, (korea: number) => { shownId: number; elsewhere: () => Promise<unknown> }]>([
    [
      'deleted elsewhere (the popup, another tab)',
      (korea) => ({ shownId: korea, elsewhere: () => seeded.db.collections.delete(korea) }),
    ],
    ['unknown (an old bookmark)', () => ({ shownId: 999, elsewhere: () => Promise.resolve() })],
  ])('shows all articles when the shown collection is %s', async (_name, setup) => {
    const { shownId, elsewhere } = setup(seeded.koreaId);
    const { onFilterChange } = renderPage({ collectionId: shownId });

    await elsewhere();

    await waitFor(() => expect(onFilterChange).toHaveBeenLastCalledWith({}));
    await waitFor(() => expect(legend()).toBe('Export: All articles'));
  });

  it('creates an empty collection from the panel', async () => {
    renderPage();
    await screen.findByRole('button', { name: /^Korea/ });

    fireEvent.input(screen.getByLabelText('New collection name'), { target: { value: 'Fisheries' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create collection' }));

    await screen.findByRole('button', { name: 'Fisheries 0 articles' });
    expect(status()).toBe('Created the collection “Fisheries”.');
  });
});
