// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { MARKS_SCRIPT } from '@/utils/background/load-stages';
import type { ExtensionApi } from '@/utils/content/extension-api';
import { runReaderCheckStage } from '@/utils/content/reader-check-stage';
import { setSetting } from '@/utils/db/settings';
import { stageHarness } from './stageHarness';

const ARTICLE = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i}: North Korean leader Kim Jong Un met Russian President Vladimir Putin at a cosmodrome in the Russian Far East last month, ` +
    `where the two discussed military cooperation, satellites and the war in Ukraine, officials in Seoul and Washington said on Wednesday.</p>`,
).join('');
const NOT_AN_ARTICLE =
  '<nav><a href="/">Home</a> <a href="/news">News</a></nav><ul><li><a href="/a">A headline</a></li></ul>';

const h = stageHarness();

/** The reader-check stage on the test document, talking to the real background as tab 3. */
function start(body: string, api?: () => ExtensionApi | undefined) {
  document.body.innerHTML = body;
  h.stop = runReaderCheckStage(h.env({ api }));
}

describe('runReaderCheckStage', () => {
  it('leaves a page that is not an article alone: records its check and never reads the extension API', async () => {
    start(NOT_AN_ARTICLE);

    await vi.waitFor(() => expect(performance.getEntriesByName('dateline:check')).toHaveLength(1));
    expect(h.apiReads).toBe(0);
    expect(h.injected).toEqual([]);
  });

  it('has the background load the marks stage into an article page, in the frame that asked', async () => {
    start(ARTICLE);

    await vi.waitFor(() => expect(h.injected).toHaveLength(1));
    expect(h.injected[0]).toEqual({ target: { tabId: 3, frameIds: [0] }, files: [MARKS_SCRIPT] });
    expect(performance.getEntriesByName('dateline:check')).toHaveLength(0);
  });

  it('loads nothing while Dateline is paused, and asks again when the background says the settings changed', async () => {
    await setSetting(h.db, 'paused', true);
    start(ARTICLE);
    await vi.waitFor(() => expect(h.apiReads).toBe(1));
    await h.background.idle();
    expect(h.injected).toEqual([]);

    await setSetting(h.db, 'paused', false);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'backgroundToContent.pageStatusChanged', payload: {} },
      { id: fakeBrowser.runtime.id },
      () => {},
    );

    await vi.waitFor(() => expect(h.injected).toHaveLength(1));
  });

  it('stops quietly when the extension is gone (updated or removed under the page)', async () => {
    start(ARTICLE, () => undefined);

    await vi.waitFor(() => expect(h.apiReads).toBe(1));
    expect(h.injected).toEqual([]);
  });
});
