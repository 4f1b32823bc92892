import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchNavigation } from '@/utils/content/watch-navigation';

/** A window with just what watchNavigation reads: its address, timers and (optionally) the Navigation API. */
function fakeWindow(navigation?: EventTarget) {
  return {
    location: { href: 'https://news.example.org/' },
    setInterval,
    clearInterval,
    navigation,
  } as unknown as Window;
}

function navigate(navigation: EventTarget, url: string) {
  navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
}

afterEach(() => vi.useRealTimers());

describe('watchNavigation', () => {
  it.each([
    ['another address', 'https://news.example.org/2023/11/08/satellite', 1],
    ['the address the page shows (a reload of the same view)', 'https://news.example.org/', 0],
  ])('with the Navigation API, reports a navigation to %s', (_, url, expected) => {
    const navigation = new EventTarget();
    const onChange = vi.fn();
    const stop = watchNavigation(fakeWindow(navigation), onChange);

    navigate(navigation, url);
    stop();
    navigate(navigation, 'https://news.example.org/after-stop');

    expect(onChange).toHaveBeenCalledTimes(expected);
  });

  it('without the Navigation API, notices a changed address within a second, once per change', () => {
    vi.useFakeTimers();
    const win = fakeWindow();
    const onChange = vi.fn();
    const stop = watchNavigation(win, onChange);

    vi.advanceTimersByTime(1000);
    const unchanged = onChange.mock.calls.length;
    (win.location as { href: string }).href = 'https://news.example.org/2023/11/08/satellite';
    vi.advanceTimersByTime(3000);
    const actual = onChange.mock.calls.length;
    stop();
    (win.location as { href: string }).href = 'https://news.example.org/later';
    vi.advanceTimersByTime(3000);

    expect([unchanged, actual, onChange.mock.calls.length]).toEqual([0, 1, 1]);
  });
});
