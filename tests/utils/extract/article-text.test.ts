import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../scripts/lib/parse-html';
import { articleText, countWords, extractArticle } from '../../../utils/extract';
import { fixtureDoc } from './support';

const textOf = (bodyHtml: string): string =>
  articleText(parseHtmlDocument(`<!DOCTYPE html><html><head></head><body>${bodyHtml}</body></html>`).body);

describe('articleText', () => {
  it.each([
    ['paragraphs apart', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['inline elements in the flow', '<p>The <b>vote</b> was <a href="#">close</a>.</p>', 'The vote was close.'],
    ['whitespace collapsed, across tags too', '<p>  a \n\t b <i> c</i>  </p>', 'a b c'],
    ['<br> as a line break', '<p>Line one<br>line two</p>', 'Line one\nline two'],
    ['nested blocks give one break', '<div><div><p>A.</p></div><div><p>B.</p></div></div>', 'A.\n\nB.'],
    ['text beside blocks', '<div>Lead <p>Body.</p> tail</div>', 'Lead\n\nBody.\n\ntail'],
    ['list items', '<ul><li>First.</li><li>Second.</li></ul>', 'First.\n\nSecond.'],
    ['table cells', '<table><tr><td>Kyiv</td><td>2022</td></tr></table>', 'Kyiv\n\n2022'],
    ['<pre> keeps its spaces', '<pre>a  b\n  c</pre>', 'a  b\nc'],
    ['no-break spaces kept inside, trimmed at edges', '<p>\u00a0Kim\u00a0Jong Un\u00a0</p>', 'Kim\u00a0Jong Un'],
    [
      'scripts, styles and hidden elements unread',
      '<p>A<script>x()</script><style>p{}</style><span hidden>h</span>.</p>',
      'A.',
    ],
    [
      'screen-reader-only text unread',
      '<p><span class="visually-hidden">Photo</span>Troops <span class="sr-only">(opens in a new tab)</span>left.</p>',
      'Troops left.',
    ],
    ['a plain hidden class unread', '<p>A<span class="ad hidden">Advertisement</span>.</p>', 'A.'],
    [
      'a responsive hidden class read (visible on wide screens)',
      '<p>A <span class="hidden md:inline">B</span>.</p>',
      'A B.',
    ],
    ['empty blocks skipped', '<p> </p><p>A.</p><div>\n</div>', 'A.'],
  ])('%s', (_case, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });

  it('reads deeply nested markup without overflowing the stack', () => {
    const depth = 20_000;
    const actual = textOf(`${'<span>'.repeat(depth)}deep${'</span>'.repeat(depth)}`);
    expect(actual).toBe('deep');
  });

  it('gives the fixture article’s visible text in order, one paragraph per block', () => {
    const actual = extractArticle(fixtureDoc('paragraphs.html'), null);
    expect(actual?.text).toBe(
      [
        'The council met on Tuesday, and the vote was close.',
        'Members spoke in turn.\nThen the chair called the vote.',
        '“We listened to every resident,” the mayor said.',
        'Twelve members voted in favour of the plan.',
        'Nine members voted against it after a long debate.',
        'The final text runs to forty pages and will be published online next week, with maps of the new boundaries.',
      ].join('\n\n'),
    );
    expect(actual?.meta.wordCount).toBe(65);
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['one', 1],
    ['  two words  ', 2],
    ['Kim Jong-un met\n\nPutin.', 4],
  ])('%j has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});
