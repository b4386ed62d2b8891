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
  quoteLines: { kind: string; text: string; quoted: boolean }[];
  more: string | null;
  heading: string | null;
  noQuotes: boolean;
  all: string;
  menuOpen: boolean;
  menuItems: string[];
  notice: string | null;
  dir: string;
  rect: { left: number; top: number; right: number; bottom: number };
  /** Class of the focused element inside the card. */
  focused: string | null;
  /** Tag of the page's focused element (the host when focus is inside the card). */
  documentFocus: string | null;
}

/** The open card as the reader sees it, or null when none is open. */
export function readCard(d: Driver, tabId: number): Promise<CardView | null> {
  return d.ext(async (api, id: number) => {
    const [res] = (await api.scripting.executeScript({
      target: { tabId: id },
      func: () => {
        const root = (globalThis as Record<string, unknown>).__isnadCardRoot as ShadowRoot | undefined;
        const el = root?.host.isConnected ? root.querySelector<HTMLElement>('.card') : null;
        if (!root || !el) return null;
        const b = el.getBoundingClientRect();
        const menu = el.querySelector<HTMLElement>('[role="menu"]');
        const notice = el.querySelector<HTMLElement>('.notice');
        return {
          entity: el.dataset.entity ?? '',
          type: el.dataset.type ?? '',
          name: el.querySelector('.name')?.textContent ?? '',
          role: el.querySelector('.role')?.textContent ?? null,
          mentions: Number(el.querySelector<HTMLElement>('.mentions')?.dataset.count),
          quotes: Array.from(el.querySelectorAll<HTMLElement>('button.quote'), (q) => q.dataset.quote ?? ''),
          quoteLines: Array.from(el.querySelectorAll<HTMLElement>('button.quote'), (q) => ({ kind: q.dataset.kind ?? '', text: q.textContent ?? '', quoted: !!q.querySelector('q') })),
          more: el.querySelector('.more')?.textContent ?? null,
          heading: el.querySelector('h3')?.textContent ?? null,
          noQuotes: !!el.querySelector('.no-quotes'),
          all: el.querySelector('button.all')?.textContent ?? '',
          menuOpen: !!menu && !menu.hidden,
          menuItems: Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [], (m) => m.className),
          notice: notice && !notice.hidden ? (notice.textContent ?? '') : null,
          dir: getComputedStyle(el).direction,
          rect: { left: b.left, top: b.top, right: b.right, bottom: b.bottom },
          focused: (root.activeElement as HTMLElement | null)?.className ?? null,
          documentFocus: document.activeElement?.tagName ?? null,
        };
      },
    })) as { result: unknown }[];
    return res.result;
  }, tabId) as Promise<CardView | null>;
}

/**
 * Uses a control of the open card as a keyboard reader does: focus on it (from the extension's
 * world, where the closed root is reachable), then a real Enter from the browser. The card acts
 * only on the reader's input (ui-host.ts): a script's click does nothing. False when no such
 * control is shown.
 */
export async function pressInCard(d: Driver, tab: { id: number; press(key: string): Promise<void> }, selector: string): Promise<boolean> {
  const focused = (await d.ext(
    async (api, [id, sel]: [number, string]) => {
      const [res] = (await api.scripting.executeScript({
        target: { tabId: id },
        args: [sel],
        func: (s: string) => {
          const root = (globalThis as Record<string, unknown>).__isnadCardRoot as ShadowRoot | undefined;
          const el = root?.host.isConnected ? root.querySelector<HTMLElement>(s) : null;
          if (!root || !el || el.closest('[hidden]')) return false;
          el.focus({ preventScroll: true });
          return root.activeElement === el;
        },
      })) as { result: unknown }[];
      return res.result;
    },
    [tab.id, selector] as [number, string],
  )) as boolean;
  if (focused) await tab.press('Enter');
  return focused;
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
