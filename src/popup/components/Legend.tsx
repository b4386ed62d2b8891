/**
 * The legend of the page's three colours (people, organizations, places), each with how many the
 * article names. Each entry is also the switch for marking that type in pages (pressed = marked),
 * where the device's settings can be changed; otherwise it is a plain legend.
 */
import type { EntityType } from '../../engine/types.js';
import type { DisplaySettings } from '../../shared/display-settings.js';
import { useEnv } from '../context.js';
import { useI18n } from '../i18n.js';
import type { MessageKey } from '../i18n.js';
import type { Counts } from './Header.js';

export type DisplayPatch = { types?: Partial<Record<EntityType, boolean>>; firstOnly?: boolean };

const ENTRIES: [EntityType, keyof Counts, MessageKey][] = [
  ['person', 'people', 'legendPeople'],
  ['organization', 'organizations', 'legendOrganizations'],
  ['location', 'places', 'legendPlaces'],
];

export function Legend({ counts, display, onDisplay }: { counts: Counts; display?: DisplaySettings; onDisplay?: (patch: DisplayPatch) => Promise<void> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { announce } = useEnv();
  return (
    <div class="legend" role="group" aria-label={t('legendLabel')}>
      {ENTRIES.map(([type, key, label]) => {
        const content = (
          <>
            <span class={`swatch swatch-${type}`} aria-hidden="true" />
            {t(label)} <b>{i18n.num(counts[key])}</b>
          </>
        );
        if (!display || !onDisplay)
          return (
            <span key={type} class="legend-item" data-type={type}>
              {content}
            </span>
          );
        const on = display.types[type];
        return (
          <button
            key={type}
            type="button"
            class="legend-item"
            data-type={type}
            aria-pressed={on}
            title={t('legendToggle')}
            onClick={async () => {
              await onDisplay({ types: { [type]: !on } });
              announce(t(on ? 'legendTypeOff' : 'legendTypeOn', t(label)));
            }}
          >
            {content}
          </button>
        );
      })}
    </div>
  );
}
