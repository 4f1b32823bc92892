import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerBackground, type RegisteredBackground } from '@/utils/background/register';
import { run, type PageEnv } from '@/utils/content/run';
import type { DatelineDB } from '@/utils/db/schema';
import type { sendToBackground } from '@/utils/messaging';
import { parseHtmlDocument } from '@/scripts/lib/parse-html';
import { deliver, depsFor, tabSender } from '../utils/background/harness';
import { freshDb } from '../utils/db/helpers';

/**
 * Private windows: nothing is stored and nothing is marked. The content script does not even extract the article
 * in a private window (browser.extension.inIncognitoContext), and the background refuses any message from a
 * private tab (sender.tab.incognito) in case a content script asks anyway. Both browsers' defaults also keep
 * extensions out of private windows until the user allows them.
 */

const ARTICLE = `<!doctype html><html lang="en"><head><title>Summit in Vladivostok</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2023-09-14T08:00:00Z"></head>
<body><article><h1>Summit in Vladivostok</h1>
${'<p>Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok on Wednesday, officials said, and the two men toured the launch site together before dinner.</p>'.repeat(8)}
</article></body></html>`;

let db: DatelineDB;
let background: RegisteredBackground;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  background = registerBackground(depsFor(db));
});
afterEach(async () => {
  await background.idle();
  db.close();
});

const ctx = { isInvalid: false } as Parameters<typeof run>[0];

function page(incognito: boolean, tabIncognito = incognito): PageEnv & { send: ReturnType<typeof vi.fn> } {
  const send = vi.fn(((type, payload) =>
    deliver({ type, payload }, tabSender(4, tabIncognito))) as typeof sendToBackground);
  return { document: parseHtmlDocument(ARTICLE), url: 'https://news.example.org/summit', send, incognito };
}

describe('private windows', () => {
  it('a normal window stores the article (the page is a real article)', async () => {
    const actual = await run(ctx, page(false));

    expect(actual.status).toBe('stored');
    expect(await db.articles.count()).toBe(1);
  });

  it('the content script in a private window sends nothing at all', async () => {
    const env = page(true);

    const actual = await run(ctx, env);

    expect(actual).toEqual({ status: 'skipped', reason: 'incognito' });
    expect(env.send).not.toHaveBeenCalled();
    expect(await db.articles.count()).toBe(0);
  });

  it('the background stores nothing and turns marks off for a private tab whose content script asks anyway', async () => {
    const env = page(false, true);

    const actual = await run(ctx, env);
    const status = await deliver(
      { type: 'contentToBackground.getPageStatus', payload: { url: 'https://news.example.org/summit' } },
      tabSender(4, true),
    );

    expect(actual).toEqual({ status: 'skipped', reason: 'incognito' });
    expect(status).toMatchObject({ ok: true, value: { enabled: false, reason: 'incognito' } });
    expect(await db.articles.count()).toBe(0);
  });
});
