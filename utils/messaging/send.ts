import { browser } from 'wxt/browser';
import type { BackgroundMessageType, ContentMessageType, Envelope, RequestOf, ResponseOf } from './protocol';
import { err, errorMessage, isResult, type Result } from './result';
import { sendWith } from './send-with';

/**
 * Sends a message to the background and resolves with its Result. Never throws: when the extension was reloaded
 * or updated under a running content script ("Extension context invalidated"), or nothing is listening, it
 * resolves with an `{ ok: false }` result so the page never sees an exception from us.
 */
export async function sendToBackground<T extends BackgroundMessageType>(
  type: T,
  payload: RequestOf<T>,
): Promise<Result<ResponseOf<T>>> {
  return sendWith(browser.runtime, type, payload);
}

/**
 * Sends a message to the content script of tab `tabId`. Best-effort like `sendToBackground`: a tab that has
 * navigated away, closed, or has no content script gives an `{ ok: false }` result.
 */
export async function sendToTab<T extends ContentMessageType>(
  tabId: number,
  type: T,
  payload: RequestOf<T>,
): Promise<Result<ResponseOf<T>>> {
  const envelope: Envelope<T> = { type, payload };
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, envelope);
    return isResult(reply) ? (reply as Result<ResponseOf<T>>) : err('The tab did not reply');
  } catch (error) {
    return err(`Could not reach tab ${tabId}: ${errorMessage(error)}`);
  }
}
