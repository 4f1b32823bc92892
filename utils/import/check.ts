/**
 * Small building blocks for the import validator: each reads one value at a JSON path and either returns it typed
 * or throws an ImportError naming the path, what was expected and what was found.
 */

/** A file that cannot be imported; the message is written for the user. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** A plain JSON object. */
export type Json = Record<string, unknown>;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? 'a long text' : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const NOTHING = Symbol('nothing');

/** Throws an ImportError "at PATH: expected …, found …". */
export function fail(path: string, expected: string, found: unknown = NOTHING): never {
  const where = path ? ` at ${path}` : '';
  const seen = found === NOTHING ? '' : `, found ${describe(found)}`;
  throw new ImportError(`Not a valid Dateline export${where}: expected ${expected}${seen}.`);
}

export function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object', value);
  return value as Json;
}

export function list(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) fail(path, 'a list', value);
  if (value.length > max) fail(path, `at most ${max} entries`, `${value.length}`);
  return value;
}

export function text(value: unknown, path: string, max: number): string {
  if (typeof value !== 'string') fail(path, 'a text', value);
  if (value.length > max) fail(path, `a text of at most ${max} characters`, `${value.length} characters`);
  return value;
}

export function textOrNull(value: unknown, path: string, max: number): string | null {
  return value === null || value === undefined ? null : text(value, path, max);
}

export function integer(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(path, `a whole number from ${min} to ${max}`, value);
  }
  return value;
}

export function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'true or false', value);
  return value;
}

/** An ISO calendar day (YYYY-MM-DD) or null. */
export function isoDayOrNull(value: unknown, path: string): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || !/^-?\d{4,6}-\d{2}-\d{2}$/.test(value))
    fail(path, 'a date YYYY-MM-DD or null', value);
  return value;
}

/** An http(s) URL, as a canonical article URL must be. */
export function httpUrl(value: unknown, path: string, max: number): string {
  const url = text(value, path, max);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail(path, 'a web address', value);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') fail(path, 'an http or https address', value);
  return url;
}

/** Texts, each checked by `each`, with duplicates removed. */
export function texts(value: unknown, path: string, max: number, each: (v: unknown, p: string) => string): string[] {
  return [...new Set(list(value, path, max).map((v, i) => each(v, `${path}[${i}]`)))];
}
