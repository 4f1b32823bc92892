/**
 * Running out of storage must not look like a crash: writes that hit the quota throw StorageQuotaError, which the
 * UI can name ("Dateline's storage is full"), and the failed transaction leaves the stored data as it was.
 */
export class StorageQuotaError extends Error {
  override name = 'StorageQuotaError';
  constructor(options?: { cause?: unknown }) {
    super('Storage is full: Dateline could not save. Free some space or delete old articles.', options);
  }
}

/**
 * True for a quota failure in any of its forms: the DOMException 'QuotaExceededError', Dexie's
 * Dexie.QuotaExceededError, or Dexie's AbortError/BulkError wrapping one (`inner`, `failures`).
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError' || e.name === 'StorageQuotaError') return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1));
}

/** Runs a write and turns a quota failure into StorageQuotaError; other errors pass through. */
export async function translateQuotaError<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof StorageQuotaError) throw error;
    if (isQuotaError(error)) throw new StorageQuotaError({ cause: error });
    throw error;
  }
}
