// @vitest-environment happy-dom
/**
 * The first frame holds only a screenful of quotes; the rest follows once it is painted. Rendered
 * with Preact's own render (not testing-library's, whose act() runs effects at once), so the
 * first frame can be looked at before the browser would paint it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { App } from '../../src/popup/App.js';
import { FIRST_SCREEN_QUOTES } from '../../src/popup/first-screen.js';
import type { TabAnalysis } from '../../src/shared/messages.js';
import { i18nFor, readyTab } from './fixture.js';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

/** An analysis whose quotes come from `speakers` named speakers, `each` quotes apiece. */
function manyQuotes(speakers: number, each: number): TabAnalysis {
  const tab = readyTab();
  const a = tab.analysis!;
  const q0 = a.quotes[0];
  a.quotes = Array.from({ length: speakers * each }, (_, i) => ({
    ...q0,
    id: `q${i}`,
    cue: { ...q0.cue, start: q0.cue.start + i, end: q0.cue.end + i },
    speaker: { ...q0.speaker, entityId: undefined, type: 'person', text: `المتحدث ${Math.floor(i / each)}` },
  }));
  return tab;
}

function renderFirstFrame(initial: TabAnalysis) {
  root = document.createElement('div');
  document.body.append(root);
  const noop = vi.fn(async () => true);
  render(
    <App i18n={i18nFor('en')} load={async () => initial} initial={initial} actions={{ showInPage: noop, copyText: noop, download: vi.fn() }} />,
    root,
  );
}

const quotesShown = () => root.querySelectorAll('#quotes li').length;
const busy = () => root.querySelector('main')?.getAttribute('aria-busy');

describe('the first frame', () => {
  it('shows whole groups until a screenful of quotes, marks the popup busy, and shows the rest once painted', async () => {
    renderFirstFrame(manyQuotes(6, 3));
    const first = quotesShown();
    expect(first).toBeGreaterThanOrEqual(FIRST_SCREEN_QUOTES);
    expect(first).toBeLessThan(18);
    expect(first % 3).toBe(0); // whole groups
    expect(busy()).toBe('true');
    expect(root.querySelector('button.more')).toBeNull();
    await vi.waitFor(() => expect(quotesShown()).toBe(18));
    expect(busy()).toBeNull();
  });

  it('shows a short list whole at once', async () => {
    renderFirstFrame(manyQuotes(1, 2));
    expect(quotesShown()).toBe(2);
    await vi.waitFor(() => expect(busy()).toBeNull());
    expect(quotesShown()).toBe(2);
  });
});
