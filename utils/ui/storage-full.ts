/**
 * Whether Dateline's storage is (nearly) full, from the browser's estimate: when it is, new articles cannot be
 * saved (the background then shows "!" on the tab's toolbar button), and the popup says so in words.
 * Null when the browser gives no estimate. (The parameter is not named `storage`: WXT auto-imports that name and
 * would bundle its storage library into the popup.)
 */
export async function storageNearlyFull(
  manager: Pick<StorageManager, 'estimate'> | undefined,
  threshold = 0.98,
): Promise<boolean | null> {
  if (!manager) return null;
  try {
    const { usage, quota } = await manager.estimate();
    if (usage === undefined || quota === undefined || quota <= 0) return null;
    return usage / quota >= threshold;
  } catch {
    return null;
  }
}
