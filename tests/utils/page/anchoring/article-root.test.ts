// @vitest-environment happy-dom
import { describe as suite, expect, it } from 'vitest';
import { buildTextIndex, findArticleRoot } from '@/utils/page/anchoring';
import { extractArticle } from '@/utils/extract';
import { hasSeed, parsePage, readSeed } from './load-page';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story tells what the minister said about the launch and why it matters.</p>`;

suite('findArticleRoot', () => {
  it('finds the element holding the extracted paragraphs, not the page around it', () => {
    document.body.innerHTML = `<nav><p>${'Home World Sport '.repeat(5)}</p></nav>
      <main><div id="story">${[1, 2, 3, 4].map(paragraph).join('')}</div><aside>${paragraph(9)}</aside></main>`;
    const extracted = [1, 2, 3, 4].map((n) => paragraph(n).replace(/<\/?p>/g, '')).join('\n\n');
    expect(findArticleRoot(document, extracted)?.id).toBe('story');
  });

  it('takes the common parent when the story is split over sibling blocks', () => {
    document.body.innerHTML = `<div id="page"><div id="a">${paragraph(1)}${paragraph(2)}</div><div class="break"></div>
      <div id="b">${paragraph(3)}${paragraph(4)}</div></div>`;
    const extracted = [1, 2, 3, 4].map((n) => paragraph(n).replace(/<\/?p>/g, '')).join('\n\n');
    expect(findArticleRoot(document, extracted)?.id).toBe('page');
  });

  it('falls back to <article> when no paragraph matches', () => {
    document.body.innerHTML = '<header>Site</header><article><p>Now different.</p></article>';
    expect(findArticleRoot(document, 'Text the page no longer has, long enough to be a key.')?.tagName).toBe('ARTICLE');
  });
});

suite('buildTextIndex leaves out what is not the article text', () => {
  it.each([
    ['a caption', '<figure><img alt=""><figcaption>Photo: Reuters</figcaption></figure>'],
    ['an aside', '<aside>Most read: Putin</aside>'],
    ['a nav', '<nav><a href="#">World</a></nav>'],
    ['an ad by class', '<div class="ad-slot">Advertisement</div>'],
    ['related links by class', '<ul class="related-links"><li>Other story</li></ul>'],
    ['aria-hidden text', '<span aria-hidden="true">hidden</span>'],
    ['a complementary region', '<div role="complementary">Box</div>'],
    ['a script and a style', '<script>var a = 1;</script><style>p{}</style>'],
    ['form controls', '<form><label>Email</label><input value="x"><button>Go</button></form>'],
    ['an editable area', '<div contenteditable="true">draft</div>'],
    ['a photo credit', '<span class="image-credit">Getty Images</span>'],
  ])('%s', (_name, html) => {
    document.body.innerHTML = `<article><p>Before.</p>${html}<p>After.</p></article>`;
    expect(buildTextIndex(document.querySelector('article')!).text).toBe('Before. After.');
  });

  it('keeps inline markup and separates blocks by one space', () => {
    document.body.innerHTML = '<article><h2>Head</h2><p>One <b>bold</b>&nbsp;word<br>next</p><p>Two</p></article>';
    expect(buildTextIndex(document.querySelector('article')!).text).toBe('Head One bold word next Two');
  });
});

suite.skipIf(!hasSeed)('the seed article (../shared/fixtures; skipped when absent)', () => {
  it('roots at <article> and leaves its captions and ad out', () => {
    const html = readSeed();
    const extracted = extractArticle(parsePage(html), null)!;
    const page = parsePage(html);
    const root = findArticleRoot(page, extracted.text)!;
    const actual = buildTextIndex(root).text;
    expect(root.tagName).toBe('ARTICLE');
    expect(actual).toContain('Russian President Vladimir Putin has led');
    expect(actual).not.toMatch(/Canon|Nikon|Sony|Advertisement|Most read/);
  });
});
