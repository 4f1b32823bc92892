// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EarlierReading } from '@/components/EarlierReading';
import { EventList } from '@/components/EventList';
import { HistoryItem } from '@/components/HistoryItem';
import { entry, NOW } from '../components/historyFixtures';
import { mergedFixture, NAMES } from '../components/timelineFixtures';

/**
 * Article addresses and titles come from web pages (and imported files). In every list that links to an article,
 * an address that is not http(s) never becomes an href (nor is opened), and markup in a title stays text.
 */

afterEach(cleanup);

const hostileUrls = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(document.cookie)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];
const hostileTitle = '"><img src=x onerror=alert(1)><script>alert(2)</script><svg onload=alert(3)>';

function injected(container: Element): Element[] {
  return [...container.querySelectorAll('img, script, svg[onload], [onerror], [onload], iframe, object')];
}

function hrefs(container: Element): string[] {
  return [...container.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
}

describe('a hostile article address or title', () => {
  it.each(hostileUrls)('HistoryItem: %j is neither a link target nor opened', (url) => {
    const onOpen = vi.fn();
    const { container } = render(
      <ul>
        <HistoryItem entry={entry({ url, title: hostileTitle })} now={NOW} onOpen={onOpen} />
      </ul>,
    );

    fireEvent.click(container.querySelector('a')!);

    expect(hrefs(container).filter((h) => h !== '')).toEqual([]);
    expect(onOpen).not.toHaveBeenCalled();
    expect(injected(container)).toEqual([]);
    expect(container.textContent).toContain(hostileTitle);
  });

  it.each(hostileUrls)('EarlierReading (hover card): %j is not a link', (url) => {
    const items = [
      { articleId: 1, dateLabel: 'Sep 2023', sentence: hostileTitle, title: hostileTitle, url },
      { articleId: 2, dateLabel: 'Oct 2023', sentence: 'Safe.', title: 'Safe', url: 'https://news.example.org/2' },
    ];
    const { container } = render(<EarlierReading state={{ status: 'ready', items }} subject="Japan" />);

    expect(hrefs(container)).toEqual(['https://news.example.org/2']);
    expect(injected(container)).toEqual([]);
    expect(screen.getAllByText(hostileTitle).length).toBe(2);
  });

  it.each(hostileUrls)('EventList (timeline page): %j is not a link', (url) => {
    const { dated, vague } = mergedFixture();
    for (const event of [...dated, ...vague]) {
      for (const source of event.sources) source.article = { ...source.article, url, title: hostileTitle };
    }
    const { container } = render(
      <EventList dated={dated} vague={vague} names={NAMES} selectedKey={null} onSelect={() => {}} />,
    );

    expect(hrefs(container)).toEqual([]);
    expect(injected(container)).toEqual([]);
    expect(screen.getAllByText(hostileTitle).length).toBeGreaterThan(0);
  });
});
