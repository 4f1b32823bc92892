// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimelineChart } from '@/components/TimelineChart';
import { mergedFixture } from './timelineFixtures';

afterEach(cleanup);

function rangeText(): string {
  return document.querySelector('.timeline-chart__range')!.textContent ?? '';
}

describe('TimelineChart', () => {
  it('plots every dated event in the first view except the decade-long one, with a labelled axis', () => {
    const { dated } = mergedFixture();

    const { container } = render(<TimelineChart events={dated} selectedKey={null} onSelect={() => {}} />);

    const markers = container.querySelectorAll('g.marker');
    expect(markers).toHaveLength(dated.length - 1);
    expect(container.querySelectorAll('g.marker--multi')).toHaveLength(2);
    expect(container.querySelectorAll('g.tick').length).toBeGreaterThan(2);
    expect(screen.getByRole('group', { name: /9 dated events, showing/ })).toBeTruthy();
  });

  it.each([
    ['+', 'narrower'],
    ['-', 'wider'],
  ])('key %s makes the window %s', (key, expected) => {
    const { dated } = mergedFixture();
    render(<TimelineChart events={dated} selectedKey={null} onSelect={() => {}} />);
    const svg = screen.getByRole('group', { name: /dated events/ });
    const spanOf = () => {
      const [from, to] = rangeText()
        .split(' – ')
        .map((d) => Date.parse(d));
      return to! - from!;
    };
    const before = spanOf();

    fireEvent.keyDown(svg, { key });

    expect(spanOf() < before ? 'narrower' : 'wider').toBe(expected);
  });

  it('zooms from decades down to days with the buttons, ticks following', () => {
    const { dated } = mergedFixture();
    const { container } = render(<TimelineChart events={dated} selectedKey={null} onSelect={() => {}} />);
    const labels = () => [...container.querySelectorAll('g.tick text')].map((t) => t.textContent);

    fireEvent.click(screen.getByRole('button', { name: 'Fit all' }));
    for (let i = 0; i < 4; i++) fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    const wide = labels();
    for (let i = 0; i < 20; i++) fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    const narrow = labels();

    expect(wide.some((l) => /^\d{4}s$/.test(l ?? ''))).toBe(true);
    expect(narrow.some((l) => /^\d{1,2} [A-Z][a-z]{2}$/.test(l ?? ''))).toBe(true);
  });

  it('pans with the arrow keys and fits everything with 0', () => {
    const { dated } = mergedFixture();
    render(<TimelineChart events={dated} selectedKey={null} onSelect={() => {}} />);
    const svg = screen.getByRole('group', { name: /dated events/ });
    const first = rangeText();

    fireEvent.keyDown(svg, { key: 'ArrowRight' });
    const moved = rangeText();
    fireEvent.keyDown(svg, { key: '0' });

    expect(moved).not.toBe(first);
    expect(rangeText()).toMatch(/19\d\d – /);
  });

  it('selects an event when its marker is clicked, and marks it', () => {
    const { dated } = mergedFixture();
    const onSelect = vi.fn();
    const { container, rerender } = render(<TimelineChart events={dated} selectedKey={null} onSelect={onSelect} />);
    const may = dated.find((e) => e.value === '2023-05')!;

    fireEvent.click(container.querySelector(`g.marker[data-key="${may.key}"]`)!);
    rerender(<TimelineChart events={dated} selectedKey={may.key} onSelect={onSelect} />);

    expect(onSelect).toHaveBeenCalledWith(may.key);
    expect(container.querySelector(`g.marker--selected[data-key="${may.key}"]`)).not.toBeNull();
  });

  it('keeps the sentence as text in the marker title', () => {
    const { dated } = mergedFixture();

    const { container } = render(<TimelineChart events={dated} selectedKey={null} onSelect={() => {}} />);

    const titles = [...container.querySelectorAll('g.marker title')].map((t) => t.textContent);
    expect(titles).toContain(
      'May 2023: North Korea tried to launch a spy satellite in May but the rocket failed. (2 sources)',
    );
  });
});
