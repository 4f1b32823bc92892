import { exportEvents } from '@/utils/export/exportEvents';
import { mergeEvents, type MergedTimeline } from '@/utils/timeline/mergeEvents';
import { makeExport } from '../fixtures/timeline/articles';

/** The merged timeline of the three test articles, as the timeline page shows it. */
export function mergedFixture(): MergedTimeline {
  return mergeEvents(exportEvents(makeExport()));
}

/** Display names of the fixture's people and countries. */
export const NAMES = new Map([
  ['kim-jong-un', 'Kim Jong Un'],
  ['vladimir-putin', 'Vladimir Putin'],
  ['KP', 'North Korea'],
  ['RU', 'Russia'],
  ['JP', 'Japan'],
  ['KR', 'South Korea'],
  ['US', 'United States'],
]);
