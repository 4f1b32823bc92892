// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageFullNotice } from '@/components/StorageFullNotice';
import { storageNearlyFull } from '@/utils/ui/storage-full';

/** A full disk gives the reader a clear notice in the popup (the background also marks the tab's button with "!"). */

afterEach(cleanup);

describe('storageNearlyFull', () => {
  it.each([
    ['nearly all used', { usage: 99, quota: 100 }, true],
    ['all used', { usage: 100, quota: 100 }, true],
    ['half used', { usage: 50, quota: 100 }, false],
    ['no quota reported', { usage: 5 }, null],
    ['a zero quota', { usage: 0, quota: 0 }, null],
  ])('%s → %s', async (_name, estimate, expected) => {
    expect(await storageNearlyFull({ estimate: async () => estimate })).toBe(expected);
  });

  it('is null without a storage API, or when the estimate fails', async () => {
    expect(await storageNearlyFull(undefined)).toBeNull();
    expect(await storageNearlyFull({ estimate: () => Promise.reject(new Error('denied')) })).toBeNull();
  });
});

describe('StorageFullNotice', () => {
  it('says that new articles are not saved, that saved ones are safe, and leads to the options', () => {
    const onOpenOptions = vi.fn();
    render(<StorageFullNotice onOpenOptions={onOpenOptions} />);

    const notice = screen.getByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));

    expect(notice.textContent).toMatch(/storage is full: new articles are not being saved/);
    expect(notice.textContent).toContain('already saved is safe');
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });
});
