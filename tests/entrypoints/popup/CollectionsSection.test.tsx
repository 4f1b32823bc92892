// @vitest-environment happy-dom
// Dexie's liveQuery only runs when a global indexedDB exists (Dexie.dependencies), as it does in the browser;
// each test still gets its own in-memory database through seededDbPerTest.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CollectionsSection } from '@/entrypoints/popup/CollectionsSection';
import { seededDbPerTest } from '../../fixtures/timeline/seededDb';

const seeded = seededDbPerTest(cleanup);
beforeEach(async () => {
  await seeded.db.collections.add({ name: 'Japan', createdAt: 0 });
});

function renderSection() {
  const onOpenTimeline = vi.fn();
  render(<CollectionsSection db={seeded.db} onOpenTimeline={onOpenTimeline} />);
  return { onOpenTimeline };
}

const status = () => document.querySelector('.popup-collections [role="status"]')?.textContent;
const rows = () => [...document.querySelectorAll('.collection__show')].map((b) => b.textContent);

/** The popup's Collections view against a real (in-memory) database: what the reader does, what is stored. */
describe('Popup CollectionsSection', () => {
  it('lists the collections by name with their article counts, as plain buttons (no toggle state)', async () => {
    const expected = ['Japan 0 articles', 'Korea 2 articles'];
    renderSection();

    await waitFor(() => expect(rows()).toEqual(expected));

    const actual = [...document.querySelectorAll('.collection__show')].map((b) => b.getAttribute('aria-pressed'));
    expect(actual).toEqual([null, null]);
  });

  it("opens a collection's merged timeline, the timeline page from it, and comes back with the focus on its name", async () => {
    const { onOpenTimeline } = renderSection();

    fireEvent.click(await screen.findByRole('button', { name: /^Korea/ }));

    const heading = await screen.findByRole('heading', { name: 'Korea' });
    await screen.findByText(/events? from 2 articles$/);
    expect(document.activeElement).toBe(heading);
    expect(document.querySelectorAll('.event').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Open in timeline' }));
    expect(onOpenTimeline).toHaveBeenCalledWith(seeded.koreaId);
    fireEvent.click(screen.getByRole('button', { name: '← All collections' }));
    const korea = await screen.findByRole('button', { name: /^Korea/ });
    await waitFor(() => expect(document.activeElement).toBe(korea));
  });

  it.each<[string, string, string, string]>([
    ['renames', 'Korea 2023', 'Renamed “Korea” to “Korea 2023”.', 'Korea 2023'],
    ['tidies the spaces of a new name', '  Korea   watch ', 'Renamed “Korea” to “Korea watch”.', 'Korea watch'],
  ])('%s by keyboard (Enter saves) and the list follows', async (_name, typed, expectedStatus, expectedName) => {
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: 'Rename “Korea”' }));
    const field = screen.getByLabelText('New name for “Korea”');
    await waitFor(() => expect(document.activeElement).toBe(field));

    fireEvent.input(field, { target: { value: typed } });
    fireEvent.submit(field.closest('form')!);

    await waitFor(() => expect(status()).toBe(expectedStatus));
    const actual = (await seeded.db.collections.get(seeded.koreaId))?.name;
    expect(actual).toBe(expectedName);
    await waitFor(() => expect(rows()).toContain(`${expectedName} 2 articles`));
  });

  it.each<[string, string, string]>([
    ['a name another collection has', 'Japan', 'A collection named “Japan” already exists.'],
    ['an empty name', '   ', 'A collection needs a name.'],
  ])('refuses %s with a clear message and changes nothing', async (_name, typed, expected) => {
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: 'Rename “Korea”' }));

    fireEvent.input(screen.getByLabelText('New name for “Korea”'), { target: { value: typed } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const actual = (await screen.findByRole('alert')).textContent;
    expect(actual).toBe(expected);
    expect(screen.getByLabelText('New name for “Korea”').getAttribute('aria-invalid')).toBe('true');
    expect((await seeded.db.collections.get(seeded.koreaId))?.name).toBe('Korea');
  });

  it.each<[string, string, number]>([
    ['Cancel keeps it', 'Cancel', 2],
    ['Delete collection deletes it, its articles kept', 'Delete collection', 1],
  ])('asks before deleting: %s', async (_name, answer, expectedCollections) => {
    renderSection();
    const articlesBefore = await seeded.db.articles.count();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete “Korea”' }));
    expect(document.activeElement?.textContent).toBe('Cancel');

    fireEvent.click(screen.getByRole('button', { name: answer }));

    await waitFor(async () => expect(await seeded.db.collections.count()).toBe(expectedCollections));
    expect(await seeded.db.articles.count()).toBe(articlesBefore);
    if (expectedCollections === 1) {
      await waitFor(() =>
        expect(status()).toBe('Deleted the collection “Korea”; its 2 articles stay in your history.'),
      );
      expect(await seeded.db.collectionItems.count()).toBe(0);
      await waitFor(() => expect(rows()).toEqual(['Japan 0 articles']));
    } else {
      expect(rows()).toEqual(['Japan 0 articles', 'Korea 2 articles']);
    }
  });

  it('goes back to the list when the open collection is deleted elsewhere', async () => {
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: /^Korea/ }));
    await screen.findByRole('heading', { name: 'Korea' });

    await seeded.db.collections.delete(seeded.koreaId);

    await waitFor(() => expect(rows()).toEqual(['Japan 0 articles']));
  });
});
