// @vitest-environment happy-dom
// Dexie's liveQuery only runs when a global indexedDB exists (Dexie.dependencies), as it does in the browser;
// each test still gets its own in-memory database through freshDb.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistorySection } from '@/entrypoints/popup/HistorySection';
import { saveArticle } from '@/utils/db/articles';
import type { DatelineDB } from '@/utils/db/schema';
import { eventsAtV4, freshDb } from '../../utils/db/helpers';
import { extractedPayload } from '../../utils/messaging/fixtures';

let db: DatelineDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

const article = (path: string, title: string) => {
  const url = `https://news.example.org${path}`;
  return extractedPayload({ pageUrl: url, meta: { ...extractedPayload().meta, url, title } });
};

describe('HistorySection', () => {
  it('shows the empty state, then each article as soon as it is stored, newest first', async () => {
    render(<HistorySection db={db} openUrl={() => {}} />);
    await screen.findByText('Open a news article — Dateline will list it here.');

    await saveArticle(db, article('/first', 'First article'), Date.now() - 60_000);
    await screen.findByText('First article');
    await saveArticle(db, article('/second', 'Second article'), Date.now());

    await waitFor(() =>
      expect(
        screen.getAllByRole('listitem').map((li) => li.querySelector('.history-item__title')?.textContent),
      ).toEqual(['Second article', 'First article']),
    );
  });

  it('shows the early read of the newest articles at once, then what the live query reads', async () => {
    await saveArticle(db, article('/live', 'Stored article'), Date.now());
    const stored = await db.articles.toArray();
    const early = { articles: [{ ...stored[0]!, id: 999, title: 'Read before the code loaded' }] };

    render(<HistorySection db={db} openUrl={() => {}} early={early} />);
    const first = screen.getAllByRole('listitem').map((li) => li.querySelector('.history-item__title')?.textContent);
    const summary = () => document.querySelector('.history-filters__summary')?.textContent;
    const firstSummary = summary();

    expect(first).toEqual(['Read before the code loaded']);
    expect(firstSummary).toBe('');
    await screen.findByText('Stored article');
    expect(screen.queryByText('Read before the code loaded')).toBeNull();
    expect(summary()).toBe('1 article');
  });

  it('never shows the early read for a search', async () => {
    await saveArticle(db, article('/a', 'Satellite launch'), Date.now());
    const stored = await db.articles.toArray();
    const early = { articles: [{ ...stored[0]!, title: 'Early row' }] };
    render(<HistorySection db={db} openUrl={() => {}} early={early} />);

    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzz' } });

    expect(await screen.findByText('Nothing matches')).toBeTruthy();
    expect(screen.queryByText('Early row')).toBeNull();
  });

  it('says the library is being updated while a schema upgrade holds the history up, then shows it', async () => {
    const old = await eventsAtV4(3_000);
    render(<HistorySection db={old} openUrl={() => {}} />);

    await screen.findByText('Updating your library to the new version of Dateline…');
    await waitFor(() => expect(screen.queryByText(/Updating your library/)).toBeNull());
    // (A history of events alone: once upgraded, its article list is the empty one.)
    expect(await screen.findByText('Open a news article — Dateline will list it here.')).toBeTruthy();
    old.close();
  });

  it('opens an article through openUrl', async () => {
    await saveArticle(db, article('/a', 'An article'), Date.now());
    const openUrl = vi.fn();
    render(<HistorySection db={db} openUrl={openUrl} />);

    fireEvent.click(await screen.findByText('An article'));

    expect(openUrl).toHaveBeenCalledWith('https://news.example.org/a');
  });

  it.each([
    ['typed at once (answered by the database)', 0],
    ['typed once the in-memory index is built', 1_500],
  ])('search %s: the same matches, and an article stored afterwards joins them', async (_name, wait) => {
    await saveArticle(db, article('/a', 'Satellite launch'), Date.now() - 3_000);
    await saveArticle(db, article('/b', 'Summit talks'), Date.now() - 2_000);
    await saveArticle(db, article('/c', 'Satellite summit'), Date.now() - 1_000);
    render(<HistorySection db={db} openUrl={() => {}} />);
    await screen.findByText('Summit talks');
    await new Promise((resolve) => setTimeout(resolve, wait));
    const titles = () =>
      screen.queryAllByRole('listitem').map((li) => li.querySelector('.history-item__title')?.textContent);

    fireEvent.input(screen.getByPlaceholderText('Search titles, sites, people, countries'), {
      target: { value: 'sat' },
    });
    await waitFor(() => expect(titles()).toEqual(['Satellite summit', 'Satellite launch']));
    await saveArticle(db, article('/d', 'Satellite dish'), Date.now());

    await waitFor(() => expect(titles()).toEqual(['Satellite dish', 'Satellite summit', 'Satellite launch']));
    await screen.findByText('3 articles match');
  });

  it('says so when the database cannot be read', async () => {
    db.use({
      stack: 'dbcore',
      name: 'broken-disk',
      create: (down) => ({
        ...down,
        table: (name) => ({
          ...down.table(name),
          query: () => Promise.reject(new Error('disk I/O error')),
          openCursor: () => Promise.reject(new Error('disk I/O error')),
        }),
      }),
    });
    render(<HistorySection db={db} openUrl={() => {}} />);

    expect((await screen.findByRole('alert')).textContent).toBe('Could not read your history: disk I/O error');
  });
});
