import type { HistoryEntry } from '../db/articles';
import { DB_NAME, SCHEMA_VERSION, idbVersion } from '../db/names';

/**
 * The newest articles of the history, read before the popup's own code has loaded. Not how many there are in all:
 * IndexedDB counts a store by walking it (12–25 ms at 10,000 articles here, against 1–3 ms for the rows), so the
 * count comes with the live query a moment later.
 */
export interface EarlyHistory {
  articles: HistoryEntry[];
}

/**
 * Reads the newest `limit` articles (newest read first, ties newest id first: the history's order) straight from
 * IndexedDB, without Dexie. The popup's early script runs it while the popup's code is still
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
    readNewestRows(store.index('lastVisited'), limit, articles);
    tx.oncomplete = () => resolve({ articles });
    tx.onabort = () => reject(tx.error ?? new Error('The early history read was aborted'));
  });
}

/** `IDBIndex.getAllRecords` (Chromium 141+; not yet in TypeScript's DOM types nor in every browser). */
interface RecordsIndex {
  getAllRecords(options: { count?: number; direction?: IDBCursorDirection }): IDBRequest<{ value: unknown }[]>;
}

/**
 * Pushes the newest `limit` rows of `index` onto `into`, newest first; ties (equal keys) come newest primary key first,
 * as a reversed cursor walks them. One request where the browser can read records backwards at once; else a cursor,
 * one step per row.
 */
function readNewestRows(index: IDBIndex, limit: number, into: HistoryEntry[]): void {
  if (limit <= 0) return;
  if (typeof (index as Partial<RecordsIndex>).getAllRecords === 'function') {
    const all = (index as unknown as RecordsIndex).getAllRecords({ count: limit, direction: 'prev' });
    all.onsuccess = () => into.push(...all.result.map((record) => record.value as HistoryEntry));
    return;
  }
  const cursor = index.openCursor(null, 'prev');
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at) return;
    into.push(at.value as HistoryEntry);
    if (into.length < limit) at.continue();
  };
}
