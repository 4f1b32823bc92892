/**
 * Every reply crosses the extension's message channel as plain JSON, so success and failure are data,
 * never thrown exceptions (which do not survive structured cloning across browsers).
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** A successful reply. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed reply with a message meant for logs and, where it helps, the user. */
export function err<T = never>(error: string): Result<T> {
  return { ok: false, error };
}

/** True for anything shaped like a Result (replies from another context are untrusted `unknown`). */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.ok === true ? 'value' in v : v.ok === false && typeof v.error === 'string';
}

/** The message of any thrown value, for an `err` reply. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'Unknown error';
}
