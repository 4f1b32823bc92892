import type { AnnotateResult } from './annotate';

/** A request's id as the caller sent it (a string by contract; numbers are echoed too). */
export type RequestId = string | number | null;

/** The output object in the contract's field order: id (jsonl only), article, text, analysis, then notAnalysed. */
export function orderedOutput(result: AnnotateResult, id?: RequestId): Record<string, unknown> {
  return {
    ...(id !== undefined ? { id } : {}),
    article: result.article,
    text: result.text,
    people: result.people,
    countries: result.countries,
    timexes: result.timexes,
    events: result.events,
    ...(result.notAnalysed ? { notAnalysed: result.notAnalysed } : {}),
  };
}
