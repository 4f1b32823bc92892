import type { HistoryEntry } from '../db/articles';
import { DB_NAME, SCHEMA_VERSION, idbVersion } from '../db/names';

/** The newest articles of the history and how many there are in all, read before the popup's own code has loaded. */
export interface EarlyHistory {
  articles: HistoryEntry[];
  total: number;
}

/** Where the popup's early script leaves its read for the popup's code (both run in the popup's window). */
const GLOBAL_KEY = '__datelineEarlyHistory';

/**
 * Reads the newest `limit` articles (newest read first, ties newest id first: the history's order) and the article
 * count straight from IndexedDB, without Dexie. The popup's early script runs it while the popup's code is still
 * loading, so that the first frame the popup draws already holds the reader's history.
 *
 * Resolves null, and changes nothing, where the read cannot be trusted to match what Dexie would read: no database
 * yet (a first run: the open is aborted, so Dexie creates it at the current schema), a database at another version
 * (Dexie upgrades it; the connection closes at once so the upgrade is never held up), or any error.
 */
export function readEarlyHistory(factory: IDBFactory, limit: number): Promise<EarlyHistory | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      if (db.version !== idbVersion(SCHEMA_VERSION) || !db.objectStoreNames.contains('articles')) {
        db.close();
        resolve(null);
        return;
      }
      readNewest(db, limit)
        .then(resolve, () => resolve(null))
        .finally(() => db.close());
    };
  });
}

function readNewest(db: IDBDatabase, limit: number): Promise<EarlyHistory> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('articles', 'readonly');
    const store = tx.objectStore('articles');
    const articles: HistoryEntry[] = [];
    let total = 0;
    const count = store.count();
    count.onsuccess = () => (total = count.result);
    // A reversed index cursor walks equal keys in reverse primary-key order: ties come newest id first.
    const cursor = store.index('lastVisited').openCursor(null, 'prev');
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at || articles.length >= limit) return;
      articles.push(at.value as HistoryEntry);
      at.continue();
    };
    tx.oncomplete = () => resolve({ articles, total });
    tx.onabort = () => reject(tx.error ?? new Error('The early history read was aborted'));
  });
}

/** Leaves the early read where the popup's code finds it (the early script's side). */
export function publishEarlyHistory(scope: object, read: Promise<EarlyHistory | null>): void {
  (scope as Record<string, unknown>)[GLOBAL_KEY] = read;
}

/**
 * Takes the early read once (the popup's side): null when the early script did not run (a test, an old cached page)
 * or the read was already taken.
 */
export function takeEarlyHistory(scope: object): Promise<EarlyHistory | null> | null {
  const holder = scope as Record<string, unknown>;
  const read = holder[GLOBAL_KEY];
  delete holder[GLOBAL_KEY];
  return read instanceof Promise ? (read as Promise<EarlyHistory | null>) : null;
}
