import { readFile } from 'node:fs/promises';
import { binaryKind, decodeHtmlBytes } from '../lib/html-input';
import { InputError } from './annotate';

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'is a directory'
            : (err as Error).message;
    throw new InputError(`cannot read ${file}: ${reason}`);
  }
}

/** A saved page's HTML, decoded by its declared charset. Throws InputError for unreadable or binary files. */
export async function readPageFile(file: string): Promise<string> {
  const bytes = await readBytes(file);
  const kind = binaryKind(bytes);
  if (kind !== null) throw new InputError(`${file} is not an HTML page (it looks like ${kind})`);
  return decodeHtmlBytes(bytes);
}

/** A plain-text article (UTF-8, BOM dropped). Throws InputError for unreadable or binary files. */
export async function readTextFile(file: string): Promise<string> {
  const bytes = await readBytes(file);
  const kind = binaryKind(bytes);
  if (kind !== null) throw new InputError(`${file} is not a text file (it looks like ${kind})`);
  return new TextDecoder('utf-8').decode(bytes);
}
