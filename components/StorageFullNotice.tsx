/** Props of {@link StorageFullNotice}. */
export interface StorageFullNoticeProps {
  /** Opens the options page, where old articles can be deleted and storage use is shown. */
  onOpenOptions: () => void;
}

/** Says in words that storage is full: new articles are not saved, and what the reader can do about it. */
export function StorageFullNotice({ onOpenOptions }: StorageFullNoticeProps) {
  return (
    <p class="storage-full" role="alert">
      Dateline’s storage is full: new articles are not being saved. Everything already saved is safe. Free some disk
      space, or delete old articles in{' '}
      <button type="button" class="storage-full__link" onClick={onOpenOptions}>
        Options
      </button>
      .
    </p>
  );
}
