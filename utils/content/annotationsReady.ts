import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CONTENT_MESSAGES, createMessageListener, type RequestOf } from '@/utils/messaging';

/** What the background says when an article's analysis is stored. */
export type AnnotationsReady = RequestOf<'backgroundToContent.annotationsReady'>;

/**
 * Calls `onReady` each time the background reports that this tab's article analysis is stored (then fetch it with
 * `contentToBackground.getArticleAnnotations`). The listener is removed when the content script is invalidated.
 */
export function onAnnotationsReady(ctx: ContentScriptContext, onReady: (message: AnnotationsReady) => void): void {
  const listener = createMessageListener(CONTENT_MESSAGES, {
    'backgroundToContent.annotationsReady': async (payload) => {
      onReady(payload);
      return null;
    },
  });
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
