/**
 * Asks the worker for the tab's analysis and keeps asking while the page is being analysed, with
 * the elapsed time for the loading view. Gives up with a plain error after `maxWaitMs`, so a dead
 * worker never leaves the popup spinning.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TabAnalysis } from '../shared/messages.js';

export type Loader = (refresh: boolean) => Promise<TabAnalysis>;

export interface TabAnalysisState {
  data: TabAnalysis | null;
  /** True while a request or the page's analysis is under way. */
  loading: boolean;
  elapsedMs: number;
  /** Asks again; with `refresh`, the page is asked to analyse itself now. */
  reload(refresh: boolean): void;
}

export interface TabAnalysisOptions {
  pollMs?: number;
  maxWaitMs?: number;
  tooLong?: string;
  /** An answer the caller already has (not one still being analysed): shown without loading. */
  initial?: TabAnalysis;
}

/** The answer itself when it is final, undefined while the page is still being analysed. */
export function settledAnswer(answer: TabAnalysis | undefined): TabAnalysis | undefined {
  return answer && answer.state !== 'analysing' ? answer : undefined;
}

export function useTabAnalysis(load: Loader, { pollMs = 250, maxWaitMs = 120_000, tooLong = 'The analysis is taking too long.', initial }: TabAnalysisOptions = {}): TabAnalysisState {
  const settled = settledAnswer(initial);
  const [data, setData] = useState<TabAnalysis | null>(settled ?? null);
  const [loading, setLoading] = useState(!settled);
  const skipFirstLoad = useRef(!!settled);
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const generation = useRef(0);

  const run = useCallback(
    (refresh: boolean) => {
      const gen = ++generation.current;
      const t0 = Date.now();
      setStartedAt(t0);
      setNow(t0);
      setLoading(true);
      const live = () => gen === generation.current;
      (async () => {
        let result = await load(refresh);
        while (live() && result.state === 'analysing') {
          setData(result);
          if (Date.now() - t0 > maxWaitMs) {
            result = { state: 'error', page: result.page, error: tooLong };
            break;
          }
          await new Promise((r) => setTimeout(r, pollMs));
          if (!live()) return;
          result = await load(false);
        }
        if (!live()) return;
        setData(result);
        setLoading(false);
      })().catch((e: unknown) => {
        if (!live()) return;
        setData({ state: 'error', error: e instanceof Error ? e.message : String(e) });
        setLoading(false);
      });
    },
    [load, pollMs, maxWaitMs, tooLong],
  );

  // A layout effect, not a plain one: the request must not wait for the loading view to be
  // painted, so a cached answer can make the very first frame.
  useLayoutEffect(() => {
    if (skipFirstLoad.current) skipFirstLoad.current = false;
    else run(false);
    return () => {
      generation.current++;
    };
  }, [run]);

  useEffect(() => {
    if (!loading) return;
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, [loading]);

  return { data, loading, elapsedMs: Math.max(0, now - startedAt), reload: run };
}
