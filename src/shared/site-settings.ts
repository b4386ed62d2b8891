/**
 * Per-site settings, in `storage.local` so they survive restarts: for now, whether names are
 * highlighted on a site. One key per site keeps reads cheap and lets the content script watch just
 * its own key. Written against a minimal storage interface so it runs in tests and in both worlds
 * (worker and content script).
 */

export interface LocalStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface SiteSettings {
  highlight: boolean;
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = { highlight: true };

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
  return { highlight: typeof r.highlight === 'boolean' ? r.highlight : DEFAULT_SITE_SETTINGS.highlight };
}

export async function readSiteSettings(store: LocalStore | undefined, site: string): Promise<SiteSettings> {
  if (!store || !site) return { ...DEFAULT_SITE_SETTINGS };
  try {
    return parse((await store.get(siteKey(site)))[siteKey(site)]);
  } catch {
    return { ...DEFAULT_SITE_SETTINGS };
  }
}

export async function writeSiteSettings(store: LocalStore, site: string, patch: Partial<SiteSettings>): Promise<SiteSettings> {
  const next = { ...(await readSiteSettings(store, site)), ...patch };
  await store.set({ [siteKey(site)]: next });
  return next;
}

/** The settings in a `storage.onChanged` change set for `site`, or undefined when it is not there. */
export function settingsFromChange(changes: Record<string, { newValue?: unknown }>, site: string): SiteSettings | undefined {
  const change = changes[siteKey(site)];
  return change ? parse(change.newValue) : undefined;
}
