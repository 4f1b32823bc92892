import { ImportError } from './check';
import { IMPORT_LIMITS } from './limits';
import { validateExport, type ValidatedImport } from './validate';

/**
 * Reads a file's bytes as a Dateline JSON export: size, UTF-8, JSON, then every field. Throws an ImportError
 * with a message for the user on the first problem; never returns anything partly checked.
 */
export function parseImport(bytes: Uint8Array | ArrayBuffer, now: number = Date.now()): ValidatedImport {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (data.byteLength === 0) throw new ImportError('The file is empty.');
  if (data.byteLength > IMPORT_LIMITS.fileBytes) {
    const mb = Math.round(IMPORT_LIMITS.fileBytes / 1024 / 1024);
    throw new ImportError(`The file is larger than ${mb} MB, more than a Dateline export should be.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new ImportError('The file is not text (it is not valid UTF-8), so it is not a Dateline export.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(`The file is not valid JSON (${(error as Error).message}), so it is not a Dateline export.`);
  }
  return validateExport(value, now);
}
