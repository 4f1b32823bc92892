// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageTimeline } from '@/components/PageTimeline';
import type { EventRecord } from '@/utils/db/schema';
import type { EntitySpan } from '@/utils/popup/highlights';
import { groupArticleEvents } from '@/utils/timeline/groupArticleEvents';

afterEach(cleanup);

const TEXT =
  'Last month, South Korea condemned North Korea. ' +
  'North Korea failed in May. ' +
  'North Korea will try again in the coming months.';

function event(id: number, sentence: string, timex: string, value: string, start: string | null): EventRecord {
  const s = TEXT.indexOf(sentence);
  const t = TEXT.indexOf(timex, s);
  return {
    id,
    articleId: 1,
    value,
    start,
    end: start,
    text: sentence,
    sentence: { start: s, end: s + sentence.length },
    timex: { start: t, end: t + timex.length, text: timex },
    people: [],
    countries: ['KP'],
  };
}

const events = [
  event(1, 'Last month, South Korea condemned North Korea.', 'Last month', '2023-10', '2023-10-01'),
  event(2, 'North Korea failed in May.', 'May', '2023-05', '2023-05-01'),
  event(3, 'North Korea will try again in the coming months.', 'in the coming months', 'FUTURE_REF', null),
];

const spans: EntitySpan[] = [...TEXT.matchAll(/North Korea|South Korea/g)].map((m) => ({
  kind: 'country',
  key: m[0] === 'North Korea' ? 'KP' : 'KR',
  start: m.index,
  end: m.index + m[0].length,
}));

function renderTimeline(overrides: Partial<Parameters<typeof PageTimeline>[0]> = {}) {
  const onChooseEntity = vi.fn();
  render(
    <PageTimeline
      title="North Korea's satellite"
      site="Air & Space"
      publishedTime="2023-11-08"
      timeline={groupArticleEvents(events)}
      spans={spans}
      people={[{ kind: 'person', key: 'vladimir-putin', name: 'Vladimir Putin', detail: 'Russian President' }]}
      countries={[{ kind: 'country', key: 'KP', name: 'North Korea' }]}
      onChooseEntity={onChooseEntity}
      {...overrides}
    />,
  );
  return onChooseEntity;
}

describe('PageTimeline', () => {
  it('lists dated events in calendar order, each date as resolved and as written, then the vague ones', () => {
    renderTimeline();

    const dated = within(screen.getByRole('region', { name: 'Timeline' }))
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('date-group'))
      .map((li) => li.textContent);
    const vague = screen.getByRole('region', { name: 'Undated and vague' }).textContent;

    expect(dated).toEqual([
      'May 2023As written: “May”North Korea failed in May.',
      'October 2023As written: “Last month”Last month, South Korea condemned North Korea.',
    ]);
    expect(vague).toContain('Expected: in the coming monthsNorth Korea will try again in the coming months.');
  });

  it('highlights the people and countries of each sentence', () => {
    renderTimeline();

    const actual = [...document.querySelectorAll('mark')].map((m) => [m.textContent, m.className]);

    expect(actual).toEqual([
      ['North Korea', 'sentence__mark sentence__mark--country'],
      ['South Korea', 'sentence__mark sentence__mark--country'],
      ['North Korea', 'sentence__mark sentence__mark--country'],
      ['North Korea', 'sentence__mark sentence__mark--country'],
    ]);
  });

  it('offers chips that open an entity', () => {
    const onChoose = renderTimeline();

    fireEvent.click(
      within(screen.getByRole('list', { name: 'People' })).getByRole('button', { name: 'Vladimir Putin' }),
    );

    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'person', key: 'vladimir-putin' }));
  });

  it.each([
    ['an article still being analysed', 'Analysing this article…', 'Analysing this article…'],
    ['an article without dates', null, 'No dated events in this article.'],
  ])('says so for %s', (_name, note, expected) => {
    renderTimeline({ timeline: { dated: [], vague: [] }, note });

    expect(screen.getByText(expected)).toBeTruthy();
  });

  it('renders page text as text, never as markup', () => {
    renderTimeline({ title: '<img src=x onerror=alert(1)>' });

    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
