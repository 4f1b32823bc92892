// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RetentionSetting } from '@/components/RetentionSetting';
import { StorageUsage, formatBytes } from '@/components/StorageUsage';

afterEach(cleanup);

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [999, '999 bytes'],
    [1500, '1.5 kB'],
    [1_300_000, '1.3 MB'],
    [11_000_000_000, '11 GB'],
  ])('%i → %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

describe('StorageUsage', () => {
  it.each([
    [null, 'Measuring…', true],
    [{ usage: 1_300_000, quota: 11_000_000_000, persisted: false }, '1.3 MB used of 11 GB available.', true],
    [{ usage: 2000, quota: null, persisted: true }, '2.0 kB used.', false],
    [{ usage: null, quota: null, persisted: null }, 'The browser does not say how much storage is used.', true],
  ])('shows %j', (info, expected, offersPersist) => {
    const onPersist = vi.fn();
    render(<StorageUsage info={info} onPersist={onPersist} />);

    expect(screen.getByText(expected)).toBeTruthy();
    const button = screen.queryByRole('button', { name: 'Ask for persistent storage' });
    expect(button !== null).toBe(offersPersist);
    if (button) fireEvent.click(button);
    expect(onPersist).toHaveBeenCalledTimes(offersPersist ? 1 : 0);
  });
});

describe('RetentionSetting', () => {
  it.each([
    ['keeping forever', 30, () => fireEvent.click(screen.getByLabelText('Forever')), null],
    ['keeping N days', null, () => fireEvent.click(screen.getByLabelText('Delete articles not read for')), 90],
    [
      'changing the days',
      30,
      () => fireEvent.change(screen.getByRole('spinbutton', { name: 'Days' }), { target: { value: '7' } }),
      7,
    ],
  ])('reports %s', (_name, days, act, expected) => {
    const onChange = vi.fn();
    render(<RetentionSetting days={days} onChange={onChange} />);

    act();

    expect(onChange).toHaveBeenCalledWith(expected);
  });

  it('ignores a number of days out of range', () => {
    const onChange = vi.fn();
    render(<RetentionSetting days={30} onChange={onChange} />);

    fireEvent.change(screen.getByRole('spinbutton', { name: 'Days' }), { target: { value: '0' } });

    expect(onChange).not.toHaveBeenCalled();
  });
});
