import type { Browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_MESSAGES,
  ValidationError,
  parseEnvelope,
  requestValidators,
  senderProblem,
  type Self,
} from '@/utils/messaging';

/**
 * Every message the background accepts, including ones added later, is validated and its sender checked: a payload
 * with a field nobody declared, a payload that is not an object, or an over-long string is refused; a content
 * message must come from a tab of this extension showing a web page, a popup message from one of our own pages.
 */

const self: Self = { id: 'dateline-id', origin: 'chrome-extension://dateline-id/' };
const webPage = 'https://news.example.org/story';
const senders: Record<string, Browser.runtime.MessageSender> = {
  'another extension': {
    id: 'other-id',
    url: 'chrome-extension://other-id/page.html',
    tab: { id: 3 } as Browser.tabs.Tab,
  },
  'a tabless context of ours': { id: self.id, url: webPage },
  'our script in an extension page tab': {
    id: self.id,
    url: `${self.origin}popup.html`,
    tab: { id: 3 } as Browser.tabs.Tab,
  },
  'our content script in a web page': { id: self.id, url: webPage, tab: { id: 3 } as Browser.tabs.Tab },
  'our popup': { id: self.id, url: `${self.origin}popup.html` },
};

/** Who may send each direction of message. */
const allowed: Record<string, string[]> = {
  contentToBackground: ['our content script in a web page'],
  popupToBackground: ['our popup', 'our script in an extension page tab'],
};

describe.each(BACKGROUND_MESSAGES)('%s', (type) => {
  it('has a validator', () => {
    expect(typeof requestValidators[type]).toBe('function');
  });

  it.each([
    ['a payload with an undeclared field', { __proto__: null, injected: '<img src=x onerror=alert(1)>' }],
    ['a payload that is a string', 'payload'],
    ['a payload that is an array', []],
    ['no payload', undefined],
  ])('refuses %s', (_name, payload) => {
    expect(() => parseEnvelope({ type, payload }, BACKGROUND_MESSAGES)).toThrow(ValidationError);
  });

  it.each(Object.keys(senders))('from %s: accepted only when the direction allows it', (name) => {
    const direction = type.split('.')[0]!;
    const expected = allowed[direction]!.includes(name);

    const actual = senderProblem(type, senders[name]!, self);

    expect(actual === null).toBe(expected);
  });
});

describe('string limits', () => {
  it.each([
    ['contentToBackground.getPageStatus', { url: `https://a.example/${'x'.repeat(9000)}` }],
    ['contentToBackground.getEarlierReading', { kind: 'person', key: 'k'.repeat(201), excludeArticleId: 1, limit: 5 }],
    ['contentToBackground.getEarlierReading', { kind: 'person', key: 'putin', excludeArticleId: 1, limit: 10_000 }],
    ['popupToBackground.setSiteDisabled', { url: 'javascript:alert(1)', disabled: true }],
  ])('%s refuses %j', (type, payload) => {
    expect(() => parseEnvelope({ type, payload }, BACKGROUND_MESSAGES)).toThrow(ValidationError);
  });
});
