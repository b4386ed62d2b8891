/**
 * The popup's first frame shows only what fits on its first screen; the rest of the list follows
 * right after that frame is painted. Laying out and painting a dozen quotes the reader cannot
 * see yet cost the first paint about 3 ms (npm run bench -- popup), and the rest arrives before
 * a reader could scroll to it. While the rest is pending the popup's <main> is aria-busy.
 */
import { useEffect, useState } from 'preact/hooks';

/** Quotes in the first frame: about what a 600 px popup shows under its header and tabs. */
export const FIRST_SCREEN_QUOTES = 4;

/**
 * False from the first render with `active` set until that render has been painted, true after
 * (Preact runs effects after the browser paints), and true for good from then on.
 */
export function usePaintedOnce(active: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (active && !painted) setPainted(true);
  }, [active, painted]);
  return painted;
}
