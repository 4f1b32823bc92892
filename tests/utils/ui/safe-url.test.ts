import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '@/utils/ui/safe-url';

describe('safeHttpUrl', () => {
  it.each([
    ['https://news.example.org/a?b=1#c', 'https://news.example.org/a?b=1#c'],
    ['http://127.0.0.1:8080/story', 'http://127.0.0.1:8080/story'],
    ['HTTPS://News.Example.org/A', 'https://news.example.org/A'],
    ['  https://news.example.org/a  ', 'https://news.example.org/a'],
  ])('keeps the web address %j as %j', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.domain)',
    ' javascript:alert(1)',
    '\tjava\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'chrome://settings',
    'about:blank',
    'file:///etc/passwd',
    'blob:https://news.example.org/1234',
    'https://bank.example@evil.example/',
    'https://user:pass@news.example.org/',
    '//evil.example/x',
    '/relative/path',
    'not a url',
    '',
    null,
    undefined,
  ])('refuses %j', (input) => {
    expect(safeHttpUrl(input)).toBeUndefined();
  });
});
