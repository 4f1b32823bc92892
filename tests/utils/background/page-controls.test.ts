import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerBackground, type RegisteredBackground } from '@/utils/background/register';
import type { DatelineDB } from '@/utils/db/schema';
import { getSettings } from '@/utils/db/settings';
import { freshDb } from '../db/helpers';
import { extractedPayload } from '../messaging/fixtures';
import { deliver, depsFor, popupSender, tabSender } from './harness';

let db: DatelineDB;
let background: RegisteredBackground | undefined;
const originalTabsSendMessage = fakeBrowser.tabs.sendMessage;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  background = registerBackground(depsFor(db));
});
afterEach(async () => {
  await background?.idle();
  db.close();
  fakeBrowser.tabs.sendMessage = originalTabsSendMessage;
});

describe('per-site off and pause from the popup', () => {
  it('turns a site off and on again, tells open tabs, and the content script then hears it is off', async () => {
    await fakeBrowser.tabs.create({ url: 'https://www.news.example.org/a' });
    const toTab = vi.fn((_tabId: number, _message: unknown) => Promise.resolve({ ok: true, value: null }));
    fakeBrowser.tabs.sendMessage = toTab as unknown as typeof fakeBrowser.tabs.sendMessage;

    const off = await deliver(
      { type: 'popupToBackground.setSiteDisabled', payload: { url: 'https://www.news.example.org/a', disabled: true } },
      popupSender(),
    );
    const status = await deliver(
      { type: 'contentToBackground.getPageStatus', payload: { url: 'https://news.example.org/b' } },
      tabSender(5),
    );

    expect(off).toEqual({ ok: true, value: { disabledSites: ['news.example.org'] } });
    expect(status).toMatchObject({ ok: true, value: { enabled: false, reason: 'site-disabled' } });
    await vi.waitFor(() =>
      expect(toTab).toHaveBeenCalledWith(expect.any(Number), {
        type: 'backgroundToContent.pageStatusChanged',
        payload: {},
      }),
    );

    const on = await deliver(
      { type: 'popupToBackground.setSiteDisabled', payload: { url: 'https://news.example.org/c', disabled: false } },
      popupSender(),
    );
    expect(on).toEqual({ ok: true, value: { disabledSites: [] } });
  });

  it('pauses everywhere: nothing is stored while paused', async () => {
    expect(await deliver({ type: 'popupToBackground.setPaused', payload: { paused: true } }, popupSender())).toEqual({
      ok: true,
      value: null,
    });
    const stored = await deliver(
      { type: 'contentToBackground.articleExtracted', payload: extractedPayload() },
      tabSender(5),
    );

    expect((await getSettings(db)).paused).toBe(true);
    expect(stored.ok).toBe(false);
    expect(await db.articles.count()).toBe(0);
  });

  it.each([[{ paused: 'yes' }], [{ paused: true, extra: 1 }]])(
    'rejects a malformed setPaused payload %o',
    async (payload) => {
      const reply = await deliver({ type: 'popupToBackground.setPaused', payload }, popupSender());
      expect(reply.ok).toBe(false);
    },
  );

  it('refuses settings changes from a web page', async () => {
    const reply = await deliver({ type: 'popupToBackground.setPaused', payload: { paused: true } }, tabSender(5));
    expect(reply.ok).toBe(false);
    expect((await getSettings(db)).paused).toBe(false);
  });
});
