import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../../utils/analysis/people';
import { countryCodesIn } from './countries-fixture';

const names = (text: string) => findPeople(text).map((p) => p.name);

describe('findPeople names', () => {
  it.each([
    ['Russian President Vladimir Putin met the delegation in Moscow on Tuesday.', ['Vladimir Putin']],
    ['South Korean Unification Minister Kim Yung-ho told reporters the talks would resume.', ['Kim Yung-ho']],
    ['North Korean Foreign Minister Choe Son Hui arrived in Moscow on Sunday.', ['Choe Son Hui']],
    [
      'Chinese President Xi Jinping said Premier Li Qiang would visit Kim Jong Un.',
      ['Xi Jinping', 'Li Qiang', 'Kim Jong Un'],
    ],
    ["Taiwan's President Lai Ching-te met Japanese Prime Minister Shigeru Ishiba.", ['Lai Ching-te', 'Shigeru Ishiba']],
    ['Narendra Modi spoke with Giorgia Meloni in Rome.', ['Narendra Modi', 'Giorgia Meloni']],
    ['Federal Reserve Chair Jerome Powell said rates would stay high.', ['Jerome Powell']],
    ['Queen Elizabeth II received the prime minister at Balmoral.', ['Elizabeth II']],
    [
      'President-elect Donald J. Trump spoke by phone with Omar Hassan al-Bashir.',
      ['Donald J. Trump', 'Omar Hassan al-Bashir'],
    ],
    [
      'Commission President Ursula von der Leyen met NATO Secretary General Mark Rutte.',
      ['Ursula von der Leyen', 'Mark Rutte'],
    ],
    ['Bowling: S. Waugh 5-1-36-1, and Abu Nidal leader Rami al-Saadani was captured.', ['S. Waugh', 'Rami al-Saadani']],
    ['German Chancellor Angela Merkel said Europe must act.', ['Angela Merkel']],
    ['Brazilian striker Ronaldo scored twice as Barcelona beat Valencia.', ['Ronaldo']],
    ["French President Jacques Chirac named Alain Juppé's successor.", ['Jacques Chirac', 'Alain Juppé']],
    ['Hosni Mubarak received Benjamin Netanyahu in Cairo.', ['Hosni Mubarak', 'Benjamin Netanyahu']],
    // Capitals that are also first names stay people when the tagger reads them so.
    ['Queen Victoria opened the exhibition in 1851.', ['Victoria']],
  ])('finds the people in %j', (text, expected) => {
    const actual = names(text);
    expect(actual).toEqual(expected);
  });

  it.each([
    ['The photo was taken with a Canon EOS 5D Mark IV at dusk.', 'Mark'],
    ['He switched to a Nikon D850 and later a Sony Alpha a7 III.', 'Sony'],
    ['The Unification Ministry said the talks would resume in May.', 'Unification'],
    ['Renowned journalists gathered outside the ministry.', 'Renowned'],
    ['Prices rose in March and fell again in June.', 'June'],
    ['The President said the Minister would travel on Monday.', 'President'],
    ['Kim said the talks would resume.', 'Kim'],
    ['The ferry to Stewart Island and the beaches of North America were closed.', 'Stewart Island'],
    ['Shares of Pirelli SpA rose on Friday. Pirelli said profits would grow.', 'Pirelli'],
    ['Putin welcomed Kim, offering to help Pyongyang build satellites.', 'Pyongyang'],
    ['Officials said Tehran would answer, and Kyiv agreed.', 'Tehran'],
  ])('reports no person for %j', (text, notPerson) => {
    const actual = findPeople(text);
    expect(actual.flatMap((p) => p.mentions.map((m) => m.text))).not.toContain(notPerson);
    expect(actual).toEqual([]);
  });
});

describe('findPeople coreference', () => {
  it.each([
    [
      'Unification Minister Kim Yung-ho spoke first. Kim added that the launch was near.',
      [{ name: 'Kim Yung-ho', mentions: ['Kim Yung-ho', 'Kim'] }],
    ],
    [
      'Kim Yung-ho met the press. North Korean leader Kim Jong Un then spoke. Kim said the satellite was ready.',
      [
        { name: 'Kim Yung-ho', mentions: ['Kim Yung-ho'] },
        { name: 'Kim Jong Un', mentions: ['Kim Jong Un', 'Kim'] },
      ],
    ],
    [
      'Russian President Vladimir Putin arrived late. Putin told reporters he was pleased.',
      [{ name: 'Vladimir Putin', mentions: ['Vladimir Putin', 'Putin'] }],
    ],
    [
      'Kim Jong Un inspected the site. State media said Kim Jong-un was satisfied.',
      [{ name: 'Kim Jong Un', mentions: ['Kim Jong Un', 'Kim Jong-un'] }],
    ],
    [
      'Secretary of State Antony Blinken met Wang Yi, a State Department spokesman said. Blinken told Wang that.',
      [
        { name: 'Antony Blinken', mentions: ['Antony Blinken', 'Blinken'] },
        { name: 'Wang Yi', mentions: ['Wang Yi', 'Wang'] },
      ],
    ],
  ])('groups the mentions of %j', (text, expected) => {
    const actual = findPeople(text).map((p) => ({ name: p.name, mentions: p.mentions.map((m) => m.text) }));
    expect(actual).toEqual(expected);
  });
});

describe('findPeople roles', () => {
  it.each([
    ['Russian President Vladimir Putin arrived.', 'Russian President', ['RU']],
    ['North Korean leader Kim Jong Un watched the launch.', 'North Korean leader', ['KP']],
    ["Choe Son Hui, North Korea's foreign minister, denied the report.", "North Korea's foreign minister", ['KP']],
    ['Sergei Lavrov, the foreign minister, declined to comment.', 'foreign minister', []],
    ['U.S. Secretary of State Warren Christopher flew to Cairo.', 'U.S. Secretary of State', ['US']],
    ['Warren Christopher met reporters in Cairo.', null, []],
    ["Shares rose after Tim Cook, the company's chief executive, spoke.", "company's chief executive", []],
    ['Federal Reserve Chair Jerome Powell said rates would stay high.', 'Federal Reserve Chair', []],
  ])('gives %j its role', (text, expectedRole, expectedCountries) => {
    const [actual] = findPeople(text, { countryCodesIn });
    expect(actual?.role ?? null).toBe(expectedRole);
    expect(actual?.countries ?? []).toEqual(expectedCountries);
  });
});

describe('findPeople mentions', () => {
  it.each([
    'Russian President Vladimir Putin met Kim Jong Un. Putin smiled; Kim did not.',
    'Angela Merkel, the German chancellor, met Emmanuel Macron in Berlin.',
  ])('gives offsets that slice back to the mention text in %j', (text) => {
    const mentions = findPeople(text).flatMap((p) => p.mentions);
    expect(mentions.length).toBeGreaterThan(1);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const starts = findPeople(text).map((p) => p.mentions.map((m) => m.start));
    for (const s of starts) expect(s).toEqual([...s].sort((a, b) => a - b));
  });
});
