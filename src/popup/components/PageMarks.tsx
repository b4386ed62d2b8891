/**
 * The names marked in the page, under the reader's control: only the first mention of each name;
 * names marked on this site at all; and the corrections made here from hover cards («not a name»,
 * «a place, not a person»), each of which can be taken back. Saved on this device; the page
 * follows at once.
 */
import type { DisplaySettings } from '../../shared/display-settings.js';
import type { SitePatch } from '../../shared/site-settings.js';
import type { SettingsSnapshot } from '../settings.js';
import { useEnv } from '../context.js';
import { useI18n } from '../i18n.js';
import type { MessageKey } from '../i18n.js';
import type { DisplayPatch } from './Legend.js';

const CORRECTION_KEYS: Record<string, MessageKey> = {
  'not-a-name': 'correctionNotAName',
  person: 'correctionPerson',
  organization: 'correctionOrganization',
  location: 'correctionLocation',
};

export function PageMarks({
  site,
  settings,
  onSite,
  onDisplay,
}: {
  site: string;
  settings: SettingsSnapshot;
  onSite(patch: SitePatch): Promise<void>;
  onDisplay(patch: DisplayPatch): Promise<void>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { announce } = useEnv();
  const { highlight, corrections } = settings.site;
  const display: DisplaySettings = settings.display;
  const corrected = Object.entries(corrections);
  return (
    <section class="page-marks" aria-labelledby="page-marks-heading">
      <h2 id="page-marks-heading">{t('pageMarksHeading')}</h2>
      <p class="site-toggle">
        <label>
          <input
            type="checkbox"
            checked={highlight}
            onChange={async (e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              await onSite({ highlight: on });
              announce(on ? t('highlightTurnedOn') : t('highlightTurnedOff'));
            }}
          />{' '}
          {t('highlightOnSite')} <span class="muted">(<bdi>{site}</bdi>)</span>
        </label>
      </p>
      <p class="first-only">
        <label>
          <input
            type="checkbox"
            checked={display.firstOnly}
            onChange={async (e) => {
              const firstOnly = (e.currentTarget as HTMLInputElement).checked;
              await onDisplay({ firstOnly });
              announce(t(firstOnly ? 'firstOnlyOn' : 'firstOnlyOff'));
            }}
          />{' '}
          {t('firstOnly')}
        </label>
      </p>
      {corrected.length ? (
        <details class="corrections">
          <summary>{t('correctionsSummary', i18n.num(corrected.length))}</summary>
          <ul>
            {corrected.map(([name, c]) => (
              <li key={name} data-name={name}>
                <bdi class="name">{name}</bdi> <span class="muted">{t(CORRECTION_KEYS[c] ?? 'correctionNotAName')}</span>{' '}
                <button
                  type="button"
                  class="restore"
                  onClick={async () => {
                    await onSite({ corrections: { [name]: null } });
                    announce(t('correctionRestored', name));
                  }}
                >
                  {t('correctionRestore')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
