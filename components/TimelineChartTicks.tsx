import { axisTicks, timeToX, type View } from '@/utils/timeline/chartScale';

/** Props of {@link TimelineChartTicks}. */
export interface TimelineChartTicksProps {
  view: View;
  /** Chart width in pixels (the SVG's user units). */
  width: number;
  /** Where the tick lines start, above the lanes. */
  top: number;
  /** The axis line's y: labels stand below it. */
  baseline: number;
}

/**
 * The chart's time grid: a line and a label for each tick of the unit that suits the zoom (centuries down to days),
 * the ticks that start a larger unit marked major.
 */
export function TimelineChartTicks({ view, width, top, baseline }: TimelineChartTicksProps) {
  const x = timeToX(view, width);
  return (
    <>
      {axisTicks(view, width).ticks.map((t) => (
        <g key={t.time} class={t.major ? 'tick tick--major' : 'tick'}>
          <line x1={x(t.time)} x2={x(t.time)} y1={top} y2={baseline + 6} />
          <text x={x(t.time) + 3} y={baseline + 20}>
            {t.label}
          </text>
        </g>
      ))}
    </>
  );
}
