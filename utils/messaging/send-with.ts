import type { BackgroundMessageType, Envelope, RequestOf, ResponseOf } from './protocol';
import { err, errorMessage, isResult, type Result } from './result';

/** The part of `runtime` that sends to the background. */
export interface MessageSending {
  sendMessage(message: unknown): Promise<unknown>;
}

/**
 * `sendToBackground` through a given `runtime` (the first stage looks it up only once a page is an article: reading
 * the extension API instantiates the browser's bindings, which costs more than the whole reader check).
 */
export async function sendWith<T extends BackgroundMessageType>(
  runtime: MessageSending,
  type: T,
  payload: RequestOf<T>,
): Promise<Result<ResponseOf<T>>> {
  const envelope: Envelope<T> = { type, payload };
  try {
    const reply: unknown = await runtime.sendMessage(envelope);
    return isResult(reply) ? (reply as Result<ResponseOf<T>>) : err('The background did not reply');
  } catch (error) {
    return err(`Could not reach the background: ${errorMessage(error)}`);
  }
}
