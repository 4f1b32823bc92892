import type { Browser } from 'wxt/browser';
import type { MessageType } from './protocol';

/** Who we are, as the browser reports it: our id and the origin of our own pages (chrome-extension://id/). */
export interface Self {
  id: string;
  /** `browser.runtime.getURL('')`, ending with a slash. */
  origin: string;
}

/**
 * Returns why `sender` may not send a message of type `type`, or null when it may.
 * Only our own extension talks to us (runtime.onMessage already excludes other extensions, but a check costs
 * nothing); content-script messages must come from a tab showing an http(s) page, popup messages from one of our
 * own pages.
 */
export function senderProblem(type: MessageType, sender: Browser.runtime.MessageSender, self: Self): string | null {
  if (sender.id !== self.id) return 'sender is not this extension';
  if (type.startsWith('contentToBackground.')) {
    if (sender.tab?.id === undefined || sender.tab.id < 0) return 'content messages must come from a tab';
    if (sender.url !== undefined && !/^https?:/.test(sender.url)) return 'content messages must come from a web page';
    return null;
  }
  if (type.startsWith('popupToBackground.')) {
    if (sender.url === undefined || !sender.url.startsWith(self.origin)) {
      return 'popup messages must come from an extension page';
    }
    return null;
  }
  if (type.startsWith('backgroundToContent.')) {
    return sender.tab === undefined ? null : 'background messages must come from the background';
  }
  return `${type} has no known direction`;
}
