/**
 * Word tables of the time-expression grammar: month, weekday, season, unit and number words, and the
 * regular-expression fragments built from them (so the tables and the patterns cannot drift apart).
 */

/** Month names and their news abbreviations → 1–12. */
export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Weekday names → ISO weekday (1 = Monday). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** Season words → TIMEX3 season codes. */
export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** Parts of the day → TIMEX3 codes. */
export const DAY_PARTS: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
  midday: 'MI',
};

/** Calendar units → TIMEX3 duration letter and whether it is a time (PT…) unit. */
export const UNITS: Record<string, { code: string; time: boolean; factor: number }> = {
  second: { code: 'S', time: true, factor: 1 },
  minute: { code: 'M', time: true, factor: 1 },
  hour: { code: 'H', time: true, factor: 1 },
  day: { code: 'D', time: false, factor: 1 },
  night: { code: 'D', time: false, factor: 1 },
  week: { code: 'W', time: false, factor: 1 },
  weekend: { code: 'WE', time: false, factor: 1 },
  month: { code: 'M', time: false, factor: 1 },
  quarter: { code: 'Q', time: false, factor: 1 },
  year: { code: 'Y', time: false, factor: 1 },
  decade: { code: 'Y', time: false, factor: 10 },
  century: { code: 'Y', time: false, factor: 100 },
};

const SMALL: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
  'a dozen': 12,
  'a couple of': 2,
  'a couple': 2,
  couple: 2,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  'twenty first': 21,
};

/** Vague quantities: the duration gets "X" ("a few days" → PXD). */
const VAGUE = 'a few|few|several|some|many|a number of|a couple of|couple of|dozens of|hundreds of|a dozen';

const alt = (words: string[]): string => words.sort((a, b) => b.length - a.length).join('|');
const SMALL_WORDS = alt(Object.keys(SMALL).filter((w) => w !== 'a' && w !== 'an'));
const TENS_WORDS = alt(Object.keys(TENS));
const UNIT_WORDS =
  'seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|centur(?:y|ies)';

/** Regex fragments (no capture groups). */
export const RX = {
  month: '(?:January|February|March|April|May|June|July|August|September|October|November|December)',
  monthAbbr: '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?',
  weekday: '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)',
  year: '(?:1[0-9]\\d\\d|20\\d\\d)',
  day: '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?',
  numWord: `(?:(?:${TENS_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL_WORDS})`,
  number: `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+|\\s1/2|½)?|(?:(?:${TENS_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL_WORDS}|${VAGUE}))`,
  unit: `(?:${UNIT_WORDS})`,
  ordinal: `(?:${alt(Object.keys(ORDINALS))}|\\d{1,2}(?:st|nd|rd|th))`,
  season: '(?:spring|summer|fall|autumn|winter)',
  dayPart: '(?:morning|afternoon|evening|night)',
};

/** The number a quantity phrase denotes, or null for vague ones ("several"). */
export function parseNumber(s: string): number | null {
  const w = s.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  const half = /^(\d+)(?: 1\/2|½)$/.exec(w);
  if (half) return Number(half[1]) + 0.5;
  if (w in SMALL) return SMALL[w] ?? null;
  const m = /^([a-z]+)(?:[- ]([a-z]+))?$/.exec(w);
  if (m && m[1] && m[1] in TENS) return (TENS[m[1]] ?? 0) + (m[2] ? (SMALL[m[2]] ?? 0) : 0);
  return null;
}

/** The number an ordinal denotes ("third", "3rd"), or null. */
export function parseOrdinal(s: string): number | null {
  const w = s.toLowerCase();
  const digits = /^(\d+)/.exec(w);
  if (digits) return Number(digits[1]);
  return ORDINALS[w] ?? null;
}

/** Normalises a unit word ("Centuries" → "century"). */
export function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** Month number of a month word or abbreviation ("Sept." → 9), or null. */
export function monthOf(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

const firstWords = (phrases: string[]): string[] => [...new Set(phrases.map((p) => p.split(/[\s-]/)[0]!))];

/**
 * The words a phrase of each class can start with (lower-case; "#d" stands for any token starting with a
 * digit). Rules declare their possible first words from these, and the tagger only tries a rule where
 * such a word starts.
 */
export const STARTS = {
  number: ['#d', 'a', 'an', ...firstWords(Object.keys(SMALL)), ...Object.keys(TENS), ...firstWords(VAGUE.split('|'))],
  month: Object.keys(MONTHS),
  weekday: Object.keys(WEEKDAYS),
  unit: [...Object.keys(UNITS).flatMap((u) => [u, `${u}s`]), 'centuries'],
  ordinal: ['#d', ...firstWords(Object.keys(ORDINALS))],
  season: Object.keys(SEASONS),
  dayWord: ['today', 'tonight', 'yesterday', 'tomorrow'],
};
