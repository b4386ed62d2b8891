/**
 * How names are marked in pages, on this device and for every site: which types (the popup's
 * legend doubles as the switch) and whether only each name's first mention is marked. Kept in
 * `storage.local` under one key; the popup writes it, the content script follows it live.
 */
import type { EntityType } from '../engine/types.js';
import type { LocalStore } from './site-settings.js';

export interface DisplaySettings {
  types: Record<EntityType, boolean>;
  firstOnly: boolean;
}

const DISPLAY_KEY = 'display';
export const DEFAULT_DISPLAY: DisplaySettings = { types: { person: true, organization: true, location: true }, firstOnly: false };

function parseDisplay(raw: unknown): DisplaySettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<DisplaySettings>;
  const t = (r.types && typeof r.types === 'object' ? r.types : {}) as Partial<Record<EntityType, unknown>>;
  const on = (k: EntityType) => (typeof t[k] === 'boolean' ? (t[k] as boolean) : true);
  return { types: { person: on('person'), organization: on('organization'), location: on('location') }, firstOnly: r.firstOnly === true };
}

export async function readDisplay(store: Pick<LocalStore, 'get'> | undefined): Promise<DisplaySettings> {
  if (!store) return parseDisplay(undefined);
  try {
    return parseDisplay((await store.get(DISPLAY_KEY))[DISPLAY_KEY]);
  } catch {
    return parseDisplay(undefined);
  }
}

export async function writeDisplay(store: LocalStore, patch: { types?: Partial<Record<EntityType, boolean>>; firstOnly?: boolean }): Promise<DisplaySettings> {
  const now = await readDisplay(store);
  const next = parseDisplay({ types: { ...now.types, ...patch.types }, firstOnly: patch.firstOnly ?? now.firstOnly });
  await store.set({ [DISPLAY_KEY]: next });
  return next;
}

/** The display settings in a `storage.onChanged` change set, or undefined when they did not change. */
export function displayFromChange(changes: Record<string, { newValue?: unknown }>): DisplaySettings | undefined {
  const change = changes[DISPLAY_KEY];
  return change ? parseDisplay(change.newValue) : undefined;
}
