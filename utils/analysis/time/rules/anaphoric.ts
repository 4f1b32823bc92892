/**
 * Rules for expressions that refer back to a date the text has just given: "that year", "the same day",
 * "the following month", "later that week". Narrative news moves its reference time along with the story,
 * so these resolve against the latest calendar value tagged before them, not against the publication date.
 * Without such a referent, "that"/"the same" phrases are not tagged and "the following/previous" ones fall
 * back to the publication date.
 */
import { DAY_PARTS } from '../lexicon';
import { shift } from '../anchor';
import { B, compile, E, hit, type Rule, type RuleContext, type RuleHit } from './rule';
import type { Ymd } from '../calendar';

const F = { B, E };

/** The referent as a calendar date with the precision it has (month/day default to 1 but are flagged). */
function referent(value: string | null): { date: Ymd; precision: 'year' | 'month' | 'day' } | null {
  const m = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value) : null;
  if (!m) return null;
  const date = { y: Number(m[1]), m: m[2] ? Number(m[2]) : 1, d: m[3] ? Number(m[3]) : 1 };
  return { date, precision: m[3] ? 'day' : m[2] ? 'month' : 'year' };
}

const NEEDS: Record<string, 'year' | 'month' | 'day'> = {
  year: 'year',
  quarter: 'month',
  month: 'month',
  week: 'day',
  day: 'day',
  morning: 'day',
  afternoon: 'day',
  evening: 'day',
  night: 'day',
};
const RANK = { year: 0, month: 1, day: 2 };

function resolve(ctx: RuleContext, unit: string, offset: number, fallback: boolean): RuleHit | null {
  const ref = referent(ctx.lastDate);
  const part = DAY_PARTS[unit];
  const need = NEEDS[unit] ?? 'day';
  if (!ref || RANK[ref.precision] < RANK[need]) {
    if (!fallback) return null;
    const r = shift(ctx.dct, part ? 'day' : unit, offset);
    return r ? hit(part ? 'TIME' : 'DATE', part ? { ...r, value: `${r.value}T${part}` } : r) : null;
  }
  const r = shift(ref.date, part ? 'day' : unit, offset);
  if (!r) return null;
  return part ? { type: 'TIME', value: `${r.value}T${part}` } : { type: 'DATE', value: r.value };
}

export const anaphoricRules: Rule[] = [
  {
    // "that year", "the same day", "later that month", "that morning".
    name: 'that-unit',
    starts: ['that', 'the', 'later', 'earlier'],
    anaphoric: true,
    re: compile(
      '{B}(?:(?:later|earlier)\\s)?(?:that|the\\ssame)\\s(day|week|month|quarter|year|morning|afternoon|evening|night){E}(?!\\s(?:of|that|when|which|who|as)\\b)',
      F,
    ),
    build: (m, ctx) => resolve(ctx, m[1]!.toLowerCase(), 0, false),
  },
  {
    // "the following year", "the previous day", "the next morning", "the day before".
    name: 'following-unit',
    starts: ['the'],
    anaphoric: true,
    re: compile(
      '{B}the\\s(following|previous|preceding|next)\\s(day|morning|afternoon|evening|night)(?!\\s(?:of|that|when|which)\\b){E}|{B}the\\s(following|previous|preceding)\\s(week|month|quarter|year)(?!\\s(?:of|that|when|which)\\b){E}',
      F,
    ),
    build: (m, ctx) => {
      const word = (m[1] ?? m[3])!.toLowerCase();
      const unit = (m[2] ?? m[4])!.toLowerCase();
      return resolve(ctx, unit, word === 'following' || word === 'next' ? 1 : -1, true);
    },
  },
];
