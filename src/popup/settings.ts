/**
 * This device's settings as the popup reads and changes them: the article's site (names marked
 * or not, the reader's corrections) and how names are marked on every site. They live in
 * `storage.local` (shared/site-settings.ts, shared/display-settings.ts); the content script
 * follows every change live.
 */
import { readDisplay, writeDisplay } from '../shared/display-settings.js';
import type { DisplaySettings } from '../shared/display-settings.js';
import { readSiteSettings, writeSiteSettings } from '../shared/site-settings.js';
import type { LocalStore, SitePatch, SiteSettings } from '../shared/site-settings.js';
import type { EntityType } from '../engine/types.js';

export interface PopupSettings {
  site(site: string): Promise<SiteSettings>;
  patchSite(site: string, patch: SitePatch): Promise<SiteSettings>;
  display(): Promise<DisplaySettings>;
  patchDisplay(patch: { types?: Partial<Record<EntityType, boolean>>; firstOnly?: boolean }): Promise<DisplaySettings>;
}

export function settingsIn(local: LocalStore): PopupSettings {
  return {
    site: (site) => readSiteSettings(local, site),
    patchSite: (site, patch) => writeSiteSettings(local, site, patch),
    display: () => readDisplay(local),
    patchDisplay: (patch) => writeDisplay(local, patch),
  };
}

/** Both at once, for the popup's first frame. */
export interface SettingsSnapshot {
  site: SiteSettings;
  display: DisplaySettings;
}

export async function snapshot(settings: PopupSettings, site: string): Promise<SettingsSnapshot> {
  const [s, d] = await Promise.all([settings.site(site), settings.display()]);
  return { site: s, display: d };
}
