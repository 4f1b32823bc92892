import { mightBeArticle } from '@/utils/extract/might-be-article';
import { NAVIGATION_MAX_WAIT_MS, NAVIGATION_SETTLE_MS, settled } from '@/utils/page/settled';
import { pageStageEnv, type StageEnv } from './extension-api';
import { readerCheckStageLoaded } from './stages';
import { watchNavigation } from './watch-navigation';

/** What the first stage works on; tests pass their own. */
export interface FirstStageEnv extends StageEnv {
  /** The necessary condition of an article (an XPath query: tests in a DOM without XPath pass their own). */
  mightBeArticle: (doc: Document) => boolean;
}

/**
 * The first stage of the content script, on every web page (see stages.ts). Most pages that are not articles are
 * ruled out by one XPath query, which creates no DOM wrappers in the isolated world and never touches the extension
 * API: they pay for this kilobyte of script and that query. Where the page could be an article, the background loads
 * the reader-check stage, which takes over (single-page-app navigation included). A page ruled out is checked again
 * after a single-page-app navigation. Stops quietly once the extension is gone.
 */
export function runFirstStage(env: FirstStageEnv = { ...pageStageEnv(), mightBeArticle }): () => void {
  let stopped = false;
  const stop = () => {
    stopped = true;
    stopWatching();
  };

  function check(): void {
    if (stopped) return;
    if (readerCheckStageLoaded()) return stop();
    const begin = performance.now();
    if (!env.mightBeArticle(env.doc)) {
      // What a page that is not an article pays for Dateline (read by the bench and the e2e tests).
      performance.measure('dateline:check', { start: begin, end: performance.now() });
      return;
    }
    const api = env.api();
    if (api === undefined) return stop();
    // If the background cannot load the next stage (the extension is updating), the next navigation asks again.
    void env.send(api, 'contentToBackground.candidatePageFound', { url: env.doc.location.href });
  }

  const stopWatching = watchNavigation(env.doc.defaultView!, () => {
    void settled(env.doc, NAVIGATION_SETTLE_MS, NAVIGATION_MAX_WAIT_MS).then(check);
  });
  check();
  return stop;
}
