// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HistoryList } from '@/components/HistoryList';
import { FIRST_FRAME_ROWS, FIRST_ROW_TIMING } from '@/utils/ui/firstFrame';
import { entry, NOW } from './historyFixtures';

afterEach(cleanup);

describe('HistoryList', () => {
  it('lists the entries in the order given (newest first from listHistory)', () => {
    const entries = [
      entry({ id: 2, title: 'Newest', lastVisited: NOW - 60_000 }),
      entry({ id: 1, title: 'Older', lastVisited: NOW - 86_400_000 * 3 }),
    ];

    render(<HistoryList entries={entries} now={NOW} onOpen={() => {}} />);
    const actual = screen.getAllByRole('listitem').map((li) => li.querySelector('.history-item__title')?.textContent);

    expect(actual).toEqual(['Newest', 'Older']);
    expect(screen.getByRole('list', { name: 'Articles you have read' })).toBeTruthy();
  });

  it.each([
    ['a screenful', FIRST_FRAME_ROWS, [FIRST_FRAME_ROWS, FIRST_FRAME_ROWS]],
    ['a page of 50', 50, [FIRST_FRAME_ROWS, 50]],
  ])('draws %s of rows: what fits on screen in the first frame, all of them right after', async (_, n, expected) => {
    const entries = Array.from({ length: n }, (_, i) => entry({ id: n - i, title: `Article ${n - i}` }));

    render(<HistoryList entries={entries} now={NOW} onOpen={() => {}} />);
    const first = screen.getAllByRole('listitem').length;
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(n));
    const titles = screen.getAllByRole('listitem').map((li) => li.querySelector('.history-item__title')?.textContent);

    expect([first, titles.length]).toEqual(expected);
    expect(titles).toEqual(entries.map((e) => e.title));
  });

  it("names the first row's title for Element Timing, so the browser records when the history was first painted", () => {
    const entries = [entry({ id: 2, title: 'Newest' }), entry({ id: 1, title: 'Older' })];

    render(<HistoryList entries={entries} now={NOW} onOpen={() => {}} />);
    const actual = [...document.querySelectorAll('.history-item__title')].map((t) => t.getAttribute('elementtiming'));

    expect(actual).toEqual([FIRST_ROW_TIMING, null]);
  });

  it('tells a new user what to do when there is nothing yet', () => {
    render(<HistoryList entries={[]} now={NOW} onOpen={() => {}} />);

    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Open a news article — Dateline will list it here.');
  });
});
