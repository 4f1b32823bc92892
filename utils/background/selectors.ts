import { articleText } from '@/utils/db/articles';
import type { DatelineDB } from '@/utils/db/schema';
import { describe } from '@/utils/page/anchoring/describe';

/**
 * Gives every stored mention of an article its W3C selectors (quote with context, position), computed from the
 * stored text with the same pure `describe` the page uses. Run right after an analysis is stored, and before the
 * page asks for annotations (older analyses have none): a revisit then marks the page at once, with no analysis.
 * Returns how many mentions it filled.
 */
export async function ensureSelectors(db: DatelineDB, articleId: number): Promise<number> {
  return db.transaction('rw', [db.articleTexts, db.mentions], async () => {
    const text = await articleText(db, articleId);
    if (text === undefined) return 0;
    const missing = (await db.mentions.where('articleId').equals(articleId).toArray()).filter(
      (m) => m.selector === undefined && m.start >= 0 && m.end <= text.length && m.start < m.end,
    );
    if (missing.length === 0) return 0;
    await db.mentions.bulkPut(missing.map((m) => ({ ...m, selector: describe(text, m.start, m.end) })));
    return missing.length;
  });
}
