/**
 * Who said what: one group per speaker, named speakers first. Each quote is one dense row: what was
 * said (a direct quote in quotation marks; an indirect one as the article reports it, «قال إن …»,
 * never in quotation marks: shared/attribution.ts), then one line of actions.
 */
import { useState } from 'preact/hooks';
import type { Quote } from '../../engine/types.js';
import { quoteLine } from '../../shared/attribution.js';
import { useArticle } from '../context.js';
import { useI18n } from '../i18n.js';
import { QUOTE_KIND_KEYS, SPEAKER_TYPE_KEYS, groupName } from '../model/labels.js';
import type { SpeakerGroup } from '../model/quotes.js';
import { SpeakerIcon } from './Icons.js';
import { Marked } from './Marked.js';
import { FIRST_ITEMS, useMore } from './More.js';
import { FIRST_SCREEN_QUOTES } from '../first-screen.js';
import { SourceActions, useSource } from './SourceActions.js';

/** The quote as the reader reads it: direct in «», indirect as reported speech with its reporting words. */
function QuoteText({ quote }: { quote: Quote }) {
  const { text } = useArticle();
  const line = quoteLine(text, quote);
  if (line.quoted)
    return (
      <p class="line" dir="auto">
        <q class="content">{line.content}</q>
      </p>
    );
  return (
    <p class="line" dir="auto">
      {line.before ? <span class="attribution">{line.before}</span> : null}
      <span class="content">{line.content}</span>
      {line.after ? <span class="attribution">{line.after}</span> : null}
    </p>
  );
}

function QuoteItem({ quote }: { quote: Quote }) {
  const { t } = useI18n();
  const { text } = useArticle();
  const source = useSource(quote.sentence);
  const [open, setOpen] = useState(false);
  const sentenceId = `sentence-${quote.id}`;
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
      <QuoteText quote={quote} />
      <SourceActions sentence={quote.sentence}>
        <span class={`kind kind-${quote.kind}`}>{t(QUOTE_KIND_KEYS[quote.kind])}</span>
        {quote.speaker.resolved ? <span class="resolved">{t('speakerResolved')}</span> : null}
        <button type="button" class="sentence-toggle" aria-expanded={open} aria-controls={sentenceId} onClick={() => setOpen(!open)}>
          {t('sourceSentence')}
        </button>
      </SourceActions>
      {open ? (
        <div id={sentenceId} class="source">
          <Marked text={text} within={quote.sentence} marks={[quote.content]} />
        </div>
      ) : null}
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
        {group.role ? (
          <bdi class="role" dir="auto">
            {group.role}
          </bdi>
        ) : group.type !== 'unknown' && group.kind !== 'anonymous' && group.kind !== 'document' ? (
          <span class="type">{t(SPEAKER_TYPE_KEYS[group.type])}</span>
        ) : null}
        <span class="count" aria-label={t('quotesCount', i18n.num(group.quotes.length))}>
          {i18n.num(group.quotes.length)}
        </span>
      </h3>
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
