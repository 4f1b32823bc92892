import { browser } from 'wxt/browser';
import { BACKGROUND_MESSAGES, createMessageListener } from '@/utils/messaging';
import type { BackgroundDeps } from './deps';
import { createHandlers } from './handlers';
import { AnalysisQueue } from './queue';

function logFailure(error: unknown) {
  console.error('Dateline: resuming analyses failed', error);
}

/**
 * Wires the background: the message listener and the start-up hooks. Call it synchronously when the worker
 * starts (MV3 only delivers events to listeners registered in the first turn of the event loop).
 * Articles left 'pending' by a stopped worker are analysed on browser start, on install/update (which also
 * requeues analyses of an older version) and, in case neither fires, on the first message this worker receives.
 */
export function registerBackground(deps: BackgroundDeps): AnalysisQueue {
  const queue = new AnalysisQueue(deps);
  const listener = createMessageListener(BACKGROUND_MESSAGES, createHandlers(deps, queue));
  let resumed = false;

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!resumed) {
      resumed = true;
      queue.resumePending().catch(logFailure);
    }
    return listener(message, sender, sendResponse);
  });
  browser.runtime.onStartup.addListener(() => {
    resumed = true;
    queue.resumeAll().catch(logFailure);
  });
  browser.runtime.onInstalled.addListener(() => {
    resumed = true;
    queue.resumeAll().catch(logFailure);
  });
  return queue;
}
