/** Names highlighted in the page, per site: the switch the worker stores (and the page follows). */
import { useEffect, useState } from 'preact/hooks';
import { useEnv } from '../context.js';
import { useI18n } from '../i18n.js';

export function HighlightToggle() {
  const { t } = useI18n();
  const { actions, announce } = useEnv();
  const [state, setState] = useState<{ site: string; on: boolean } | null>(null);
  const api = actions.siteHighlighting;
  useEffect(() => {
    let live = true;
    api?.()
      .then((s) => live && setState(s))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api]);
  if (!api || !state?.site) return null;
  return (
    <p class="site-toggle">
      <label>
        <input
          type="checkbox"
          checked={state.on}
          onChange={async (e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            try {
              const next = await api(on);
              setState(next);
              announce(next.on ? t('highlightTurnedOn') : t('highlightTurnedOff'));
            } catch {
              setState({ ...state });
            }
          }}
        />{' '}
        {t('highlightOnSite')} <span class="muted">(<bdi>{state.site}</bdi>)</span>
      </label>
    </p>
  );
}
