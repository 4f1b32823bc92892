import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Analyzer, BackgroundDeps } from '@/utils/background/deps';
import type { DatelineDB } from '@/utils/db/schema';
import type { Result } from '@/utils/messaging';
import { analyze, isNotAnalysed } from '@/utils/analysis';
import { mentionCount } from '@/utils/db/analysisRecords';
import { TEXT } from '../db/analysisFixture';
import { extractedPayload } from '../messaging/fixtures';

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

/** People + country + date mentions the real analysis finds in the fixture text (what the badge must show). */
export function expectedMentions(): number {
  const result = analyze(TEXT, { publishedTime: extractedPayload().meta.publishedTime, lang: 'en' });
  if (isNotAnalysed(result)) throw new Error('fixture text not analysed');
  return mentionCount(result);
}

/** Background dependencies over `db` (the real analysis unless told otherwise) with a clock that advances by one second per call. */
export function depsFor(db: DatelineDB, analyzer: Analyzer = analyze, analysisVersion = 1): BackgroundDeps {
  let clock = 1_700_000_000_000;
  return { db, analyze: analyzer, analysisVersion, now: () => (clock += 1000) };
}
