// @vitest-environment happy-dom
import { describe as suite, expect, it } from 'vitest';
import {
  anchorAll,
  buildTextIndex,
  describe,
  findArticleRoot,
  isExcludedElement,
  type MentionSelector,
} from '@/utils/page/anchoring';
import { collapseWhitespace } from '@/utils/page/anchoring/normalize';
import { extractArticle } from '@/utils/extract';
import { hasPages, hasSeed, pageNames, parsePage, readPage, readSeed } from './load-page';

/** Stand-in for the analysis' mentions: capitalised name-like phrases, as people and countries mostly are. */
function pickMentions(text: string, max: number): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(/\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*/gu)) {
    if (m[0].length < 4) continue;
    found.push({ start: m.index, end: m.index + m[0].length });
    if (found.length >= max) break;
  }
  return found;
}

/** The page as a reader might meet it later: an ad paragraph inserted, whitespace changed, text re-split. */
function modify(doc: Document, root: Element, quote: string): void {
  const paragraphs = root.querySelectorAll('p');
  const middle = paragraphs[Math.floor(paragraphs.length / 2)];
  const ad = doc.createElement('p');
  // The ad repeats a quote in a different context: context must keep the anchor on the article's own occurrence.
  ad.textContent = `Sponsored: read more about ${quote} in our partner magazine today.`;
  middle?.parentNode?.insertBefore(ad, middle);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const t of texts) t.data = t.data.replace(/ /g, ' \n  ');
}

interface RoundTrip {
  /** Mentions anchored in the page as saved. */
  original: number;
  /** Mentions anchored in the modified copy. */
  modified: number;
  total: number;
  /** Anchors in the modified copy whose text is not their quote. */
  wrong: string[];
  /** Quotes the saved page anchors but the modified copy does not. */
  lost: string[];
  /** Anchors outside the article root or inside an excluded element (caption, aside, ad…). */
  outside: string[];
}

function anchorPage(html: string, extractedText: string, selectors: MentionSelector[], change: boolean) {
  const page = parsePage(html);
  const root = findArticleRoot(page, extractedText)!;
  if (change) modify(page, root, selectors[0]?.quote.exact ?? 'nothing');
  return { root, anchors: anchorAll(buildTextIndex(root), selectors, { sourceText: extractedText }) };
}

function roundTrip(html: string): RoundTrip | null {
  const extracted = extractArticle(parsePage(html), 'https://example.com/article');
  if (!extracted) return null;
  const selectors = pickMentions(extracted.text, 300).map((m) => describe(extracted.text, m.start, m.end));
  const original = anchorPage(html, extracted.text, selectors, false).anchors;
  const { root, anchors } = anchorPage(html, extracted.text, selectors, true);
  const actual: RoundTrip = { original: 0, modified: 0, total: selectors.length, wrong: [], lost: [], outside: [] };
  anchors.forEach((a, i) => {
    const expected = collapseWhitespace(selectors[i]!.quote.exact);
    if (original[i]) actual.original += 1;
    if (original[i] && !a) actual.lost.push(expected);
    if (!a) return;
    actual.modified += 1;
    if (collapseWhitespace(a.range.toString()) !== expected) actual.wrong.push(`${expected} → ${a.range.toString()}`);
    for (let el = a.range.startContainer.parentElement; el !== root; el = el.parentElement) {
      if (!el || isExcludedElement(el)) {
        actual.outside.push(expected);
        break;
      }
    }
  });
  return actual;
}

suite('describe', () => {
  const text = 'Amid escalating tensions, South Korean intelligence has issued a warning.\n\nKim added more.';
  it.each([
    {
      start: 26,
      end: 38,
      exact: 'South Korean',
      prefix: 'Amid escalating tensions, ',
      suffix: ' intelligence has issued a warni',
    },
    { start: 0, end: 4, exact: 'Amid', prefix: '', suffix: ' escalating tensions, South Kore' },
    { start: 75, end: 78, exact: 'Kim', prefix: 'telligence has issued a warning.\n\n', suffix: ' added more.' },
  ])('describes [$start, $end) as "$exact" with 32 characters of context', ({ start, end, exact, prefix, suffix }) => {
    const actual = describe(text, start, end);
    expect(actual.quote).toEqual({ type: 'TextQuoteSelector', exact, prefix: prefix.slice(-32), suffix });
    expect(actual.position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('never splits a surrogate pair in the context', () => {
    const emoji = '\u{1F600}';
    const long = `${emoji}${'a'.repeat(31)}Putin${'b'.repeat(31)}${emoji}`;
    const actual = describe(long, 33, 38);
    expect(actual.quote.prefix.startsWith(emoji)).toBe(true);
    expect(actual.quote.suffix.endsWith(emoji)).toBe(true);
  });

  it.each([
    [-1, 2],
    [3, 3],
    [0, 999],
  ])('rejects the span [%i, %i)', (start, end) => {
    expect(() => describe(text, start, end)).toThrow(RangeError);
  });
});

suite('anchorAll on hand-made pages', () => {
  const source = 'Putin met Kim.\n\nLater, Putin left Moscow and Putin spoke.';
  const at = (quote: string, from = 0) =>
    describe(source, source.indexOf(quote, from), source.indexOf(quote, from) + quote.length);
  const selectors = [at('Putin'), at('Putin', 1), at('Putin', 30), at('Moscow')];

  it.each([
    {
      name: 'the same page',
      html: '<article><p>Putin met Kim.</p><p>Later, Putin left Moscow and Putin spoke.</p></article>',
    },
    {
      name: 'whitespace and inline markup changed',
      html: '<article><p>  Putin\n met   <b>Kim</b>.</p>\n<p>Later,&nbsp;<i>Putin</i> left\tMoscow and Putin spoke.</p></article>',
    },
    {
      name: 'an ad paragraph inserted that repeats a quote',
      html: '<article><p>Putin met Kim.</p><p class="x">Ad: Putin mugs, half price.</p><p>Later, Putin left Moscow and Putin spoke.</p></article>',
    },
  ])('finds each occurrence in its own context on $name', ({ html }) => {
    document.body.innerHTML = html;
    const root = document.querySelector('article')!;
    const actual = anchorAll(root, selectors, { sourceText: source }).map((a) => {
      const before = document.createRange();
      before.setStart(root, 0);
      before.setEnd(a!.range.startContainer, a!.range.startOffset);
      return `${collapseWhitespace(before.toString()).slice(-6)}|${a!.range.toString()}`;
    });
    expect(actual).toEqual(['|Putin', 'Later,|Putin', 'ow and|Putin', 'n left|Moscow']);
  });

  it('matches approximately when the quote itself was edited', () => {
    const text = 'The talks with President Vladimir Putin ended without a deal.';
    document.body.innerHTML = '<article><p>The talks with President Vladimír Putin ended without a deal.</p></article>';
    const [actual] = anchorAll(document.querySelector('article')!, [describe(text, 25, 39)]);
    expect(actual?.range.toString()).toBe('Vladimír Putin');
    expect(actual!.score).toBeLessThan(1);
  });

  it('does not mark a short quote that is gone from the page', () => {
    const text = 'It happened in May and again later.';
    document.body.innerHTML = '<article><p>It happened in spring and again later.</p></article>';
    expect(anchorAll(document.querySelector('article')!, [describe(text, 15, 18)])).toEqual([null]);
  });

  it('never gives two selectors the same span', () => {
    const text = 'Putin said. Putin said.';
    document.body.innerHTML = '<article><p>Putin said.</p></article>';
    const actual = anchorAll(document.querySelector('article')!, [describe(text, 0, 5), describe(text, 12, 17)]);
    expect(actual.filter(Boolean)).toHaveLength(1);
  });
});

suite.skipIf(!hasSeed)('round trip on the seed article (../shared/fixtures; skipped when absent)', () => {
  it('anchors every mention of the article text, and none of the captions and the ad', () => {
    const html = readSeed();
    const extracted = extractArticle(parsePage(html), 'https://example.com/article')!;
    const selectors = pickMentions(extracted.text, 300).map((m) => describe(extracted.text, m.start, m.end));
    const { anchors } = anchorPage(html, extracted.text, selectors, true);
    const missed = selectors.filter((_, i) => !anchors[i]).map((s) => s.quote.exact);
    const expected = ['Renowned', 'North Korea', 'Taken', 'Canon', 'Mark', 'North Korea', 'Taken', 'Nikon'];
    expected.push(
      'Advertisement',
      'North Korean',
      'Kim Jong Un',
      'Russian President Vladimir Putin',
      'Taken',
      'Sony Alpha',
    );
    expect(missed).toEqual(expected);
    const marked = anchors.filter(Boolean).map((a) => collapseWhitespace(a!.range.toString()));
    expect(marked).toEqual(
      expect.arrayContaining(['Russian President Vladimir Putin', 'North Korea', 'Last', 'Kim Jong Un']),
    );
  });
});

suite.skipIf(!hasPages)('round trip on real saved pages (../shared/pages; skipped when absent)', () => {
  it.each(pageNames())('%s: a modified copy anchors what the saved page does, each Range reading its quote', (name) => {
    const actual = roundTrip(readPage(name));
    if (!actual) return; // Readability finds no article: nothing to anchor
    expect(actual.wrong).toEqual([]);
    expect(actual.lost).toEqual([]);
    expect(actual.outside).toEqual([]);
    expect(actual.original).toBeGreaterThanOrEqual(Math.floor(actual.total * 0.8));
  });
});
