/** Validation of TIMEX3 value strings (TimeML 1.2.1 value attribute, as used by TempEval-3). */

const Y = '(?:\\d{4}|\\d{3}X|\\d{2}XX|XXXX)';
const DATE = `(?:${Y}(?:-(?:\\d{2}|XX)(?:-(?:\\d{2}|XX))?)?|${Y}-W(?:\\d{2}|XX)(?:-(?:[1-7]|WE))?|XXXX-WXX-[1-7]|${Y}-(?:Q[1-4X]|QX|H[12]|SP|SU|FA|WI))`;
const TIME = `T(?:\\d{2}(?::\\d{2}(?::\\d{2})?)?|MO|AF|EV|NI|MI|DT)`;
const DURATION = 'P(?:(?:\\d+(?:\\.\\d+)?|X)(?:Y|M|W|D|Q|WE|DE|CE|L))*(?:T(?:(?:\\d+(?:\\.\\d+)?|X)(?:H|M|S))+)?';
const VALUE = new RegExp(`^(?:${DATE}(?:${TIME})?|\\d{3}|\\d{2}|PRESENT_REF|PAST_REF|FUTURE_REF|${DURATION})$`);

/** Whether `value` is a well-formed TIMEX3 value (date, time, week, quarter, season, decade, century, REF or duration). */
export function isTimexValue(value: string): boolean {
  return value !== 'P' && value !== 'PT' && VALUE.test(value);
}
