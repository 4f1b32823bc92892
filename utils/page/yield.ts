/**
 * Gives the page's main thread back between chunks of work, so no task of Dateline's runs long: `scheduler.yield()`
 * where it exists (keeps our place in the queue), else a macrotask.
 */
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}
