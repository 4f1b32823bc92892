// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventList } from '@/components/EventList';
import { mergedFixture, NAMES } from './timelineFixtures';

afterEach(cleanup);

describe('EventList', () => {
  it('lists dated events in date order with resolved and written dates, then the vague ones', () => {
    const { dated, vague } = mergedFixture();

    render(<EventList dated={dated} vague={vague} names={NAMES} selectedKey={null} onSelect={() => {}} />);

    const datedSection = screen.getByRole('region', { name: /Dated events/ });
    const dates = within(datedSection)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(dates).toEqual([
      'the 1990s',
      'May 2023',
      'Summer 2023',
      'Q3 2023',
      'August 2023',
      '13 Sep 2023',
      '13 Sep 2023',
      'October 2023',
      'Week 45, 2023',
    ]);
    expect(within(datedSection).getByText('as written: “Last month”')).toBeTruthy();
    const vagueSection = screen.getByRole('region', { name: /Undated and vague/ });
    expect(
      within(vagueSection)
        .getAllByRole('button')
        .map((b) => b.textContent)
        .sort(),
    ).toEqual(['Expected: in the coming months', 'Recently']);
  });

  it('shows a merged event (May 2023) once with all its sources as links, and its people and countries by name', () => {
    const { dated, vague } = mergedFixture();

    render(<EventList dated={dated} vague={vague} names={NAMES} selectedKey={null} onSelect={() => {}} />);

    const [sources] = screen.getAllByRole('list', { name: '2 sources' });
    const links = within(sources!).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      'https://news.example/satellite',
      'https://daily.example/summit',
    ]);
    for (const link of links) expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getAllByText('Vladimir Putin').length).toBeGreaterThan(0);
  });

  it('selects an event by its date button and marks the selected one', () => {
    const { dated, vague } = mergedFixture();
    const onSelect = vi.fn();
    const selected = dated[1]!;

    render(<EventList dated={dated} vague={vague} names={NAMES} selectedKey={selected.key} onSelect={onSelect} />);
    fireEvent.click(screen.getAllByRole('button', { name: '13 Sep 2023' })[0]!);

    expect(onSelect).toHaveBeenCalledWith(dated[5]!.key);
    expect(screen.getByRole('button', { name: 'May 2023', pressed: true })).toBeTruthy();
  });

  it('renders hostile text as text and never links a non-web URL', () => {
    const { dated } = mergedFixture();
    const event = structuredClone(dated[0]!);
    event.text = '<img src=x onerror=alert(1)>';
    event.sources[0]!.article.url = 'javascript:alert(1)';

    const { container } = render(
      <EventList dated={[event]} vague={[]} names={NAMES} selectedKey={null} onSelect={() => {}} />,
    );

    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says so when nothing matches', () => {
    render(<EventList dated={[]} vague={[]} names={NAMES} selectedKey={null} onSelect={() => {}} />);

    expect(screen.getByText(/No events match/)).toBeTruthy();
  });
});
