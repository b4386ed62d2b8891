/**
 * The popup's address and its query: `?tab=ID` (which tab), `&speaker=ENTITY_ID`, `&lang=ar|en`,
 * and `&in=toolbar` when the browser shows it as the toolbar's popup rather than as a page in a
 * tab. The worker sets each analysed tab's toolbar popup to name its tab, so the popup reads the
 * stored analysis at once instead of first asking the browser which tab is active.
 */
export interface PopupParams {
  /** A positive integer tab id, or undefined for "the active tab of this window". */
  tab?: number;
  speaker: string | null;
  lang: string | null;
  /** Shown as the toolbar's popup (it can offer to open itself in a tab). */
  toolbar: boolean;
}

export function parseParams(search: string): PopupParams {
  const q = new URLSearchParams(search);
  const tab = Number(q.get('tab'));
  const speaker = q.get('speaker');
  return {
    tab: Number.isSafeInteger(tab) && tab > 0 ? tab : undefined,
    // Entity ids are short tokens (`e12`); anything else is ignored rather than trusted.
    speaker: speaker && /^[\w-]{1,64}$/.test(speaker) ? speaker : null,
    lang: q.get('lang'),
    toolbar: q.get('in') === 'toolbar',
  };
}

/** The popup's path inside the extension for these parameters (`popup.html?…`). */
export function popupPath(p: Partial<PopupParams>): string {
  const q = new URLSearchParams();
  if (p.tab !== undefined) q.set('tab', String(p.tab));
  if (p.speaker) q.set('speaker', p.speaker);
  if (p.lang) q.set('lang', p.lang);
  if (p.toolbar) q.set('in', 'toolbar');
  const query = q.toString();
  return query ? `popup.html?${query}` : 'popup.html';
}

/**
 * The toolbar popup of a tab whose state is stored: it names the tab, so the popup reads that
 * state at once instead of first asking the browser which tab is active (its first paint). The
 * browser drops a tab's popup setting when the tab goes to another page.
 */
export const toolbarPopupPath = (tabId: number): string => popupPath({ tab: tabId, toolbar: true });
