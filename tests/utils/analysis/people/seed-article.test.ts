import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../../utils/analysis/people';
import { countryCodesIn } from './countries-fixture';

const fixtures = fileURLToPath(new URL('../../../../../shared/fixtures/', import.meta.url));
const htmlFile = `${fixtures}seed-article.html`;
const expectedFile = `${fixtures}seed-article.expected.json`;
const present = existsSync(htmlFile) && existsSync(expectedFile);

interface SeedExpected {
  people: Array<{ name: string; role: string; country: string }>;
  notPeople: string[];
}

/** The page's text with a simple tag strip: block ends become line breaks, entities decoded. */
function pageText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|h\d|div|li|figcaption|title|header|nav|footer)>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&rsquo;|&#8217;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&[a-z]+;/g, ' ')
    .replace(/[ \t]+/g, ' ');
}

describe.skipIf(!present)('findPeople on the seed article (../shared/fixtures/seed-article.html)', () => {
  const expected = present
    ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as SeedExpected)
    : { people: [], notPeople: [] };
  const text = present ? pageText(readFileSync(htmlFile, 'utf8')) : '';
  const actual = present ? findPeople(text, { countryCodesIn }) : [];

  it.each(expected.people)('finds $name as "$role" ($country)', ({ name, role, country }) => {
    const person = actual.find((p) => p.name === name);
    expect(person?.name).toBe(name);
    expect(person?.role).toBe(role);
    expect(person?.countries).toEqual([country]);
  });

  it('reports exactly the four people of the article', () => {
    expect(actual.map((p) => p.name).sort()).toEqual(expected.people.map((p) => p.name).sort());
  });

  it.each(expected.notPeople)('never reports %j as a person', (notPerson) => {
    expect(actual.map((p) => p.name)).not.toContain(notPerson);
  });

  it('attaches "Kim added" to Kim Yung-ho and the later "Kim Jong Un" to the leader', () => {
    const kimYungHo = actual.find((p) => p.id === 'kim-yung-ho');
    const kimAdded = text.indexOf('Kim added');
    expect(kimYungHo?.mentions.map((m) => m.start)).toContain(kimAdded);
    const leader = actual.find((p) => p.id === 'kim-jong-un');
    expect(leader?.mentions.map((m) => m.text)).toEqual(['Kim Jong Un', 'Kim Jong Un']);
  });
});

if (!present) console.warn(`seed article test skipped: ${htmlFile} is absent (shared fixtures not checked out)`);
