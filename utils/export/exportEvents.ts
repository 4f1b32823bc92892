import { compareDates, isPlaceable } from '../timeline/dateLabel';
import type { SourcedEvent } from '../timeline/mergeEvents';
import type { DatelineExport, ExportedArticle, ExportScope } from './types';

/** An event of an export with its article and the display names of its people and countries. */
export interface ExportEvent extends SourcedEvent {
  source: ExportedArticle;
  peopleNames: string[];
  countryNames: string[];
}

function inScope(scope: ExportScope, people: string[], countries: string[]): boolean {
  if (scope.kind === 'person') return people.includes(scope.id);
  if (scope.kind === 'country') return countries.includes(scope.code);
  return true;
}

/**
 * The events an export covers (for an entity's export, only those naming it), placeable ones in date order and
 * the vague ones after them. Ids are positions in the export, so they are stable for the same file.
 */
export function exportEvents(doc: DatelineExport): ExportEvent[] {
  const rows: ExportEvent[] = [];
  let id = 0;
  doc.articles.forEach((source, index) => {
    const personName = new Map(source.people.map((p) => [p.id, p.name]));
    const countryName = new Map(source.countries.map((c) => [c.code, c.name]));
    for (const e of source.events) {
      id++;
      if (!inScope(doc.scope, e.people, e.countries)) continue;
      rows.push({
        event: {
          id,
          articleId: index + 1,
          value: e.date.value,
          start: e.date.start,
          end: e.date.end,
          text: e.text,
          sentence: e.sentence,
          timex: { ...e.timex, text: source.text.slice(e.timex.start, e.timex.end) },
          people: e.people,
          countries: e.countries,
        },
        article: {
          id: index + 1,
          url: source.article.url,
          title: source.article.title,
          siteName: source.article.siteName,
          publishedTime: source.article.publishedTime,
        },
        source,
        peopleNames: e.people.map((p) => personName.get(p) ?? p),
        countryNames: e.countries.map((c) => countryName.get(c) ?? c),
      });
    }
  });
  const dated = rows.filter((r) => isPlaceable(r.event)).sort((a, b) => compareDates(a.event, b.event));
  return dated.concat(rows.filter((r) => !isPlaceable(r.event)));
}

/** A title for what the export covers ("Vladimir Putin", "Collection: Korea"). */
export function scopeTitle(scope: ExportScope): string {
  switch (scope.kind) {
    case 'all':
      return 'All articles';
    case 'article':
      return scope.title ?? scope.url;
    case 'collection':
      return `Collection: ${scope.name}`;
    case 'person':
      return scope.name;
    case 'country':
      return scope.name;
  }
}
