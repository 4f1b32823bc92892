import type { Browser } from 'wxt/browser';
import { parseEnvelope, type MessageType, type RequestOf, type ResponseOf } from './protocol';
import { err, errorMessage, ok, type Result } from './result';
import { senderProblem, type Self } from './sender';

/** One async handler per accepted message; a throw becomes an `{ ok: false }` reply. */
export type Handlers<T extends MessageType> = {
  [K in T]: (payload: RequestOf<K>, sender: Browser.runtime.MessageSender) => Promise<ResponseOf<K>>;
};

/** The signature `browser.runtime.onMessage.addListener` takes. */
export type RuntimeMessageListener = (
  message: unknown,
  sender: Browser.runtime.MessageSender,
  sendResponse: (response: Result<unknown>) => void,
) => true | undefined;

function typeOf(message: unknown): unknown {
  return typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
}

/**
 * A `runtime.onMessage` listener that validates each message (shape, sizes, sender) and dispatches it to
 * `handlers`, replying with a Result. Messages whose type is not in `accepted` are left to other listeners.
 * It answers through `sendResponse` and returns `true` (not a Promise), the one form both Chrome and Firefox keep
 * the channel open for. `self` gives our identity (`selfFromBrowser`, or the first stage's lazy lookup).
 */
export function createMessageListener<T extends MessageType>(
  accepted: readonly T[],
  handlers: Handlers<T>,
  self: () => Self,
): RuntimeMessageListener {
  return (message, sender, sendResponse) => {
    if (!(accepted as readonly unknown[]).includes(typeOf(message))) return undefined;
    let type: T;
    let payload: RequestOf<T>;
    try {
      ({ type, payload } = parseEnvelope(message, accepted));
    } catch (error) {
      sendResponse(err(errorMessage(error)));
      return undefined;
    }
    const problem = senderProblem(type, sender, self());
    if (problem !== null) {
      sendResponse(err(problem));
      return undefined;
    }
    const handler = handlers[type] as (p: RequestOf<T>, s: Browser.runtime.MessageSender) => Promise<unknown>;
    handler(payload, sender).then(
      (value) => sendResponse(ok(value)),
      (error: unknown) => sendResponse(err(errorMessage(error))),
    );
    return true;
  };
}
