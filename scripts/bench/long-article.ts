/**
 * A synthetic long news article for the page-cost figures: TempEval-3 news texts (dated, with people and countries)
 * run together into ~5,000 words of realistic HTML — paragraphs of two or three sentences under a headline, with a
 * site header, navigation, a related-links aside and a footer that are not part of the article.
 */
import { tempevalDocs } from './corpus';
import { countWords } from './stats';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The page's HTML and its article's word count; null without the TempEval corpus. */
export function longArticleHtml(words = 5_000): { html: string; words: number } | null {
  const docs = tempevalDocs().filter((d) => d.date);
  if (docs.length === 0) return null;
  const sentences = docs
    .flatMap((d) => d.text.replace(/\s+/g, ' ').split(/(?<=[.!?]["”]?)\s+(?=[A-Z"“])/))
    .map((s) => s.trim())
    .filter((s) => s.length > 30);
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i += 3) {
    const text = sentences.slice(i, i + 3).join(' ');
    if (!text) break;
    paragraphs.push(`<p>${escapeHtml(text)}</p>`);
    count += countWords(text);
  }
  const date = docs[0]!.date!.slice(0, 10);
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>The week in world news: a long read | The Harbourside Gazette</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="${date}T08:00:00Z">
<style>body{font:18px/1.6 Georgia,serif;max-width:46em;margin:auto}aside{font-size:14px}</style>
</head><body><header><a href="/">The Harbourside Gazette</a><nav><a href="/world">World</a> · <a href="/business">Business</a> · <a href="/sport">Sport</a></nav></header>
<main><article><h1>The week in world news: a long read</h1><p class="byline">By Staff Reporters</p>
${paragraphs.join('\n')}
</article><aside><h2>Related</h2><ul><li><a href="/a">Markets close higher</a></li><li><a href="/b">Storm warning for the coast</a></li></ul></aside></main>
<footer><a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></footer></body></html>`;
  return { html, words: count };
}
