/**
 * When the language stage is injected (background/injector.ts): at once into a loaded page that
 * may be Arabic, never into one that cannot be, into a page that never finishes loading after a
 * while, and again after a failure while the tab shows the same page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Injector } from '../../src/background/injector.js';
import type { TabSnapshot } from '../../src/background/injector.js';

const AR = 'https://news.example/%D8%A7%D9%84%D8%B3%D9%8A%D9%88%D9%84';
const EN = 'https://news.example/floods';

function setup(tab: TabSnapshot, fail = 0) {
  const calls: number[] = [];
  let failures = fail;
  const current = { ...tab };
  const injector = new Injector(
    {
      inject: async (id) => {
        calls.push(id);
        if (failures > 0) {
          failures--;
          throw new Error('Frame with ID 0 is showing error page');
        }
      },
      tab: async () => current,
    },
    { readyWaitMs: 1500, retryMs: [500, 2000] },
  );
  return { injector, calls, current };
}

describe('Injector', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('injects a loaded page that may be Arabic once, and a page that cannot be never', async () => {
    const { injector, calls } = setup({});
    injector.onUpdated(1, { status: 'complete' }, { status: 'complete', title: 'السيول في السودان', url: EN });
    injector.onUpdated(1, { title: 'السيول في السودان - تحديث' }, { status: 'complete', title: 'السيول في السودان - تحديث', url: EN });
    injector.onUpdated(2, { status: 'complete' }, { status: 'complete', title: 'Floods', url: EN });
    await vi.runAllTimersAsync();
    expect(calls).toEqual([1]);
  });

  it('injects a page still loading as soon as its title may be Arabic', async () => {
    const loading = { status: 'loading', title: 'السيول', url: EN };
    const { injector, calls } = setup(loading);
    injector.onUpdated(1, { status: 'loading', url: EN }, { status: 'loading', url: EN });
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toEqual([]);
    injector.onUpdated(1, { title: 'السيول' }, loading);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([1]);
  });

  it('injects a page that is still loading after a while (a frame that never answers), and only if it may be Arabic', async () => {
    // No title event: the page's address alone may be Arabic.
    const loading = { status: 'loading', title: 'Loading…', url: AR };
    const { injector, calls } = setup(loading);
    injector.onUpdated(1, { status: 'loading', url: AR }, { status: 'loading', url: AR });
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toEqual([1]);

    const english = setup({ status: 'loading', title: 'Floods', url: EN });
    english.injector.onUpdated(2, { status: 'loading', url: EN }, { status: 'loading', url: EN });
    await vi.advanceTimersByTimeAsync(5000);
    expect(english.calls).toEqual([]);
  });

  it('does not inject early a page that finished loading meanwhile (the load path does)', async () => {
    const { injector, calls, current } = setup({ status: 'loading', title: 'السيول', url: AR });
    injector.onUpdated(1, { status: 'loading', url: AR }, { status: 'loading', url: AR });
    current.status = 'complete';
    injector.onUpdated(1, { status: 'complete' }, { status: 'complete', title: 'السيول', url: AR });
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toEqual([1]);
  });

  it('tries a failed injection again while the tab shows the same page, and gives up after the last try', async () => {
    const ok = setup({ status: 'complete', title: 'السيول', url: AR }, 1);
    ok.injector.onUpdated(1, { status: 'complete' }, { status: 'complete', title: 'السيول', url: AR });
    await vi.advanceTimersByTimeAsync(600);
    expect(ok.calls).toEqual([1, 1]);

    const never = setup({ status: 'complete', title: 'السيول', url: AR }, 99);
    never.injector.onUpdated(1, { status: 'complete' }, { status: 'complete', title: 'السيول', url: AR });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(never.calls).toEqual([1, 1, 1]);

    const moved = setup({ status: 'complete', title: 'السيول', url: AR }, 1);
    moved.injector.onUpdated(1, { status: 'complete' }, { status: 'complete', title: 'السيول', url: AR });
    moved.current.url = EN;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(moved.calls).toEqual([1]);
  });

  it('starts over when the tab loads a new document', async () => {
    const { injector, calls } = setup({ status: 'complete', title: 'السيول', url: AR });
    injector.onUpdated(1, { status: 'complete' }, { status: 'complete', title: 'السيول', url: AR });
    injector.onUpdated(1, { status: 'loading', url: AR }, { status: 'loading', url: AR });
    injector.onUpdated(1, { status: 'complete' }, { status: 'complete', title: 'السيول', url: AR });
    await vi.runAllTimersAsync();
    expect(calls).toEqual([1, 1]);
  });
});
