// @vitest-environment happy-dom
// Dexie's liveQuery only runs when a global indexedDB exists (Dexie.dependencies), as in the browser; each test still
// gets its own in-memory database through freshDb.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupFirstScreen } from '@/components/PopupFirstScreen';
import { PopupRoot } from '@/entrypoints/popup/PopupRoot';
import type { HistoryEntry } from '@/utils/db/articles';
import type { DatelineDB } from '@/utils/db/schema';
import type { PageContext } from '@/utils/popup/pageContext';
import { shownView, namedView } from '@/utils/popup/views';
import { freshDb } from '../utils/db/helpers';
import { entry, NOW } from './historyFixtures';

let db: DatelineDB;
beforeEach(() => {
  db = freshDb();
  // Both screens say "Read 2 h ago" from the clock: only Date is frozen (Dexie and fake-indexeddb keep real timers).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  db.close();
});

const ROWS: HistoryEntry[] = [
  entry({ id: 3, title: 'Newest story', lastVisited: NOW - 60_000 }),
  entry({ id: 2, title: 'Older story', url: 'https://other.example/b', siteName: null, analysisState: 'pending' }),
  entry({ id: 1, title: '', url: 'https://news.example.org/untitled', starred: 1 }),
];
const NOWHERE: PageContext = { tabId: null, url: null, articleId: null };
const WEB_PAGE: PageContext = { tabId: 4, url: 'https://www.news.example.org/story', articleId: null };

/** The markup a component renders on its first, synchronous render (before any effect or query answers). */
function firstRender(vnode: preact.ComponentChild): string {
  const root = document.createElement('div');
  render(vnode, root);
  const html = root.innerHTML;
  render(null, root);
  return html;
}

describe('PopupFirstScreen', () => {
  it.each([
    ['the History with the early rows', NOWHERE, ROWS, null],
    ['the History before the early read (none: a first run)', NOWHERE, null, null],
    ['This page on a web page', WEB_PAGE, null, null],
    ['a view named in the address', WEB_PAGE, ROWS, 'people'],
    ['the History named in the address', WEB_PAGE, ROWS, 'history'],
    ['Collections', NOWHERE, null, 'collections'],
  ])('draws what the popup itself draws first: %s', (_name, page, rows, named) => {
    const view = shownView(namedView(named), page);

    const actual = firstRender(
      <PopupFirstScreen view={view} url={page.url} history={view === 'history' ? rows : null} now={Date.now()} />,
    );

    const actions = { openUrl: vi.fn(), openTimeline: vi.fn(), openCollection: vi.fn(), openOptions: vi.fn() };
    const expected = firstRender(
      <PopupRoot
        db={db}
        page={page}
        actions={actions}
        earlyHistory={rows ? { articles: rows } : null}
        initialView={named}
      />,
    );
    expect(actual).toBe(expected);
  });

  it('draws the early rows with their titles, the first one timed, and nothing that acts', () => {
    const root = document.createElement('div');
    render(<PopupFirstScreen view="history" url={null} history={ROWS} now={NOW} />, root);

    const titles = [...root.querySelectorAll('.history-item__title')].map((t) => t.textContent);
    expect(titles).toEqual(['Newest story', 'Older story', 'https://news.example.org/untitled']);
    expect(root.querySelector('[elementtiming]')?.textContent).toBe('Newest story');
    expect(root.querySelector('[role=tab][aria-selected=true]')?.textContent).toBe('History');
    expect(root.querySelector<HTMLButtonElement>('.toggle')?.disabled).toBe(true);
  });
});
