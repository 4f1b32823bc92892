// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markStep } from '@/utils/page/interactions';

const key = (code: string, mods: Partial<KeyboardEventInit>) => new KeyboardEvent('keydown', { code, ...mods });

describe('markStep', () => {
  it.each([
    ['Alt+Shift+.', key('Period', { altKey: true, shiftKey: true }), 1],
    ['Alt+Shift+,', key('Comma', { altKey: true, shiftKey: true }), -1],
    ['. alone', key('Period', {}), 0],
    ['Alt+.', key('Period', { altKey: true }), 0],
    ['Ctrl+Alt+Shift+.', key('Period', { altKey: true, shiftKey: true, ctrlKey: true }), 0],
    ['Alt+Shift+D', key('KeyD', { altKey: true, shiftKey: true }), 0],
  ])('%s steps %i', (_name, event, expected) => {
    expect(markStep(event)).toBe(expected);
  });
});
