/** Who said what: one group per speaker, each quote with its badge, cue, content and sentence. */
import type { Quote } from '../../engine/types.js';
import { useArticle } from '../context.js';
import { useI18n } from '../i18n.js';
import { QUOTE_KIND_KEYS, SPEAKER_TYPE_KEYS, groupName } from '../model/labels.js';
import type { SpeakerGroup } from '../model/quotes.js';
import { SpeakerIcon } from './Icons.js';
import { Marked } from './Marked.js';
import { FIRST_ITEMS, useMore } from './More.js';
import { FIRST_SCREEN_QUOTES } from '../first-screen.js';
import { SourceActions, useSource } from './SourceActions.js';

function QuoteItem({ quote }: { quote: Quote }) {
  const { t } = useI18n();
  const { text } = useArticle();
  const source = useSource(quote.sentence);
  return (
    <li
      class={`quote quote-${quote.kind}`}
      data-nav
      data-quote={quote.id}
      data-sentence={`${quote.sentence.start}:${quote.sentence.end}`}
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) void source.show();
      }}
    >
      <p class="quote-head">
        <span class={`badge badge-${quote.kind}`}>{t(QUOTE_KIND_KEYS[quote.kind])}</span>{' '}
        <span class="cue">
          <span class="label">{t('cueLabel')}</span> <bdi>{quote.cue.text}</bdi>
        </span>
        {quote.speaker.resolved ? <span class="resolved"> · {t('speakerResolved')}</span> : null}
      </p>
      <blockquote class="content" dir="auto">
        {quote.content.text}
      </blockquote>
      <details class="source">
        <summary>{t('sourceSentence')}</summary>
        <Marked text={text} within={quote.sentence} marks={[quote.content]} />
      </details>
      <SourceActions sentence={quote.sentence} />
    </li>
  );
}

function Group({ group }: { group: SpeakerGroup }) {
  const i18n = useI18n();
  const { t } = i18n;
  const name = groupName(group, i18n);
  const headingId = `group-${group.key.replace(/[^\w-]/g, '_')}`;
  return (
    <section class="group" aria-labelledby={headingId} data-group={group.key}>
      <h3 id={headingId} class="group-head">
        <SpeakerIcon type={group.type} />
        <bdi class="name">{name}</bdi>
        {group.type !== 'unknown' ? <span class="type">{t(SPEAKER_TYPE_KEYS[group.type])}</span> : null}
        <span class="count" aria-label={t('quotesCount', i18n.num(group.quotes.length))}>
          {i18n.num(group.quotes.length)}
        </span>
      </h3>
      {group.role ? (
        <p class="role" dir="auto">
          {group.role}
        </p>
      ) : null}
      <ol class="quotes">
        {group.quotes.map((q) => (
          <QuoteItem key={q.id} quote={q} />
        ))}
      </ol>
    </section>
  );
}

/** How many whole groups, from the first, hold about `quotes` quotes (at least one group). */
function groupsHolding(groups: SpeakerGroup[], quotes: number): number {
  let fits = 0;
  for (let n = 0; fits < groups.length && n < quotes; fits++) n += groups[fits].quotes.length;
  return Math.max(1, fits);
}

export function QuotesPanel({
  groups,
  filter,
  firstScreen = false,
  onClearFilter,
}: {
  groups: SpeakerGroup[];
  /** Group key to show alone (`entity:e3`), from `?speaker=` or the names tab. */
  filter: string | null;
  /** The popup's first frame: only about a screenful of quotes (first-screen.ts). */
  firstScreen?: boolean;
  onClearFilter(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const shown = filter ? groups.filter((g) => g.key === filter) : groups;
  // Whole groups, until about FIRST_ITEMS quotes are on screen; a first screenful in the first frame.
  const more = useMore(shown.length, groupsHolding(shown, FIRST_ITEMS));
  const limit = firstScreen ? Math.min(more.limit, groupsHolding(shown, FIRST_SCREEN_QUOTES)) : more.limit;
  if (!groups.length) return <p class="empty">{t('emptyQuotes')}</p>;
  return (
    <div>
      {filter ? (
        <p class="filter">
          {shown.length ? (
            <>
              {t('filterShowing')} <bdi>{groupName(shown[0], i18n)}</bdi>
            </>
          ) : (
            t('filterNone')
          )}{' '}
          <button type="button" onClick={onClearFilter}>
            {t('showAllSpeakers', i18n.num(groups.length))}
          </button>
        </p>
      ) : null}
      <div id="quotes">
        {shown.slice(0, limit).map((g) => (
          <Group key={g.key} group={g} />
        ))}
      </div>
      {firstScreen ? null : more.button}
    </div>
  );
}
