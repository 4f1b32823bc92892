import type { Browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_MESSAGES, createMessageListener, type Result } from '@/utils/messaging';

const self = { id: 'dateline-id', origin: 'chrome-extension://dateline-id/' };
const fromTab: Browser.runtime.MessageSender = {
  id: self.id,
  url: 'https://news.example.org/a',
  tab: { id: 7, incognito: false } as Browser.tabs.Tab,
};
const fromPopup: Browser.runtime.MessageSender = { id: self.id, url: `${self.origin}popup.html` };

const listener = createMessageListener(
  BACKGROUND_MESSAGES,
  {
    'contentToBackground.articleExtracted': async () => ({ articleId: 1 }),
    'contentToBackground.pageCaptured': async () => null,
    'contentToBackground.candidatePageFound': async () => ({ loaded: false }),
    'contentToBackground.articlePageFound': async () => ({ loaded: false, reason: 'paused' }),
    'contentToBackground.getArticleAnnotations': async ({ articleId }) => {
      throw new Error(`no article ${articleId}`);
    },
    'contentToBackground.getPageStatus': async () => ({ enabled: true, reason: null, autoAnnotate: true }),
    'popupToBackground.reanalyseArticle': async () => ({ state: 'done' }),
    'contentToBackground.getEarlierReading': async () => [],
    'popupToBackground.setPaused': async () => null,
    'popupToBackground.setSiteDisabled': async () => ({ disabledSites: [] }),
  },
  () => self,
);

/** Runs the listener like the browser does and resolves with the reply (undefined when there is none). */
function deliver(message: unknown, sender: Browser.runtime.MessageSender) {
  return new Promise<{ returned: unknown; reply: Result<unknown> | undefined }>((resolve) => {
    let reply: Result<unknown> | undefined;
    let answered: () => void = () => {};
    const replied = new Promise<void>((r) => (answered = r));
    const returned = listener(message, sender, (r) => {
      reply = r;
      answered();
    });
    // A synchronous reply or no reply at all is settled by now; an async one arrives later.
    if (returned !== true) resolve({ returned, reply });
    else void replied.then(() => resolve({ returned, reply }));
  });
}

const status = { type: 'contentToBackground.getPageStatus', payload: { url: 'https://news.example.org/a' } };
const reanalyse = { type: 'popupToBackground.reanalyseArticle', payload: { articleId: 1 } };

describe('createMessageListener', () => {
  it.each([
    [
      'a content message from a tab',
      status,
      fromTab,
      { ok: true, value: { enabled: true, reason: null, autoAnnotate: true } },
    ],
    ['a popup message from our page', reanalyse, fromPopup, { ok: true, value: { state: 'done' } }],
    [
      'a handler that throws',
      {
        type: 'contentToBackground.getArticleAnnotations',
        payload: { articleId: 4 },
      },
      fromTab,
      { ok: false, error: 'no article 4' },
    ],
    ['another extension', status, { ...fromTab, id: 'evil' }, { ok: false, error: 'sender is not this extension' }],
    [
      'a content message without a tab',
      status,
      fromPopup,
      {
        ok: false,
        error: 'content messages must come from a tab',
      },
    ],
    [
      'a content message from a non-web page',
      status,
      { ...fromTab, url: 'file:///etc/passwd' },
      {
        ok: false,
        error: 'content messages must come from a web page',
      },
    ],
    [
      'a popup message from a content script',
      reanalyse,
      fromTab,
      {
        ok: false,
        error: 'popup messages must come from an extension page',
      },
    ],
    [
      'a malformed payload',
      { ...status, payload: { url: 5 } },
      fromTab,
      {
        ok: false,
        error: 'payload.url: expected a string, got number',
      },
    ],
  ])('replies to %s', async (_name, message, sender, expected) => {
    const actual = await deliver(message, sender);

    expect(actual.reply).toEqual(expected);
  });

  it.each([
    ['a message of another type', { type: 'somethingElse' }],
    ['a non-object', 42],
    ['a content-bound message', { type: 'backgroundToContent.annotationsReady', payload: {} }],
  ])('leaves %s to other listeners (no reply, channel closed)', async (_name, message) => {
    const actual = await deliver(message, fromTab);

    expect(actual).toEqual({ returned: undefined, reply: undefined });
  });

  it('keeps the channel open (returns true) while an async handler runs', async () => {
    const actual = await deliver(status, fromTab);

    expect(actual.returned).toBe(true);
  });
});
