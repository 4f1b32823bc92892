import type { ExportFile } from './serialize';

/**
 * Saves a file through the browser's download flow: a Blob URL on a temporary link, clicked, then revoked.
 * Takes the document as a parameter so that it stays testable and out of pure modules.
 */
export function downloadFile(doc: Document, file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a tick later is enough.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
