import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../utils/analysis/time';

/** Publication date of the examples: Wednesday 2023-11-08 (ISO week 45, fourth quarter). */
const DCT = '2023-11-08';

/** The expression of `text` that covers `expected`'s text, as [text, type, value]. */
function tagged(text: string, expressionText: string, dct: string | null = DCT): [string, string, string] | undefined {
  const found = tagTimexes(text, dct).find((t) => t.text === expressionText);
  return found && [found.text, found.type, found.value];
}

describe('tagTimexes: expression classes against a publication date', () => {
  it.each([
    // explicit dates
    ['The vote was on November 8, 2023.', 'November 8, 2023', 'DATE', '2023-11-08'],
    ['The vote was on 8 Nov 2023.', '8 Nov 2023', 'DATE', '2023-11-08'],
    ['The vote was on 2023-11-08.', '2023-11-08', 'DATE', '2023-11-08'],
    ['The vote was on 11/08/2023.', '11/08/2023', 'DATE', '2023-11-08'],
    ['Sales peaked in July 1997.', 'July 1997', 'DATE', '1997-07'],
    ['It was founded in 1953.', '1953', 'DATE', '1953'],
    // underspecified: year from the DCT and the tense
    ['Previous attempts failed in May.', 'May', 'DATE', '2023-05'],
    ['The launch will take place in May.', 'May', 'DATE', '2024-05'],
    ['They meet again next May.', 'next May', 'DATE', '2024-05'],
    ['The company said on Sept. 30 it had sold the unit.', 'Sept. 30', 'DATE', '2023-09-30'],
    ['Talks stalled last April.', 'last April', 'DATE', '2023-04'],
    ['The ship has been at sea since March and was scheduled to return.', 'March', 'DATE', '2023-03'],
    ['The payment would be made on a still unspecified date in January.', 'January', 'DATE', '2024-01'],
    ['The envoy must leave the country by Nov. 3.', 'Nov. 3', 'DATE', '2023-11-03'],
    // weekdays by tense
    ['The minister spoke on Friday.', 'Friday', 'DATE', '2023-11-03'],
    ['The minister will speak on Friday.', 'Friday', 'DATE', '2023-11-10'],
    ['The offer had been scheduled to expire Friday.', 'Friday', 'DATE', '2023-11-03'],
    ['The talks ended last Monday.', 'last Monday', 'DATE', '2023-11-06'],
    // relative
    ['Sales fell last month.', 'last month', 'DATE', '2023-10'],
    ['The plant closed two years ago.', 'two years ago', 'DATE', '2021'],
    ['It happened yesterday.', 'yesterday', 'DATE', '2023-11-07'],
    ['Today the market is calm.', 'Today', 'DATE', '2023-11-08'],
    ['Prices rose this week.', 'this week', 'DATE', '2023-W45'],
    ['Next year will be harder.', 'Next year', 'DATE', '2024'],
    ['Profit fell last quarter.', 'last quarter', 'DATE', '2023-Q3'],
    ['Earlier this year it rained.', 'Earlier this year', 'DATE', '2023'],
    ['A year earlier it had grown.', 'A year earlier', 'DATE', '2022'],
    ['Sales rose in July last year.', 'July last year', 'DATE', '2022-07'],
    // vague references
    ['In recent weeks prices rose.', 'recent weeks', 'DATE', 'PAST_REF'],
    ['Prices recently rose.', 'recently', 'DATE', 'PAST_REF'],
    ['It will launch in the coming months.', 'the coming months', 'DATE', 'FUTURE_REF'],
    ['Nobody knows the future.', 'the future', 'DATE', 'FUTURE_REF'],
    ['The market is now calm.', 'now', 'DATE', 'PRESENT_REF'],
    ['The market is currently calm.', 'currently', 'DATE', 'PRESENT_REF'],
    // durations
    ['The war lasted three years.', 'three years', 'DURATION', 'P3Y'],
    ['The meeting took two hours.', 'two hours', 'DURATION', 'PT2H'],
    ['Prices fell over the past six months.', 'the past six months', 'DURATION', 'P6M'],
    ['In the last twenty four hours stocks fell.', 'the last twenty four hours', 'DURATION', 'PT24H'],
    ['Stocks hit a five-year low.', 'five-year', 'DURATION', 'P5Y'],
    ['The project took 2 1/2 years.', '2 1/2 years', 'DURATION', 'P2Y6M'],
    ['They waited for a few days.', 'a few days', 'DURATION', 'PXD'],
    ['He had been ill for years.', 'years', 'DURATION', 'PXY'],
    // sets
    ['The committee meets every week.', 'every week', 'SET', 'P1W'],
    ['The report is published annually.', 'annually', 'SET', 'P1Y'],
    ['The paper is printed daily.', 'daily', 'SET', 'P1D'],
    ['The club meets each Thursday.', 'each Thursday', 'SET', 'XXXX-WXX-4'],
    ['Members pay $50 a year.', 'a year', 'SET', 'P1Y'],
    // "the year": the year in focus, unless bounded
    ['Sales for the full year rose 13%.', 'the full year', 'DATE', '2023'],
    ['Revenue fell in the first nine months of the year.', 'the year', 'DATE', '2023'],
    ['Net income for the year ended Sept. 30 rose.', 'the year', 'DURATION', 'P1Y'],
    ['It rained for the whole year.', 'the whole year', 'DURATION', 'P1Y'],
    // decades, centuries, quarters, seasons, fiscal years, years ahead
    ['Growth was fast in the 1990s.', 'the 1990s', 'DATE', '199'],
    ['It was built in the 20th century.', 'the 20th century', 'DATE', '19'],
    ['Profit rose in the third quarter.', 'the third quarter', 'DATE', '2023-Q3'],
    ['Third-quarter profit rose.', 'Third-quarter', 'DATE', '2023-Q3'],
    ['Sales rose in the first half of 2022.', 'the first half of 2022', 'DATE', '2022-H1'],
    ['It rained this summer.', 'this summer', 'DATE', '2023-SU'],
    ['It snowed last winter.', 'last winter', 'DATE', '2022-WI'],
    ['Revenue grew in fiscal 2023.', 'fiscal 2023', 'DATE', '2023'],
    ['Emissions must reach zero by 2050.', '2050', 'DATE', '2050'],
    ['The boom of the mid-1980s ended.', 'the mid-1980s', 'DATE', '198'],
    // times
    ['They met at 3 p.m. Tuesday.', '3 p.m. Tuesday', 'TIME', '2023-11-07T15:00'],
    ['The talks began at 10:35 a.m.', '10:35 a.m.', 'TIME', '2023-11-08T10:35'],
    ['The bill passed this morning.', 'this morning', 'TIME', '2023-11-08TMO'],
    ['Shots were heard last night.', 'last night', 'TIME', '2023-11-07TNI'],
    ['The store reopened Friday morning.', 'Friday morning', 'TIME', '2023-11-03TMO'],
    // holidays
    ['Shops will close on Christmas Day.', 'Christmas Day', 'DATE', '2023-12-25'],
    ['Shops closed on Independence Day.', 'Independence Day', 'DATE', '2023-07-04'],
  ])('%s → %s', (text, expressionText, expectedType, expectedValue) => {
    const actual = tagged(text, expressionText);
    expect(actual).toEqual([expressionText, expectedType, expectedValue]);
  });

  it.each([
    ['ages are not durations', 'The 44-year-old man left.'],
    ['fractions are not quarters', 'About three-quarters of voters agreed.'],
    ['a surname is not a month', 'Theresa May spoke to reporters.'],
    ['the modal verb is not a month', 'May I ask a question?'],
    ['money is not a year', 'It cost $1990 to repair.'],
    ['counts are not years', 'It employs 2000 people.'],
    ['ordinals are not durations', 'A second group of directors resigned.'],
    ['abbreviations alone are not months', 'Jan Smith and Dec Jones arrived.'],
    ['dimensions are not years', 'The screen has 1800 x 1920 pixels per eye.'],
    ['model numbers are not years', 'It runs on an NVIDIA GTX 1080 card.'],
    ['a quarter-century is not a quarter', 'It grew over the last quarter-century.'],
  ])('tags nothing where %s', (_name, text) => {
    const actual = tagTimexes(text, DCT);
    expect(actual).toEqual([]);
  });

  it('gives TempEval extents: determiners of adjectival durations and the preposition stay out', () => {
    const text = 'In the last twenty four hours, stocks hit the five-year low seen in the coming months.';
    const actual = tagTimexes(text, DCT).map((t) => t.text);
    expect(actual).toEqual(['the last twenty four hours', 'five-year', 'the coming months']);
  });

  it('reads "a year earlier" after a quarter as that quarter a year before', () => {
    const text = 'Net income rose in the third quarter. A year earlier, the company lost money.';
    const actual = tagTimexes(text, DCT).map((t) => [t.text, t.value]);
    expect(actual).toEqual([
      ['the third quarter', '2023-Q3'],
      ['A year earlier', '2022-Q3'],
    ]);
  });

  it.each([
    ['He moved to Florida in June 1998 and returned later that year.', 'later that year', '1998'],
    ['The plant opened on March 3, 2019. The following day, workers struck.', 'The following day', '2019-03-04'],
    ['Polls closed on Nov. 8, 2016. The same day, markets fell.', 'The same day', '2016-11-08'],
    ['He was promoted in 1985, and the following year he retired.', 'the following year', '1986'],
    ['In late 2011 the site launched. Two years later, it was rebuilt.', 'Two years later', '2013'],
  ])('resolves anaphora against the latest date of the text: %s', (text, expressionText, expectedValue) => {
    const actual = tagTimexes(text, DCT).find((t) => t.text === expressionText)?.value;
    expect(actual).toBe(expectedValue);
  });

  it('leaves "that year" untagged when nothing before it gives a year', () => {
    const actual = tagTimexes('Nobody knew what happened that year.', DCT);
    expect(actual).toEqual([]);
  });

  it('accepts a full ISO datetime as publication date', () => {
    const actual = tagTimexes('It happened yesterday.', '2023-11-08T09:30:00+09:00')[0]?.value;
    expect(actual).toBe('2023-11-07');
  });

  it('returns offsets into the text, in order', () => {
    const text = 'On Friday, Nov. 3, officials said sales fell 5% last month and would rise next year.';
    const actual = tagTimexes(text, DCT);
    expect(actual.map((t) => t.text)).toEqual(['Friday, Nov. 3', 'last month', 'next year']);
    for (const t of actual) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
