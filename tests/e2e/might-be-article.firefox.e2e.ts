import type { Page } from 'puppeteer-core';
import { firefoxMissingMessage, hasFirefox } from './support/browsers';
import { launchFirefox } from './support/firefox';
import { describeMightBeArticle } from './scenarios/might-be-article';

describeMightBeArticle({
  name: 'firefox',
  available: hasFirefox,
  missingMessage: firefoxMissingMessage,
  launch: launchFirefox,
  evaluateExpression: (tab, expression) => (tab.page as Page).evaluate(expression),
});
