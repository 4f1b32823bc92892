import { describe, expect, it } from 'vitest';
import { analyze, isNotAnalysed } from '@/utils/analysis';
import { extractArticle } from '@/utils/extract';
import { parseHtmlDocument } from '@/scripts/lib/parse-html';

/**
 * Bad input the other suites do not already cover (2 MB articles, malformed and empty pages, non-English pages and
 * property tests live beside their modules): dates far in the past or future resolve to sensible calendar ranges,
 * impossible or unsupported dates are left out rather than invented, and a page made of tables gives bounded,
 * sensible output.
 */

const options = { publishedTime: '2023-11-08', lang: 'en' };

function eventsOf(text: string) {
  const result = analyze(text, options);
  if (isNotAnalysed(result)) throw new Error('not analysed');
  return result.events.map((e) => ({ written: text.slice(e.timex.start, e.timex.end), ...e.date }));
}

describe('dates far in the past or future', () => {
  it.each([
    [
      'The war ended in 1953, officials said.',
      { written: '1953', value: '1953', start: '1953-01-01', end: '1953-12-31' },
    ],
    [
      'Emissions must reach zero by 2050, the minister said.',
      { written: '2050', value: '2050', start: '2050-01-01', end: '2050-12-31' },
    ],
    [
      'The city grew quickly in the 20th century, historians said.',
      { written: 'the 20th century', value: '19', start: '1900-01-01', end: '1999-12-31' },
    ],
    [
      'The treaty was signed in 1648 and changed Europe.',
      { written: '1648', value: '1648', start: '1648-01-01', end: '1648-12-31' },
    ],
  ])('%j → %j', (text, expected) => {
    expect(eventsOf(text)).toEqual([expected]);
  });

  it.each([
    'Rome was founded in 753 BC, historians said.',
    'The probe will arrive in the year 10000, the agency said.',
    'The meeting is on 31 February 2024, officials said.',
    'It happened on 99/99/9999 according to the file.',
  ])('invents no calendar date for %j', (text) => {
    const actual = eventsOf(text);

    for (const event of actual) {
      expect(event.start === null || /^\d{4}-\d{2}-\d{2}$/.test(event.start)).toBe(true);
      expect(event.start === null || event.end === null || event.start <= event.end).toBe(true);
    }
    expect(actual.filter((e) => e.start === '2024-02-31' || e.start?.startsWith('9999'))).toEqual([]);
  });
});

describe('a page made of tables', () => {
  const rows = Array.from(
    { length: 500 },
    (_, i) => `<tr><td>${2000 + (i % 24)}</td><td>Country ${i}</td><td>${(i * 7.3).toFixed(1)}</td><td>Japan</td></tr>`,
  ).join('');
  const html = `<!doctype html><html lang="en"><head><title>Rainfall by year</title></head><body><main>
<h1>Rainfall by year</h1><table>${rows}</table><table>${rows}</table></main></body></html>`;

  it('extracts and analyses in bounded time, giving text and dates or nothing, never an error', () => {
    const started = performance.now();
    const article = extractArticle(parseHtmlDocument(html), 'https://stats.example.org/rain');
    const result = article === null ? null : analyze(article.text, options);
    const elapsed = performance.now() - started;

    expect(elapsed).toBeLessThan(15_000);
    if (result !== null && !isNotAnalysed(result)) {
      for (const event of result.events) expect(event.timex.end).toBeLessThanOrEqual(article!.text.length);
    }
  });
});
