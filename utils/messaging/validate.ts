/**
 * A tiny runtime validator for messages: each validator checks an `unknown` and returns it typed, or throws a
 * ValidationError naming the offending path. Hand-written because the messages are few and flat, and a schema
 * library would be the biggest thing in the content script.
 */

/** Checks `value` (at `path`, for error messages) and returns it typed, or throws ValidationError. */
export type Validator<T> = (value: unknown, path: string) => T;

/** The type a validator returns. */
export type Infer<V> = V extends Validator<infer T> ? T : never;

/** A message (or part of one) that does not have the expected shape. */
export class ValidationError extends Error {
  override name = 'ValidationError';
}

function fail(path: string, expected: string, value: unknown): never {
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  throw new ValidationError(`${path}: expected ${expected}, got ${actual}`);
}

/** A string of at most `maxLength` UTF-16 code units. */
export function string(maxLength: number): Validator<string> {
  return (value, path) => {
    if (typeof value !== 'string') fail(path, 'a string', value);
    if (value.length > maxLength) throw new ValidationError(`${path}: longer than ${maxLength} characters`);
    return value;
  };
}

/** A string that is an absolute http(s) URL of at most `maxLength` characters. */
export function httpUrl(maxLength: number): Validator<string> {
  const base = string(maxLength);
  return (value, path) => {
    const s = base(value, path);
    let protocol: string;
    try {
      protocol = new URL(s).protocol;
    } catch {
      throw new ValidationError(`${path}: not a URL`);
    }
    if (protocol !== 'http:' && protocol !== 'https:') throw new ValidationError(`${path}: not an http(s) URL`);
    return s;
  };
}

/** An integer in [min, max]. */
export function integer(min: number, max: number): Validator<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) fail(path, 'an integer', value);
    if (value < min || value > max) throw new ValidationError(`${path}: outside ${min}..${max}`);
    return value;
  };
}

/** A boolean. */
export const boolean: Validator<boolean> = (value, path) => {
  if (typeof value !== 'boolean') fail(path, 'a boolean', value);
  return value;
};

/** One of the given string literals. */
export function oneOf<const T extends string>(...allowed: T[]): Validator<T> {
  return (value, path) => {
    if (typeof value !== 'string' || !(allowed as string[]).includes(value)) fail(path, allowed.join(' | '), value);
    return value as T;
  };
}

/** `null` or what `inner` accepts. */
export function nullable<T>(inner: Validator<T>): Validator<T | null> {
  return (value, path) => (value === null ? null : inner(value, path));
}

/** An array of at most `maxLength` items, each checked by `item`. */
export function array<T>(item: Validator<T>, maxLength: number): Validator<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, 'an array', value);
    if (value.length > maxLength) throw new ValidationError(`${path}: more than ${maxLength} items`);
    return value.map((v, i) => item(v, `${path}[${i}]`));
  };
}

/**
 * A plain object with exactly the given keys (unknown keys are rejected, so nothing unexpected is stored).
 * Returns a fresh object holding only the validated values.
 */
export function object<S extends Record<string, Validator<unknown>>>(
  shape: S,
): Validator<{ [K in keyof S]: Infer<S[K]> }> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object', value);
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!Object.hasOwn(shape, key)) throw new ValidationError(`${path}.${key}: unexpected field`);
    }
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) out[key] = check(record[key], `${path}.${key}`);
    return out as { [K in keyof S]: Infer<S[K]> };
  };
}
