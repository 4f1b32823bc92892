import type { Page } from 'puppeteer-core';
import { firefoxMissingMessage, hasFirefox } from './support/browsers';
import { launchFirefox } from './support/firefox';
import { describeInPage } from './scenarios/in-page';

describeInPage({
  name: 'firefox',
  available: hasFirefox,
  missingMessage: firefoxMissingMessage,
  launch: launchFirefox,
  driver: {
    // WebDriver BiDi scripts run as the page, which cannot open Dateline's closed shadow root or see the content
    // script's highlight registry: the card is checked by its key (data-card) and the marks by hovering them.
    cardText: async () => null,
    markedRanges: async () => null,
    collectErrors(tab) {
      const errors: string[] = [];
      (tab.page as Page).on('pageerror', (error) => errors.push(String(error)));
      return errors;
    },
  },
});
