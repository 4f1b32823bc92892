// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimelineView, type TimelineViewEvents, type TimelineViewProps } from '@/components/TimelineView';
import type { LiveQueryState } from '@/utils/ui/useLiveQuery';
import { mergedFixture, NAMES } from './timelineFixtures';

afterEach(cleanup);

type Events = TimelineViewEvents & { more: boolean };

function renderView(timeline: LiveQueryState<Events>, props: Partial<TimelineViewProps<Events>> = {}) {
  const handlers = { onBack: vi.fn(), onOpenTimeline: vi.fn() };
  const { container } = render(
    <TimelineView
      title="Korea"
      titleId="view-title"
      backLabel="← All collections"
      {...handlers}
      timeline={timeline}
      subject="the collection"
      summary={({ dated, vague }) => `${dated.length + vague.length} events`}
      footer={({ more }) => more && <button type="button">Show later events</button>}
      {...props}
    />,
  );
  return { ...handlers, container };
}

function ready(more = false): LiveQueryState<Events> {
  const { dated, vague } = mergedFixture();
  return { status: 'ready', value: { dated, vague, names: NAMES, more } };
}

const text = (selector: string) => document.querySelector(selector)?.textContent ?? null;

describe('TimelineView', () => {
  const none = { status: null, alert: null, summary: null, empty: null, events: 0 };
  const emptyText = 'No events match. Read some news, or loosen the filters.';
  const failure = 'Could not read the collection: disk full';
  it.each<[string, LiveQueryState<Events>, Record<string, string | number | null>]>([
    ['loading', { status: 'loading' }, { ...none, status: 'Loading…' }],
    ['error', { status: 'error', error: new Error('disk full') }, { ...none, status: failure, alert: failure }],
    [
      'empty',
      { status: 'ready', value: { dated: [], vague: [], names: new Map(), more: false } },
      { ...none, summary: '0 events', empty: emptyText },
    ],
    ['events', ready(), { ...none, summary: '11 events', events: 11 }],
  ])('shows the name and, %s, the right lines', (_name, timeline, expected) => {
    renderView(timeline);

    const actual = {
      status: text('.popup__status'),
      alert: screen.queryByRole('alert')?.textContent ?? null,
      summary: text('.entity-view__summary'),
      empty: text('.event-list__empty'),
      events: document.querySelectorAll('.event').length,
    };
    expect(actual).toEqual(expected);
    expect(screen.getByRole('region', { name: 'Korea' })).toBeTruthy();
  });

  it('goes back and opens the timeline page from its bar', () => {
    const { onBack, onOpenTimeline } = renderView(ready());

    fireEvent.click(screen.getByRole('button', { name: '← All collections' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open in timeline' }));

    expect(onBack).toHaveBeenCalledOnce();
    expect(onOpenTimeline).toHaveBeenCalledOnce();
  });

  it.each<[string, boolean]>([
    ['shows more below the events when there are more', true],
    ['shows nothing below the events when they are all read', false],
  ])('%s', (_name, more) => {
    renderView(ready(more));

    const actual = screen.queryByRole('button', { name: 'Show later events' }) !== null;
    expect(actual).toBe(more);
  });

  it.each<[string, boolean, boolean]>([
    ['takes the focus to its heading when asked', true, true],
    ['leaves the focus alone otherwise', false, false],
  ])('%s', (_name, focusTitle, expected) => {
    renderView({ status: 'loading' }, { focusTitle });

    const heading = screen.getByRole('heading', { name: 'Korea' });
    expect(document.activeElement === heading).toBe(expected);
    expect(heading.hasAttribute('tabindex')).toBe(expected);
  });

  it('selects one event at a time, a second click clearing it', () => {
    renderView(ready());
    const may = () => screen.getByRole('button', { name: 'May 2023' });

    fireEvent.click(may());
    const selected = may().getAttribute('aria-pressed');
    fireEvent.click(may());

    expect(selected).toBe('true');
    expect(may().getAttribute('aria-pressed')).toBe('false');
  });
});
