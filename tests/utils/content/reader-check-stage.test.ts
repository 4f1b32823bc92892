// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANALYSIS_VERSION, analyze } from '@/utils/analysis';
import { MARKS_SCRIPT } from '@/utils/background/load-stages';
import { registerBackground, type RegisteredBackground } from '@/utils/background/register';
import type { ExtensionApi } from '@/utils/content/extension-api';
import { runReaderCheckStage, type ReaderCheckEnv } from '@/utils/content/reader-check-stage';
import type { DatelineDB } from '@/utils/db/schema';
import { setSetting } from '@/utils/db/settings';
import { freshDb } from '../db/helpers';
import { deliver, tabSender } from '../background/harness';

const ARTICLE = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i}: North Korean leader Kim Jong Un met Russian President Vladimir Putin at a cosmodrome in the Russian Far East last month, ` +
    `where the two discussed military cooperation, satellites and the war in Ukraine, officials in Seoul and Washington said on Wednesday.</p>`,
).join('');
const NOT_AN_ARTICLE =
  '<nav><a href="/">Home</a> <a href="/news">News</a></nav><ul><li><a href="/a">A headline</a></li></ul>';

let db: DatelineDB;
let background: RegisteredBackground;
let stop: () => void = () => {};
let apiReads = 0;
const injected: unknown[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  background = registerBackground({ db, analyze, analysisVersion: ANALYSIS_VERSION, now: () => Date.now() });
  apiReads = 0;
  injected.length = 0;
  // The browser's script injection cannot run in Node: record what the background asks it to inject.
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
    injected.push(injection);
    return [];
  });
  performance.clearMeasures();
});
afterEach(async () => {
  stop();
  vi.restoreAllMocks();
  await background.idle();
  db.close();
});

/** The reader-check stage on the test document, talking to the real background as tab 3. */
function start(body: string, api: () => ExtensionApi | undefined = () => fakeBrowser as unknown as ExtensionApi) {
  document.body.innerHTML = body;
  const env: ReaderCheckEnv = {
    doc: document,
    api: () => {
      apiReads += 1;
      return api();
    },
    send: (_api, type, payload) => deliver({ type, payload }, tabSender(3)) as never,
  };
  stop = runReaderCheckStage(env);
}

describe('runReaderCheckStage', () => {
  it('leaves a page that is not an article alone: records its check and never reads the extension API', async () => {
    start(NOT_AN_ARTICLE);

    await vi.waitFor(() => expect(performance.getEntriesByName('dateline:check')).toHaveLength(1));
    expect(apiReads).toBe(0);
    expect(injected).toEqual([]);
  });

  it('has the background load the marks stage into an article page, in the frame that asked', async () => {
    start(ARTICLE);

    await vi.waitFor(() => expect(injected).toHaveLength(1));
    expect(injected[0]).toEqual({ target: { tabId: 3, frameIds: [0] }, files: [MARKS_SCRIPT] });
    expect(performance.getEntriesByName('dateline:check')).toHaveLength(0);
  });

  it('loads nothing while Dateline is paused, and asks again when the background says the settings changed', async () => {
    await setSetting(db, 'paused', true);
    start(ARTICLE);
    await vi.waitFor(() => expect(apiReads).toBe(1));
    await background.idle();
    expect(injected).toEqual([]);

    await setSetting(db, 'paused', false);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'backgroundToContent.pageStatusChanged', payload: {} },
      { id: fakeBrowser.runtime.id },
      () => {},
    );

    await vi.waitFor(() => expect(injected).toHaveLength(1));
  });

  it('stops quietly when the extension is gone (updated or removed under the page)', async () => {
    start(ARTICLE, () => undefined);

    await vi.waitFor(() => expect(apiReads).toBe(1));
    expect(injected).toEqual([]);
  });
});
