import { useEffect, useState } from 'preact/hooks';
import { watchUpgrade } from '../db/upgradeStatus';

/**
 * True while a schema upgrade runs in any of the extension's contexts (utils/db/upgradeStatus.ts). After an update the
 * first open of a large history upgrades it for seconds, and every query waits: a page shows why instead of "Loading…".
 */
export function useSchemaUpgrade(): boolean {
  const [upgrading, setUpgrading] = useState(false);
  useEffect(() => watchUpgrade(setUpgrading), []);
  return upgrading;
}
