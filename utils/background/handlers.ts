import type { Browser } from 'wxt/browser';
import { saveArticle } from '@/utils/db/articles';
import { StorageQuotaError } from '@/utils/db/quota';
import { showStorageFull } from './badge';
import { getSettings, isSiteDisabled } from '@/utils/db/settings';
import type { BackgroundMessageType, Handlers, PageDisabledReason } from '@/utils/messaging';
import { loadAnnotations, storedOutcome } from './annotations';
import type { BackgroundDeps } from './deps';
import { showOutcomeInTab } from './notify';
import type { AnalysisQueue } from './queue';
import { earlierReading } from './earlier-reading';
import { setPaused, setSiteDisabled } from './page-controls';
import { ensureSelectors } from './selectors';

/** Why Dateline must not work on the sender's page, or null when it may. */
async function disabledReason(
  deps: BackgroundDeps,
  url: string,
  sender: Browser.runtime.MessageSender,
): Promise<PageDisabledReason | null> {
  if (sender.tab?.incognito) return 'incognito';
  const settings = await getSettings(deps.db);
  if (settings.paused) return 'paused';
  return isSiteDisabled(url, settings.disabledSites) ? 'site-disabled' : null;
}

/** The background's message handlers (see MessageMap for what each message means). */
export function createHandlers(deps: BackgroundDeps, queue: AnalysisQueue): Handlers<BackgroundMessageType> {
  return {
    'contentToBackground.articleExtracted': async (payload, sender) => {
      const reason = await disabledReason(deps, payload.pageUrl, sender);
      // Private windows leave no trace: the article is not stored at all.
      if (reason !== null) throw new Error(`Not stored: Dateline is off here (${reason})`);
      const tabId = sender.tab?.id;
      const storageFull = (error: unknown) => {
        if (error instanceof StorageQuotaError && tabId !== undefined) void showStorageFull(tabId);
      };
      const saved = await saveArticle(deps.db, payload, deps.now()).catch((error: unknown) => {
        storageFull(error);
        throw error;
      });
      // Reply at once; the analysis runs afterwards, in this worker, off the page's thread.
      const outcome = saved.analysisState === 'pending' ? queue.enqueue(saved.id) : storedOutcome(deps.db, saved.id);
      void outcome
        .then((outcome) => (tabId === undefined ? undefined : showOutcomeInTab(tabId, outcome)))
        .catch((error: unknown) => {
          storageFull(error);
          console.error('Dateline: analysis not stored', error);
        });
      return { articleId: saved.id };
    },

    'contentToBackground.getArticleAnnotations': async ({ articleId }) => {
      await ensureSelectors(deps.db, articleId);
      return loadAnnotations(deps.db, articleId);
    },

    'contentToBackground.getEarlierReading': async (payload) => earlierReading(deps.db, payload),

    'popupToBackground.setPaused': async ({ paused }) => setPaused(deps.db, paused),

    'popupToBackground.setSiteDisabled': async ({ url, disabled }) => setSiteDisabled(deps.db, url, disabled),

    'contentToBackground.getPageStatus': async ({ url }, sender) => {
      const reason = await disabledReason(deps, url, sender);
      const { autoAnnotate } = await getSettings(deps.db);
      return { enabled: reason === null, reason, autoAnnotate };
    },

    'popupToBackground.reanalyseArticle': async ({ articleId }) => {
      const updated = await deps.db.articles.update(articleId, { analysisState: 'pending' });
      if (updated === 0) throw new Error(`No article ${articleId}`);
      const outcome = await queue.enqueue(articleId);
      return { state: outcome.state };
    },
  };
}
