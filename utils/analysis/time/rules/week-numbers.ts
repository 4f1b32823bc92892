/**
 * Rules for weeks given by number: "week 45 of 2023", "calendar week 45", "the 45th week of the year" (ISO 8601
 * weeks, TIMEX3 "2023-W45"), and "week 45" alone, whose year comes from the DCT and the tense like a bare month's.
 */
import { isoYearForWeek } from '../anchor';
import { isoWeeksInYear, pad } from '../calendar';
import { parseOrdinal, RX } from '../lexicon';
import { B, compile, E, type Rule, type RuleContext, type RuleHit } from './rule';

/** The year part both rules accept: "2023", or "the/this/last/next year". */
const YEAR = `(?:(${RX.year})|(the|this|last|next)\\syear)`;
const F = { ...RX, B, E, yearPart: YEAR };

const YEAR_WORD_SHIFT: Record<string, number> = { the: 0, this: 0, last: -1, next: 1 };

/**
 * Week `week` of the year given by digits or a year phrase (`yearWord`, against the DCT), or, with neither, of the
 * year the DCT and the tense give. Null for a week the year does not have (0, 54, or 53 of a 52-week year).
 */
function weekHit(
  week: number,
  digits: string | undefined,
  yearWord: string | undefined,
  ctx: RuleContext,
): RuleHit | null {
  if (week < 1 || week > 53) return null;
  let year: number;
  if (digits) year = Number(digits);
  else if (!ctx.dct) return { type: 'DATE', value: `XXXX-W${pad(week)}`, unresolved: true };
  else if (yearWord) year = ctx.dct.y + (YEAR_WORD_SHIFT[yearWord.toLowerCase()] ?? 0);
  else year = isoYearForWeek(ctx.dct, week, ctx.tense());
  return week <= isoWeeksInYear(year) ? { type: 'DATE', value: `${pad(year, 4)}-W${pad(week)}` } : null;
}

export const weekNumberRules: Rule[] = [
  {
    // "week 45 of 2023", "week 45, 2023", "calendar week 45", "week no. 45 of this year", "in week 45".
    name: 'week-number',
    starts: ['week', 'calendar'],
    re: compile(
      '{B}(?:calendar\\s)?week\\s(?:no\\.\\s?|number\\s)?(\\d{1,2}){E}(?:(?:\\s(?:of|in)|,)\\s{yearPart}{E})?',
      F,
    ),
    build: (m, ctx) => {
      if (!m[2] && !m[3]) {
        // Without a year, "week 3 of the war" / "of the season" counts from an event, and "at week 12" is a
        // clinical trial's schedule: neither is a calendar week.
        const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4);
        const before = ctx.text.slice(Math.max(0, m.index - 3), m.index);
        if (/^\s+of\b/i.test(after) || /\bat\s$/i.test(before)) return null;
      }
      return weekHit(Number(m[1]), m[2], m[3], ctx);
    },
  },
  {
    // "the 45th week of 2023", "the first week of the year".
    name: 'ordinal-week',
    starts: ['the'],
    re: compile('{B}the\\s({ordinal})\\sweek\\sof\\s{yearPart}{E}', F),
    build: (m, ctx) => {
      const week = parseOrdinal(m[1]!);
      return week === null ? null : weekHit(week, m[2], m[3], ctx);
    },
  },
];
