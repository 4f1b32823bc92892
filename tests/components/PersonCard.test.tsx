// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PersonCard } from '@/components/PersonCard';
import type { EarlierState } from '@/utils/page/cards/types';

afterEach(cleanup);

const putin = {
  name: 'Vladimir Putin',
  role: 'Russian President',
  countries: [{ code: 'RU', name: 'Russia' }],
  mentionCount: 2,
};

const earlier: EarlierState = {
  status: 'ready',
  items: [
    {
      articleId: 7,
      dateLabel: '13 Sep 2023',
      sentence: 'Russian President Vladimir Putin welcomed Kim Jong Un to the Vostochny Cosmodrome.',
      title: 'Putin Hosts Kim at Russian Spaceport',
      url: 'https://news.example.org/spaceport',
    },
  ],
};

describe('PersonCard', () => {
  it('shows name, role, country with flag, and how often the article mentions them', () => {
    const { container } = render(<PersonCard {...putin} earlier={earlier} onClose={() => {}} />);

    expect(screen.getByRole('dialog', { name: 'Vladimir Putin' })).toBeTruthy();
    expect(screen.getByText('Russian President')).toBeTruthy();
    expect(container.querySelector('.country')?.textContent).toBe('\u{1F1F7}\u{1F1FA} Russia');
    expect(screen.getByText('Mentioned twice in this article')).toBeTruthy();
  });

  it('lists earlier reading with date, sentence and a link to the source', () => {
    render(<PersonCard {...putin} earlier={earlier} onClose={() => {}} />);

    const link = screen.getByRole('link', { name: 'Putin Hosts Kim at Russian Spaceport' });
    expect(link.getAttribute('href')).toBe('https://news.example.org/spaceport');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.getByText('13 Sep 2023')).toBeTruthy();
    expect(screen.getByText(/Vostochny Cosmodrome/)).toBeTruthy();
  });

  it.each<[EarlierState, RegExp]>([
    [{ status: 'loading' }, /Looking/],
    [{ status: 'error' }, /could not be loaded/],
    [{ status: 'ready', items: [] }, /Nothing earlier about Vladimir Putin/],
  ])('says so when earlier reading is %o', (state, expected) => {
    render(<PersonCard {...putin} earlier={state} onClose={() => {}} />);
    expect(screen.getByText(expected)).toBeTruthy();
  });

  it('renders page-derived strings as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)">Eve';
    const { container } = render(
      <PersonCard {...putin} name={hostile} role={hostile} earlier={earlier} onClose={() => {}} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(hostile);
  });

  it('closes from its close button', () => {
    const onClose = vi.fn();
    render(<PersonCard {...putin} earlier={earlier} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
