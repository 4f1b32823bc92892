// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LoadingStatus } from '@/components/LoadingStatus';

afterEach(cleanup);

describe('LoadingStatus', () => {
  it.each([
    [false, undefined, 'Loading…', 'popup__status'],
    [true, undefined, 'Updating your library to the new version of Dateline…', 'popup__status'],
    [true, 'timeline-page__note', 'Updating your library to the new version of Dateline…', 'timeline-page__note'],
  ])('upgrading %s, class %s: says %s', (upgrading, className, expectedText, expectedClass) => {
    const { container } = render(<LoadingStatus upgrading={upgrading} class={className} />);
    const actual = container.querySelector('p');

    expect(actual?.textContent).toBe(expectedText);
    expect(actual?.className).toBe(expectedClass);
  });
});
