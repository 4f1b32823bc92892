import { firefoxMissingMessage, hasFirefox } from './support/browsers';
import { launchFirefox } from './support/firefox';
import { describeStoreAndList } from './scenarios/store-and-list';

describeStoreAndList({
  name: 'firefox',
  available: hasFirefox,
  missingMessage: firefoxMissingMessage,
  launch: launchFirefox,
});
