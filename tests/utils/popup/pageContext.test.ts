import { describe, expect, it } from 'vitest';
import { resolvePageContext, type TabsApi } from '@/utils/popup/pageContext';

function tabs(active: { id?: number; url?: string } | undefined, byId: Record<number, string> = {}): TabsApi {
  return {
    query: async () => (active ? [active] : []),
    get: async (id) => {
      if (!(id in byId)) throw new Error('No tab with id');
      return { id, url: byId[id] };
    },
  };
}

describe('resolvePageContext', () => {
  it.each([
    [
      'the active tab in the toolbar',
      '',
      tabs({ id: 3, url: 'https://a.example/x' }),
      { tabId: 3, url: 'https://a.example/x', articleId: null },
    ],
    [
      'an active tab that is not a web page',
      '',
      tabs({ id: 3, url: 'chrome://newtab/' }),
      { tabId: 3, url: null, articleId: null },
    ],
    ['an active tab whose address is withheld', '', tabs({ id: 3 }), { tabId: 3, url: null, articleId: null }],
    ['no active tab', '', tabs(undefined), { tabId: null, url: null, articleId: null }],
    [
      '?url=',
      '?url=https%3A%2F%2Fb.example%2Fy',
      tabs({ id: 3 }),
      { tabId: null, url: 'https://b.example/y', articleId: null },
    ],
    [
      '?url= that is not a web address',
      '?url=javascript%3Aalert(1)',
      tabs({ id: 3 }),
      { tabId: 3, url: null, articleId: null },
    ],
    ['?article=', '?article=12', tabs({ id: 3 }), { tabId: null, url: null, articleId: 12 }],
    ['?article= that is no id', '?article=-4', tabs({ id: 3 }), { tabId: 3, url: null, articleId: null }],
    [
      '?tab=',
      '?tab=7',
      tabs({ id: 3 }, { 7: 'http://c.example/' }),
      { tabId: 7, url: 'http://c.example/', articleId: null },
    ],
    ['?tab= of a closed tab', '?tab=8', tabs({ id: 3 }), { tabId: 8, url: null, articleId: null }],
  ])('for %s', async (_name, search, api, expected) => {
    const actual = await resolvePageContext(new URLSearchParams(search), api);

    expect(actual).toEqual(expected);
  });
});
