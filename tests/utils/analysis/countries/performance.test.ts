import { describe, expect, it } from 'vitest';
import { findCountries } from '../../../../utils/analysis/countries/index';

const PARAGRAPH =
  'South Korea, the U.S., and Japan condemned North Korea last month. Russian President Vladimir Putin met ' +
  'Kim Jong Un; the North denied it. The Bank of Japan and Japan Airlines were not involved.\n\n';

/** Repeats `unit` up to `size` characters. */
const repeated = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('findCountries on 2 MB inputs (one pass: time grows linearly)', () => {
  it.each([
    ['news text', repeated(PARAGRAPH, 2_000_000), ['KR', 'US', 'JP', 'KP', 'RU']],
    ['nothing but country names', repeated('U.S. ', 2_000_000), ['US']],
    ['no spaces at all', 'x'.repeat(2_000_000), []],
  ])('%s completes within 10 s', { timeout: 30_000 }, (_, text, expected) => {
    const started = performance.now();
    const actual = findCountries(text).map((c) => c.code);
    const seconds = (performance.now() - started) / 1000;
    expect(actual).toEqual(expected);
    expect(seconds).toBeLessThan(10);
  });
});
