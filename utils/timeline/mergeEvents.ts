import type { ArticleRecord } from '../db/schema';
import { compareDates, formatDateValue, isPlaceable } from './dateLabel';
import type { TimelineEventLike } from './groupArticleEvents';
import { contentTokens, jaccard, PrefixIndex, tokenFrequency } from './similarity';

/** The article fields a timeline shows for a source. */
export type ArticleSummary = Pick<ArticleRecord, 'id' | 'url' | 'title' | 'siteName' | 'publishedTime'>;

/** One event as one article reported it. */
export interface SourcedEvent {
  event: TimelineEventLike;
  article: ArticleSummary;
}

/** An event shown once on a cross-article timeline, with every article that reported it. */
export interface MergedEvent {
  /** Stable key: the id of the first report's event. */
  key: number;
  value: string;
  start: string | null;
  end: string | null;
  /** The date as resolved ("May 2023"). */
  label: string;
  /** The sentence of the earliest report. */
  text: string;
  /** Union of the reports' person ids and country codes. */
  people: string[];
  countries: string[];
  /** Every report, earliest published first. */
  sources: SourcedEvent[];
}

/** A cross-article timeline: placeable events in date order, then the vague ones. */
export interface MergedTimeline {
  dated: MergedEvent[];
  vague: MergedEvent[];
}

/** Default sentence similarity above which two reports with the same date and entities are one event. */
export const SAME_EVENT_SIMILARITY = 0.5;

function shareEntity(a: TimelineEventLike, b: TimelineEventLike): boolean {
  const aEmpty = a.people.length === 0 && a.countries.length === 0;
  const bEmpty = b.people.length === 0 && b.countries.length === 0;
  if (aEmpty || bEmpty) return aEmpty && bEmpty;
  return a.people.some((p) => b.people.includes(p)) || a.countries.some((c) => b.countries.includes(c));
}

/** Two reports of one event: different articles, a person or country in common, similar sentences. */
function sameEvent(a: SourcedEvent, b: SourcedEvent, ta: Set<string>, tb: Set<string>, threshold: number): boolean {
  return a.article.id !== b.article.id && shareEntity(a.event, b.event) && jaccard(ta, tb) >= threshold;
}

function byPublication(a: SourcedEvent, b: SourcedEvent): number {
  const pa = a.article.publishedTime ?? '\uffff';
  const pb = b.article.publishedTime ?? '\uffff';
  return pa < pb ? -1 : pa > pb ? 1 : a.event.id - b.event.id;
}

function toMerged(reports: SourcedEvent[]): MergedEvent {
  const sources = [...reports].sort(byPublication);
  const first = sources[0]!.event;
  return {
    key: first.id,
    value: first.value,
    start: first.start,
    end: first.end,
    label: formatDateValue(first.value),
    text: first.text,
    people: [...new Set(sources.flatMap((s) => s.event.people))].sort(),
    countries: [...new Set(sources.flatMap((s) => s.event.countries))].sort(),
    sources,
  };
}

/**
 * Merges reports of the same event from different articles: same date value, at least one person or country in
 * common (or none on either side), and sentences whose content words overlap by `threshold` (Jaccard) or more
 * with the first report of the event.
 * Only reports with the same value and a shared rare word are compared (see `PrefixIndex`), so a year with thousands
 * of reports stays fast.
 */
export function mergeEvents(reports: readonly SourcedEvent[], threshold = SAME_EVENT_SIMILARITY): MergedTimeline {
  const byValue = new Map<string, SourcedEvent[]>();
  for (const report of reports) {
    const bucket = byValue.get(report.event.value);
    if (bucket) bucket.push(report);
    else byValue.set(report.event.value, [report]);
  }
  const merged: MergedEvent[] = [];
  for (const bucket of byValue.values()) {
    const tokens = bucket.map((r) => contentTokens(r.event.text));
    // Each report joins the first earlier cluster whose first report it matches, else starts a cluster. Only first
    // reports are indexed, so a story told a hundred times costs one comparison per report, not a hundred.
    const index = new PrefixIndex(threshold, tokenFrequency(tokens));
    const clusters = new Map<number, SourcedEvent[]>();
    bucket.forEach((report, i) => {
      const home = index
        .candidates(tokens[i]!)
        .find((c) => sameEvent(bucket[c]!, report, tokens[c]!, tokens[i]!, threshold));
      if (home === undefined) {
        clusters.set(i, [report]);
        index.add(i, tokens[i]!);
      } else clusters.get(home)!.push(report);
    });
    for (const cluster of clusters.values()) merged.push(toMerged(cluster));
  }
  const dated = merged.filter(isPlaceable).sort((a, b) => compareDates(a, b) || a.key - b.key);
  const vague = merged.filter((e) => !isPlaceable(e)).sort((a, b) => byPublication(a.sources[0]!, b.sources[0]!));
  return { dated, vague };
}
