import { toCsv } from './csv';
import { toTimelineJs } from './timelinejs';
import type { DatelineExport, ExportFormat, ExportScope } from './types';
import { toWebAnnotations } from './webAnnotation';

/** A file ready to save. */
export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

const FORMATS: Record<ExportFormat, { suffix: string; mime: string; render: (doc: DatelineExport) => string }> = {
  json: { suffix: '.json', mime: 'application/json', render: (doc) => JSON.stringify(doc, null, 2) },
  csv: { suffix: '.csv', mime: 'text/csv;charset=utf-8', render: toCsv },
  timelinejs: {
    suffix: '.timelinejs.json',
    mime: 'application/json',
    render: (doc) => JSON.stringify(toTimelineJs(doc), null, 2),
  },
  webannotation: {
    suffix: '.jsonld',
    mime: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
    render: (doc) => JSON.stringify(toWebAnnotations(doc), null, 2),
  },
};

/** A filesystem-safe slug of at most 40 characters ("Kim Jong Un" → "kim-jong-un"). */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return s || 'export';
}

function scopeSlug(scope: ExportScope): string {
  switch (scope.kind) {
    case 'all':
      return 'all';
    case 'article':
      return `article-${slug(scope.title ?? scope.url)}`;
    case 'collection':
      return `collection-${slug(scope.name)}`;
    case 'person':
      return `person-${slug(scope.name)}`;
    case 'country':
      return `country-${scope.code.toLowerCase()}`;
  }
}

/** "dateline-person-vladimir-putin-2026-11-25.csv": what, and the day of the export. */
export function exportFilename(scope: ExportScope, format: ExportFormat, exportedAt: string): string {
  return `dateline-${scopeSlug(scope)}-${exportedAt.slice(0, 10)}${FORMATS[format].suffix}`;
}

/** Renders an export in one of the four formats, with its filename and MIME type. */
export function serializeExport(doc: DatelineExport, format: ExportFormat): ExportFile {
  const spec = FORMATS[format];
  return { filename: exportFilename(doc.scope, format, doc.exportedAt), mime: spec.mime, text: spec.render(doc) };
}
