import { useState } from 'preact/hooks';
import { windowDensity, yearDensity } from '@/utils/db/queries/eventDensity';
import type { TimelineFilter } from '@/utils/db/queries/timelines';
import type { DatelineDB } from '@/utils/db/schema';
import type { DensityBucket, DensityWindow } from '@/utils/timeline/density';
import { useLiveQuery } from '@/utils/ui/useLiveQuery';

/** What {@link useChartDensity} gives the chart: its `overview`, `density` and `onDensityWindow` props. */
export interface ChartDensity {
  overview: DensityBucket[] | null;
  density: { window: DensityWindow; buckets: DensityBucket[] } | null;
  onDensityWindow: (window: DensityWindow | null) => void;
}

/**
 * The counts behind the timeline chart's density bars, live: every matching event per year for the whole timeline,
 * and per month or day around the view once the chart zooms in far enough to ask for them. Nothing is read before
 * `start` (the page's first events are shown): the bars follow the first content instead of competing with it.
 */
export function useChartDensity(db: DatelineDB, filter: TimelineFilter, start: boolean): ChartDensity {
  const filterKey = JSON.stringify(filter);
  const [asked, setAsked] = useState<DensityWindow | null>(null);
  const overview = useLiveQuery(() => (start ? yearDensity(db, filter) : null), [db, filterKey, start]);
  const density = useLiveQuery(
    async () => (start && asked ? { window: asked, buckets: await windowDensity(db, filter, asked) } : null),
    [db, filterKey, start, asked?.unit, asked?.from, asked?.to],
  );
  return {
    overview: overview.status === 'ready' ? overview.value : null,
    density: density.status === 'ready' ? density.value : null,
    onDensityWindow: setAsked,
  };
}
