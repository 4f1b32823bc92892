import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

/** A live query's current state. */
export type LiveQueryState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/**
 * Subscribes to a Dexie `liveQuery` for as long as the component is mounted: the value updates whenever the data
 * it read changes, including writes made by the background (Dexie relays them across contexts). `deps` re-create
 * the query like `useEffect` deps do. (dexie-react-hooks is React-only; this is its few lines for Preact.)
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): LiveQueryState<T> {
  const [state, setState] = useState<LiveQueryState<T>>({ status: 'loading' });
  // A layout effect subscribes right after the render instead of after the next paint (where Preact runs plain
  // effects): the first query starts a frame earlier, which is most of the popup's time to first content.
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: unknown) => setState({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
    // The caller's deps decide when the query changes, as with useEffect.
  }, deps);
  return state;
}
