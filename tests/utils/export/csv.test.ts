import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, toCsv } from '@/utils/export/csv';
import { FISHING, makeExport } from '../../fixtures/timeline/articles';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-Japan', "'-Japan"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("x"), y', `"'=HYPERLINK(""x""), y"`],
    [null, ''],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  const csv = toCsv(makeExport());
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });

  it('round-trips through papaparse: a header and one row per event', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(1 + 13);
    for (const row of parsed.data) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('writes the fields of an event, hostile cells neutralised', () => {
    const row = parsed.data.find((r) => r[8] === FISHING.article.url)!;
    const expected = [
      '2023-09-13',
      '2023-09-13',
      '2023-09-13',
      '13 September 2023',
      "'-Japan protested on 13 September 2023 about a fishing dispute, officials said.",
      '',
      'Japan',
      'Japan protests =HYPERLINK("x") over "fishing" rights, again',
      FISHING.article.url,
      '2023-09-14T00:00:00Z',
    ];

    expect(row).toEqual(expected);
  });

  it('lists dated events in date order, then the vague ones', () => {
    const values = parsed.data.slice(1).map((r) => r[0]);

    expect(values.slice(0, 3)).toEqual(['199X', '2023-05', '2023-05']);
    expect(values.slice(-2).sort()).toEqual(['FUTURE_REF', 'PAST_REF']);
  });

  it('joins several people with semicolons and ends rows with CRLF', () => {
    const summit = parsed.data.find((r) => r[0] === '2023-09-13' && r[5] !== '')!;

    expect(summit[5]!.split('; ').sort()).toEqual(['Kim Jong Un', 'Vladimir Putin']);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('keeps only the person’s events in a person export', () => {
    const doc = { ...makeExport(), scope: { kind: 'person' as const, id: 'kim-jong-un', name: 'Kim Jong Un' } };

    const rows = Papa.parse<string[]>(toCsv(doc), { skipEmptyLines: true }).data.slice(1);

    expect(rows.map((r) => r[0])).toEqual(['2023-09-13', '2023-09-13']);
  });
});
