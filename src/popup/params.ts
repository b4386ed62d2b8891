/** The popup's query parameters: `?tab=ID` (which tab), `&speaker=ENTITY_ID`, `&lang=ar|en`. */
export interface PopupParams {
  /** A positive integer tab id, or undefined for "the active tab of this window". */
  tab?: number;
  speaker: string | null;
  lang: string | null;
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
  };
}
