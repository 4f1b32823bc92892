// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EarlierReading } from '@/components/EarlierReading';

afterEach(cleanup);

describe('EarlierReading', () => {
  it('lists items in the order given, each with a link to its article', () => {
    const items = [1, 2, 3].map((n) => ({
      articleId: n,
      dateLabel: `${n} Sep 2023`,
      sentence: `Sentence ${n}.`,
      title: `Article ${n}`,
      url: `https://news.example.org/${n}`,
    }));
    render(<EarlierReading state={{ status: 'ready', items }} subject="Japan" />);

    const actual = screen.getAllByRole('link').map((a) => a.textContent);
    expect(actual).toEqual(['Article 1', 'Article 2', 'Article 3']);
  });
});
