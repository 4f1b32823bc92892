/**
 * Normalises the date strings pages publish (ISO 8601 and its common variants, RFC 2822, "November 8, 2023") to
 * ISO 8601, keeping the original UTC offset where one is given and adding none where it is not. Hand-written rather
 * than `Date.parse` because engines disagree on non-ISO strings and `Date` would move every time to UTC or local time.
 */

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 1-12 for an English month name or its abbreviation ("Nov", "Sept", "November"), else undefined. */
function monthNumber(word: string | undefined): number | undefined {
  const w = (word ?? '').toLowerCase();
  if (w.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(w));
  return index < 0 ? undefined : index + 1;
}

/** North American zone abbreviations RFC 2822 allows, as offsets. */
const ZONES: Record<string, string> = {
  Z: 'Z',
  UT: 'Z',
  UTC: 'Z',
  GMT: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
};

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const RFC2822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([a-z]{1,3}|[+-]\d{4})?$/i;
const MONTH_FIRST = /^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Years before this are CMS placeholders ("0001-01-01"), not publication dates. */
const MIN_YEAR = 1900;

function validDate(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || m < 1 || m > 12 || d < 1) return false;
  // 1970-01-01 is a Unix timestamp of 0: a missing date printed by a CMS, not one published on that day.
  if (y === 1970 && m === 1 && d === 1) return false;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth;
}

function formatOffset(raw: string | undefined): string | null | undefined {
  if (raw === undefined) return '';
  const zone = ZONES[raw.toUpperCase()];
  if (zone) return zone;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  return `${m[1]}${pad(hours)}:${pad(minutes)}`;
}

function build(
  y: number,
  mo: number,
  d: number,
  time: { h?: string; mi?: string; s?: string; frac?: string; zone?: string },
): string | null {
  if (!validDate(y, mo, d)) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (time.h === undefined || time.mi === undefined) return date;
  const h = Number(time.h);
  const mi = Number(time.mi);
  const s = Number(time.s ?? '0');
  if (h > 23 || mi > 59 || s > 60) return null;
  const offset = formatOffset(time.zone);
  if (offset === null || offset === undefined) return null;
  // Milliseconds are the finest precision `Date` parses in every engine.
  const frac = time.frac ? `.${time.frac.slice(0, 3).padEnd(3, '0')}` : '';
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s)}${frac}${offset}`;
}

/**
 * The ISO 8601 form of a published date or date-time string ("2023-11-08", "2023-11-08T09:30:00+09:00",
 * "2017-11-03T03:01:00.000"), or null when the string is not a date this understands or names an impossible day.
 */
export function normaliseDate(raw: string): string | null {
  const value = raw.trim();
  if (value.length === 0 || value.length > 64) return null;

  let m = ISO.exec(value);
  if (m) {
    return build(Number(m[1]), Number(m[2]), Number(m[3]), {
      h: m[4],
      mi: m[5],
      s: m[6],
      frac: m[7],
      zone: m[8],
    });
  }
  m = SLASHED.exec(value);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), {});

  m = RFC2822.exec(value);
  if (m) {
    const month = monthNumber(m[2]);
    if (month === undefined) return null;
    return build(Number(m[3]), month, Number(m[1]), { h: m[4], mi: m[5], s: m[6], zone: m[7] });
  }
  m = MONTH_FIRST.exec(value);
  if (m) {
    const month = monthNumber(m[1]);
    if (month === undefined) return null;
    return build(Number(m[3]), month, Number(m[2]), {});
  }
  return null;
}
