/** Publication dates from `<time>` elements in the story's header. */

/** A paragraph at least this long marks the start of the article body; a `<time>` after it is not the byline's. */
const BODY_PARAGRAPH_CHARS = 120;

/** Bound on the `<article>` elements compared (listing pages can hold hundreds of teaser cards). */
const MAX_ARTICLES = 50;

/** The element holding the story: the `<article>` with the most text (teaser cards are also `<article>`s), else `<main>`. */
function storyElement(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLength = -1;
  for (const article of Array.from(doc.querySelectorAll('article')).slice(0, MAX_ARTICLES)) {
    const length = (article.textContent ?? '').length;
    if (length > bestLength) [best, bestLength] = [article, length];
  }
  return best ?? doc.querySelector('main, [role="main"]');
}

/** The first `<time datetime>` of `root` that comes before its body text (the dateline under the headline). */
function timeBeforeBody(root: Element): string | null {
  for (const el of Array.from(root.querySelectorAll('time[datetime], p'))) {
    if (el.tagName === 'TIME') return el.getAttribute('datetime');
    if ((el.textContent ?? '').trim().length >= BODY_PARAGRAPH_CHARS) return null;
  }
  return null;
}

/** `datetime` values of `<time>` elements marking the story's publication, the likeliest first. */
export function headerTimeDates(doc: Document): string[] {
  // Scoped to the story: on listing-heavy pages teaser cards carry their own <time pubdate> (the Telegraph's do).
  const story = storyElement(doc) ?? doc.body;
  if (!story) return [];
  return [
    story.querySelector('time[pubdate][datetime]')?.getAttribute('datetime') ?? null,
    story.querySelector('header time[datetime]')?.getAttribute('datetime') ?? null,
    timeBeforeBody(story),
  ].filter((d): d is string => d !== null);
}
