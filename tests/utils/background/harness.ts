import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Analyzer, BackgroundDeps } from '@/utils/background/deps';
import type { DatelineDB } from '@/utils/db/schema';
import type { Result } from '@/utils/messaging';
import { ANALYSIS, TEXT } from '../db/analysisFixture';

/** A content script's sender: our extension, in tab `tabId` showing an http(s) page. */
export function tabSender(tabId = 5, incognito = false): Browser.runtime.MessageSender {
  return {
    id: fakeBrowser.runtime.id,
    url: 'https://news.example.org/2023/11/08/satellite',
    tab: { id: tabId, incognito } as Browser.tabs.Tab,
  };
}

/** The popup's sender. */
export function popupSender(): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
}

/** Delivers a message to the registered background listeners like the browser does and resolves with the reply. */
export function deliver(message: unknown, sender: Browser.runtime.MessageSender): Promise<Result<unknown>> {
  return new Promise((resolve, reject) => {
    fakeBrowser.runtime.onMessage
      .trigger(message, sender, (reply: unknown) => resolve(reply as Result<unknown>))
      .then((returned) => {
        if (!returned.includes(true as never)) reject(new Error('listener closed the channel without replying'));
      }, reject);
  });
}

/** An analyzer that knows the fixture article (TEXT → ANALYSIS) and finds nothing in any other text. */
export const fixtureAnalyzer: Analyzer = (text) =>
  text === TEXT ? ANALYSIS : { people: [], countries: [], timexes: [], events: [] };

/** Background dependencies over `db` with a clock that advances by one second per call. */
export function depsFor(db: DatelineDB, analyze: Analyzer = fixtureAnalyzer, analysisVersion = 1): BackgroundDeps {
  let clock = 1_700_000_000_000;
  return { db, analyze, analysisVersion, now: () => (clock += 1000) };
}
