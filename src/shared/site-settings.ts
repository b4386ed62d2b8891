/**
 * Per-site settings, in `storage.local` so they survive restarts and stay on this device: whether
 * names are highlighted on a site, and the reader's corrections there («not a name», «a place, not
 * a person»), by name. One key per site keeps reads cheap and lets the content script watch just
 * its own key. Written against a minimal storage interface so it runs in tests and in every
 * context (worker, content script, popup).
 */
import type { EntityType } from '../engine/types.js';
import { neutralise } from './neutral-text.js';

export interface LocalStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** A reader's correction of a highlighted name: not a name at all, or another type of name. */
export type Correction = 'not-a-name' | EntityType;

export interface SiteSettings {
  highlight: boolean;
  /** Corrections by name (as `correctionKey` writes it). */
  corrections: Record<string, Correction>;
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = { highlight: true, corrections: {} };

/** Most corrections kept per site (the oldest go first). */
const MAX_CORRECTIONS = 500;
const CORRECTIONS: ReadonlySet<string> = new Set<Correction>(['not-a-name', 'person', 'organization', 'location']);

/**
 * A name as corrections are keyed: hidden controls neutralised (the key is shown in the popup, and
 * the card, which has the page's text, and the popup, which has it neutralised, must find the
 * same key), spaces collapsed, at most 120 characters.
 */
export function correctionKey(name: string): string {
  return neutralise(name).replace(/\s+/g, ' ').trim().slice(0, 120);
}

/** The site of a URL: its host name without a leading "www.", lower case. Empty for non-web URLs. */
export function siteOf(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return '';
    return u.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function siteKey(site: string): string {
  return `site:${site}`;
}

function parse(raw: unknown): SiteSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<SiteSettings>;
  const corrections: Record<string, Correction> = {};
  if (r.corrections && typeof r.corrections === 'object')
    for (const [name, c] of Object.entries(r.corrections).slice(-MAX_CORRECTIONS)) if (typeof c === 'string' && CORRECTIONS.has(c) && correctionKey(name)) corrections[correctionKey(name)] = c as Correction;
  return { highlight: typeof r.highlight === 'boolean' ? r.highlight : DEFAULT_SITE_SETTINGS.highlight, corrections };
}

export async function readSiteSettings(store: Pick<LocalStore, 'get'> | undefined, site: string): Promise<SiteSettings> {
  if (!store || !site) return { ...DEFAULT_SITE_SETTINGS, corrections: {} };
  try {
    return parse((await store.get(siteKey(site)))[siteKey(site)]);
  } catch {
    return { ...DEFAULT_SITE_SETTINGS, corrections: {} };
  }
}

/** A change to a site's settings: the switch, and corrections to add (a type) or take back (null). */
export interface SitePatch {
  highlight?: boolean;
  corrections?: Record<string, Correction | null>;
}

/**
 * A change the hover card's menu asks for on its own page's site. The content script never writes
 * settings itself: the worker makes the change for the sending tab's site, paced per tab, and
 * keeps how to undo it (background/handlers.ts).
 */
export type SiteChange = { kind: 'correct'; name: string; correction: Correction } | { kind: 'hide-on-site' };

/**
 * A change as a patch, checked (null for anything malformed: it came through a page's content
 * script), with the patch that undoes it, given the settings before it.
 */
export function changePatch(change: unknown, before: SiteSettings): { patch: SitePatch; undo: SitePatch } | null {
  const c = change as Partial<{ kind: unknown; name: unknown; correction: unknown }> | null;
  if (!c || typeof c !== 'object') return null;
  if (c.kind === 'hide-on-site') return { patch: { highlight: false }, undo: { highlight: before.highlight } };
  if (c.kind !== 'correct' || typeof c.name !== 'string' || typeof c.correction !== 'string' || !CORRECTIONS.has(c.correction)) return null;
  const key = correctionKey(c.name);
  if (!key) return null;
  return { patch: { corrections: { [key]: c.correction as Correction } }, undo: { corrections: { [key]: before.corrections[key] ?? null } } };
}

export async function writeSiteSettings(store: LocalStore, site: string, patch: SitePatch): Promise<SiteSettings> {
  const now = await readSiteSettings(store, site);
  const corrections = { ...now.corrections };
  for (const [name, c] of Object.entries(patch.corrections ?? {})) {
    const key = correctionKey(name);
    if (!key) continue;
    delete corrections[key];
    if (c && CORRECTIONS.has(c)) corrections[key] = c;
  }
  const next = parse({ highlight: patch.highlight ?? now.highlight, corrections });
  await store.set({ [siteKey(site)]: next });
  return next;
}

/** The settings in a `storage.onChanged` change set for `site`, or undefined when it is not there. */
export function settingsFromChange(changes: Record<string, { newValue?: unknown }>, site: string): SiteSettings | undefined {
  const change = changes[siteKey(site)];
  return change ? parse(change.newValue) : undefined;
}
