/**
 * Long lists render their first items at once and the rest on request, so a very long article
 * still paints its first screen quickly.
 */
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n.js';

export const FIRST_ITEMS = 40;

/** How many items to show, and a button to show them all when some are held back. */
export function useMore(total: number, first = FIRST_ITEMS): { limit: number; button: preact.JSX.Element | null } {
  const i18n = useI18n();
  const [all, setAll] = useState(false);
  const limit = all ? total : Math.min(total, first);
  const button =
    limit < total ? (
      <button type="button" class="more" onClick={() => setAll(true)}>
        {i18n.t('showMore', i18n.num(total - limit))}
      </button>
    ) : null;
  return { limit, button };
}
