import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxMissingMessage, hasFirefox } from './support/browsers';
import type { ExtensionBrowser } from './support/driver';
import { launchFirefox } from './support/firefox';
import { hasShared, sharedMissingMessage } from './support/paths';
import { waitForPopupText } from './support/popup';
import { startFixtureServer, type FixtureServer } from './support/server';

const seedPath = '/shared/fixtures/seed-article.html';
const skipReason = !hasFirefox ? firefoxMissingMessage : !hasShared ? sharedMissingMessage : '';

/** The core of the Chromium popup test in Firefox (MV2 build): the seed article's timeline on This page. */
describe.skipIf(skipReason !== '')(`popup timelines in firefox${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchFirefox();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the seed article on This page: May, August and October 2023, then the expected launch', async () => {
    const page = await browser.newTab();
    await page.goto(server.url(seedPath));
    const popup = await browser.openExtensionPage(`popup.html?url=${encodeURIComponent(server.url(seedPath))}`);

    const actual = await waitForPopupText(popup, 'October 2023', 60_000);

    const labels = ['May 2023', 'August 2023', 'October 2023', 'Expected: '];
    const positions = labels.map((label) => actual.indexOf(label));
    expect(
      labels.filter((_, i) => positions[i]! < 0),
      actual,
    ).toEqual([]);
    expect(
      [...positions].sort((a, b) => a - b),
      actual,
    ).toEqual(positions);
    expect(actual).toContain('As written: “Last month”');
    await page.close();
  });
});
