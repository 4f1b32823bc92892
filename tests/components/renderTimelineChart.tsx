import { render, screen } from '@testing-library/preact';
import { TimelineChart, type TimelineChartProps } from '@/components/TimelineChart';
import { mergedFixture } from './timelineFixtures';

/**
 * Renders the chart over the dated events of the three test articles, none selected, with `props` over those
 * defaults. `rerender` draws it again with more props changed; `chart` is its SVG, found by its role and label.
 */
export function renderTimelineChart(props: Partial<TimelineChartProps> = {}) {
  const { dated } = mergedFixture();
  const base: TimelineChartProps = { events: dated, selectedKey: null, onSelect: () => {}, ...props };
  const { container, rerender } = render(<TimelineChart {...base} />);
  return {
    dated,
    container,
    rerender: (changed: Partial<TimelineChartProps>) => rerender(<TimelineChart {...base} {...changed} />),
    chart: () => screen.getByRole('group', { name: /dated events/ }),
  };
}
