// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmButton } from '@/components/ConfirmButton';

afterEach(cleanup);

function renderButton() {
  const onConfirm = vi.fn();
  render(
    <ConfirmButton
      label="Delete"
      accessibleLabel="Delete “A”"
      question="Delete this article?"
      confirmLabel="Delete article"
      onConfirm={onConfirm}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Delete “A”' }));
  return onConfirm;
}

describe('ConfirmButton', () => {
  it('asks first, with focus on Cancel', () => {
    const onConfirm = renderButton();

    expect(screen.getByRole('group', { name: 'Delete this article?' })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it.each([
    ['confirming', () => fireEvent.click(screen.getByRole('button', { name: 'Delete article' })), 1],
    ['Cancel', () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })), 0],
    ['Escape', () => fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' }), 0],
  ])('after %s acts %i time(s) and returns to the button', (_name, act, expected) => {
    const onConfirm = renderButton();

    act();

    expect(onConfirm).toHaveBeenCalledTimes(expected);
    expect(screen.getByRole('button', { name: 'Delete “A”' })).toBeTruthy();
    expect(screen.queryByRole('group')).toBeNull();
  });
});
