// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { SENTENCES } from './fixture.js';
import { renderApp } from './render.js';

afterEach(cleanup);

const ready = async () => waitFor(() => expect(document.querySelector('main[data-state="ready"]')).not.toBeNull());
const selected = () => screen.getByRole('tab', { selected: true }).id;

describe('keyboard and ARIA', () => {
  it('has a tablist whose selected tab controls the visible tabpanel', async () => {
    renderApp();
    await ready();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.id)).toEqual(['tab-quotes', 'tab-places', 'tab-numbers']);
    expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    const panel = screen.getByRole('tabpanel');
    expect(panel.id).toBe(tabs[0].getAttribute('aria-controls'));
    expect(panel.getAttribute('aria-labelledby')).toBe('tab-quotes');
  });

  it('moves between tabs with the arrow keys, Home and End (left to right in English)', async () => {
    renderApp();
    await ready();
    const list = screen.getByRole('tablist');
    fireEvent.keyDown(list, { key: 'ArrowRight' });
    expect(selected()).toBe('tab-places');
    expect(document.activeElement?.id).toBe('tab-places');
    fireEvent.keyDown(list, { key: 'End' });
    expect(selected()).toBe('tab-numbers');
    fireEvent.keyDown(list, { key: 'ArrowRight' });
    expect(selected()).toBe('tab-quotes');
    fireEvent.keyDown(list, { key: 'ArrowLeft' });
    expect(selected()).toBe('tab-numbers');
    fireEvent.keyDown(list, { key: 'Home' });
    expect(selected()).toBe('tab-quotes');
  });

  it('mirrors the arrow keys right to left in Arabic', async () => {
    renderApp({ lang: 'ar' });
    await ready();
    fireEvent.keyDown(screen.getByRole('tablist'), { key: 'ArrowLeft' });
    expect(selected()).toBe('tab-places');
  });

  it('walks the items with Up/Down and shows the focused one in the page with Enter', async () => {
    const { actions } = renderApp();
    await ready();
    const items = Array.from(document.querySelectorAll<HTMLElement>('#quotes li[data-nav]'));
    items[0].focus();
    fireEvent.keyDown(items[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1], { key: 'End' });
    expect(document.activeElement).toBe(items[3]);
    fireEvent.keyDown(items[3], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[3]);
    fireEvent.keyDown(items[3], { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(items[2], { key: 'Enter' });
    await waitFor(() => expect(actions.showInPage).toHaveBeenCalledWith(SENTENCES[2]));
  });

  it('keeps every item and action reachable with Tab (no negative tabindex outside the tabs)', async () => {
    renderApp();
    await ready();
    const unreachable = Array.from(document.querySelectorAll('[tabindex="-1"]')).filter((el) => el.getAttribute('role') !== 'tab');
    expect(unreachable).toEqual([]);
    for (const b of Array.from(document.querySelectorAll('button'))) expect(b.textContent?.trim()).not.toBe('');
  });
});
