import { describe, expect, it } from 'vitest';
import { parseAnnotateArgs, UsageError } from '../../../scripts/annotate/args';

describe('parseAnnotateArgs', () => {
  it.each([
    [['page.html'], { mode: 'page', file: 'page.html', url: null }],
    [['page.html', '--url', 'https://a.example/x'], { mode: 'page', file: 'page.html', url: 'https://a.example/x' }],
    [['--url=https://a.example/x', 'page.html'], { mode: 'page', file: 'page.html', url: 'https://a.example/x' }],
    [['--text', 'a.txt', '--date', '2023-11-08'], { mode: 'text', file: 'a.txt', date: '2023-11-08' }],
    [['--text', 'a.txt'], { mode: 'text', file: 'a.txt', date: null }],
    [['--jsonl'], { mode: 'jsonl' }],
  ])('%j', (argv, expected) => {
    expect(parseAnnotateArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], /no input/],
    [['a.html', 'b.html'], /one page at a time/],
    [['--jsonl', 'a.html'], /--jsonl/],
    [['--text', 'a.txt', '--url', 'https://a.example'], /--text/],
    [['a.html', '--date', '2023-11-08'], /--date goes with --text/],
    [['--text'], /argument missing|--text/],
    [['--nope'], /Unknown option/],
  ])('%j is a usage error', (argv, expectedMessage) => {
    expect(() => parseAnnotateArgs(argv)).toThrow(UsageError);
    expect(() => parseAnnotateArgs(argv)).toThrow(expectedMessage);
  });
});
