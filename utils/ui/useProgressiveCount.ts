import { useEffect, useState } from 'preact/hooks';

/**
 * How many of `total` items a long list renders now: `first` in its first frame, all from the frame after. The first
 * frame only needs what fits on screen; drawing a whole page of rows before it would hold the first content back by
 * their render and layout (most of the popup's time to first content at 10,000 articles).
 */
export function useProgressiveCount(total: number, first: number): number {
  const [all, setAll] = useState(total <= first);
  useEffect(() => {
    if (all || total <= first) return;
    // After the frame that shows the first items (the timeout runs once that frame is painted).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setAll(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [all, total, first]);
  return all ? total : Math.min(total, first);
}
