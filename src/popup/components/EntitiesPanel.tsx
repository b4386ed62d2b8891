/** Where, and who else: places, people and organizations, how often and in which sentences. */
import type { EntityType } from '../../engine/types.js';
import { useArticle } from '../context.js';
import { useI18n } from '../i18n.js';
import type { EntityRow } from '../model/entities.js';
import { ENTITY_SECTION_KEYS } from '../model/labels.js';
import { SpeakerIcon } from './Icons.js';
import { Marked } from './Marked.js';
import { SourceActions } from './SourceActions.js';
import { FIRST_ITEMS, useMore } from './More.js';

const LIST_IDS: Record<EntityType, string> = { location: 'places', person: 'people', organization: 'organizations' };

function EntityItem({
  row,
  quoteCount,
  open,
  onShowQuotes,
}: {
  row: EntityRow;
  quoteCount: number;
  open: boolean;
  onShowQuotes(entityId: string): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { text } = useArticle();
  const { entity } = row;
  return (
    <li class="entity" data-entity={entity.id}>
      <details open={open}>
        <summary data-nav>
          <SpeakerIcon type={entity.type} />
          <bdi class="name">{entity.name}</bdi>
          <span class="count" aria-label={t('mentionsCount', i18n.num(row.count))} title={t('mentionsCount', i18n.num(row.count))}>
            ×{i18n.num(row.count)}
          </span>
        </summary>
        {entity.role ? (
          <p class="role" dir="auto">
            {entity.role}
          </p>
        ) : null}
        {quoteCount > 0 ? (
          <p>
            <button type="button" class="link-button" onClick={() => onShowQuotes(entity.id)}>
              {t('showSpeakerQuotes', i18n.num(quoteCount))}
            </button>
          </p>
        ) : null}
        <ol class="sentences">
          {row.sentences.map((s) => (
            <li key={s.sentence.start}>
              <Marked text={text} within={s.sentence} marks={s.mentions} />
              <SourceActions sentence={s.sentence} />
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}

export function EntitiesPanel({
  sections,
  quoteCounts,
  focusEntity,
  onShowQuotes,
}: {
  sections: { type: EntityType; rows: EntityRow[] }[];
  quoteCounts: ReadonlyMap<string, number>;
  /** Entity to open (from `?speaker=` when it has no quotes). */
  focusEntity: string | null;
  onShowQuotes(entityId: string): void;
}) {
  const { t } = useI18n();
  if (sections.every((s) => s.rows.length === 0)) return <p class="empty">{t('emptyEntities')}</p>;
  return (
    <div>
      {sections.map(({ type, rows }) => (
        <EntitySection key={type} type={type} rows={rows} quoteCounts={quoteCounts} focusEntity={focusEntity} onShowQuotes={onShowQuotes} />
      ))}
    </div>
  );
}

function EntitySection({
  type,
  rows,
  quoteCounts,
  focusEntity,
  onShowQuotes,
}: {
  type: EntityType;
  rows: EntityRow[];
  quoteCounts: ReadonlyMap<string, number>;
  focusEntity: string | null;
  onShowQuotes(entityId: string): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  // The entity asked for by `?speaker=` is always among those shown.
  const focusAt = focusEntity ? rows.findIndex((r) => r.entity.id === focusEntity) : -1;
  const more = useMore(rows.length, Math.max(FIRST_ITEMS, focusAt + 1));
  return (
    <section class="entity-section" aria-labelledby={`heading-${LIST_IDS[type]}`}>
      <h3 id={`heading-${LIST_IDS[type]}`}>
        {t(ENTITY_SECTION_KEYS[type])} <span class="count">{i18n.num(rows.length)}</span>
      </h3>
      {rows.length ? (
        <ul id={LIST_IDS[type]} class="entities">
          {rows.slice(0, more.limit).map((r) => (
            <EntityItem
              key={r.entity.id}
              row={r}
              quoteCount={quoteCounts.get(r.entity.id) ?? 0}
              open={focusEntity === r.entity.id}
              onShowQuotes={onShowQuotes}
            />
          ))}
        </ul>
      ) : (
        <p class="empty small">{t('emptySection')}</p>
      )}
      {more.button}
    </section>
  );
}
