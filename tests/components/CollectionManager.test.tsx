// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CollectionManager, type CollectionManagerProps } from '@/components/CollectionManager';
import type { CollectionSummary } from '@/utils/db/queries/collections';

afterEach(cleanup);

const korea: CollectionSummary = { id: 7, name: 'Korea', createdAt: 0, articles: 2 };
const japan: CollectionSummary = { id: 9, name: 'Japan', createdAt: 0, articles: 1 };

function renderManager(props: Partial<CollectionManagerProps> = {}) {
  const handlers = {
    onShow: vi.fn(),
    onCreate: vi.fn(() => Promise.resolve()),
    onRename: vi.fn((_c: CollectionSummary, _name: string) => Promise.resolve()),
    onDelete: vi.fn(() => Promise.resolve()),
  };
  render(<CollectionManager collections={[japan, korea]} {...handlers} {...props} />);
  return handlers;
}

describe('CollectionManager', () => {
  it('lists each collection with its size, and says what to do when there is none', () => {
    renderManager();
    const expected = ['Japan 1 article', 'Korea 2 articles'];

    const actual = [...document.querySelectorAll('.collection__show')].map((b) => b.textContent);

    expect(actual).toEqual(expected);
    cleanup();
    renderManager({ collections: [] });
    expect(screen.getByText(/No collections yet/)).toBeTruthy();
  });

  it.each<[string, number | undefined, number | undefined]>([
    ['shows a collection', undefined, 7],
    ['shows another one instead', 9, 7],
    ['goes back to all articles from the shown one', 7, undefined],
  ])('clicking Korea %s', (_name, shownId, expected) => {
    const { onShow } = renderManager({ shownId });

    fireEvent.click(screen.getByRole('button', { name: /^Korea/ }));

    expect(onShow).toHaveBeenCalledWith(expected);
  });

  it.each<[string, 'toggle' | 'open' | undefined, (string | null)[]]>([
    ['toggles beside the list by default (timeline page)', undefined, ['false', 'true']],
    ['toggles when asked to', 'toggle', ['false', 'true']],
    ['opens in place of the list without a pressed state (popup)', 'open', [null, null]],
  ])('names %s', (_name, showMode, expected) => {
    renderManager({ shownId: 7, showMode });

    const actual = [...document.querySelectorAll('.collection__show')].map((b) => b.getAttribute('aria-pressed'));

    expect(actual).toEqual(expected);
  });

  it.each<[string, number | undefined, string | null]>([
    ['the name of the collection the reader came back from', 7, 'Korea 2 articles'],
    ['nothing when none is named', undefined, null],
  ])('focuses %s', (_name, focusId, expected) => {
    renderManager({ showMode: 'open', focusId });

    const actual = document.activeElement?.classList.contains('collection__show')
      ? document.activeElement.textContent
      : null;

    expect(actual).toBe(expected);
  });

  it('marks the shown collection as pressed', () => {
    renderManager({ shownId: 7 });

    const actual = screen.getAllByRole('button', { pressed: true }).map((b) => b.textContent);

    expect(actual).toEqual(['Korea 2 articles']);
  });

  it.each<[string, (field: HTMLElement) => void, string[][], string]>([
    [
      'saves with Enter',
      (field) => fireEvent.submit(field.closest('form')!),
      [['Korea', 'Korea 2023']],
      'Rename “Korea”',
    ],
    ['cancels with Escape', (field) => fireEvent.keyDown(field, { key: 'Escape' }), [], 'Rename “Korea”'],
    [
      'cancels with Cancel',
      () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })),
      [],
      'Rename “Korea”',
    ],
  ])('renames inline: %s, and focus returns to Rename', async (_name, finish, expected, expectedFocus) => {
    const { onRename } = renderManager();
    fireEvent.click(screen.getByRole('button', { name: 'Rename “Korea”' }));
    const field = screen.getByLabelText('New name for “Korea”') as HTMLInputElement;
    expect([field.value, document.activeElement]).toEqual(['Korea', field]);

    fireEvent.input(field, { target: { value: 'Korea 2023' } });
    finish(field);

    await waitFor(() => expect(document.activeElement?.textContent).toBe(expectedFocus));
    expect(onRename.mock.calls.map(([c, name]) => [c.name, name])).toEqual(expected);
  });

  it('keeps the rename form open with the reason when the name is refused', async () => {
    renderManager({ onRename: () => Promise.reject(new Error('A collection named “Japan” already exists.')) });
    fireEvent.click(screen.getByRole('button', { name: 'Rename “Korea”' }));
    const field = screen.getByLabelText('New name for “Korea”');

    fireEvent.input(field, { target: { value: 'Japan' } });
    fireEvent.submit(field.closest('form')!);

    expect((await screen.findByRole('alert')).textContent).toBe('A collection named “Japan” already exists.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it.each<[string, string]>([
    ['Korea', 'Delete the collection “Korea”? Its 2 articles stay in your history.'],
    ['Japan', 'Delete the collection “Japan”? Its 1 article stays in your history.'],
  ])('asks before deleting %s, saying its articles stay', (name, expected) => {
    renderManager();

    fireEvent.click(screen.getByRole('button', { name: `Delete “${name}”` }));

    const actual = document.querySelector('.confirm')?.getAttribute('aria-label');
    expect(actual).toBe(expected);
  });

  it.each<[string, string, number]>([
    ['confirming', 'Delete collection', 1],
    ['cancelling', 'Cancel', 0],
  ])('deletes only after asking: %s', async (_name, answer, expected) => {
    const { onDelete } = renderManager();

    fireEvent.click(screen.getByRole('button', { name: 'Delete “Korea”' }));
    const question = screen.getByRole('group', {
      name: 'Delete the collection “Korea”? Its 2 articles stay in your history.',
    });
    fireEvent.click(screen.getByRole('button', { name: answer }));

    expect(question).toBeTruthy();
    expect(onDelete).toHaveBeenCalledTimes(expected);
    if (expected === 1) {
      expect(onDelete).toHaveBeenCalledWith(korea);
      await waitFor(() => expect(document.activeElement?.textContent).toBe('Collections'));
    }
  });

  it.each<[string, () => Promise<void>, string]>([
    ['clears the field once created', () => Promise.resolve(), ''],
    ['keeps the name and says why when refused', () => Promise.reject(new Error('A collection needs a name.')), '  '],
  ])('new collection: %s', async (_name, onCreate, expected) => {
    renderManager({ onCreate: vi.fn(onCreate) });
    const field = screen.getByLabelText('New collection name') as HTMLInputElement;

    fireEvent.input(field, { target: { value: expected === '' ? 'Arms' : '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create collection' }));

    await waitFor(() => expect(field.value).toBe(expected));
    if (expected !== '') expect((await screen.findByRole('alert')).textContent).toBe('A collection needs a name.');
  });
});
