import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { annotatePage, annotateText, InputError, type AnnotateResult } from './annotate';
import { orderedOutput, type RequestId } from './output';

/** A request that is not one of the two shapes the contract allows. */
class RequestError extends Error {}

function requestId(request: Record<string, unknown>): RequestId {
  const { id } = request;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

function optionalString(request: Record<string, unknown>, key: string): string | null {
  const value = request[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new RequestError(`"${key}" must be a string`);
  return value;
}

/** Runs one request: {"id","text","date"} or {"id","html","url"}. */
function runRequest(request: Record<string, unknown>): Promise<AnnotateResult> {
  const hasText = request.text !== undefined;
  const hasHtml = request.html !== undefined;
  if (hasText === hasHtml) throw new RequestError('a request needs exactly one of "text" or "html"');
  if (hasText) {
    if (typeof request.text !== 'string') throw new RequestError('"text" must be a string');
    return annotateText(request.text, optionalString(request, 'date'));
  }
  if (typeof request.html !== 'string') throw new RequestError('"html" must be a string');
  return annotatePage(request.html, optionalString(request, 'url'));
}

/** The output line for one input line: the result, or {"id","error"} when the request cannot be annotated. */
async function answer(line: string, lineNumber: number): Promise<Record<string, unknown>> {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch (err) {
    return { id: null, error: `line ${lineNumber}: not valid JSON (${(err as Error).message})` };
  }
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return { id: null, error: `line ${lineNumber}: a request must be a JSON object` };
  }
  const id = requestId(request as Record<string, unknown>);
  try {
    return orderedOutput(await runRequest(request as Record<string, unknown>), id);
  } catch (err) {
    if (err instanceof RequestError || err instanceof InputError) return { id, error: err.message };
    // A bug in extraction or analysis must not end the run: report it for this request only.
    return { id, error: `internal error: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function writeLine(output: Writable, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    output.write(`${JSON.stringify(value)}\n`, (err) => (err ? reject(err) : resolve()));
  });
}

/**
 * Answers JSON-lines requests from `input` on `output`, one line each, in order, writing each line as soon as it is
 * ready so a caller can keep one process and send documents one at a time. Blank lines are skipped.
 * Returns the number of requests that got an error.
 */
export async function runJsonl(input: Readable, output: Writable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let errors = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const result = await answer(line, lineNumber);
    if ('error' in result) errors++;
    await writeLine(output, result);
  }
  return errors;
}
