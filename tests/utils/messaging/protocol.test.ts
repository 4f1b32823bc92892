import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_MESSAGES,
  CONTENT_MESSAGES,
  MAX_HTML_LENGTH,
  MAX_TEXT_LENGTH,
  parseEnvelope,
  ValidationError,
} from '@/utils/messaging';
import { extractedPayload } from './fixtures';

const valid = extractedPayload();

describe('parseEnvelope', () => {
  it.each([
    ['an article', { type: 'contentToBackground.articleExtracted', payload: valid }],
    [
      'an article of exactly the maximum length',
      {
        type: 'contentToBackground.articleExtracted',
        payload: { ...valid, text: 'a'.repeat(MAX_TEXT_LENGTH) },
      },
    ],
    ['an annotations request', { type: 'contentToBackground.getArticleAnnotations', payload: { articleId: 3 } }],
    ['a page-status request', { type: 'contentToBackground.getPageStatus', payload: { url: 'http://a.example/' } }],
    ['a re-analysis request', { type: 'popupToBackground.reanalyseArticle', payload: { articleId: 1 } }],
    [
      "a page's markup of exactly the maximum length",
      {
        type: 'contentToBackground.pageCaptured',
        payload: { pageUrl: 'https://a.example/news/1', html: 'a'.repeat(MAX_HTML_LENGTH) },
      },
    ],
    ['an article page found', { type: 'contentToBackground.articlePageFound', payload: { url: 'http://a.example/' } }],
  ])('accepts %s', (_name, message) => {
    const actual = parseEnvelope(message, BACKGROUND_MESSAGES);

    expect(actual).toEqual(message);
  });

  const article = (patch: Record<string, unknown>) => ({
    type: 'contentToBackground.articleExtracted',
    payload: { ...valid, ...patch },
  });
  const meta = (patch: Record<string, unknown>) => article({ meta: { ...valid.meta, ...patch } });

  it.each([
    ['a non-object', 'hello', 'message: expected an object'],
    ['null', null, 'message: expected an object'],
    ['an unknown type', { type: 'contentToBackground.rm -rf', payload: {} }, 'message.type: expected'],
    ['an extra envelope field', { ...article({}), extra: 1 }, 'message.extra: unexpected field'],
    ['text over 2 MB', article({ text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }), 'payload.text: longer than'],
    ['text that is not a string', article({ text: ['a'] }), 'payload.text: expected a string, got array'],
    ['missing text', article({ text: undefined }), 'payload.text: expected a string, got undefined'],
    ['a javascript: page URL', article({ pageUrl: 'javascript:alert(1)' }), 'payload.pageUrl: not an http(s) URL'],
    ['a relative page URL', article({ pageUrl: '/news/1' }), 'payload.pageUrl: not a URL'],
    ['an over-long title', meta({ title: 'x'.repeat(2001) }), 'payload.meta.title: longer than 2000'],
    ['a numeric byline', meta({ byline: 7 }), 'payload.meta.byline: expected a string, got number'],
    ['a fractional word count', meta({ wordCount: 1.5 }), 'payload.meta.wordCount: expected an integer'],
    ['a negative word count', meta({ wordCount: -1 }), 'payload.meta.wordCount: outside'],
    ['an unknown date source', meta({ publishedSource: 'guess' }), 'payload.meta.publishedSource: expected'],
    ['an extra meta field (e.g. HTML)', meta({ html: '<p>' }), 'payload.meta.html: unexpected field'],
    [
      "a page's markup over the limit",
      {
        type: 'contentToBackground.pageCaptured',
        payload: { pageUrl: 'https://a.example/news/1', html: 'a'.repeat(MAX_HTML_LENGTH + 1) },
      },
      `payload.html: longer than ${MAX_HTML_LENGTH}`,
    ],
    [
      "a page's markup from a non-web address",
      { type: 'contentToBackground.pageCaptured', payload: { pageUrl: 'file:///etc/passwd', html: '<p>' } },
      'payload.pageUrl: not an http(s) URL',
    ],
    ['an article id of 0', { type: 'contentToBackground.getArticleAnnotations', payload: { articleId: 0 } }, 'outside'],
    ['a string article id', { type: 'popupToBackground.reanalyseArticle', payload: { articleId: '1' } }, 'integer'],
    [
      'a content-bound message',
      {
        type: 'backgroundToContent.annotationsReady',
        payload: { articleId: 1, mentionCount: 2 },
      },
      'is not accepted here',
    ],
  ])('rejects %s', (_name, message, expectedError) => {
    const parse = () => parseEnvelope(message, BACKGROUND_MESSAGES);

    expect(parse).toThrow(ValidationError);
    expect(parse).toThrow(expectedError);
  });

  it('returns a copy without fields it did not check', () => {
    const actual = parseEnvelope({ type: 'contentToBackground.articleExtracted', payload: valid }, [
      'contentToBackground.articleExtracted',
    ]);

    expect(actual.payload).not.toBe(valid);
    expect(actual.payload.meta).not.toBe(valid.meta);
  });

  it('splits message names by direction', () => {
    expect(BACKGROUND_MESSAGES.every((t) => /^(contentToBackground|popupToBackground)\./.test(t))).toBe(true);
    expect(CONTENT_MESSAGES).toEqual([
      'backgroundToContent.annotationsReady',
      'backgroundToContent.toggleMarks',
      'backgroundToContent.pageStatusChanged',
    ]);
  });
});
