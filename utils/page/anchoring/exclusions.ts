/**
 * What inside an article's root is not the article's own text, so never marked: page chrome, captions and their photo
 * credits, asides and related links, ads, hidden text, code and form controls, and Dateline's own UI.
 * Decided from tag, attributes and class names only (no computed style), so the text walk stays cheap.
 */

/** Elements whose text is never article prose. */
const EXCLUDED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'MATH',
  'VIDEO',
  'AUDIO',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'LABEL',
  'FORM',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FIGURE',
  'FIGCAPTION',
  'PICTURE',
  'DIALOG',
  'DATELINE-UI',
  'DATELINE-MARK-LAYER',
]);

/** Landmark and widget roles that are not the article body. */
const EXCLUDED_ROLES = new Set([
  'complementary',
  'navigation',
  'banner',
  'contentinfo',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
  'figure',
  'img',
  'button',
  'form',
]);

/** Class/id tokens of ads, promos, share bars, related links, captions and credits (after Readability's "unlikely"). */
const EXCLUDED_NAME =
  /(?:^|[\s_-])(?:ads?|advert\w*|sponsor\w*|promo\w*|related|recommend\w*|newsletter|share|sharing|social|outbrain|taboola|caption|credit|byline|comments?|subscribe|paywall|popup|modal|breadcrumbs?|tags?)(?:[\s_-]|$)/i;

/** True when `el` and everything inside it is left unmarked. */
export function isExcludedElement(el: Element): boolean {
  if (EXCLUDED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && EXCLUDED_ROLES.has(role.trim().toLowerCase())) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
  return names.length > 1 && EXCLUDED_NAME.test(names);
}

/** Elements that start a new line of text; their boundaries separate words the way the extraction's "\n\n" does. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
