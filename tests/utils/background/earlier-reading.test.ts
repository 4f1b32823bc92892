import { beforeEach, describe, expect, it } from 'vitest';
import { earlierReading } from '@/utils/background/earlier-reading';
import { ensureSelectors } from '@/utils/background/selectors';
import { saveAnalysis } from '@/utils/db/analysis';
import { saveArticle } from '@/utils/db/articles';
import type { DatelineDB } from '@/utils/db/schema';
import { analyze, isNotAnalysed } from '@/utils/analysis';
import { describe as describeSelector } from '@/utils/page/anchoring';
import { freshDb } from '../db/helpers';
import { extractedPayload } from '../messaging/fixtures';

/** Three articles about Putin, read one after another, each stored and analysed by the real pipeline. */
const ARTICLES = [
  {
    url: 'https://news.example.org/2023/07/parade',
    title: 'Defence minister at Pyongyang parade',
    published: '2023-07-28T08:00:00Z',
    text: 'In July, Vladimir Putin sent his defence minister to Pyongyang for a military parade.',
  },
  {
    url: 'https://news.example.org/2023/09/spaceport',
    title: 'Putin hosts Kim at spaceport',
    published: '2023-09-14T08:00:00Z',
    text: 'Russian President Vladimir Putin welcomed Kim Jong Un to the Vostochny Cosmodrome on 13 September 2023.',
  },
  {
    url: 'https://news.example.org/2023/11/satellite',
    title: 'Seoul warns of Russian help',
    published: '2023-11-08T08:00:00Z',
    text: 'Last month, Russian President Vladimir Putin met officials in Moscow, South Korea said.',
  },
];

async function store(db: DatelineDB, article: (typeof ARTICLES)[number], now: number): Promise<number> {
  const payload = extractedPayload({
    pageUrl: article.url,
    text: article.text,
    meta: { ...extractedPayload().meta, url: article.url, title: article.title, publishedTime: article.published },
  });
  const saved = await saveArticle(db, payload, now);
  const result = analyze(article.text, { publishedTime: article.published, lang: 'en' });
  if (isNotAnalysed(result)) throw new Error('fixture not analysed');
  await saveAnalysis(db, saved.id, result, { version: 1, now, text: article.text });
  return saved.id;
}

describe('earlierReading', () => {
  let db: DatelineDB;
  let ids: number[];

  beforeEach(async () => {
    db = freshDb();
    ids = [];
    for (const [i, article] of ARTICLES.entries()) ids.push(await store(db, article, 1_700_000_000_000 + i));
  });

  it('lists events about a person from the other articles, latest event first, with title and address', async () => {
    const actual = await earlierReading(db, {
      kind: 'person',
      key: 'vladimir-putin',
      excludeArticleId: ids[2]!,
      limit: 4,
    });

    expect(actual.map((item) => [item.title, item.url, item.value])).toEqual([
      ['Putin hosts Kim at spaceport', ARTICLES[1]!.url, '2023-09-13'],
      ['Defence minister at Pyongyang parade', ARTICLES[0]!.url, '2023-07'],
    ]);
    expect(actual[0]!.text).toContain('Vostochny Cosmodrome');
  });

  it.each([
    { limit: 1, expected: 1 },
    { limit: 20, expected: 2 },
  ])('returns at most $limit events', async ({ limit, expected }) => {
    const actual = await earlierReading(db, {
      kind: 'person',
      key: 'vladimir-putin',
      excludeArticleId: ids[2]!,
      limit,
    });
    expect(actual).toHaveLength(expected);
  });

  it('finds countries by code and never the excluded article', async () => {
    const actual = await earlierReading(db, { kind: 'country', key: 'KP', excludeArticleId: ids[0]!, limit: 5 });
    expect(actual.every((item) => item.articleId !== ids[0])).toBe(true);
  });
});

describe('ensureSelectors', () => {
  it('gives every mention the selectors describe() builds from the stored text, once', async () => {
    const db = freshDb();
    const id = await store(db, ARTICLES[2]!, 1_700_000_000_000);
    await db.mentions
      .where('articleId')
      .equals(id)
      .modify((m) => void delete m.selector);

    const filled = await ensureSelectors(db, id);
    const mentions = await db.mentions.where('articleId').equals(id).toArray();

    expect(filled).toBe(mentions.length);
    expect(filled).toBeGreaterThan(2);
    for (const m of mentions) expect(m.selector).toEqual(describeSelector(ARTICLES[2]!.text, m.start, m.end));
    expect(await ensureSelectors(db, id)).toBe(0);
  });
});
