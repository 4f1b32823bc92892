/**
 * Keeps an MV3 service worker running while long work is under way. Chrome stops a worker 30 s after its last
 * extension event or API call, and IndexedDB work is neither: a schema upgrade of a large history (tens of seconds at
 * 100,000 events) would be cut off, rolled back, and started again at the next wake-up, for ever. Any extension API
 * call resets that timer, so a cheap one is made every `everyMs` while `watch` reports the work running.
 *
 * `watch` is utils/db/upgradeStatus.ts's `watchUpgrade` in the background; `ping` a call such as
 * `browser.runtime.getPlatformInfo()`. Returns the function that stops watching.
 */
export function keepAliveWhile(
  watch: (onChange: (busy: boolean) => void) => () => void,
  ping: () => Promise<unknown>,
  everyMs = 20_000,
): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const stopPinging = () => {
    clearInterval(timer);
    timer = undefined;
  };
  const unwatch = watch((busy) => {
    stopPinging();
    if (busy) timer = setInterval(() => void ping().catch(() => undefined), everyMs);
  });
  return () => {
    stopPinging();
    unwatch();
  };
}
