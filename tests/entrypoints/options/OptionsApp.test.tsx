// @vitest-environment happy-dom
// Dexie's liveQuery only runs when a global indexedDB exists (as in the browser); the test's database is its own.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp, type OptionsEnv } from '@/entrypoints/options/OptionsApp';
import { saveArticle } from '@/utils/db/articles';
import type { DatelineDB } from '@/utils/db/schema';
import { getSettings } from '@/utils/db/settings';
import { freshDb } from '../../utils/db/helpers';
import { extractedPayload } from '../../utils/messaging/fixtures';

let db: DatelineDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

function env(): OptionsEnv {
  return {
    storage: {
      estimate: async () => ({ usage: 2_500_000, quota: 10_000_000_000 }),
      persisted: async () => false,
      persist: vi.fn(async () => true),
    },
    setSiteDisabled: vi.fn(async () => undefined),
  };
}

describe('OptionsApp', () => {
  it('stores "only on request" and shows storage used', async () => {
    render(<OptionsApp db={db} env={env()} />);

    fireEvent.click(await screen.findByLabelText(/Only on request/));

    await waitFor(async () => expect((await getSettings(db)).autoAnnotate).toBe(false));
    await screen.findByText('2.5 MB used of 10 GB available.');
  });

  it('adds a site rule through the background', async () => {
    const e = env();
    render(<OptionsApp db={db} env={e} />);

    fireEvent.input(await screen.findByLabelText('Turn Dateline off on'), { target: { value: 'www.example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));

    await waitFor(() => expect(e.setSiteDisabled).toHaveBeenCalledWith('example.com', true));
  });

  it('deletes all history only after confirmation', async () => {
    await saveArticle(db, extractedPayload(), 1);
    render(<OptionsApp db={db} env={env()} />);
    await screen.findByText('1 article stored.');

    fireEvent.click(screen.getByRole('button', { name: 'Delete all history…' }));
    expect(await db.articles.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all history' }));

    await screen.findByText('0 articles stored.');
    expect(await db.articles.count()).toBe(0);
  });

  it('applies a new retention at once', async () => {
    await saveArticle(db, extractedPayload(), 1);
    render(<OptionsApp db={db} env={env()} />);
    await screen.findByText('1 article stored.');

    fireEvent.click(screen.getByLabelText('Delete articles not read for'));

    await screen.findByText('Articles not read for 90 days are deleted; 1 article deleted now.');
    expect((await getSettings(db)).retentionDays).toBe(90);
  });
});
