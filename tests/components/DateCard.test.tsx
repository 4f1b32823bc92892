// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DateCard } from '@/components/DateCard';

afterEach(cleanup);

describe('DateCard', () => {
  it('shows the resolved date, the words the article used and how they were read', () => {
    render(
      <DateCard
        label="October 2023"
        quote="Last month"
        reading="from the publication date 8 Nov 2023"
        nearby={[{ dateLabel: 'August 2023', sentence: 'A launch failed in August.' }]}
        onClose={() => {}}
      />,
    );

    expect(screen.getByRole('dialog', { name: 'October 2023' })).toBeTruthy();
    expect(screen.getByText('Last month').tagName).toBe('Q');
    expect(screen.getByText(/from the publication date 8 Nov 2023/)).toBeTruthy();
    expect(screen.getByText('August 2023')).toBeTruthy();
    expect(screen.getByText('A launch failed in August.')).toBeTruthy();
  });

  it('says when the article has no other dated events', () => {
    render(<DateCard label="2023" quote="this year" reading="as written" nearby={[]} onClose={() => {}} />);
    expect(screen.getByText('No other dated events in this article.')).toBeTruthy();
  });
});
