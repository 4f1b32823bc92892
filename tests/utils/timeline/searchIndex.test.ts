import { describe, expect, it } from 'vitest';
import { SearchIndex, searchTokens, type SearchDoc, type SearchFilters } from '@/utils/timeline/searchIndex';

function doc(id: number, over: Partial<SearchDoc>): SearchDoc {
  return {
    id,
    title: null,
    siteName: null,
    url: `https://site${id}.example/a`,
    publishedTime: null,
    lastVisited: id * 1000,
    starred: 0,
    people: [],
    countries: [],
    ...over,
  };
}

const DOCS: SearchDoc[] = [
  doc(1, {
    title: 'Pyongyang readies a satellite launch',
    siteName: 'Example Times',
    url: 'https://www.news.example/sat',
    publishedTime: '2023-11-08T09:30:00+09:00',
    people: [{ id: 'kim-jong-un', name: 'Kim Jong Un' }],
    countries: [{ code: 'KP', name: 'North Korea' }],
  }),
  doc(2, {
    title: 'Summit at the cosmodrome',
    siteName: 'Daily Example',
    publishedTime: '2023-09-14',
    starred: 1,
    people: [
      { id: 'vladimir-putin', name: 'Vladimir Putin' },
      { id: 'kim-jong-un', name: 'Kim Jong Un' },
    ],
    countries: [{ code: 'RU', name: 'Russia' }],
  }),
  doc(3, { title: 'Genève talks on Zelenskyy plan', siteName: 'Other', publishedTime: '2022-01-01' }),
];

describe('searchTokens', () => {
  it.each([
    ['Kim Jong-un', ['kim', 'jong', 'un']],
    ['Genève', ['geneve']],
    ['  ', []],
    ["Putin's visit", ['putin', 's', 'visit']],
  ])('%j → %j', (text, expected) => {
    expect(searchTokens(text)).toEqual(expected);
  });
});

describe('SearchIndex', () => {
  const index = new SearchIndex(DOCS);

  it.each<[string, string, SearchFilters, number[]]>([
    ['empty query: everything, newest read first', '', {}, [3, 2, 1]],
    ['person name prefix', 'put', {}, [2]],
    ['prefix of several words must all match', 'kim jo', {}, [2, 1]],
    ['title words', 'satellite', {}, [1]],
    ['site name', 'daily', {}, [2]],
    ['host name', 'news', {}, [1]],
    ['country name', 'north kor', {}, [1]],
    ['accents folded', 'geneve', {}, [3]],
    ['case folded', 'ZELENSKYY', {}, [3]],
    ['no match', 'xyz', {}, []],
    ['a word that matches nothing empties the result', 'kim xyz', {}, []],
    ['person filter', '', { personId: 'kim-jong-un' }, [2, 1]],
    ['country filter', '', { countryCode: 'RU' }, [2]],
    ['site filter', '', { siteName: 'Other' }, [3]],
    ['starred only', '', { starredOnly: true }, [2]],
    ['publication date range', '', { from: '2023-01-01', to: '2023-10-01' }, [2]],
    ['query and filter together', 'kim', { countryCode: 'KP' }, [1]],
  ])('%s: %j %j', (_name, query, filters, expected) => {
    const actual = index.search(query, filters);

    expect(actual.ids).toEqual(expected);
    expect(actual.total).toBe(expected.length);
  });

  it('reading-date range uses lastVisited', () => {
    const actual = index.search('', { from: '1970-01-01', to: '1970-01-01', dateField: 'visited' });

    expect(actual.ids).toEqual([3, 2, 1]);
  });

  it('caps the ids at the limit but counts every match', () => {
    const actual = index.search('', {}, 2);

    expect(actual).toEqual({ ids: [3, 2], total: 3 });
  });

  it('counts a document once however many of its tokens share a prefix', () => {
    const repeat = new SearchIndex([doc(9, { title: 'Kim Kim Kimberley kimchi' })]);

    expect(repeat.search('kim kim').ids).toEqual([9]);
  });

  it('answers correctly at 10,000 articles (its speed is reported by npm run bench, not asserted here)', () => {
    const words = ['satellite', 'launch', 'summit', 'talks', 'rocket', 'border', 'trade', 'election', 'court', 'storm'];
    const many = Array.from({ length: 10_000 }, (_, i) =>
      doc(i + 1, {
        title: `${words[i % 10]} ${words[(i * 7) % 10]} report number ${i}`,
        siteName: `Site ${i % 50}`,
        people: [
          { id: `p${i % 400}`, name: `Person${i % 400} Surname${i % 97}` },
          { id: `q${i % 300}`, name: `Other${i % 300} Name` },
        ],
        countries: [{ code: 'KP', name: 'North Korea' }],
      }),
    );
    const big = new SearchIndex(many);
    const queries = ['s', 'sa', 'sat', 'satellite lau', 'person12', 'north', 'other1 name', 'zzz'];

    for (const q of queries) expect(() => big.search(q, { countryCode: 'KP' })).not.toThrow();

    const expectedTalksLaunch = many.filter(
      (d) => /\btalks\b/.test(d.title ?? '') && /\blau/.test(d.title ?? ''),
    ).length;
    expect(expectedTalksLaunch).toBeGreaterThan(0);
    expect(big.search('talks lau').total).toBe(expectedTalksLaunch);
    expect(big.search('person12 surname12').total).toBeGreaterThan(0);
    expect(big.search('zzz').total).toBe(0);
  });
});
