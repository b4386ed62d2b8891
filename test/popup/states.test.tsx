// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import type { TabAnalysis } from '../../src/shared/messages.js';
import { PAGE, readyTab } from './fixture.js';
import { renderApp } from './render.js';

afterEach(cleanup);

const stateOf = () => document.querySelector('main')?.getAttribute('data-state');

describe('states, in plain words', () => {
  it('shows loading with its step while the worker has not answered', async () => {
    renderApp({ answers: () => new Promise<TabAnalysis>(() => undefined) });
    expect(stateOf()).toBe('loading');
    expect(screen.getByText('Asking the page for its article…')).toBeTruthy();
    expect(document.querySelector('progress')).not.toBeNull();
    expect(screen.getByText(/Step 1 of 2/)).toBeTruthy();
  });

  it('keeps asking while the page is analysed, showing the article being read', async () => {
    const analysing: TabAnalysis = { state: 'analysing', page: PAGE };
    let resolveLast: (v: TabAnalysis) => void = () => undefined;
    let calls = 0;
    const { load } = renderApp({
      answers: () => {
        calls++;
        return calls < 3 ? Promise.resolve(analysing) : new Promise<TabAnalysis>((r) => (resolveLast = r));
      },
    });
    await waitFor(() => expect(screen.getByText('Analysing the article…')).toBeTruthy());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(PAGE.title);
    expect(screen.getByText(/Step 2 of 2/)).toBeTruthy();
    await waitFor(() => expect(load).toHaveBeenCalledTimes(3));
    expect(load.mock.calls.map((c) => c[0])).toEqual([false, false, false]);
    resolveLast(readyTab());
    await waitFor(() => expect(stateOf()).toBe('ready'));
  });

  it('renders an answer the shell already has at once, without asking again or showing loading', () => {
    const { load, onReady } = renderApp({ initial: readyTab() });
    // Synchronously: the very first render is the analysis.
    expect(stateOf()).toBe('ready');
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(load).not.toHaveBeenCalled();
  });

  it('still asks the worker when the answer it was given is an analysis under way', async () => {
    const { load } = renderApp({ initial: { state: 'analysing', page: PAGE }, answers: [readyTab()] });
    expect(stateOf()).toBe('loading');
    await waitFor(() => expect(stateOf()).toBe('ready'));
    expect(load).toHaveBeenCalledWith(false);
  });

  it('explains a page that is not in Arabic, with the reason the page gave', async () => {
    renderApp({ answers: [{ state: 'not-supported', page: { ...PAGE, title: 'Weather', verdict: 'not-arabic', reason: 'The page is in "en".' } }] });
    await waitFor(() => expect(stateOf()).toBe('not-supported'));
    expect(screen.getByText('This page is not in Arabic.')).toBeTruthy();
    expect(screen.getByText('The page is in "en".')).toBeTruthy();
    expect(document.querySelector('.verdict')?.textContent).toBe('Not in Arabic');
  });

  it('explains a page without article text', async () => {
    renderApp({ answers: [{ state: 'not-supported', page: { ...PAGE, verdict: 'no-text', reason: 'No article text was found on this page.' } }] });
    await waitFor(() => expect(stateOf()).toBe('not-supported'));
    expect(screen.getByText('No article text was found on this page.', { selector: '.state-title' })).toBeTruthy();
  });

  it('offers to analyse a page nothing was done with yet', async () => {
    const { load } = renderApp({ answers: [{ state: 'none' }, readyTab()] });
    await waitFor(() => expect(stateOf()).toBe('none'));
    fireEvent.click(screen.getByRole('button', { name: 'Analyse this page' }));
    await waitFor(() => expect(stateOf()).toBe('ready'));
    expect(load.mock.calls.map((c) => c[0])).toEqual([false, true]);
  });

  it('shows the worker’s error and retries on request', async () => {
    const { load } = renderApp({ answers: [{ state: 'error', error: 'The analysis failed: boom' }, readyTab()] });
    await waitFor(() => expect(stateOf()).toBe('error'));
    expect(screen.getByRole('alert').textContent).toContain('The analysis failed: boom');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(stateOf()).toBe('ready'));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('turns a failed message into an error, never a blank popup', async () => {
    renderApp({ answers: [new Error('Could not establish connection.')] });
    await waitFor(() => expect(stateOf()).toBe('error'));
    expect(screen.getByText('Something went wrong.')).toBeTruthy();
    expect(screen.getByText('Could not establish connection.')).toBeTruthy();
  });

  it('treats a "ready" answer without an analysis as an error', async () => {
    renderApp({ answers: [{ state: 'ready', page: PAGE }] });
    await waitFor(() => expect(stateOf()).toBe('error'));
  });

  it('speaks Arabic in every state', async () => {
    renderApp({ lang: 'ar', answers: [{ state: 'error', error: 'x' }] });
    await waitFor(() => expect(stateOf()).toBe('error'));
    expect(screen.getByText('حدث خطأ.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'حاول مجددًا' })).toBeTruthy();
  });

  it('renders an empty analysis with every section saying it is empty', async () => {
    const tab = readyTab();
    Object.assign(tab.analysis!, { quotes: [], entities: [], numbers: [], warnings: ['There is no text to analyse.'] });
    renderApp({ answers: [tab] });
    await waitFor(() => expect(stateOf()).toBe('ready'));
    expect(screen.getByText('There is no text to analyse.')).toBeTruthy();
    for (const [tab, text] of [
      [/^Numbers/, 'No numbers were found in this article.'],
      [/^Where/, 'No places, people or organizations were found in this article.'],
      [/Who said what/, 'No quotes were found in this article.'],
    ] as const) {
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      expect(screen.getByText(text)).toBeTruthy();
    }
  });
});

describe('bad data', () => {
  it('shows an error instead of a blank popup when the analysis is malformed', async () => {
    const tab = readyTab();
    (tab.analysis as unknown as { quotes: unknown }).quotes = [{ id: 'q1' }];
    renderApp({ answers: [tab] });
    await waitFor(() => expect(stateOf()).toBe('error'));
    expect(screen.getByRole('alert').textContent).toContain('This analysis could not be shown.');
  });

  it('survives spans outside the text and values that are not numbers', async () => {
    const tab = readyTab();
    const a = tab.analysis!;
    a.numbers.push({ start: 99_999, end: 100_010, text: '?', value: Number.NaN, kind: 'cardinal', counted: { start: -5, end: -1, text: '' } });
    a.entities.push({ id: 'e9', type: 'location', name: 'X', mentions: [] });
    renderApp({ answers: [tab] });
    await waitFor(() => expect(stateOf()).toBe('ready'));
    fireEvent.click(screen.getByRole('tab', { name: /^Numbers/ }));
    expect(document.querySelectorAll('#numbers li')).toHaveLength(5);
    fireEvent.click(screen.getByRole('tab', { name: /^Where/ }));
    expect(document.querySelector('[data-entity="e9"] .count')?.textContent).toBe('×0');
  });
});

describe('long articles', () => {
  it('renders the first items and the rest on request', async () => {
    const tab = readyTab();
    const a = tab.analysis!;
    const n0 = a.numbers[0];
    a.numbers = Array.from({ length: 95 }, (_, i) => ({ ...n0, value: i }));
    renderApp({ answers: [tab] });
    await waitFor(() => expect(stateOf()).toBe('ready'));
    fireEvent.click(screen.getByRole('tab', { name: /^Numbers/ }));
    expect(document.querySelectorAll('#numbers li')).toHaveLength(40);
    fireEvent.click(screen.getByRole('button', { name: 'Show 55 more' }));
    expect(document.querySelectorAll('#numbers li')).toHaveLength(95);
  });
});
