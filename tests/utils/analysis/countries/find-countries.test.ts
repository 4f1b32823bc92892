import { describe, expect, it } from 'vitest';
import { countryMentions, findCountries } from '../../../../utils/analysis/countries/index';
import type { Person } from '../../../../utils/analysis/types';

/** "CODE:text" for every mention, in text order: compact and exact. */
const mentionsOf = (text: string, people?: Person[]): string[] =>
  countryMentions(text, people ? { people } : {}).map((m) => `${m.code}:${m.text}`);

describe('findCountries: names, aliases and demonyms', () => {
  it.each([
    ['North Korea fired a missile.', ['KP:North Korea']],
    ["North Korea's spy satellite", ['KP:North Korea']],
    ['South Korea, the U.S., and Japan condemned it.', ['KR:South Korea', 'US:U.S.', 'JP:Japan']],
    ['talks in the U.S. The president left.', ['US:U.S.']],
    ['The United States and America', ['US:United States', 'US:America']],
    ['US officials said', ['US:US']],
    ['Britain, the UK and the U.K.', ['GB:Britain', 'GB:UK', 'GB:U.K.']],
    ['England, Scotland, Wales and Northern Ireland', ['GB:England', 'GB:Scotland', 'GB:Wales', 'GB:Northern Ireland']],
    ['Holland and the Netherlands', ['NL:Holland', 'NL:Netherlands']],
    ['Russian President Vladimir Putin', ['RU:Russian']],
    ['South Korean Unification Minister', ['KR:South Korean']],
    ['Dutch and Swiss banks', ['NL:Dutch', 'CH:Swiss']],
    ['Americans and Russians', ['US:Americans', 'RU:Russians']],
    ["Côte d'Ivoire and Guinea-Bissau", ["CI:Côte d'Ivoire", 'GW:Guinea-Bissau']],
    ['the Democratic Republic of the Congo', ['CD:Democratic Republic of the Congo']],
    ['Papua New Guinea, Equatorial Guinea and Guinea', ['PG:Papua New Guinea', 'GQ:Equatorial Guinea', 'GN:Guinea']],
    ['NORTH KOREA TESTS MISSILE', ['KP:NORTH KOREA']],
    ['the former Burma and Zaire', ['MM:Burma', 'CD:Zaire']],
  ])('%j → %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('findCountries: country words that are not mentions of the country', () => {
  it.each([
    ['U.N. Security Council resolutions', []],
    ['Union Bank of Switzerland shares rose', []],
    ['the Bank of Japan kept rates', []],
    ['New England and New Mexico', []],
    ['South Africa and the South', ['ZA:South Africa']],
    ['flights to Latin America and South America', []],
    ['Michael Jordan scored 30 points', []],
    ['Jordan scored twice', []],
    ['Japan Airlines and China Daily', []],
    ['the U.S. Open final', []],
    ['a US$ 300 million loan', []],
    ['America Online and the Bank of America', []],
    ['Air France workers', []],
    ['a roast Turkey sandwich', []],
    ['Prince of Wales', []],
    ['the South China Sea', []],
    ['he turned to china and turkey', []],
  ])('%j → %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('treats "Jordan" as the person everywhere once the text names Neil Jordan', () => {
    const text = 'Director Neil Jordan defended the film. "It is history," Jordan said. Jordan borders Israel.';
    expect(mentionsOf(text)).toEqual(['IL:Israel']);
  });

  it('skips a country word inside a person mention given by the people finder', () => {
    const text = 'Chad Smith met officials in Chad.';
    const people: Person[] = [
      {
        id: 'chad-smith',
        name: 'Chad Smith',
        role: null,
        countries: [],
        mentions: [{ start: 0, end: 10, text: 'Chad Smith' }],
      },
    ];
    expect(mentionsOf(text, people)).toEqual(['TD:Chad']);
  });
});

describe('findCountries: Georgia', () => {
  it.each([
    ['Georgia and Armenia signed a treaty in Tbilisi.', ['GE:Georgia', 'AM:Armenia']],
    ['Voters in Atlanta, Georgia went to the polls.', []],
    ['Georgia Rep. Cynthia McKinney said so.', []],
    ["Georgia's president spoke.", ['GE:Georgia']],
  ])('%j → %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('findCountries: short references and epithets', () => {
  it.each([
    ['North Korea tested a missile. Signs of the North receiving help.', ['KP:North Korea', 'KP:the North']],
    [
      'North and South Korea met. The South proposed talks; the North agreed.',
      ['KP:North', 'KR:South Korea', 'KR:The South', 'KP:the North'],
    ],
    ['Storms hit the North Sea near North Korea.', ['KP:North Korea']],
    ['Storms hit the North.', []],
    ['Saudi Arabia said the kingdom would act.', ['SA:Saudi Arabia', 'SA:the kingdom']],
    ['Saudi Arabia and Britain: the kingdom would act.', ['SA:Saudi Arabia', 'GB:Britain']],
    ['Jordan said the Kingdom of Heaven awaits.', ['JO:Jordan']],
    ['Iran rejected it; the Islamic Republic said so.', ['IR:Iran', 'IR:the Islamic Republic']],
    ['Pakistan and Iran: the Islamic Republic said so.', ['PK:Pakistan', 'IR:Iran']],
    ['Israel, the Jewish state, voted.', ['IL:Israel', 'IL:the Jewish state']],
    ['the kingdom and the Jewish state', []],
  ])('%j → %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('findCountries: mention kinds and grouping', () => {
  it.each([
    ['North Korea', 'name'],
    ['North Korean', 'demonym'],
    ['the U.S. Navy', 'embedded'],
    ['a U.S.-led coalition', 'embedded'],
    ['U.S. President Joe Biden', 'name'],
  ])('%j is a %s mention', (text, expected) => {
    expect(countryMentions(text).map((m) => m.kind)).toEqual([expected]);
  });

  it('groups mentions by country in order of first mention, with offsets into the text', () => {
    const text = 'Russia and China. Russian troops.';
    const actual = findCountries(text);
    expect(actual).toEqual([
      {
        code: 'RU',
        name: 'Russia',
        mentions: [
          { start: 0, end: 6, text: 'Russia' },
          { start: 18, end: 25, text: 'Russian' },
        ],
      },
      { code: 'CN', name: 'China', mentions: [{ start: 11, end: 16, text: 'China' }] },
    ]);
  });
});
