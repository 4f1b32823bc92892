// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANALYSIS_VERSION, analyze } from '@/utils/analysis';
import { READER_CHECK_SCRIPT } from '@/utils/background/load-stages';
import { registerBackground, type RegisteredBackground } from '@/utils/background/register';
import type { ExtensionApi } from '@/utils/content/extension-api';
import { runFirstStage, type FirstStageEnv } from '@/utils/content/first-stage';
import { setReaderCheckStageLoaded } from '@/utils/content/stages';
import type { DatelineDB } from '@/utils/db/schema';
import { setSetting } from '@/utils/db/settings';
import { freshDb } from '../db/helpers';
import { deliver, tabSender } from '../background/harness';

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
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('dateline.reader-check-stage')];
});

/**
 * The first stage on the test document, talking to the real background from tab 3. happy-dom has no XPath, so the
 * page's verdict is given (the XPath query itself runs in Chromium and Firefox: tests/e2e/might-be-article.e2e.ts).
 */
function start(
  mightBeArticle: boolean,
  {
    api = (): ExtensionApi | undefined => fakeBrowser as unknown as ExtensionApi,
    incognito = false,
  }: { api?: () => ExtensionApi | undefined; incognito?: boolean } = {},
) {
  const env: FirstStageEnv = {
    doc: document,
    mightBeArticle: () => mightBeArticle,
    api: () => {
      apiReads += 1;
      return api();
    },
    send: (_api, type, payload) => deliver({ type, payload }, tabSender(3, incognito)) as never,
  };
  stop = runFirstStage(env);
}

describe('runFirstStage', () => {
  it('leaves a page it rules out alone: records its check and never reads the extension API', () => {
    start(false);

    expect(performance.getEntriesByName('dateline:check')).toHaveLength(1);
    expect(apiReads).toBe(0);
    expect(injected).toEqual([]);
  });

  it.each([
    ['Dateline on', false],
    ['Dateline paused (the reader-check stage waits for it to be resumed)', true],
  ])('has the background load the reader-check stage into a page it cannot rule out, %s', async (_, paused) => {
    await setSetting(db, 'paused', paused);
    start(true);

    await vi.waitFor(() => expect(injected).toHaveLength(1));
    expect(injected[0]).toEqual({ target: { tabId: 3, frameIds: [0] }, files: [READER_CHECK_SCRIPT] });
    expect(performance.getEntriesByName('dateline:check')).toHaveLength(0);
  });

  it('loads nothing into an incognito tab', async () => {
    start(true, { incognito: true });

    await vi.waitFor(() => expect(apiReads).toBe(1));
    await background.idle();
    expect(injected).toEqual([]);
  });

  it('stops quietly when the extension is gone (updated or removed under the page)', async () => {
    start(true, { api: () => undefined });

    expect(apiReads).toBe(1);
    await background.idle();
    expect(injected).toEqual([]);
  });

  it('does nothing once the reader-check stage has taken over', () => {
    setReaderCheckStageLoaded();
    start(true);

    expect(apiReads).toBe(0);
    expect(performance.getEntriesByName('dateline:check')).toHaveLength(0);
  });
});
