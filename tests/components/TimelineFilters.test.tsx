// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '@/components/ExportMenu';
import { ImportButton } from '@/components/ImportButton';
import { TimelineFilters } from '@/components/TimelineFilters';
import type { TimelineFilter } from '@/utils/db/queries/timelines';

afterEach(cleanup);

const people = [
  { key: 'vladimir-putin', name: 'Vladimir Putin', articles: 4 },
  { key: 'kim-jong-un', name: 'Kim Jong Un', articles: 3 },
];
const countries = [{ key: 'KP', name: 'North Korea', articles: 5 }];
const collections = [{ id: 7, name: 'Korea', createdAt: 0, articles: 2 }];

function renderFilters(value: TimelineFilter, onChange = vi.fn()) {
  render(
    <TimelineFilters
      people={people}
      countries={countries}
      collections={collections}
      value={value}
      onChange={onChange}
    />,
  );
  return onChange;
}

describe('TimelineFilters', () => {
  it.each<[string, string, TimelineFilter]>([
    ['Person', 'vladimir-putin', { personId: 'vladimir-putin' }],
    ['Country', 'KP', { countryCode: 'KP' }],
    ['Collection', '7', { collectionId: 7 }],
    ['From', '2023-01-01', { from: '2023-01-01' }],
    ['To', '2023-12-31', { to: '2023-12-31' }],
  ])('%s = %s sets %j', (label, value, expected) => {
    const onChange = renderFilters({});

    fireEvent.change(screen.getByLabelText(label), { target: { value } });

    expect(onChange).toHaveBeenCalledWith(expected);
  });

  it('removes a filter when set back to "any", and clears all', () => {
    const onChange = renderFilters({ personId: 'kim-jong-un', countryCode: 'KP' });

    fireEvent.change(screen.getByLabelText('Person'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(onChange.mock.calls).toEqual([[{ countryCode: 'KP' }], [{}]]);
  });

  it('lists people with their article counts', () => {
    renderFilters({});

    expect(screen.getByRole('option', { name: 'Vladimir Putin (4)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clear filters' }).hasAttribute('disabled')).toBe(true);
  });
});

describe('ExportMenu and ImportButton', () => {
  it.each([
    ['JSON', 'json'],
    ['CSV', 'csv'],
    ['TimelineJS', 'timelinejs'],
    ['Web Annotation', 'webannotation'],
  ])('the %s button exports %s', (name, expected) => {
    const onExport = vi.fn();
    render(<ExportMenu scopeLabel="Vladimir Putin" onExport={onExport} busy={false} />);

    fireEvent.click(screen.getByRole('button', { name }));

    expect(onExport).toHaveBeenCalledWith(expected);
    expect(screen.getByRole('group', { name: 'Export: Vladimir Putin' })).toBeTruthy();
  });

  it('while busy, keeps its buttons focusable but exports nothing', () => {
    const onExport = vi.fn();
    render(<ExportMenu scopeLabel="All articles" onExport={onExport} busy={true} />);
    const json = screen.getByRole('button', { name: 'JSON' });

    json.focus();
    fireEvent.click(json);

    expect(onExport).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(json);
    expect([json.hasAttribute('disabled'), json.getAttribute('aria-disabled')]).toEqual([false, 'true']);
  });

  it('hands the chosen file to the container', () => {
    const onFile = vi.fn();
    render(<ImportButton onFile={onFile} busy={false} />);
    const input = screen.getByLabelText('Import JSON…') as HTMLInputElement;
    const file = new File(['{}'], 'export.json', { type: 'application/json' });

    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);

    expect(onFile).toHaveBeenCalledWith(file);
  });
});
