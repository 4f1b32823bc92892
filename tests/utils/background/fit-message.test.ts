import { describe, expect, it } from 'vitest';
import { META_LIMITS, fitArticleMessage } from '@/utils/background/fit-message';
import { MAX_TEXT_LENGTH, MAX_URL_LENGTH, requestValidators } from '@/utils/messaging/protocol';
import { extractedPayload } from '../messaging/fixtures';

const validate = (message: unknown) => requestValidators['contentToBackground.articleExtracted'](message, 'payload');
const long = (n: number, unit = 'A') => unit.repeat(n);

describe('fitArticleMessage', () => {
  it('leaves a message within the limits as it is', () => {
    const expected = extractedPayload();

    expect(fitArticleMessage(expected)).toEqual(expected);
  });

  it.each([
    ['title', { title: long(100_000) }],
    ['byline', { byline: long(50_000) }],
    ['siteName', { siteName: long(20_000) }],
    ['excerpt', { excerpt: long(200_000) }],
    ['lang', { lang: long(100) }],
    ['publishedTime', { publishedTime: long(1000) }],
    ['url', { url: `https://news.example.org/${long(MAX_URL_LENGTH)}` }],
    ['title ending in an emoji at the limit', { title: long(META_LIMITS.title - 1) + '😀'.repeat(10) }],
  ])('makes an over-long %s fit the validator, which refused it', (_name, meta) => {
    const hostile = { ...extractedPayload(), meta: { ...extractedPayload().meta, ...meta } };

    expect(() => validate(hostile)).toThrow();
    const actual = validate(fitArticleMessage(hostile));

    expect(actual.pageUrl).toBe(hostile.pageUrl);
    expect(actual.text).toBe(hostile.text);
    expect(actual.meta.title).not.toMatch(/[\uD800-\uDBFF]…?$/);
  });

  it('cuts a long title with an ellipsis, keeping its start', () => {
    const hostile = extractedPayload({ meta: { ...extractedPayload().meta, title: 'Start ' + long(10_000) } });

    const actual = fitArticleMessage(hostile).meta.title!;

    expect(actual.length).toBe(META_LIMITS.title);
    expect(actual.startsWith('Start AAA')).toBe(true);
    expect(actual.endsWith('…')).toBe(true);
  });

  it('keeps the first MAX_TEXT_LENGTH characters of an over-long text, so offsets stay right', () => {
    const text = 'word '.repeat(MAX_TEXT_LENGTH / 5 + 1000);

    const actual = fitArticleMessage(extractedPayload({ text }));

    expect(actual.text.length).toBe(MAX_TEXT_LENGTH);
    expect(text.startsWith(actual.text)).toBe(true);
    expect(() => validate(actual)).not.toThrow();
  });
});
