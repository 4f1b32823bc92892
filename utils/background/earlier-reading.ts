import type { DatelineDB, EventRecord } from '@/utils/db/schema';
import type { EarlierReadingItem, RequestOf } from '@/utils/messaging';

/** Later calendar start first; events without one (vague references) last. */
function latestFirst(a: EventRecord, b: EventRecord): number {
  const sa = a.start ?? '';
  const sb = b.start ?? '';
  if (sa !== sb) return sa < sb ? 1 : -1;
  return b.id - a.id;
}

/**
 * The latest events (by event date) involving a person or country from stored articles other than
 * `excludeArticleId`, with their article's title and address; one per sentence (the same sentence with two dates is
 * one event for the reader).
 */
export async function earlierReading(
  db: DatelineDB,
  { kind, key, excludeArticleId, limit }: RequestOf<'contentToBackground.getEarlierReading'>,
): Promise<EarlierReadingItem[]> {
  return db.transaction('r', [db.events, db.articles], async () => {
    const index = kind === 'person' ? 'people' : 'countries';
    const events = (await db.events.where(index).equals(key).toArray())
      .filter((e) => e.articleId !== excludeArticleId)
      .sort(latestFirst);
    const seen = new Set<string>();
    const chosen = events.filter((e) => {
      const id = `${e.articleId}:${e.sentence.start}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    const top = chosen.slice(0, limit);
    const articles = await db.articles.bulkGet([...new Set(top.map((e) => e.articleId))]);
    const byId = new Map(articles.flatMap((a) => (a ? [[a.id, a] as const] : [])));
    return top.flatMap((e) => {
      const article = byId.get(e.articleId);
      if (!article) return [];
      return [
        {
          articleId: article.id,
          title: article.title,
          url: article.url,
          siteName: article.siteName,
          value: e.value,
          start: e.start,
          end: e.end,
          text: e.text,
        },
      ];
    });
  });
}
