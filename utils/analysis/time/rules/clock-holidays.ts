/** Rules for clock times ("3 p.m. Tuesday", "noon Saturday") and holidays ("Christmas Day", "Thanksgiving"). */
import { addDays, formatYmd, pad, weekday, type Ymd } from '../calendar';
import { weekdayDate, yearFor } from '../anchor';
import { monthOf, parseOrdinal, RX, WEEKDAYS } from '../lexicon';
import { B, capitalised, compile, E, type Rule, type RuleHit } from './rule';

const F = { ...RX, B, E };

const HOLIDAYS: Record<string, (y: number) => Ymd> = {
  christmas: (y) => ({ y, m: 12, d: 25 }),
  'christmas day': (y) => ({ y, m: 12, d: 25 }),
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  halloween: (y) => ({ y, m: 10, d: 31 }),
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  'independence day': (y) => ({ y, m: 7, d: 4 }),
  'the fourth of july': (y) => ({ y, m: 7, d: 4 }),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
};

function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  const first = { y, m, d: 1 };
  return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
}

const ZONES = '(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|ET|PT|CET|BST)';

export const clockHolidayRules: Rule[] = [
  {
    // "3 p.m.", "10:35 a.m. EST", "3 p.m. Tuesday", "noon Saturday", "midnight Friday", "at 7:15 p.m. yesterday".
    name: 'clock',
    starts: ['#d', 'around', 'about', 'at', 'shortly', 'just', 'noon', 'midnight', 'midday'],
    re: compile(
      `{B}(?:(?:around|about|at\\sabout|shortly\\s(?:after|before)|just\\s(?:after|before))\\s)?(?:(\\d{1,2})(?::(\\d\\d))?\\s?(a\\.m\\.?|p\\.m\\.?|am|pm)|(noon|midnight|midday))(?:\\s${ZONES})?(?:,?\\s(?:on\\s)?({weekday}|today|yesterday|tomorrow|({month}|{monthAbbr})\\s({day})))?(?![\\p{L}\\p{N}])`,
      F,
    ),
    build: (m, ctx): RuleHit | null => {
      let h: number;
      let min = m[2] ? Number(m[2]) : 0;
      if (m[4]) {
        h = m[4].toLowerCase() === 'midnight' ? 24 : 12;
        min = 0;
      } else {
        h = Number(m[1]);
        if (h < 1 || h > 12 || min > 59) return null;
        const pm = m[3]!.toLowerCase().startsWith('p');
        h = pm ? (h % 12) + 12 : h % 12;
      }
      const time = `T${pad(h)}:${pad(min)}`;
      const day = m[5]?.toLowerCase();
      let date: string;
      let unresolved = !ctx.dct;
      if (m[6] && m[7] && capitalised(m[6])) {
        const mo = monthOf(m[6])!;
        const d = parseOrdinal(m[7])!;
        date = ctx.dct ? `${yearFor(ctx.dct, mo, d, ctx.tense())}-${pad(mo)}-${pad(d)}` : `XXXX-${pad(mo)}-${pad(d)}`;
      } else if (day && WEEKDAYS[day]) {
        const r = weekdayDate(ctx.dct, WEEKDAYS[day], '', ctx.tense());
        date = r.value;
      } else if (ctx.dct) {
        const offset = day === 'yesterday' ? -1 : day === 'tomorrow' ? 1 : 0;
        date = formatYmd(addDays(ctx.dct, offset));
      } else {
        date = 'XXXX-XX-XX';
        unresolved = true;
      }
      if (date.startsWith('XXXX')) unresolved = true;
      return unresolved ? { type: 'TIME', value: date + time, unresolved } : { type: 'TIME', value: date + time };
    },
  },
  {
    name: 'holiday',
    starts: [
      'last',
      'next',
      'this',
      'christmas',
      'new',
      'halloween',
      'valentine',
      'independence',
      'the',
      'thanksgiving',
      'labor',
    ],
    re: compile(
      "{B}(?:(last|next|this)\\s)?(Christmas(?:\\s(?:Day|Eve))?|New\\sYear['’]s\\s(?:Day|Eve)|Halloween|Valentine['’]s\\sDay|Independence\\sDay|the\\sFourth\\sof\\sJuly|Thanksgiving(?:\\sDay)?|Labor\\sDay)(?:\\s({year}))?{E}",
      F,
      true,
    ),
    build: (m, ctx): RuleHit | null => {
      const name = m[2]!.replace(/\s+/g, ' ').replace('’', "'").toLowerCase();
      const f = HOLIDAYS[name];
      if (!f) return null;
      if (m[3]) return { type: 'DATE', value: formatYmd(f(Number(m[3]))) };
      if (!ctx.dct) {
        const probe = f(2001);
        return {
          type: 'DATE',
          value:
            name.startsWith('thanks') || name.startsWith('labor')
              ? 'XXXX-XX-XX'
              : `XXXX-${pad(probe.m)}-${pad(probe.d)}`,
          unresolved: true,
        };
      }
      const mod = m[1];
      const probe = f(ctx.dct.y);
      let y = yearFor(ctx.dct, probe.m, probe.d, mod === 'last' ? 'past' : mod === 'next' ? 'future' : ctx.tense());
      if (mod === 'last' && probe.m === ctx.dct.m && probe.d === ctx.dct.d) y -= 1;
      return { type: 'DATE', value: formatYmd(f(y)) };
    },
  },
];
