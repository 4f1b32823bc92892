import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, vi } from 'vitest';
import { ANALYSIS_VERSION, analyze } from '@/utils/analysis';
import { registerBackground, type RegisteredBackground } from '@/utils/background/register';
import type { ExtensionApi, StageEnv } from '@/utils/content/extension-api';
import type { DatelineDB } from '@/utils/db/schema';
import { freshDb } from '../db/helpers';
import { deliver, tabSender } from '../background/harness';

/** What a stage test works with; fresh for every test. */
export interface StageHarness {
  db: DatelineDB;
  background: RegisteredBackground;
  /** Scripts the background asked the browser to inject (the injection itself cannot run in Node). */
  injected: unknown[];
  /** How often the stage read the extension API. */
  apiReads: number;
  /** Stops the stage under test; set it to what the stage's run function returns. */
  stop: () => void;
  /** The page (the test document) seen from tab 3, talking to the real background; `api` stands for the browser's. */
  env(options?: { api?: () => ExtensionApi | undefined; incognito?: boolean }): StageEnv;
}

/**
 * The real background (in-memory database, fake browser) for the early content-script stages, set up before and torn
 * down after each test of the calling file.
 */
export function stageHarness(): StageHarness {
  const h: StageHarness = {
    db: undefined as unknown as DatelineDB,
    background: undefined as unknown as RegisteredBackground,
    injected: [],
    apiReads: 0,
    stop: () => {},
    env: ({ api = () => fakeBrowser as unknown as ExtensionApi, incognito = false } = {}) => ({
      doc: document,
      api: () => {
        h.apiReads += 1;
        return api();
      },
      send: (_api, type, payload) => deliver({ type, payload }, tabSender(3, incognito)) as never,
    }),
  };
  beforeEach(() => {
    fakeBrowser.reset();
    h.db = freshDb();
    h.background = registerBackground({ db: h.db, analyze, analysisVersion: ANALYSIS_VERSION, now: () => Date.now() });
    h.apiReads = 0;
    h.injected.length = 0;
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
      h.injected.push(injection);
      return [];
    });
    performance.clearMeasures();
  });
  afterEach(async () => {
    h.stop();
    h.stop = () => {};
    vi.restoreAllMocks();
    await h.background.idle();
    h.db.close();
    // The stages flag themselves on the global object, which outlives a test.
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('dateline.reader-check-stage')];
  });
  return h;
}
