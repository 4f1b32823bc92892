import { describe, expect, it } from 'vitest';
import { compareRanked, countArticlesPerEntity } from '@/utils/timeline/rankEntities';

describe('countArticlesPerEntity', () => {
  it('counts distinct articles per entity, most first, ties by key', () => {
    const pairs: [string, number][] = [
      ['putin', 1],
      ['kim', 1],
      ['putin', 2],
      ['putin', 2],
      ['kim', 3],
      ['choe', 3],
      ['abe', 4],
    ];
    const expected = [
      { key: 'kim', articles: 2 },
      { key: 'putin', articles: 2 },
      { key: 'abe', articles: 1 },
    ];

    const actual = countArticlesPerEntity(pairs, 3);

    expect(actual).toEqual(expected);
  });

  it('orders ranked entities by count, then name', () => {
    const ranked = [
      { key: 'b', name: 'Zed', articles: 2 },
      { key: 'a', name: 'Amy', articles: 2 },
      { key: 'c', name: 'Bob', articles: 5 },
    ];

    const actual = [...ranked].sort(compareRanked).map((r) => r.name);

    expect(actual).toEqual(['Bob', 'Amy', 'Zed']);
  });
});
