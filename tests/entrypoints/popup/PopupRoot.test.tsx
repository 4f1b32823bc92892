// @vitest-environment happy-dom
// Dexie's liveQuery only runs when a global indexedDB exists (Dexie.dependencies), as in the browser; each test still
// gets its own in-memory database through freshDb.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupRoot, type PopupActions } from '@/entrypoints/popup/PopupRoot';
import { saveArticle } from '@/utils/db/articles';
import { saveAnalysis } from '@/utils/db/analysis';
import type { DatelineDB } from '@/utils/db/schema';
import { ANALYSIS, TEXT } from '../../utils/db/analysisFixture';
import { freshDb } from '../../utils/db/helpers';
import { extractedPayload } from '../../utils/messaging/fixtures';

let db: DatelineDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

const ARTICLE_URL = 'https://news.example.org/2023/11/08/satellite';

async function storeAnalysedArticle() {
  const { id } = await saveArticle(db, extractedPayload({ text: TEXT }), Date.now());
  await saveAnalysis(db, id, ANALYSIS, { version: 1, now: Date.now(), text: TEXT });
  return id;
}

/** The History tab's result count line. */
const summary = () => document.querySelector('.history-filters__summary')?.textContent;

function actions(): PopupActions {
  return { openUrl: vi.fn(), openTimeline: vi.fn(), openCollection: vi.fn(), openOptions: vi.fn() };
}

describe('PopupRoot', () => {
  it.each([
    ['a web page', { tabId: 1, url: 'https://x.example/', articleId: null }, 'This page'],
    ['no web page', { tabId: null, url: null, articleId: null }, 'History'],
  ])('opens on the right view for %s', async (_name, page, expected) => {
    render(<PopupRoot db={db} page={page} actions={actions()} />);

    expect(screen.getByRole('tab', { selected: true }).textContent).toBe(expected);
  });

  it("shows the tab's article as soon as it is stored and analysed, with its dated events and highlights", async () => {
    render(<PopupRoot db={db} page={{ tabId: 1, url: `${ARTICLE_URL}#top`, articleId: null }} actions={actions()} />);
    await screen.findByText('Not a stored article');

    await storeAnalysedArticle();

    const panel = await screen.findByRole('tabpanel');
    await waitFor(() => expect(panel.textContent).toContain('May 2023'));
    expect(panel.textContent).toContain('As written: “May”');
    expect([...panel.querySelectorAll('mark')].map((m) => m.textContent)).toContain('North Korea');
  });

  it('searches the history as the reader types, and stars and deletes an article', async () => {
    await storeAnalysedArticle();
    render(<PopupRoot db={db} page={{ tabId: null, url: null, articleId: null }} actions={actions()} />);
    await screen.findByText('North Korea says it will launch a satellite');

    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'yung' } });
    await waitFor(() => expect(summary()).toBe('1 article match'));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'putin' } });
    await waitFor(() => expect(summary()).toBe('0 articles match'));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });

    fireEvent.click(await screen.findByRole('button', { name: /Star/ }));
    await waitFor(async () => expect((await db.articles.toArray())[0]?.starred).toBe(1));
    fireEvent.click(screen.getByRole('button', { name: /^Delete “/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete article' }));
    await waitFor(async () => expect(await db.articles.count()).toBe(0));
    await screen.findByText('No articles yet');
  });

  it("ranks people and countries and opens a country's timeline with its source", async () => {
    await storeAnalysedArticle();
    render(
      <PopupRoot db={db} page={{ tabId: null, url: null, articleId: null }} actions={actions()} initialView="people" />,
    );

    const countries = await screen.findByRole('region', { name: 'Countries' });
    fireEvent.click(within(countries).getByRole('button', { name: /North Korea/ }));

    await screen.findByText('1 events from 1 article');
    expect(screen.getByRole('tabpanel').textContent).toContain(
      'Previous attempts by North Korea in May ended in failure.',
    );
    expect(screen.getByRole('tabpanel').textContent).toContain('North Korea says it will launch a satellite');
  });
});
