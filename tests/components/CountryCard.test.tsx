// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CountryCard } from '@/components/CountryCard';

afterEach(cleanup);

describe('CountryCard', () => {
  it.each([
    { count: 1, expected: 'Mentioned once in this article' },
    { count: 7, expected: 'Mentioned 7 times in this article' },
  ])('shows flag, name, people and "$expected"', ({ count, expected }) => {
    render(
      <CountryCard
        code="KP"
        name="North Korea"
        mentionCount={count}
        people={['Kim Jong Un', 'Choe Son Hui']}
        earlier={{ status: 'ready', items: [] }}
        onClose={() => {}}
      />,
    );

    expect(screen.getByRole('dialog', { name: 'North Korea' })).toBeTruthy();
    expect(screen.getByText('\u{1F1F0}\u{1F1F5}')).toBeTruthy();
    expect(screen.getByText(expected)).toBeTruthy();
    expect(screen.getByText('People from here in this article: Kim Jong Un, Choe Son Hui')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Earlier in your reading' })).toBeTruthy();
  });
});
