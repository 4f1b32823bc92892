import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatelineDB } from '@/utils/db/schema';
import { DEFAULT_SETTINGS, getSettings, isSiteDisabled, setSetting } from '@/utils/db/settings';
import { freshDb } from './helpers';

let db: DatelineDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('settings', () => {
  it('gives the defaults to a new user', async () => {
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('stores and reads back each setting', async () => {
    await setSetting(db, 'paused', true);
    await setSetting(db, 'disabledSites', ['example.org']);
    await setSetting(db, 'retentionDays', 30);

    expect(await getSettings(db)).toEqual({
      ...DEFAULT_SETTINGS,
      paused: true,
      disabledSites: ['example.org'],
      retentionDays: 30,
    });
  });

  it.each([
    ['paused', 'yes'],
    ['disabledSites', 'example.org'],
    ['retentionDays', -1],
  ])('falls back to the default for a malformed stored %s', async (key, value) => {
    await db.settings.put({ key, value });

    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses to store a value of the wrong type', async () => {
    await expect(setSetting(db, 'retentionDays', 1.5)).rejects.toThrow('Invalid value for setting retentionDays');
  });
});

describe('isSiteDisabled', () => {
  it.each([
    ['https://example.org/a', ['example.org'], true],
    ['https://news.example.org/a', ['example.org'], true],
    ['https://EXAMPLE.org/a', ['Example.ORG'], true],
    ['https://notexample.org/a', ['example.org'], false],
    ['https://example.org.evil.test/a', ['example.org'], false],
    ['https://example.org/a', [], false],
    ['https://example.org/a', [''], false],
    ['not a url', ['example.org'], false],
  ])('%s with %j → %s', (url, sites, expected) => {
    expect(isSiteDisabled(url, sites)).toBe(expected);
  });
});
