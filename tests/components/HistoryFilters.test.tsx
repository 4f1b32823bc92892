// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryFilters, type HistoryFiltersProps } from '@/components/HistoryFilters';

afterEach(cleanup);

function renderFilters(overrides: Partial<HistoryFiltersProps> = {}) {
  const props: HistoryFiltersProps = {
    query: '',
    onQuery: vi.fn(),
    filters: {},
    onFilters: vi.fn(),
    expanded: true,
    onExpanded: vi.fn(),
    people: [{ value: 'vladimir-putin', label: 'Vladimir Putin (2)' }],
    countries: [{ value: 'KP', label: 'North Korea (2)' }],
    sites: [{ value: 'World Desk', label: 'World Desk' }],
    summary: '2 articles',
    ...overrides,
  };
  render(<HistoryFilters {...props} />);
  return props;
}

describe('HistoryFilters', () => {
  it('reports every keystroke of the search', () => {
    const props = renderFilters();

    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Put' } });

    expect(props.onQuery).toHaveBeenCalledWith('Put');
  });

  it.each([
    ['Person', 'vladimir-putin', { personId: 'vladimir-putin' }],
    ['Country', 'KP', { countryCode: 'KP' }],
    ['Site', 'World Desk', { siteName: 'World Desk' }],
    ['Published from', '2023-01-01', { from: '2023-01-01' }],
    ['Published until', '2023-12-31', { to: '2023-12-31' }],
  ])('sets the %s filter', (label, value, expected) => {
    const props = renderFilters();

    fireEvent.change(screen.getByLabelText(label), { target: { value } });

    expect(props.onFilters).toHaveBeenCalledWith(expected);
  });

  it('sets the starred filter and counts active filters on its button', () => {
    const props = renderFilters({ filters: { personId: 'vladimir-putin', from: '2023-01-01' } });

    fireEvent.click(screen.getByLabelText('Starred only'));

    expect(props.onFilters).toHaveBeenCalledWith({ personId: 'vladimir-putin', from: '2023-01-01', starredOnly: true });
    expect(screen.getByRole('button', { name: 'Filters (2)' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('shows menus as loading until their choices are read, and hides them when collapsed', () => {
    renderFilters({ people: null });
    expect((screen.getByLabelText('Person') as HTMLSelectElement).disabled).toBe(true);
    cleanup();

    renderFilters({ expanded: false });
    expect(screen.queryByLabelText('Person')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('2 articles');
  });
});
