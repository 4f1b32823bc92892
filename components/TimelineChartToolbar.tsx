import type { DensityUnit } from '@/utils/timeline/density';

/** Props of {@link TimelineChartToolbar}. */
export interface TimelineChartToolbarProps {
  onZoomOut: () => void;
  onZoomIn: () => void;
  onEarlier: () => void;
  onLater: () => void;
  onFitAll: () => void;
  /** The visible window in words ("1 May 2023 – 31 Dec 2023"). */
  range: string;
  /** Set when more markers are in view than are drawn: [drawn, in view]. */
  capped: [number, number] | null;
  /** What the density bars count by, or null when there are none. */
  barUnit: DensityUnit | null;
}

/** The chart's buttons, its visible window in words (announced as it changes) and the legend. */
export function TimelineChartToolbar(props: TimelineChartToolbarProps) {
  return (
    <div class="timeline-chart__toolbar">
      <button type="button" class="button" onClick={props.onZoomOut} aria-label="Zoom out">
        −
      </button>
      <button type="button" class="button" onClick={props.onZoomIn} aria-label="Zoom in">
        +
      </button>
      <button type="button" class="button" onClick={props.onEarlier} aria-label="Earlier">
        ←
      </button>
      <button type="button" class="button" onClick={props.onLater} aria-label="Later">
        →
      </button>
      <button type="button" class="button" onClick={props.onFitAll}>
        Fit all
      </button>
      <span class="timeline-chart__range" aria-live="polite">
        {props.range}
        {props.capped && ` · showing ${props.capped[0]} of ${props.capped[1]} events; zoom in for all`}
      </span>
      <span class="timeline-chart__legend">
        <span class="legend-dot" aria-hidden="true" /> one source{' '}
        <span class="legend-dot legend-dot--multi" aria-hidden="true" /> several sources
        {props.barUnit && (
          <>
            {' '}
            <span class="legend-bar" aria-hidden="true" /> all events per {props.barUnit}
          </>
        )}
      </span>
    </div>
  );
}
