import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerBackground, type RegisteredBackground } from '@/utils/background/register';
import { saveArticle } from '@/utils/db/articles';
import type { DatelineDB } from '@/utils/db/schema';
import { setSetting } from '@/utils/db/settings';
import { TEXT } from '../db/analysisFixture';
import { freshDb } from '../db/helpers';
import { extractedPayload } from '../messaging/fixtures';
import { deliver, depsFor, expectedMentions, popupSender, tabSender } from './harness';

const ANALYSIS_MENTIONS = expectedMentions();

let db: DatelineDB;
let background: RegisteredBackground | undefined;
const originalTabsSendMessage = fakeBrowser.tabs.sendMessage;
beforeEach(() => {
  fakeBrowser.reset();
  background = undefined;
  db = freshDb();
});
afterEach(async () => {
  await background?.idle();
  db.close();
  fakeBrowser.tabs.sendMessage = originalTabsSendMessage;
});

const extracted = (text = TEXT) => ({
  type: 'contentToBackground.articleExtracted',
  payload: extractedPayload({ text }),
});

async function stateOf(articleId: number) {
  return (await db.articles.get(articleId))?.analysisState;
}

describe('articleExtracted', () => {
  it('stores the article, replies with its id, analyses it and shows the mention count on the tab', async () => {
    const toTab = vi.fn((_tabId: number, _message: unknown) => Promise.resolve({ ok: true, value: null }));
    fakeBrowser.tabs.sendMessage = toTab as unknown as typeof fakeBrowser.tabs.sendMessage;
    background = registerBackground(depsFor(db));

    const reply = await deliver(extracted(), tabSender(5));
    const articleId = (reply as { value: { articleId: number } }).value.articleId;

    expect(reply).toEqual({ ok: true, value: { articleId: expect.any(Number) } });
    await vi.waitFor(async () => expect(await stateOf(articleId)).toBe('done'));
    await vi.waitFor(async () =>
      expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe(String(ANALYSIS_MENTIONS)),
    );
    expect(await db.mentions.count()).toBe(ANALYSIS_MENTIONS);
    await vi.waitFor(() =>
      expect(toTab).toHaveBeenCalledWith(5, {
        type: 'backgroundToContent.annotationsReady',
        payload: { articleId, mentionCount: ANALYSIS_MENTIONS },
      }),
    );
  });

  it('on a revisit keeps the analysis and still shows the count', async () => {
    const analyze = vi.fn(depsFor(db).analyze);
    background = registerBackground(depsFor(db, analyze));
    const first = await deliver(extracted(), tabSender(5));
    const articleId = (first as { value: { articleId: number } }).value.articleId;
    await vi.waitFor(async () => expect(await stateOf(articleId)).toBe('done'));

    const second = await deliver(extracted(), tabSender(8));

    expect(second).toEqual(first);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe(String(ANALYSIS_MENTIONS)),
    );
    expect(analyze).toHaveBeenCalledTimes(1);
    expect((await db.articles.get(articleId))?.visits).toBe(2);
  });

  it.each([
    ['an incognito tab', async () => undefined, tabSender(5, true), 'incognito'],
    ['a paused extension', () => setSetting(db, 'paused', true), tabSender(5), 'paused'],
    ['a disabled site', () => setSetting(db, 'disabledSites', ['example.org']), tabSender(5), 'site-disabled'],
  ])('stores nothing from %s', async (_name, arrange, sender, expectedReason) => {
    await arrange();
    background = registerBackground(depsFor(db));

    const reply = await deliver(extracted(), sender);

    expect(reply).toEqual({ ok: false, error: `Not stored: Dateline is off here (${expectedReason})` });
    expect(await db.articles.count()).toBe(0);
  });

  it.each([
    [
      'a throwing analysis',
      () => Promise.reject(new Error('tagger exploded')),
      'error',
      'Analysis failed: tagger exploded',
    ],
    [
      'a language it does not handle',
      () => ({ notAnalysed: 'language' as const, lang: 'fr' }),
      'not-analysed-language',
      'Language not supported: fr',
    ],
  ])('records %s on the article', async (_name, analyze, expectedState, expectedError) => {
    background = registerBackground(depsFor(db, analyze));

    const reply = await deliver(extracted(), tabSender(5));
    const articleId = (reply as { value: { articleId: number } }).value.articleId;

    await vi.waitFor(async () => expect(await stateOf(articleId)).toBe(expectedState));
    expect((await db.articles.get(articleId))?.analysisError).toBe(expectedError);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });

  it('when storage is full, replies with the storage error, keeps what was stored and marks the tab', async () => {
    const { id } = await saveArticle(
      db,
      extractedPayload({ pageUrl: 'https://a.example/old', meta: { ...extractedPayload().meta, url: null } }),
      1,
    );
    db.close();
    db.use({
      stack: 'dbcore',
      name: 'disk-full',
      create: (down) => ({
        ...down,
        table: (name) => ({
          ...down.table(name),
          mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
        }),
      }),
    });
    await db.open();
    background = registerBackground(depsFor(db));

    const reply = await deliver(extracted(), tabSender(5));

    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Storage is full/) });
    expect((await db.articles.toArray()).map((a) => a.id)).toEqual([id]);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('!'));
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toMatch(/storage is full/);
  });

  it('rejects a message from another extension without storing it', async () => {
    background = registerBackground(depsFor(db));

    const reply = await deliver(extracted(), { ...tabSender(5), id: 'someone-else' });

    expect(reply).toEqual({ ok: false, error: 'sender is not this extension' });
    expect(await db.articles.count()).toBe(0);
  });
});

describe('other messages', () => {
  it('answers getArticleAnnotations with the stored analysis, and null for an unknown article', async () => {
    background = registerBackground(depsFor(db));
    const reply = await deliver(extracted(), tabSender(5));
    const articleId = (reply as { value: { articleId: number } }).value.articleId;
    await vi.waitFor(async () => expect(await stateOf(articleId)).toBe('done'));

    const actual = await deliver(
      { type: 'contentToBackground.getArticleAnnotations', payload: { articleId } },
      tabSender(5),
    );
    const missing = await deliver(
      { type: 'contentToBackground.getArticleAnnotations', payload: { articleId: 999 } },
      tabSender(5),
    );

    expect(actual).toMatchObject({ ok: true, value: { articleId, analysisState: 'done' } });
    const value = (
      actual as { value: { mentions: { start: number }[]; people: unknown[]; events: { value: string }[] } }
    ).value;
    expect(value.mentions).toHaveLength(ANALYSIS_MENTIONS);
    expect(value.mentions.map((m) => m.start)).toEqual([...value.mentions.map((m) => m.start)].sort((a, b) => a - b));
    expect(value.people).toHaveLength(1);
    expect(value.events.map((e) => e.value)).toEqual(['FUTURE_REF', '2023-05']);
    expect(missing).toEqual({ ok: true, value: null });
  });

  it.each([
    ['an ordinary page', async () => undefined, tabSender(5), { enabled: true, reason: null, autoAnnotate: true }],
    [
      'a paused extension',
      () => setSetting(db, 'paused', true),
      tabSender(5),
      { enabled: false, reason: 'paused', autoAnnotate: true },
    ],
    [
      'marks only on request',
      () => setSetting(db, 'autoAnnotate', false),
      tabSender(5),
      { enabled: true, reason: null, autoAnnotate: false },
    ],
    [
      'an incognito tab',
      async () => undefined,
      tabSender(5, true),
      { enabled: false, reason: 'incognito', autoAnnotate: true },
    ],
  ])('answers getPageStatus for %s', async (_name, arrange, sender, expected) => {
    await arrange();
    background = registerBackground(depsFor(db));

    const actual = await deliver(
      { type: 'contentToBackground.getPageStatus', payload: { url: 'https://news.example.org/a' } },
      sender,
    );

    expect(actual).toEqual({ ok: true, value: expected });
  });

  it('re-analyses an article on request from the popup', async () => {
    const { id } = await saveArticle(db, extractedPayload({ text: TEXT }), 1);
    await db.articles.update(id, { analysisState: 'error', analysisError: 'old failure' });
    background = registerBackground(depsFor(db));

    const actual = await deliver(
      { type: 'popupToBackground.reanalyseArticle', payload: { articleId: id } },
      popupSender(),
    );

    expect(actual).toEqual({ ok: true, value: { state: 'done' } });
    expect(await db.articles.get(id)).toMatchObject({ analysisState: 'done' });
    expect((await db.articles.get(id))?.analysisError).toBeUndefined();
  });
});

describe('resuming after the worker was stopped', () => {
  it.each([
    ['browser start', () => fakeBrowser.runtime.onStartup.trigger()],
    ['install or update', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never)],
    [
      'the first message',
      () => deliver({ type: 'contentToBackground.getPageStatus', payload: { url: 'https://a.example/' } }, tabSender()),
    ],
  ])('analyses articles left pending, on %s', async (_name, wake) => {
    const { id } = await saveArticle(db, extractedPayload({ text: TEXT }), 1);
    background = registerBackground(depsFor(db));

    await wake();

    await vi.waitFor(async () => expect(await stateOf(id)).toBe('done'));
    expect(await db.mentions.where('articleId').equals(id).count()).toBe(ANALYSIS_MENTIONS);
  });

  it('re-analyses articles analysed by an older version on update', async () => {
    const { id } = await saveArticle(db, extractedPayload({ text: TEXT }), 1);
    await db.articles.update(id, { analysisState: 'done', analysisVersion: 1 });
    background = registerBackground(depsFor(db, undefined, 2));

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);

    await vi.waitFor(async () => expect((await db.articles.get(id))?.analysisVersion).toBe(2));
    expect(await stateOf(id)).toBe('done');
  });
});

describe('retention', () => {
  it.each([
    ['browser start', () => fakeBrowser.runtime.onStartup.trigger()],
    ['install or update', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never)],
  ])('deletes articles not read within the retention on %s, keeping starred ones', async (_name, wake) => {
    const old = await saveArticle(
      db,
      extractedPayload({
        pageUrl: 'https://a.example/old',
        meta: { ...extractedPayload().meta, url: 'https://a.example/old' },
      }),
      1,
    );
    const starred = await saveArticle(
      db,
      extractedPayload({
        pageUrl: 'https://a.example/starred',
        meta: { ...extractedPayload().meta, url: 'https://a.example/starred' },
      }),
      1,
    );
    await db.articles.update(starred.id, { starred: 1 });
    await setSetting(db, 'retentionDays', 30);
    background = registerBackground(depsFor(db));

    await wake();

    await vi.waitFor(async () => expect(await db.articles.get(old.id)).toBeUndefined());
    expect((await db.articles.toArray()).map((a) => a.id)).toEqual([starred.id]);
  });
});
