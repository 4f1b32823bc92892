/** Bounds on what an import may hold, so a huge or hostile file is refused before it costs memory or storage. */
export const IMPORT_LIMITS = {
  /** Bytes of the whole file. */
  fileBytes: 200 * 1024 * 1024,
  articles: 50_000,
  collections: 10_000,
  /** Characters of an article's text. */
  textChars: 2_000_000,
  /** People, countries, time expressions or events in one article. */
  entitiesPerArticle: 20_000,
  mentionsPerEntity: 20_000,
  /** Short fields: names, roles, ids, values. */
  shortChars: 1_000,
  /** Titles, excerpts, bylines. */
  mediumChars: 10_000,
  urlChars: 8_192,
} as const;
