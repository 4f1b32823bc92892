import type { DatelineDB, ArticleRecord, CountryRecord, EventRecord, MentionRecord, PersonRecord } from '../schema';

/** An article with its text and every row that belongs to it: what exports read and imports write. */
export interface ArticleBundle {
  article: ArticleRecord & { text: string };
  people: PersonRecord[];
  countries: CountryRecord[];
  mentions: MentionRecord[];
  events: EventRecord[];
}

function groupByArticle<T extends { articleId: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.articleId);
    if (list) list.push(row);
    else map.set(row.articleId, [row]);
  }
  return map;
}

/** Loads the bundles of the given articles (missing ids are skipped), in the order given. */
export async function loadArticleBundles(db: DatelineDB, ids: readonly number[]): Promise<ArticleBundle[]> {
  return db.transaction(
    'r',
    [db.articles, db.articleTexts, db.people, db.countries, db.mentions, db.events],
    async () => {
      const keys = [...ids];
      const [articles, texts, people, countries, mentions, events] = await Promise.all([
        db.articles.bulkGet(keys),
        db.articleTexts.bulkGet(keys),
        db.people.where('articleId').anyOf(keys).toArray(),
        db.countries.where('articleId').anyOf(keys).toArray(),
        db.mentions.where('articleId').anyOf(keys).toArray(),
        db.events.where('articleId').anyOf(keys).toArray(),
      ]);
      const p = groupByArticle(people);
      const c = groupByArticle(countries);
      const m = groupByArticle(mentions);
      const e = groupByArticle(events);
      return articles
        .flatMap((record, i) => (record === undefined ? [] : [{ ...record, text: texts[i]?.text ?? '' }]))
        .map((article) => ({
          article,
          people: p.get(article.id) ?? [],
          countries: c.get(article.id) ?? [],
          mentions: m.get(article.id) ?? [],
          events: e.get(article.id) ?? [],
        }));
    },
  );
}
