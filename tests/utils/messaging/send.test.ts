import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { sendToBackground, sendToTab } from '@/utils/messaging';

beforeEach(() => fakeBrowser.reset());

describe('sendToBackground', () => {
  it('resolves with the Result the background replies', async () => {
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse({ ok: true, value: { enabled: false, reason: 'paused' } });
      return true;
    });

    const actual = await sendToBackground('contentToBackground.getPageStatus', { url: 'https://a.example/' });

    expect(actual).toEqual({ ok: true, value: { enabled: false, reason: 'paused' } });
  });

  it('sends the message as { type, payload }', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      received.push(message);
      sendResponse({ ok: true, value: null });
      return true;
    });

    await sendToBackground('popupToBackground.reanalyseArticle', { articleId: 9 });

    expect(received).toEqual([{ type: 'popupToBackground.reanalyseArticle', payload: { articleId: 9 } }]);
  });

  it('resolves with an error when nothing listens (the background is missing)', async () => {
    const actual = await sendToBackground('contentToBackground.getPageStatus', { url: 'https://a.example/' });

    expect(actual.ok).toBe(false);
    expect(!actual.ok && actual.error).toMatch(/^Could not reach the background: No listeners available/);
  });

  it('resolves with an error when the reply is not a Result', async () => {
    fakeBrowser.runtime.onMessage.addListener((_m, _s, sendResponse) => {
      sendResponse('hello');
      return true;
    });

    const actual = await sendToBackground('contentToBackground.getPageStatus', { url: 'https://a.example/' });

    expect(actual).toEqual({ ok: false, error: 'The background did not reply' });
  });

  it('resolves with an error when the extension context is invalidated (sendMessage throws synchronously)', async () => {
    const original = fakeBrowser.runtime.sendMessage;
    fakeBrowser.runtime.sendMessage = (() => {
      throw new Error('Extension context invalidated.');
    }) as typeof original;
    try {
      const actual = await sendToBackground('contentToBackground.getPageStatus', { url: 'https://a.example/' });

      expect(actual).toEqual({
        ok: false,
        error: 'Could not reach the background: Extension context invalidated.',
      });
    } finally {
      fakeBrowser.runtime.sendMessage = original;
    }
  });
});

describe('sendToTab', () => {
  it('resolves with an error for a tab without a content script', async () => {
    const actual = await sendToTab(12345, 'backgroundToContent.annotationsReady', { articleId: 1, mentionCount: 3 });

    expect(actual.ok).toBe(false);
  });
});
