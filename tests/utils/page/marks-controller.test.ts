// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyze, isNotAnalysed } from '@/utils/analysis';
import { analysisToRows } from '@/utils/db/analysisRecords';
import type { MentionRecord } from '@/utils/db/schema';
import { extractArticle } from '@/utils/extract';
import { describe as describeSelector } from '@/utils/page/anchoring';
import type { PageAnnotations } from '@/utils/page/cards/view-model';
import { createPageMarks } from '@/utils/page/marks-controller';
import { hasSeed, readSeed } from './anchoring/load-page';

/** The seed article's stored analysis as the background would send it: real analysis, selectors by describe(). */
function storedAnnotations(doc: Document): { data: PageAnnotations; text: string } {
  const extracted = extractArticle(doc, 'https://example.com/seed')!;
  const result = analyze(extracted.text, { publishedTime: extracted.meta.publishedTime, lang: 'en' });
  if (isNotAnalysed(result)) throw new Error('seed not analysed');
  const rows = analysisToRows(1, result);
  const mentions: MentionRecord[] = rows.mentions.map((m, i) => ({
    ...m,
    id: i + 1,
    selector: describeSelector(extracted.text, m.start, m.end),
  }));
  const events = rows.events.map((e, i) => ({ ...e, id: i + 1 }));
  return {
    data: {
      articleId: 1,
      publishedTime: extracted.meta.publishedTime,
      people: rows.people,
      countries: rows.countries,
      mentions,
      events,
    },
    text: extracted.text,
  };
}

describe.skipIf(!hasSeed)('createPageMarks on the seed article (../shared/fixtures; skipped when absent)', () => {
  it('marks the article text without touching the page tree, and cleans up after itself', async () => {
    document.write(readSeed());
    const { data, text } = storedAnnotations(document);
    const before = document.body.outerHTML;

    const marks = await createPageMarks({ doc: document, data, extractedText: text, loadEarlier: async () => [] });
    const actual = marks.marks.map((m) => `${m.kind}:${m.range.toString()}`);

    expect(actual).toEqual(
      expect.arrayContaining(['person:Vladimir Putin', 'country:North Korea', 'date:Last month', 'person:Kim Yung-ho']),
    );
    // No mention from the captions or the aside: every mark sits in the article's paragraphs.
    for (const m of marks.marks) expect(m.range.startContainer.parentElement?.closest('figcaption, aside')).toBeNull();
    expect(document.body.outerHTML).toBe(before);
    expect(marks.host.parentElement).toBe(document.documentElement);
    expect(marks.host.getAttribute('data-mark-count')).toBe(String(marks.marks.length));
    expect(marks.host.shadowRoot).toBeNull(); // closed: page scripts cannot read the cards

    marks.setVisible(false);
    expect(marks.host.getAttribute('data-state')).toBe('hidden');
    marks.destroy();
    expect(document.querySelector('dateline-ui')).toBeNull();
    expect(document.getElementById('dateline-highlight-style')).toBeNull();
  });

  it('notices when the page re-renders its article and anchors again on the new nodes', async () => {
    document.write(readSeed());
    const { data, text } = storedAnnotations(document);
    const marks = await createPageMarks({ doc: document, data, extractedText: text, loadEarlier: async () => [] });
    const expected = marks.marks.length;

    const article = document.querySelector('article')!;
    article.replaceWith(article.cloneNode(true));
    expect(marks.isStale()).toBe(true);
    await marks.refresh();

    expect(marks.isStale()).toBe(false);
    expect(marks.marks).toHaveLength(expected);
    expect(marks.marks.every((m) => m.range.startContainer.isConnected)).toBe(true);
    marks.destroy();
  });
});
