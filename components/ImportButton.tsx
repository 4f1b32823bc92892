/** Props of {@link ImportButton}. */
export interface ImportButtonProps {
  /** Called with the chosen file; the container reads, validates and imports it. */
  onFile: (file: File) => void;
  busy: boolean;
}

/** A button that opens the file chooser for a Dateline JSON export. */
export function ImportButton({ onFile, busy }: ImportButtonProps) {
  return (
    <label class={`button import-button${busy ? ' import-button--busy' : ''}`}>
      <input
        type="file"
        accept=".json,application/json"
        class="visually-hidden"
        // Not `disabled` while busy: that would drop the keyboard's focus to the page's start after every import.
        aria-disabled={busy}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          // Clearing lets the same file be chosen again (after fixing it, or to see that it duplicates nothing).
          input.value = '';
          if (file && !busy) onFile(file);
        }}
      />
      {busy ? 'Importing…' : 'Import JSON…'}
    </label>
  );
}
