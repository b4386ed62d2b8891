/**
 * The hover card as the browser tests read it. Its shadow root is closed (the page must not
 * read it: src/content/card/ui-host.ts), so it is read in the extension's own world of the page
 * (`scripting.executeScript`, where the content script keeps the root in a global the page
 * cannot see), the way the content script itself reaches it.
 */
import type { Driver } from './page-driver.js';

export interface CardView {
  entity: string;
  type: string;
  name: string;
  role: string | null;
  mentions: number;
  quotes: string[];
  cues: string[];
  dir: string;
  rect: { left: number; top: number; right: number; bottom: number };
  /** Class of the focused element inside the card. */
  focused: string | null;
  /** Tag of the page's focused element (the host when focus is inside the card). */
  documentFocus: string | null;
}

/** The open card, or null when none is open. */
export function readCard(d: Driver, tabId: number): Promise<CardView | null> {
  return d.ext(async (api, id: number) => {
    const [res] = (await api.scripting.executeScript({
      target: { tabId: id },
      func: () => {
        const root = (globalThis as Record<string, unknown>).__isnadCardRoot as ShadowRoot | undefined;
        const el = root?.host.isConnected ? root.querySelector<HTMLElement>('.card') : null;
        if (!root || !el) return null;
        const r = el.getBoundingClientRect();
        return {
          entity: el.dataset.entity ?? '',
          type: el.dataset.type ?? '',
          name: el.querySelector('.name')?.textContent ?? '',
          role: el.querySelector('.role')?.textContent ?? null,
          mentions: Number(el.querySelector<HTMLElement>('.mentions')?.dataset.count),
          quotes: Array.from(el.querySelectorAll<HTMLElement>('button.quote'), (q) => q.dataset.quote ?? ''),
          cues: Array.from(el.querySelectorAll('.cue'), (c) => c.textContent ?? ''),
          dir: getComputedStyle(el).direction,
          rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
          focused: (root.activeElement as HTMLElement | null)?.className ?? null,
          documentFocus: document.activeElement?.tagName ?? null,
        };
      },
    })) as { result: unknown }[];
    return res.result;
  }, tabId) as Promise<CardView | null>;
}

/** The viewport centre of the open card's first element matching `selector`, or null. */
export function cardTarget(d: Driver, tabId: number, selector: string): Promise<{ x: number; y: number } | null> {
  return d.ext(
    async (api, [id, sel]: [number, string]) => {
      const [res] = (await api.scripting.executeScript({
        target: { tabId: id },
        args: [sel],
        func: (s: string) => {
          const root = (globalThis as Record<string, unknown>).__isnadCardRoot as ShadowRoot | undefined;
          const el = root?.host.isConnected ? root.querySelector(s) : null;
          if (!el) return null;
          const r = el.getBoundingClientRect();
          return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
        },
      })) as { result: unknown }[];
      return res.result;
    },
    [tabId, selector] as [number, string],
  ) as Promise<{ x: number; y: number } | null>;
}
