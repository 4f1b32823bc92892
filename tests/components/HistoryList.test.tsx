// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HistoryList } from '@/components/HistoryList';
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

  it('tells a new user what to do when there is nothing yet', () => {
    render(<HistoryList entries={[]} now={NOW} onOpen={() => {}} />);

    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Open a news article — Dateline will list it here.');
  });
});
