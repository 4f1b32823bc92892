import type { Browser } from 'wxt/browser';
import { saveArticle } from '@/utils/db/articles';
import { StorageQuotaError } from '@/utils/db/quota';
import { getSettings, isSiteDisabled } from '@/utils/db/settings';
import type { ArticleExtracted, PageDisabledReason } from '@/utils/messaging';
import { showStorageFull } from './badge';
import { storedOutcome } from './annotations';
import type { BackgroundDeps } from './deps';
import { showOutcomeInTab } from './notify';
import type { AnalysisQueue } from './queue';

/** Why Dateline must not work on the sender's page, or null when it may. */
export async function disabledReason(
  deps: BackgroundDeps,
  url: string,
  sender: Browser.runtime.MessageSender,
): Promise<PageDisabledReason | null> {
  if (sender.tab?.incognito) return 'incognito';
  const settings = await getSettings(deps.db);
  if (settings.paused) return 'paused';
  return isSiteDisabled(url, settings.disabledSites) ? 'site-disabled' : null;
}

/**
 * Stores an extracted article (one record per canonical URL) and returns its id at once; the analysis runs
 * afterwards, in the background, off the page's thread, and its outcome goes to the sender's tab (badge, marks).
 * Throws where Dateline is off: a private window leaves no trace, the article is not stored at all.
 */
export async function storeArticle(
  deps: BackgroundDeps,
  queue: AnalysisQueue,
  payload: ArticleExtracted,
  sender: Browser.runtime.MessageSender,
): Promise<number> {
  const reason = await disabledReason(deps, payload.pageUrl, sender);
  if (reason !== null) throw new Error(`Not stored: Dateline is off here (${reason})`);
  const tabId = sender.tab?.id;
  const storageFull = (error: unknown) => {
    if (error instanceof StorageQuotaError && tabId !== undefined) void showStorageFull(tabId);
  };
  const saved = await saveArticle(deps.db, payload, deps.now()).catch((error: unknown) => {
    storageFull(error);
    throw error;
  });
  const outcome = saved.analysisState === 'pending' ? queue.enqueue(saved.id) : storedOutcome(deps.db, saved.id);
  void outcome
    .then((outcome) => (tabId === undefined ? undefined : showOutcomeInTab(tabId, outcome)))
    .catch((error: unknown) => {
      storageFull(error);
      console.error('Dateline: analysis not stored', error);
    });
  return saved.id;
}
