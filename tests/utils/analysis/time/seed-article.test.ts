import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../utils/analysis/time';

const FIXTURES = resolve(__dirname, '../../../../../shared/fixtures');
const HTML = resolve(FIXTURES, 'seed-article.html');
const EXPECTED = resolve(FIXTURES, 'seed-article.expected.json');
const present = existsSync(HTML) && existsSync(EXPECTED);

interface SeedExpectation {
  publishedTime: string;
  timexes: { text: string; value: string }[];
}

describe.skipIf(!present)('tagTimexes on the seed article (needs ../shared/fixtures; skipped when absent)', () => {
  const expected = present ? (JSON.parse(readFileSync(EXPECTED, 'utf8')) as SeedExpectation) : null;
  const { document } = parseHTML(present ? readFileSync(HTML, 'utf8') : '<p></p>');
  const text = [...document.querySelectorAll('article p')].map((p) => (p.textContent ?? '').trim()).join('\n\n');
  const actual = tagTimexes(text, expected?.publishedTime ?? null);

  // TimeML leaves the preposition out: "in the coming months" is tagged as "the coming months".
  it.each(expected?.timexes ?? [])('finds "$text" as $value', ({ text: expectedText, value: expectedValue }) => {
    const at = text.indexOf(expectedText);
    expect(at).toBeGreaterThanOrEqual(0);
    const found = actual.find((t) => t.start < at + expectedText.length && t.end > at);
    expect(found?.value).toBe(expectedValue);
    expect(expectedText).toContain(found?.text);
  });

  it('tags nothing else in the article body but its dateline', () => {
    const values = actual.map((t) => t.value);
    expect(values).toEqual(['2023-11-08', 'FUTURE_REF', '2023-05', '2023-08', '2023-10']);
  });
});
