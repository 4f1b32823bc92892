// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { EarlyHistory } from '@/utils/popup/earlyHistory';
import type { EarlyReads } from '@/utils/popup/earlyReads';
import { drawFirstScreen } from '@/utils/popup/firstScreen';
import type { PageContext } from '@/utils/popup/pageContext';
import { popupShellMarkup } from '@/utils/popup/shellMarkup';
import type { PopupViewId } from '@/utils/popup/views';
import { entry, NOW } from '../../components/historyFixtures';

const NOWHERE: PageContext = { tabId: null, url: null, articleId: null };
const WEB_PAGE: PageContext = { tabId: 7, url: 'https://www.news.example.org/story', articleId: null };
const EARLY: EarlyHistory = { articles: [entry({ id: 2, title: 'Second' }), entry({ id: 1, title: 'First' })] };

/** A popup page's #early element holding the prerendered frame, as popup.html has it. */
function earlyRoot(): HTMLElement {
  const root = document.createElement('div');
  root.id = 'early';
  root.innerHTML = popupShellMarkup(); // The build's own static markup (no page data), as in popup.html.
  document.body.append(root);
  return root;
}

function reads(page: PageContext, history: EarlyHistory | null): EarlyReads {
  return { page: Promise.resolve(page), history: Promise.resolve(history) };
}

const selected = (root: Element) => root.querySelector('[role=tab][aria-selected=true]')?.textContent;
const titles = (root: Element) => [...root.querySelectorAll('.history-item__title')].map((t) => t.textContent);

afterEach(() => {
  document.body.replaceChildren();
});

describe('drawFirstScreen', () => {
  it.each<[string, PageContext, EarlyHistory | null, PopupViewId | null, string, string[], string]>([
    ['no web page: the History and its rows', NOWHERE, EARLY, null, 'History', ['Second', 'First'], ''],
    ['no early read: the History, loading', NOWHERE, null, null, 'History', [], 'Loading…'],
    ['a web page: This page, loading', WEB_PAGE, EARLY, null, 'This page', [], 'Loading…'],
    ['a view named in the address', WEB_PAGE, EARLY, 'history', 'History', ['Second', 'First'], ''],
    ['People & countries named', NOWHERE, EARLY, 'people', 'People & countries', [], 'Loading…'],
  ])('%s', async (_name, page, history, chosen, expectedView, expectedTitles, expectedStatus) => {
    const root = earlyRoot();

    const actualRows = await drawFirstScreen(root, reads(page, history), chosen, () => NOW);

    expect(selected(root)).toBe(expectedView);
    expect(titles(root)).toEqual(expectedTitles);
    expect(actualRows).toBe(expectedTitles.length);
    expect(root.querySelector('.popup__status')?.textContent ?? '').toBe(expectedStatus);
  });

  it("names the tab's site in the site switch", async () => {
    const root = earlyRoot();

    await drawFirstScreen(root, reads(WEB_PAGE, null), null, () => NOW);

    expect(root.querySelector('.toggle')?.textContent).toBe('On for news.example.org');
  });

  it('draws over the prerendered frame, keeping its elements (nothing is redrawn from scratch)', async () => {
    const root = earlyRoot();
    const expected = root.querySelector('#tab-history');

    await drawFirstScreen(root, reads(NOWHERE, EARLY), null, () => NOW);

    expect(root.querySelector('#tab-history')).toBe(expected);
  });

  it("draws nothing once the popup's code has taken the first screen away", async () => {
    const root = earlyRoot();
    const frame = root.innerHTML;
    root.remove();

    const actualRows = await drawFirstScreen(root, reads(NOWHERE, EARLY), null, () => NOW);

    expect(root.innerHTML).toBe(frame);
    expect(actualRows).toBe(0);
  });
});
