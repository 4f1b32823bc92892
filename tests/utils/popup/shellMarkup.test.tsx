// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { popupShellMarkup } from '@/utils/popup/shellMarkup';
import { POPUP_VIEWS } from '@/utils/popup/views';

function parse(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html; // Static markup from our own components, with no page data: what popup.html holds.
  return root;
}

describe('popupShellMarkup', () => {
  it('is the title bar and the tabs, with no view chosen and nothing read', () => {
    const actual = parse(popupShellMarkup());

    expect(actual.querySelector('h1')?.textContent).toBe('Dateline');
    expect([...actual.querySelectorAll('[role=tab]')].map((t) => t.textContent)).toEqual(
      POPUP_VIEWS.map((v) => v.label),
    );
    expect(actual.querySelectorAll('[aria-selected=true]')).toHaveLength(0);
    expect(actual.querySelector('[role=tabpanel]')).toBeNull();
    expect([...actual.querySelectorAll('button.toggle')].map((b) => b.textContent)).toEqual(['Pause everywhere']);
  });

  it('keeps the tabs reachable from the keyboard: one tab stop, on the first tab', () => {
    const actual = parse(popupShellMarkup());

    expect([...actual.querySelectorAll('[role=tab]')].map((t) => t.getAttribute('tabindex'))).toEqual([
      '0',
      '-1',
      '-1',
      '-1',
    ]);
  });
});
