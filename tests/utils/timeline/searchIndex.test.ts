import { describe, expect, it } from 'vitest';
import { hostOf, searchTokens } from '@/utils/timeline/searchIndex';

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

describe('hostOf', () => {
  it.each([
    ['https://www.news.example/sat', 'news.example'],
    ['http://user@site.example:8080/a?b#c', 'site.example'],
    ['not a url', ''],
  ])('%j → %j', (url, expected) => {
    expect(hostOf(url)).toBe(expected);
  });
});
