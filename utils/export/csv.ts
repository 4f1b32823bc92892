import type { DatelineExport } from './types';
import { exportEvents } from './exportEvents';

/** The CSV columns, one row per event as one article reported it. */
export const CSV_COLUMNS = [
  'date value',
  'start',
  'end',
  'date as written',
  'sentence',
  'people',
  'countries',
  'source title',
  'URL',
  'publication date',
] as const;

/**
 * One CSV cell. A cell a spreadsheet would read as a formula (starting with =, +, -, @, tab or CR) gets a leading
 * apostrophe; a cell holding a comma, quote or line break is quoted with quotes doubled (RFC 4180).
 */
export function csvCell(value: string | null): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The export as CSV: a header, then one CRLF-terminated row per event (RFC 4180). */
export function toCsv(doc: DatelineExport): string {
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const row of exportEvents(doc)) {
    const { event, source } = row;
    lines.push(
      [
        event.value,
        event.start,
        event.end,
        event.timex.text,
        event.text,
        row.peopleNames.join('; '),
        row.countryNames.join('; '),
        source.article.title,
        source.article.url,
        source.article.publishedTime,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
