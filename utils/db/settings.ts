import type { DatelineDB } from './schema';

/** The user's settings, stored one row per key in the `settings` table. */
export interface Settings {
  /** Dateline does nothing on any page while paused. */
  paused: boolean;
  /** Hostnames where Dateline does nothing (a hostname also covers its subdomains). */
  disabledSites: string[];
  /** Show marks in the page as soon as an article is analysed. */
  autoAnnotate: boolean;
  /** Delete articles not visited for this many days; null keeps everything. */
  retentionDays: number | null;
}

/** What a new user gets. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  disabledSites: [],
  autoAnnotate: true,
  retentionDays: null,
});

type Check = (value: unknown) => boolean;
const checks: { [K in keyof Settings]: Check } = {
  paused: (v) => typeof v === 'boolean',
  disabledSites: (v) => Array.isArray(v) && v.every((s) => typeof s === 'string'),
  autoAnnotate: (v) => typeof v === 'boolean',
  retentionDays: (v) => v === null || (typeof v === 'number' && Number.isInteger(v) && v > 0),
};

/** All settings; a missing or malformed row falls back to its default. */
export async function getSettings(db: DatelineDB): Promise<Settings> {
  const rows = await db.settings.toArray();
  const settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: [...DEFAULT_SETTINGS.disabledSites] };
  for (const { key, value } of rows) {
    if (Object.hasOwn(checks, key) && checks[key as keyof Settings](value)) {
      (settings as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return settings;
}

/** Stores one setting after checking its type. */
export async function setSetting<K extends keyof Settings>(db: DatelineDB, key: K, value: Settings[K]): Promise<void> {
  if (!checks[key](value)) throw new TypeError(`Invalid value for setting ${key}`);
  await db.settings.put({ key, value });
}

/** The host a site setting is stored under ("www." dropped, so it covers the site's subdomains). Throws on a bad URL. */
export function siteOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

/** The site of the page the popup is about, or null when there is none (no web page, or an address that is not one). */
export function siteOfPage(url: string | null): string | null {
  if (!url) return null;
  try {
    return siteOf(url) || null;
  } catch {
    return null;
  }
}

/** True when `url`'s host is one of `disabledSites` or a subdomain of one. */
export function isSiteDisabled(url: string, disabledSites: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return disabledSites.some((site) => {
    const s = site.toLowerCase().replace(/^\.+/, '');
    return s !== '' && (host === s || host.endsWith(`.${s}`));
  });
}
