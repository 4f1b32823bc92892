/**
 * Rules for expressions that refer back to a date the text has just given: "that year", "the same day",
 * "the following month", "later that week". Narrative news moves its reference time along with the story,
 * so these resolve against the latest calendar value tagged before them, not against the publication date.
 * Without such a referent, "that"/"the same" phrases are not tagged and "the following/previous" ones fall
 * back to the publication date.
 */
import { DAY_PARTS } from '../lexicon';
import { referentOf, shift } from '../anchor';
import { B, compile, E, hit, type Rule, type RuleContext, type RuleHit } from './rule';

const F = { B, E };

function resolve(ctx: RuleContext, unit: string, offset: number, fallback: boolean): RuleHit | null {
  const part = DAY_PARTS[unit];
  const ref = referentOf(ctx.lastDate, part ? 'day' : unit);
  if (!ref) {
    if (!fallback) return null;
    const r = shift(ctx.dct, part ? 'day' : unit, offset);
    return r ? hit(part ? 'TIME' : 'DATE', part ? { ...r, value: `${r.value}T${part}` } : r) : null;
  }
  const r = shift(ref, part ? 'day' : unit, offset);
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
