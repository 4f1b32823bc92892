import type { AnalysisResult, Mention } from '@/utils/analysis/types';

/** A short article text and its analysis, with offsets computed from the text so they are right by construction. */
export const TEXT =
  'North Korea will launch a spy satellite in the coming months, South Korean Unification Minister Kim Yung-ho said. ' +
  'Previous attempts by North Korea in May ended in failure. Kim added that Russia may have helped.';

function at(needle: string, from = 0): Mention {
  const start = TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length, text: needle };
}

const secondSentence = at('Previous attempts by North Korea in May ended in failure.');
const may = at('May');

/** An analysis of TEXT as the analysis module returns it. */
export const ANALYSIS: AnalysisResult = {
  people: [
    {
      id: 'kim-yung-ho',
      name: 'Kim Yung-ho',
      role: 'South Korean Unification Minister',
      countries: ['KR'],
      mentions: [at('Kim Yung-ho'), at('Kim', at('Kim Yung-ho').end)],
    },
  ],
  countries: [
    { code: 'KP', name: 'North Korea', mentions: [at('North Korea'), at('North Korea', 20)] },
    { code: 'KR', name: 'South Korea', mentions: [at('South Korean')] },
    { code: 'RU', name: 'Russia', mentions: [at('Russia')] },
  ],
  timexes: [
    { ...at('in the coming months'), type: 'DATE', value: 'FUTURE_REF' },
    { ...may, type: 'DATE', value: '2023-05' },
  ],
  events: [
    {
      date: { value: '2023-05', start: '2023-05-01', end: '2023-05-31' },
      text: secondSentence.text,
      sentence: { start: secondSentence.start, end: secondSentence.end },
      timex: { start: may.start, end: may.end },
      people: [],
      countries: ['KP'],
    },
  ],
};

/** People + country + date mentions in ANALYSIS. */
export const ANALYSIS_MENTIONS = 2 + 4 + 2;
