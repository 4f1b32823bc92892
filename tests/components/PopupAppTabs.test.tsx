// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '@/components/PopupApp';

afterEach(cleanup);

const sections = [
  { id: 'page', label: 'This page', content: <p>page view</p> },
  { id: 'history', label: 'History', content: <p>history view</p> },
  { id: 'people', label: 'People & countries', content: <p>people view</p> },
];

describe('PopupApp tabs (WAI-ARIA tabs pattern)', () => {
  it.each([
    ['ArrowRight', 'page', 'History'],
    ['ArrowRight', 'people', 'This page'],
    ['ArrowLeft', 'page', 'People & countries'],
    ['ArrowLeft', 'history', 'This page'],
    ['Home', 'people', 'This page'],
    ['End', 'page', 'People & countries'],
  ])('%s from %s shows and focuses %s', (key, initial, expected) => {
    render(<PopupApp sections={sections} initial={initial} />);

    fireEvent.keyDown(screen.getByRole('tab', { selected: true }), { key });

    const selected = screen.getByRole('tab', { selected: true });
    expect(selected.textContent).toBe(expected);
    expect(document.activeElement).toBe(selected);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(selected.id);
  });

  it('has one tab stop: the selected tab', () => {
    render(<PopupApp sections={sections} initial="history" />);

    const actual = screen.getAllByRole('tab').map((t) => [t.textContent, t.getAttribute('tabindex')]);

    expect(actual).toEqual([
      ['This page', '-1'],
      ['History', '0'],
      ['People & countries', '-1'],
    ]);
  });

  it('renders only the shown view, inside the main landmark, with the controls in the title bar', () => {
    render(<PopupApp sections={sections} controls={<button type="button">Pause everywhere</button>} />);

    expect(screen.getByRole('main').textContent).toContain('page view');
    expect(screen.queryByText('history view')).toBeNull();
    expect(screen.getByRole('banner').textContent).toContain('Pause everywhere');
  });

  it('follows a parent that controls the selection', () => {
    const chosen: string[] = [];
    const { rerender } = render(<PopupApp sections={sections} selected="people" onSelect={(id) => chosen.push(id)} />);
    expect(screen.getByRole('tabpanel').textContent).toBe('people view');

    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    rerender(<PopupApp sections={sections} selected="history" onSelect={(id) => chosen.push(id)} />);

    expect(chosen).toEqual(['history']);
    expect(screen.getByRole('tabpanel').textContent).toBe('history view');
  });
});
