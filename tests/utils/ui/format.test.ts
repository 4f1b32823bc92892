import { describe, expect, it } from 'vitest';
import { formatPublished, formatRelative } from '@/utils/ui/format';

describe('formatPublished', () => {
  it.each([
    ['2023-11-08T09:30:00+09:00', '8 Nov 2023'],
    ['2023-11-08T01:00:00+09:00', '8 Nov 2023'],
    ['2023-11-08', '8 Nov 2023'],
    ['Wed, 08 Nov 2023 10:00:00 GMT', '8 Nov 2023'],
    [null, 'date unknown'],
    ['yesterday-ish', 'date unknown'],
  ])('%s → %s', (input, expected) => {
    expect(formatPublished(input)).toBe(expected);
  });
});

describe('formatRelative', () => {
  const now = Date.UTC(2023, 10, 8, 12, 0, 0);
  const min = 60_000;
  it.each([
    [now, 'just now'],
    [now + 5 * min, 'just now'],
    [now - 59_000, 'just now'],
    [now - 5 * min, '5 min ago'],
    [now - 120 * min, '2 h ago'],
    [now - 25 * 60 * min, 'yesterday'],
    [now - 3 * 24 * 60 * min, '3 days ago'],
    [Date.UTC(2023, 9, 1, 8, 0, 0), '1 Oct 2023'],
  ])('%i → %s', (then, expected) => {
    expect(formatRelative(then, now)).toBe(expected);
  });
});
