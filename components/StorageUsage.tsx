/** What the browser says about the extension's storage. */
export interface StorageInfo {
  usage: number | null;
  quota: number | null;
  /** True when the browser promised not to evict the data; null when unknown. */
  persisted: boolean | null;
}

/** Props of {@link StorageUsage}. */
export interface StorageUsageProps {
  info: StorageInfo | null;
  onPersist: () => void;
  /** The answer to the last request, if any. */
  message?: string | null;
}

/** "1.2 MB": bytes in the largest unit that keeps a number of at least 1. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** Storage used and available, and the button that asks the browser to keep Dateline's data (persistent storage). */
export function StorageUsage({ info, onPersist, message }: StorageUsageProps) {
  return (
    <div class="storage">
      <p>
        {info === null
          ? 'Measuring…'
          : info.usage === null
            ? 'The browser does not say how much storage is used.'
            : `${formatBytes(info.usage)} used${info.quota ? ` of ${formatBytes(info.quota)} available` : ''}.`}
      </p>
      <p>
        {info?.persisted
          ? 'Storage is persistent: the browser will not delete it to free space.'
          : 'Storage is not persistent: under storage pressure the browser may delete it.'}
      </p>
      {!info?.persisted && (
        <button type="button" class="button" onClick={onPersist}>
          Ask for persistent storage
        </button>
      )}
      {message && (
        <p class="muted" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
