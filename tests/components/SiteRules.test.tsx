// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteRules, siteFromInput } from '@/components/SiteRules';

afterEach(cleanup);

describe('siteFromInput', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  News.Example.COM ', 'news.example.com'],
    ['https://www.example.com/world/a?b=1', 'example.com'],
    ['http://sub.example.org:8080', 'sub.example.org'],
    ['', null],
    ['localhost', null],
    ['not a site', null],
    ['javascript:alert(1)', null],
  ])('%j → %j', (input, expected) => {
    expect(siteFromInput(input)).toBe(expected);
  });
});

describe('SiteRules', () => {
  it('lists the disabled sites and removes one', () => {
    const onRemove = vi.fn();
    render(<SiteRules sites={['a.example', 'b.example']} onAdd={vi.fn()} onRemove={onRemove} />);

    fireEvent.click(screen.getByRole('button', { name: 'Remove b.example' }));

    expect(screen.getByRole('list', { name: 'Sites where Dateline is off' }).textContent).toContain('a.example');
    expect(onRemove).toHaveBeenCalledWith('b.example');
  });

  it.each([
    ['a site', 'https://www.example.com/x', 'example.com', null],
    ['garbage', 'not a site', undefined, 'Type a site such as example.com.'],
  ])('adding %s', (_name, typed, expected, error) => {
    const onAdd = vi.fn();
    render(<SiteRules sites={[]} onAdd={onAdd} onRemove={vi.fn()} />);

    fireEvent.input(screen.getByLabelText('Turn Dateline off on'), { target: { value: typed } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));

    expect(onAdd.mock.calls[0]?.[0]).toBe(expected);
    expect(screen.queryByRole('alert')?.textContent ?? null).toBe(error);
  });
});
