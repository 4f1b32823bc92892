import type { ExportFormat } from '@/utils/export/types';

/** Props of {@link ExportMenu}. */
export interface ExportMenuProps {
  /** What will be exported, in words ("Vladimir Putin", "All articles"). */
  scopeLabel: string;
  onExport: (format: ExportFormat) => void;
  /** True while an export is being prepared. */
  busy: boolean;
}

const FORMATS: { format: ExportFormat; label: string; description: string }[] = [
  { format: 'json', label: 'JSON', description: 'Dateline JSON: full analysis, re-importable' },
  { format: 'csv', label: 'CSV', description: 'CSV: one row per event, for spreadsheets' },
  { format: 'timelinejs', label: 'TimelineJS', description: 'TimelineJS JSON (Knight Lab)' },
  { format: 'webannotation', label: 'Web Annotation', description: 'W3C Web Annotation JSON-LD: every mention' },
];

/**
 * Export buttons, one per format; the file downloads at once. While busy the buttons say so (`aria-disabled`) but stay
 * focusable: disabling them would drop the keyboard's focus to the page's start after every export.
 */
export function ExportMenu({ scopeLabel, onExport, busy }: ExportMenuProps) {
  return (
    <fieldset class="export-menu" aria-busy={busy}>
      <legend>Export: {scopeLabel}</legend>
      {FORMATS.map((f) => (
        <button
          key={f.format}
          type="button"
          class="button"
          title={f.description}
          aria-disabled={busy}
          onClick={() => {
            if (!busy) onExport(f.format);
          }}
        >
          {f.label}
        </button>
      ))}
    </fieldset>
  );
}
