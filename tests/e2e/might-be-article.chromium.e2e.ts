import type { Page } from 'playwright-core';
import { chromiumMissingMessage, hasChromium } from './support/browsers';
import { launchChromium } from './support/chromium';
import { describeMightBeArticle } from './scenarios/might-be-article';

describeMightBeArticle({
  name: 'chromium',
  available: hasChromium,
  missingMessage: chromiumMissingMessage,
  launch: launchChromium,
  evaluateExpression: (tab, expression) => (tab.page as Page).evaluate(expression),
});
