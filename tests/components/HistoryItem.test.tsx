// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryItem } from '@/components/HistoryItem';
import { entry, NOW } from './historyFixtures';

afterEach(cleanup);

function renderItem(overrides: Parameters<typeof entry>[0] = {}, onOpen = vi.fn()) {
  render(
    <ul>
      <HistoryItem entry={entry(overrides)} now={NOW} onOpen={onOpen} />
    </ul>,
  );
  return onOpen;
}

describe('HistoryItem', () => {
  it('shows title, site, publication date and when it was read', () => {
    renderItem();

    const link = screen.getByRole('link');

    expect(link.textContent).toBe(
      'North Korea says it will launch a satellite' + 'Example News · 8 Nov 2023' + 'Read 2 h ago',
    );
    expect(link.getAttribute('href')).toBe('https://news.example.org/a');
  });

  it.each([
    ['no publication date', { publishedTime: null }, 'date unknown'],
    ['no title', { title: null }, 'https://news.example.org/a'],
    ['a blank title', { title: '  ' }, 'https://news.example.org/a'],
    ['no site name', { siteName: null, url: 'https://www.example.com/x' }, 'example.com'],
    ['a pending analysis', { analysisState: 'pending' as const }, 'Analysing…'],
    ['another language', { analysisState: 'not-analysed-language' as const }, 'Not analysed (language)'],
    ['a failed analysis', { analysisState: 'error' as const }, 'Analysis failed'],
  ])('with %s shows "%s"', (_name, overrides, expected) => {
    renderItem(overrides);

    expect(screen.getByRole('link').textContent).toContain(expected);
  });

  it('renders page text as text, never as markup', () => {
    renderItem({ title: '<img src=x onerror=alert(1)>' });

    const link = screen.getByRole('link');

    expect(link.querySelector('img')).toBeNull();
    expect(link.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('gives a non-web URL no href', () => {
    renderItem({ url: 'javascript:alert(1)', title: 'T' });

    expect(screen.getByText('T').closest('a')?.hasAttribute('href')).toBe(false);
  });

  it('opens the article through onOpen instead of navigating the popup', () => {
    const onOpen = renderItem();

    const notCancelled = fireEvent.click(screen.getByRole('link'));

    expect(onOpen).toHaveBeenCalledWith('https://news.example.org/a');
    expect(notCancelled).toBe(false);
  });
});
