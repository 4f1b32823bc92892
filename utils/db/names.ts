/** Name of the IndexedDB database in the extension's origin. */
export const DB_NAME = 'dateline';

/** The newest schema version (the highest `version(n)` in DatelineDB, utils/db/schema.ts). */
export const SCHEMA_VERSION = 5;

/**
 * The version IndexedDB itself reports for a Dexie schema version: Dexie multiplies by ten (so that it could once
 * take fractional versions).
 */
export function idbVersion(schemaVersion: number): number {
  return Math.round(schemaVersion * 10);
}
