import type { AnnotateOutput, ArticleMeta } from '../analysis/types';

/** Marker and version of Dateline's JSON export; the importer accepts exactly these. */
export const EXPORT_FORMAT = 'dateline-export';
export const EXPORT_VERSION = 1;

/** What an export covers; it names the file and titles the timeline. */
export type ExportScope =
  | { kind: 'all' }
  | { kind: 'article'; url: string; title: string | null }
  | { kind: 'collection'; name: string }
  | { kind: 'person'; id: string; name: string }
  | { kind: 'country'; code: string; name: string };

/** Reading history that is Dateline's own, beside the annotate schema. */
export interface ExportedReading {
  starred: boolean;
  /** Epoch milliseconds. */
  firstVisited: number;
  lastVisited: number;
  visits: number;
  /** Where extraction found the publication date, or null. */
  publishedSource: string | null;
}

/** One article: exactly the `annotate` command's output (without `id`), its URL required, plus reading data. */
export interface ExportedArticle extends Omit<AnnotateOutput, 'id' | 'article'> {
  article: ArticleMeta & { url: string };
  dateline: ExportedReading;
}

/** A named collection, its articles given by canonical URL. */
export interface ExportedCollection {
  name: string;
  /** Epoch milliseconds. */
  createdAt: number;
  articles: string[];
}

/** A whole JSON export file. */
export interface DatelineExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601 instant of the export. */
  exportedAt: string;
  scope: ExportScope;
  articles: ExportedArticle[];
  collections: ExportedCollection[];
}

/** The four export formats. */
export type ExportFormat = 'json' | 'csv' | 'timelinejs' | 'webannotation';
