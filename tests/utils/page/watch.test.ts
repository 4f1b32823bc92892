// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_REFRESHES, MAX_WAIT_MS, SETTLE_MS, watchPage } from '@/utils/page/watch';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let stop: () => void = () => {};
afterEach(() => stop());

function setup(needsRefresh = () => true) {
  document.body.innerHTML = '<article><p>Text</p></article>';
  const host = document.createElement('dateline-ui');
  document.documentElement.append(host);
  const calls = { refresh: 0 };
  stop = watchPage(document, {
    host,
    needsRefresh,
    refresh: async () => {
      calls.refresh += 1;
    },
  });
  return { host, calls };
}

describe('watchPage', () => {
  it('ignores Dateline’s own nodes', async () => {
    const { host, calls } = setup();
    host.append(document.createElement('div'));
    host.setAttribute('data-state', 'marked');
    await wait(SETTLE_MS + 100);
    expect(calls.refresh).toBe(0);
  });

  it('re-anchors once after a burst of page changes settles', async () => {
    const { calls } = setup();
    for (let i = 0; i < 5; i++) document.querySelector('article')!.append(document.createElement('p'));
    await wait(SETTLE_MS + 150);
    expect(calls.refresh).toBe(1);
  });

  it('does nothing when the marks are still in place', async () => {
    const { calls } = setup(() => false);
    document.querySelector('p')!.textContent = 'Changed';
    await wait(SETTLE_MS + 100);
    expect(calls.refresh).toBe(0);
  });

  it('still checks on a page that never stops changing, but at most MAX_WAIT_MS apart', async () => {
    const { calls } = setup();
    const ticker = setInterval(() => (document.querySelector('p')!.textContent = String(Date.now())), 50);
    await wait(MAX_WAIT_MS + 300);
    clearInterval(ticker);
    expect(calls.refresh).toBeGreaterThanOrEqual(1);
    expect(calls.refresh).toBeLessThanOrEqual(2);
  });

  it(`stops after ${MAX_REFRESHES} re-anchors, so a page that re-renders forever cannot keep us busy`, async () => {
    const { calls } = setup();
    for (let i = 0; i < MAX_REFRESHES + 5; i++) {
      document.querySelector('article')!.append(document.createElement('p'));
      await wait(SETTLE_MS + 20);
    }
    expect(calls.refresh).toBe(MAX_REFRESHES);
  }, 60_000);
});
