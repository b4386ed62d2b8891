/**
 * What the browser tests read of the extension at work, in either browser (`page-driver.ts`): the
 * content script's status, the worker's stored analysis, the page's highlights and the open hover
 * card (read in the extension's own world, card-probe.ts: its shadow root is closed to the page).
 * Shapes are kept loose.
 */
import type { Driver, Tab } from './page-driver.js';
import { waitFor } from './harness.js';
import { pressInCard as pressInCardOf, readCard } from './card-probe.js';
import type { CardView } from './card-probe.js';
import { tabFromRecord } from '../../src/shared/analysis-store.js';

export interface Mention {
  start: number;
  end: number;
  text: string;
}
interface Entity {
  id: string;
  type: string;
  name: string;
  role?: string;
  mentions: Mention[];
}
interface Quote {
  id: string;
  kind: 'direct' | 'indirect';
  content: Mention;
  cue: Mention;
  speaker: { text?: string; type?: string; entityId?: string; start?: number; end?: number };
  sentence: { start: number; end: number };
}
interface Frame {
  byline?: { start: number; end: number; author: string };
  dateline?: { start: number; end: number; place: string };
}
export interface Cached {
  state: string;
  text?: string;
  page?: { verdict: string; title?: string; site?: string };
  analysis?: { entities: Entity[]; quotes: Quote[]; sentences: { start: number; end: number }[] };
  frame?: Frame;
}
export interface Status {
  verdict: string;
  highlighting: boolean;
  highlighted: number;
  mapped: number;
  analysed: boolean;
  url: string;
}
export interface PageHighlight {
  name: string;
  text: string;
  rects: { left: number; top: number; right: number; bottom: number }[];
}

/** The full content script's status, or null where it is not running (nothing listens). */
export function pageStatus(d: Driver, tab: Tab): Promise<Status | null> {
  return d.ext((api, id: number) => (api.tabs.sendMessage(id, { type: 'page-status', payload: {} }) as Promise<Status>).catch(() => null), tab.id);
}

export function waitStatus(d: Driver, tab: Tab, ok: (s: Status) => boolean, what: string, ms = 30_000): Promise<Status> {
  return waitFor(async () => {
    const s = await pageStatus(d, tab).catch(() => undefined);
    return s && ok(s) ? s : undefined;
  }, what, ms);
}

/** The tab's analysis as the worker stored it (what the popup reads; packed there: shared/analysis-store.ts), or null. */
export async function cachedAnalysis(d: Driver, tab: Tab): Promise<Cached | null> {
  const raw = await d.ext(async (api, id: number) => (await api.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tab.id);
  return tabFromRecord(raw) as Cached | null;
}

/** What the popup gets when opened on the tab (it analyses on demand when nothing is cached). */
export function popupAnalysis(d: Driver, tab: Tab): Promise<Cached> {
  return d.ext((api, id: number) => api.runtime.sendMessage({ type: 'get-tab-analysis', payload: { tabId: id } }) as Promise<Cached>, tab.id);
}

/** Every range registered with CSS.highlights in the page, by highlight name. */
export function pageHighlights(tab: Tab): Promise<PageHighlight[]> {
  return tab.evaluate(() => {
    const out: { name: string; text: string; rects: { left: number; top: number; right: number; bottom: number }[] }[] = [];
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    registry.forEach((h, key) => {
      h.forEach((r) => {
        out.push({ name: key, text: r.toString(), rects: Array.from(r.getClientRects(), (b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom })) });
      });
    });
    return out;
  });
}

/** The names marked (not the open card's or "show in page"'s extra highlights). */
export async function nameMarks(tab: Tab): Promise<PageHighlight[]> {
  return (await pageHighlights(tab)).filter((h) => /^isnad-(person|organization|location)/.test(h.name));
}

export type { CardView } from './card-probe.js';

/** The open hover card as the reader sees it, or null (read in the extension's world: its shadow root is closed). */
export function openCard(d: Driver, tab: Tab): Promise<CardView | null> {
  return readCard(d, tab.id);
}

/** Uses a control of the open card with the reader's own input (card-probe.ts). */
export function pressInCard(d: Driver, tab: Tab, selector: string): Promise<boolean> {
  return pressInCardOf(d, tab, selector);
}

/** The keyboard command for the next marked name: its card opens, focused. */
export function focusNextName(d: Driver, tab: Tab, backwards = false): Promise<{ ok: boolean }> {
  return d.ext(
    (api, [id, back]: [number, boolean]) => api.tabs.sendMessage(id, { type: 'focus-next-mention', payload: { backwards: back } }) as Promise<{ ok: boolean }>,
    [tab.id, backwards] as [number, boolean],
  );
}

/** "Show in page" as the popup asks it; answers once the span is marked (or could not be). */
export function showInPage(d: Driver, tab: Tab, span: { start: number; end: number }): Promise<{ ok: boolean }> {
  return d.ext(
    (api, [id, s]: [number, { start: number; end: number }]) => api.tabs.sendMessage(id, { type: 'show-in-page', payload: { start: s.start, end: s.end } }) as Promise<{ ok: boolean }>,
    [tab.id, { start: span.start, end: span.end }] as [number, { start: number; end: number }],
  );
}

/** The "show in page" mark: its text, where it is, and whether it is wholly inside the window. */
export function revealed(tab: Tab): Promise<{ text: string; top: number; bottom: number; inView: boolean; scrollY: number } | null> {
  return tab.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('isnad-flash');
    const r = h ? [...h][0] : undefined;
    if (!r) return null;
    const b = r.getBoundingClientRect();
    return { text: r.toString(), top: b.top, bottom: b.bottom, inView: b.top >= 0 && b.bottom <= innerHeight, scrollY };
  });
}
