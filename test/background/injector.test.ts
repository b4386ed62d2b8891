/**
 * When the language stage is injected (background/injector.ts): once per document, as early as
 * the document may be told Arabic by its address or its title while it loads, never into a page
 * that cannot be, never into the document a navigation is leaving, into a page that never
 * finishes loading, and again after a failure while the tab shows the same page. The event
 * sequences are the ones Chromium and Firefox ESR were measured to send.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Injector } from '../../src/background/injector.js';
import type { TabSnapshot } from '../../src/background/injector.js';

const AR = 'https://news.example/%D8%A7%D9%84%D8%B3%D9%8A%D9%88%D9%84';
const EN = 'https://news.example/floods';
const OLD = 'https://news.example/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1';

/** What each injection reached: the address the tab showed when it ran. */
function setup(tab: TabSnapshot, fail = 0) {
  const calls: number[] = [];
  const reached: (string | undefined)[] = [];
  let failures = fail;
  const current = { ...tab };
  const injector = new Injector(
    {
      inject: async (id) => {
        calls.push(id);
        reached.push(current.url);
        if (failures > 0) {
          failures--;
          throw new Error('Frame with ID 0 is showing error page');
        }
      },
      tab: async () => ({ ...current }),
    },
    { readyWaitMs: 1500, retryMs: [500, 2000] },
  );
  /** A tabs.onUpdated event: the change, and the tab as it is after it. */
  const event = (id: number, change: TabSnapshot, now: TabSnapshot) => {
    Object.assign(current, now);
    injector.onUpdated(id, change, { ...current });
  };
  return { injector, calls, reached, current, event };
}

describe('Injector', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('injects a loaded page that may be Arabic once, and a page that cannot be never', async () => {
    const { calls, event } = setup({});
    event(1, { status: 'complete' }, { status: 'complete', title: 'السيول في السودان', url: EN });
    event(1, { title: 'السيول في السودان - تحديث' }, { status: 'complete', title: 'السيول في السودان - تحديث', url: EN });
    event(2, { status: 'complete' }, { status: 'complete', title: 'Floods', url: EN });
    await vi.runAllTimersAsync();
    expect(calls).toEqual([1]);
  });

  it('Chromium: an Arabic address is injected as the document commits, once, whatever follows', async () => {
    const { calls, reached, event } = setup({ status: 'complete', title: 'Page A', url: EN });
    // The placeholder title is the address; the tab's real title comes next.
    event(1, { status: 'loading', url: AR }, { status: 'loading', url: AR, title: 'news.example/السيول' });
    await vi.advanceTimersByTimeAsync(0);
    expect(reached).toEqual([AR]);
    event(1, { title: 'News' }, { title: 'News' });
    event(1, { status: 'complete' }, { status: 'complete' });
    await vi.runAllTimersAsync();
    expect(calls).toEqual([1]);
  });

  it('Chromium: an Arabic title is injected as soon as it arrives, while the page loads', async () => {
    const { calls, event } = setup({ status: 'complete', title: 'Page A', url: OLD });
    event(1, { status: 'loading', url: EN }, { status: 'loading', url: EN, title: 'news.example/floods' });
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toEqual([]);
    event(1, { title: 'السيول' }, { title: 'السيول' });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([1]);
    event(1, { status: 'complete' }, { status: 'complete' });
    await vi.runAllTimersAsync();
    expect(calls).toEqual([1]);
  });

  it('Firefox: nothing goes into the document a navigation is leaving, even an Arabic one; the new one gets it once', async () => {
    const { calls, reached, event } = setup({ status: 'complete', title: 'أخبار', url: OLD });
    event(1, { status: 'complete' }, { status: 'complete' });
    await vi.advanceTimersByTimeAsync(0);
    expect(reached).toEqual([OLD]);
    // Navigation announced: the tab still shows the old page.
    event(1, { status: 'loading' }, { status: 'loading' });
    await vi.advanceTimersByTimeAsync(300);
    expect(reached).toEqual([OLD]);
    // The new document: its placeholder title (the address), then the address, then its title.
    event(1, { title: 'news.example/السيول' }, { url: AR, title: 'news.example/السيول' });
    await vi.advanceTimersByTimeAsync(0);
    event(1, { status: 'loading', url: AR }, { status: 'loading', url: AR });
    event(1, { title: 'السيول' }, { title: 'السيول' });
    event(1, { status: 'complete' }, { status: 'complete' });
    await vi.runAllTimersAsync();
    expect(reached).toEqual([OLD, AR]);
    expect(calls).toHaveLength(2);
  });

  it('a reload is injected again (once), even of a page that never finishes and whose title does not change', async () => {
    const { calls, current, event } = setup({ status: 'complete', title: 'السيول', url: EN });
    event(1, { status: 'complete' }, { status: 'complete' });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([1]);
    // Chromium's reload: one loading event without the address, and no load event ever.
    event(1, { status: 'loading' }, { status: 'loading' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual([1]);
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toEqual([1, 1]);
    current.status = 'complete';
    event(1, { status: 'complete' }, { status: 'complete' });
    await vi.runAllTimersAsync();
    expect(calls).toEqual([1, 1]);
  });

  it('a page still loading after a while is injected only if it may be Arabic, and not if it moved on', async () => {
    const english = setup({ status: 'complete', title: 'Floods', url: EN });
    english.event(2, { status: 'loading' }, { status: 'loading' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(english.calls).toEqual([]);

    const moved = setup({ status: 'complete', title: 'Page', url: EN });
    moved.event(3, { status: 'loading' }, { status: 'loading' });
    moved.current.url = AR;
    await vi.advanceTimersByTimeAsync(5000);
    expect(moved.calls).toEqual([]);
  });

  it('tries a failed injection again while the tab shows the same page, and gives up after the last try', async () => {
    const ok = setup({ status: 'complete', title: 'السيول', url: AR }, 1);
    ok.event(1, { status: 'complete' }, { status: 'complete' });
    await vi.advanceTimersByTimeAsync(600);
    expect(ok.calls).toEqual([1, 1]);

    const never = setup({ status: 'complete', title: 'السيول', url: AR }, 99);
    never.event(1, { status: 'complete' }, { status: 'complete' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(never.calls).toEqual([1, 1, 1]);

    const moved = setup({ status: 'complete', title: 'السيول', url: AR }, 1);
    moved.event(1, { status: 'complete' }, { status: 'complete' });
    moved.current.url = EN;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(moved.calls).toEqual([1]);
  });

  it('a single-page site moving to another address is looked at there (the stage decides if anything is new)', async () => {
    const { calls, event } = setup({ status: 'complete', title: 'السيول', url: AR });
    event(1, { status: 'complete' }, { status: 'complete' });
    // Chromium: pushState as loading + address, then complete; Firefox: complete + address.
    event(1, { status: 'loading', url: `${AR}/2` }, { status: 'loading', url: `${AR}/2` });
    event(1, { status: 'complete' }, { status: 'complete' });
    event(1, { status: 'complete', url: `${AR}/3` }, { status: 'complete', url: `${AR}/3` });
    // Only the fragment changed: the same document.
    event(1, { status: 'loading', url: `${AR}/3#section` }, { status: 'loading', url: `${AR}/3#section` });
    await vi.runAllTimersAsync();
    expect(calls).toEqual([1, 1, 1]);
  });
});
