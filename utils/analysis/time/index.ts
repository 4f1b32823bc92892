/** The time-expression engine: TIMEX3 tagging and normalisation, and the calendar range of a value. */
export { tagTimexes } from './tagger';
export { timexRange } from './range';
export { isTimexValue } from './values';
