import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../scripts/lib/parse-html';

describe('parseHtmlDocument', () => {
  it.each([
    // input, expected <head> children, expected <body> HTML
    ['<p>hi <b>there</b></p>', [], '<p>hi <b>there</b></p>'],
    ['', [], ''],
    ['just text', [], 'just text'],
    ['<title>T</title><meta name="a" content="b"><p>x</p>', ['TITLE', 'META'], '<p>x</p>'],
    ['<!doctype html><head><title>T</title></head><body><p>x</p></body>', ['TITLE'], '<p>x</p>'],
    ['<html lang="fr"><title>T</title><p>x<p>y</html>', ['TITLE'], '<p>x</p><p>y</p>'],
    ['<!DOCTYPE html><html><head><title>T</title></head><body><p>x</p></body></html>', ['TITLE'], '<p>x</p>'],
  ])('%j becomes html > head + body', (html, expectedHead, expectedBody) => {
    const doc = parseHtmlDocument(html);
    expect(doc.documentElement.tagName).toBe('HTML');
    expect(Array.from(doc.head.children).map((el) => el.tagName)).toEqual(expectedHead);
    expect(doc.body.innerHTML.trim()).toBe(expectedBody);
  });

  it('keeps the <html> attributes of a page it rebuilds', () => {
    expect(parseHtmlDocument('<html lang="fr"><p>x</p></html>').documentElement.getAttribute('lang')).toBe('fr');
  });

  it('gives the title of a page whose <head> tag is missing', () => {
    expect(parseHtmlDocument('<title>Storm &amp; Ferry</title><p>x</p>').title).toBe('Storm & Ferry');
  });
});
