// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DensityBucket, DensityWindow } from '@/utils/timeline/density';
import { renderTimelineChart } from './renderTimelineChart';

afterEach(cleanup);

function rangeText(): string {
  return document.querySelector('.timeline-chart__range')!.textContent ?? '';
}

describe('TimelineChart', () => {
  it('plots every dated event in the first view except the decade-long one, with a labelled axis', () => {
    const { dated, container } = renderTimelineChart();

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
    const svg = renderTimelineChart().chart();
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
    const { container } = renderTimelineChart();
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
    const svg = renderTimelineChart().chart();
    const first = rangeText();

    fireEvent.keyDown(svg, { key: 'ArrowRight' });
    const moved = rangeText();
    fireEvent.keyDown(svg, { key: '0' });

    expect(moved).not.toBe(first);
    expect(rangeText()).toMatch(/19\d\d – /);
  });

  it('selects an event when its marker is clicked, and marks it', () => {
    const onSelect = vi.fn();
    const { dated, container, rerender } = renderTimelineChart({ onSelect });
    const may = dated.find((e) => e.value === '2023-05')!;

    fireEvent.click(container.querySelector(`g.marker[data-key="${may.key}"]`)!);
    rerender({ selectedKey: may.key });

    expect(onSelect).toHaveBeenCalledWith(may.key);
    expect(container.querySelector(`g.marker--selected[data-key="${may.key}"]`)).not.toBeNull();
  });

  it('keeps the sentence as text in the marker title', () => {
    const { container } = renderTimelineChart();

    const titles = [...container.querySelectorAll('g.marker title')].map((t) => t.textContent);
    expect(titles).toContain(
      'May 2023: North Korea tried to launch a spy satellite in May but the rocket failed. (2 sources)',
    );
  });
});

/** Counts of every matching event (more than the loaded markers): 1990 a stray old date, most in 2022–2023. */
const OVERVIEW: DensityBucket[] = [
  { key: '1990', count: 1 },
  { key: '2022', count: 100 },
  { key: '2023', count: 50 },
];

const barLabels = () => [...document.querySelectorAll('rect.density__bar')].map((r) => r.getAttribute('aria-label'));

describe('TimelineChart density bars', () => {
  it('opens on where most counted events are when the loaded events are the first page of more, and asks for month counts around it', () => {
    const onDensityWindow = vi.fn();
    const expected = { unit: 'month', from: '2019-09', to: '2026-05' };

    renderTimelineChart({ overview: OVERVIEW, partial: true, onDensityWindow });

    expect(rangeText()).toMatch(/2021 – .* 2024$/);
    expect(onDensityWindow).toHaveBeenLastCalledWith(expected);
    expect(
      screen.getByRole('group', { name: /^151 dated events, counted per month; 9 loaded ones marked/ }),
    ).toBeTruthy();
  });

  it.each<[string, boolean, string]>([
    ['the first page of more', true, '2021 – '],
    ['the whole timeline', false, '2023 – '],
  ])('with counts, opens on %s as the page alone would not', (_name, partial, expected) => {
    renderTimelineChart({ overview: OVERVIEW, partial });

    expect(rangeText()).toContain(expected);
  });

  it.each<[string, { window: DensityWindow; buckets: DensityBucket[] } | null, string[]]>([
    ['draws nothing until the month counts arrive', null, []],
    [
      'draws the month counts of the window asked for',
      {
        window: { unit: 'month', from: '2019-09', to: '2026-05' },
        buckets: [
          { key: '2022-05', count: 60 },
          { key: '2023-10', count: 1 },
        ],
      },
      ['May 2022: 60 events', 'Oct 2023: 1 event'],
    ],
    [
      'ignores day counts while the zoom counts by month',
      { window: { unit: 'day', from: '2022-05-01', to: '2022-06-01' }, buckets: [{ key: '2022-05-07', count: 3 }] },
      [],
    ],
  ])('%s', (_name, density, expected) => {
    renderTimelineChart({ overview: OVERVIEW, partial: true, density });

    expect(barLabels()).toEqual(expected);
  });

  it('draws year counts once zoomed out, Fit all taking in every counted year', () => {
    const expected = ['1990: 1 event', '2022: 100 events', '2023: 50 events'];
    renderTimelineChart({ overview: OVERVIEW });

    fireEvent.click(screen.getByRole('button', { name: 'Fit all' }));

    expect(barLabels()).toEqual(expected);
    const heights = [...document.querySelectorAll('rect.density__bar')].map((r) => Number(r.getAttribute('height')));
    expect(heights[1]).toBeGreaterThan(heights[2]!);
    expect(heights[0]).toBeGreaterThanOrEqual(2);
  });
});
