// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { READER_CHECK_SCRIPT } from '@/utils/background/load-stages';
import type { ExtensionApi } from '@/utils/content/extension-api';
import { runFirstStage } from '@/utils/content/first-stage';
import { setReaderCheckStageLoaded } from '@/utils/content/stages';
import { setSetting } from '@/utils/db/settings';
import { stageHarness } from './stageHarness';

const h = stageHarness();

/**
 * The first stage on the test document, talking to the real background from tab 3. happy-dom has no XPath, so the
 * page's verdict is given (the XPath query itself runs in Chromium and Firefox: tests/e2e/might-be-article.e2e.ts).
 */
function start(mightBeArticle: boolean, options?: { api?: () => ExtensionApi | undefined; incognito?: boolean }) {
  h.stop = runFirstStage({ ...h.env(options), mightBeArticle: () => mightBeArticle });
}

describe('runFirstStage', () => {
  it('leaves a page it rules out alone: records its check and never reads the extension API', () => {
    start(false);

    expect(performance.getEntriesByName('dateline:check')).toHaveLength(1);
    expect(h.apiReads).toBe(0);
    expect(h.injected).toEqual([]);
  });

  it.each([
    ['Dateline on', false],
    ['Dateline paused (the reader-check stage waits for it to be resumed)', true],
  ])('has the background load the reader-check stage into a page it cannot rule out, %s', async (_, paused) => {
    await setSetting(h.db, 'paused', paused);
    start(true);

    await vi.waitFor(() => expect(h.injected).toHaveLength(1));
    expect(h.injected[0]).toEqual({ target: { tabId: 3, frameIds: [0] }, files: [READER_CHECK_SCRIPT] });
    expect(performance.getEntriesByName('dateline:check')).toHaveLength(0);
  });

  it('loads nothing into an incognito tab', async () => {
    start(true, { incognito: true });

    await vi.waitFor(() => expect(h.apiReads).toBe(1));
    await h.background.idle();
    expect(h.injected).toEqual([]);
  });

  it('stops quietly when the extension is gone (updated or removed under the page)', async () => {
    start(true, { api: () => undefined });

    expect(h.apiReads).toBe(1);
    await h.background.idle();
    expect(h.injected).toEqual([]);
  });

  it('does nothing once the reader-check stage has taken over', () => {
    setReaderCheckStageLoaded();
    start(true);

    expect(h.apiReads).toBe(0);
    expect(performance.getEntriesByName('dateline:check')).toHaveLength(0);
  });
});
