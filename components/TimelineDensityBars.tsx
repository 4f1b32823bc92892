import { timeToX, type View } from '@/utils/timeline/chartScale';
import { bucketLabel, bucketRange, type DensityBucket } from '@/utils/timeline/density';

/** Props of {@link TimelineDensityBars}. */
export interface TimelineDensityBarsProps {
  /** Counts of every matching event per year, month or day (not only the loaded ones). */
  buckets: readonly DensityBucket[];
  view: View;
  /** Chart width in pixels (the SVG's user units). */
  width: number;
  /** The axis line's y: bars stand on it. */
  baseline: number;
  /** The tallest bar's height: the busiest bucket in view. */
  height: number;
}

function events(n: number): string {
  return `${n.toLocaleString('en')} event${n === 1 ? '' : 's'}`;
}

/**
 * The chart's density: one bar per bucket in view, standing on the axis behind the event markers, its height the
 * square root of its share of the busiest bucket in view (so a bucket of one event stays visible beside one of
 * thousands). Each bar is an image labelled with its period and count for screen readers and on hover.
 */
export function TimelineDensityBars({ buckets, view, width, baseline, height }: TimelineDensityBarsProps) {
  const x = timeToX(view, width);
  const shown = buckets
    .map((b) => ({ ...b, range: bucketRange(b.key) }))
    .filter((b) => b.count > 0 && b.range.end > view.start && b.range.start < view.end);
  const max = shown.reduce((m, b) => Math.max(m, b.count), 0);
  return (
    <g class="density">
      {shown.map((b) => {
        const x1 = Math.max(0, x(b.range.start));
        const x2 = Math.min(width, x(b.range.end));
        const h = Math.max(2, Math.sqrt(b.count / max) * height);
        const label = `${bucketLabel(b.key)}: ${events(b.count)}`;
        return (
          <rect
            key={b.key}
            class="density__bar"
            role="img"
            aria-label={label}
            data-key={b.key}
            data-count={b.count}
            x={x1 + 0.5}
            y={baseline - h}
            width={Math.max(1, x2 - x1 - 1)}
            height={h}
          >
            <title>{label}</title>
          </rect>
        );
      })}
    </g>
  );
}
