import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CONTENT_MESSAGES, createMessageListener, selfFromBrowser, type RequestOf } from '@/utils/messaging';

/** What the background says when an article's analysis is stored. */
export type AnnotationsReady = RequestOf<'backgroundToContent.annotationsReady'>;

/** What the content script does with each background → content message. */
export interface BackgroundMessageHandlers {
  /** The tab's article analysis is stored: fetch it with `contentToBackground.getArticleAnnotations`. */
  annotationsReady: (message: AnnotationsReady) => void;
  /** The toggle-marks shortcut: show or hide the marks; returns whether they now show. */
  toggleMarks: () => { visible: boolean };
  /** Paused / site settings changed: ask `getPageStatus` again. */
  pageStatusChanged: () => void;
}

/**
 * Listens to the background's messages for this tab (validated by the messaging module). The listener is removed
 * when the content script is invalidated.
 */
export function onBackgroundMessages(ctx: ContentScriptContext, handlers: BackgroundMessageHandlers): void {
  const listener = createMessageListener(
    CONTENT_MESSAGES,
    {
      'backgroundToContent.annotationsReady': async (payload) => {
        handlers.annotationsReady(payload);
        return null;
      },
      'backgroundToContent.toggleMarks': async () => handlers.toggleMarks(),
      'backgroundToContent.pageStatusChanged': async () => {
        handlers.pageStatusChanged();
        return null;
      },
    },
    selfFromBrowser,
  );
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
