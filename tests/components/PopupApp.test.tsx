// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '@/components/PopupApp';

afterEach(cleanup);

describe('PopupApp', () => {
  it('shows a single section without tabs', () => {
    render(<PopupApp sections={[{ id: 'history', label: 'History', content: <p>history here</p> }]} />);

    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.getByRole('main', { name: 'History' }).textContent).toBe('history here');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dateline');
  });

  it('shows tabs for several sections and switches between them', () => {
    render(
      <PopupApp
        sections={[
          { id: 'page', label: 'This page', content: <p>page view</p> },
          { id: 'history', label: 'History', content: <p>history view</p> },
        ]}
        initial="history"
      />,
    );

    expect(screen.getByRole('tabpanel').textContent).toBe('history view');
    fireEvent.click(screen.getByRole('tab', { name: 'This page' }));

    expect(screen.getByRole('tabpanel').textContent).toBe('page view');
    expect(screen.getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: 'History' }).getAttribute('aria-selected')).toBe('false');
  });
});
