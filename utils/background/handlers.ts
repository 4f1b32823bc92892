import { getSettings } from '@/utils/db/settings';
import type { BackgroundMessageType, Handlers } from '@/utils/messaging';
import { loadAnnotations } from './annotations';
import type { BackgroundDeps } from './deps';
import { earlierReading } from './earlier-reading';
import { loadStage, MARKS_SCRIPT, READER_CHECK_SCRIPT } from './load-stages';
import { setPaused, setSiteDisabled } from './page-controls';
import type { AnalysisQueue } from './queue';
import { readCapturedPage } from './read-page';
import { ensureSelectors } from './selectors';
import { disabledReason, storeArticle } from './store-article';

/** The background's message handlers (see MessageMap for what each message means). */
export function createHandlers(deps: BackgroundDeps, queue: AnalysisQueue): Handlers<BackgroundMessageType> {
  return {
    'contentToBackground.articleExtracted': async (payload, sender) => ({
      articleId: await storeArticle(deps, queue, payload, sender),
    }),

    'contentToBackground.pageCaptured': async (payload, sender) => {
      // Checked before parsing: a page where Dateline is off is not even read.
      const reason = await disabledReason(deps, payload.pageUrl, sender);
      if (reason !== null) throw new Error(`Not stored: Dateline is off here (${reason})`);
      const article = readCapturedPage(payload);
      if (article === null) return null;
      const articleId = await storeArticle(deps, queue, article, sender);
      return { articleId, text: article.text, publishedTime: article.meta.publishedTime };
    },

    'contentToBackground.candidatePageFound': async (_payload, sender) => {
      const tabId = sender.tab?.id;
      // Incognito never changes for a tab, and Dateline stays out of it; pause and site rules can change, so the
      // reader-check stage is loaded anyway and asks for the marks stage when they allow it.
      if (tabId === undefined || sender.tab?.incognito === true) return { loaded: false };
      await loadStage(READER_CHECK_SCRIPT, tabId, sender.frameId ?? 0);
      return { loaded: true };
    },

    'contentToBackground.articlePageFound': async ({ url }, sender) => {
      const reason = await disabledReason(deps, url, sender);
      const tabId = sender.tab?.id;
      if (reason !== null || tabId === undefined) return { loaded: false, reason };
      await loadStage(MARKS_SCRIPT, tabId, sender.frameId ?? 0);
      return { loaded: true, reason: null };
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
