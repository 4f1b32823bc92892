/**
 * Whether Dateline's storage is (nearly) full, from the browser's estimate: when it is, new articles cannot be
 * saved (the background then shows "!" on the tab's toolbar button), and the popup says so in words.
 * Null when the browser gives no estimate.
 */
export async function storageNearlyFull(
  storage: Pick<StorageManager, 'estimate'> | undefined,
  threshold = 0.98,
): Promise<boolean | null> {
  if (!storage) return null;
  try {
    const { usage, quota } = await storage.estimate();
    if (usage === undefined || quota === undefined || quota <= 0) return null;
    return usage / quota >= threshold;
  } catch {
    return null;
  }
}
