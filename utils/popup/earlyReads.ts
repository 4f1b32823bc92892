import type { EarlyHistory } from './earlyHistory';
import type { PageContext } from './pageContext';

/**
 * What the popup's early script (entrypoints/popup-early.ts) starts while the popup's code is still loading: the
 * newest articles, and which page the popup is about (the tab lookup, which the History or This page view waits for).
 */
export interface EarlyReads {
  history: Promise<EarlyHistory | null>;
  page: Promise<PageContext>;
}

/** Where the early script leaves its reads for the popup's code (both run in the popup's window). */
const GLOBAL_KEY = '__datelineEarly';

/** Leaves the early reads where the popup's code finds them (the early script's side). */
export function publishEarlyReads(scope: object, reads: EarlyReads): void {
  (scope as Record<string, unknown>)[GLOBAL_KEY] = reads;
}

/**
 * Takes the early reads once (the popup's side). Each is missing when the early script did not run (a test, a page
 * left open across an update) or the reads were already taken; the popup then does that work itself.
 */
export function takeEarlyReads(scope: object): Partial<EarlyReads> {
  const holder = scope as Record<string, unknown>;
  const reads = holder[GLOBAL_KEY] as Partial<Record<keyof EarlyReads, unknown>> | undefined;
  delete holder[GLOBAL_KEY];
  const promise = <T>(value: unknown) => (value instanceof Promise ? (value as Promise<T>) : undefined);
  return {
    history: promise<EarlyHistory | null>(reads?.history),
    page: promise<PageContext>(reads?.page),
  };
}
