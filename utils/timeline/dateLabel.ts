/**
 * Human labels for TIMEX3 date values ("2023-05" → "May 2023") and the sort key that puts them in
 * calendar order. Pure: the labels are English, like the analysis.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', AU: 'Autumn', WI: 'Winter' };

/** Labels for the reference values that carry no calendar position. */
const REFERENCES: Record<string, string> = { PAST_REF: 'Recently', PRESENT_REF: 'Now', FUTURE_REF: 'Expected' };

function monthName(month: number, short: boolean): string | null {
  const name = MONTHS[month - 1];
  if (!name) return null;
  return short ? name.slice(0, 3) : name;
}

/**
 * The date a TIMEX3 value stands for, as a reader would say it: "8 Nov 2023", "May 2023", "Week 45, 2023",
 * "Weekend of week 45, 2023", "Q3 2023", "Summer 2023", "the 1990s", "Recently", "Expected". Values it does not
 * know are returned as given.
 */
export function formatDateValue(value: string): string {
  const reference = REFERENCES[value];
  if (reference) return reference;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (m) {
    const month = monthName(Number(m[2]), true);
    if (month) {
      const day = `${Number(m[3])} ${month} ${m[1]}`;
      return m[4] ? `${day}, ${m[4]}:${m[5]}` : day;
    }
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const month = monthName(Number(m[2]), false);
    if (month) return `${month} ${m[1]}`;
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) return `${m[3] ? 'Weekend of week' : 'Week'} ${Number(m[2])}, ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return `H${m[2]} ${m[1]}`;
  m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value);
  if (m) return `${SEASONS[m[2]!]} ${m[1]}`;
  if (/^\d{4}$/.test(value)) return value;
  // Decades and centuries: the tagger writes TIMEX3's "199" / "19"; imports may carry "199X" / "19XX".
  m = /^(\d{3})X?$/.exec(value);
  if (m) return `the ${m[1]}0s`;
  m = /^(\d{2})(?:XX)?$/.exec(value);
  if (m) return `the ${m[1]}00s`;
  return value;
}

/** True for values that name no calendar range of their own (PAST_REF, FUTURE_REF, PRESENT_REF). */
export function isReferenceValue(value: string): boolean {
  return value in REFERENCES;
}

/** What a dated thing needs for ordering and labelling. */
export interface DatedLike {
  value: string;
  start: string | null;
  end: string | null;
}

/** True when the date can be placed on a calendar (it has a start and is not a vague reference). */
export function isPlaceable(date: DatedLike): boolean {
  return date.start !== null && !isReferenceValue(date.value);
}

/**
 * Orders dated things by start, then by the wider range first (so "2023" precedes "May 2023" and "8 May 2023"),
 * then by value so that equal ranges group together.
 */
export function compareDates(a: DatedLike, b: DatedLike): number {
  const sa = a.start ?? '';
  const sb = b.start ?? '';
  if (sa !== sb) return sa < sb ? -1 : 1;
  const ea = a.end ?? '';
  const eb = b.end ?? '';
  if (ea !== eb) return ea > eb ? -1 : 1;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}
