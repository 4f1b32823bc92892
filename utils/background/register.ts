import { browser } from 'wxt/browser';
import { applyRetention } from '@/utils/db/queries/retention';
import { watchUpgrade } from '@/utils/db/upgradeStatus';
import { BACKGROUND_MESSAGES, createMessageListener, selfFromBrowser } from '@/utils/messaging';
import type { BackgroundDeps } from './deps';
import { createHandlers } from './handlers';
import { keepAliveWhile } from './keep-alive';
import { AnalysisQueue } from './queue';

/** The wired background. */
export interface RegisteredBackground {
  queue: AnalysisQueue;
  /** Resolves once resumed and queued analyses have finished (for tests and diagnostics). */
  idle(): Promise<void>;
}

function logFailure(error: unknown) {
  console.error('Dateline: resuming analyses failed', error);
}

/**
 * Wires the background: the message listener and the start-up hooks. Call it synchronously when the worker
 * starts (MV3 only delivers events to listeners registered in the first turn of the event loop).
 * Articles left 'pending' by a stopped worker are analysed on browser start, on install/update (which also
 * requeues analyses of an older version) and, in case neither fires, on the first message this worker receives.
 */
export function registerBackground(deps: BackgroundDeps): RegisteredBackground {
  const queue = new AnalysisQueue(deps);
  const listener = createMessageListener(BACKGROUND_MESSAGES, createHandlers(deps, queue), selfFromBrowser);
  // Only avoids repeating the pending-articles query on every message of this worker's lifetime.
  let resumed = false;
  let resuming: Promise<unknown> = Promise.resolve();
  const resume = (all: boolean) => {
    resumed = true;
    resuming = (all ? queue.resumeAll() : queue.resumePending()).catch(logFailure);
  };

  // An upgrade of the database after an update can outlast the worker's 30 s idle limit.
  keepAliveWhile(watchUpgrade, () => browser.runtime.getPlatformInfo());
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!resumed) resume(false);
    return listener(message, sender, sendResponse);
  });
  // Retention runs when the browser starts and after an update (the options page applies a changed setting itself).
  const retain = () => {
    applyRetention(deps.db, deps.now()).catch((error: unknown) => console.error('Dateline: retention failed', error));
  };
  browser.runtime.onStartup.addListener(() => {
    resume(true);
    retain();
  });
  browser.runtime.onInstalled.addListener(() => {
    resume(true);
    retain();
  });
  return {
    queue,
    idle: async () => {
      await resuming;
      await queue.idle();
    },
  };
}
