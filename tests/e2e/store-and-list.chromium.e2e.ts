import { chromiumMissingMessage, hasChromium } from './support/browsers';
import { launchChromium } from './support/chromium';
import { describeStoreAndList } from './scenarios/store-and-list';

describeStoreAndList({
  name: 'chromium',
  available: hasChromium,
  missingMessage: chromiumMissingMessage,
  launch: launchChromium,
});
