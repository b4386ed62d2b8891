/**
 * The article at the top: its title; where it comes from (outlet, author, date, dateline place)
 * and what Isnad made of the page; one line of counts; and the legend of the page's three
 * colours, which is also the switch for each (shared/display-settings.ts).
 */
import { Fragment } from 'preact';
import type { Analysis } from '../../engine/types.js';
import type { ArticleFrame } from '../../shared/article-frame.js';
import type { PageInfo, TabState, Verdict } from '../../shared/messages.js';
import type { DisplaySettings } from '../../shared/display-settings.js';
import { useI18n } from '../i18n.js';
import type { MessageKey } from '../i18n.js';
import { numberCount } from '../model/numbers.js';
import { articleSource } from '../model/source.js';
import { Legend } from './Legend.js';
import type { DisplayPatch } from './Legend.js';

const VERDICT_KEYS: Record<Verdict, MessageKey> = {
  'arabic-article': 'verdictArticle',
  'arabic-page': 'verdictPage',
  'not-arabic': 'verdictNotArabic',
  'no-text': 'verdictNoText',
};

export interface Counts {
  quotes: number;
  speakers: number;
  places: number;
  people: number;
  organizations: number;
  numbers: number;
}

export function countsOf(analysis: Analysis, speakers: number): Counts {
  const of = (type: string) => analysis.entities.filter((e) => e.type === type).length;
  return {
    quotes: analysis.quotes.length,
    speakers,
    places: of('location'),
    people: of('person'),
    organizations: of('organization'),
    numbers: numberCount(analysis.numbers),
  };
}

const COUNT_KEYS: [keyof Counts, MessageKey][] = [
  ['quotes', 'countQuotesN'],
  ['speakers', 'countSpeakersN'],
  ['numbers', 'countNumbersN'],
];

/** `2026-05-10` in the reader's language («10 May 2026», «10 مايو 2026»); the day as the page gives it. */
function publishedDay(day: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  } catch {
    return day;
  }
}

export function Header({
  page,
  frame,
  state,
  counts,
  warnings,
  display,
  onDisplay,
  onOpenInTab,
}: {
  page?: PageInfo;
  frame?: ArticleFrame;
  state: TabState | 'loading';
  counts?: Counts;
  warnings?: readonly string[];
  display?: DisplaySettings;
  onDisplay?: (patch: DisplayPatch) => Promise<void>;
  onOpenInTab?: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const status =
    state === 'loading' || state === 'analysing' ? t('stateAnalysing') : page ? t(VERDICT_KEYS[page.verdict] ?? 'verdictPage') : null;
  const source = articleSource(page, frame);
  const facts: preact.JSX.Element[] = [];
  if (source.outlet) facts.push(<bdi class="site">{source.outlet}</bdi>);
  if (source.author) facts.push(<span class="author">{t('byAuthor', source.author)}</span>);
  // A span, not <time>: Firefox ESR's WebDriver BiDi fails to serialize a page holding a <time>
  // element (seen with puppeteer 24), and the popup must stay testable there.
  if (source.published)
    facts.push(
      <span class="published" data-date={source.published}>
        {publishedDay(source.published, i18n.locale)}
      </span>,
    );
  if (source.place) facts.push(<span class="place">{t('filedFrom', source.place)}</span>);
  if (status) facts.push(<span class="verdict">{status}</span>);
  return (
    <header class="header">
      <div class="title-row">
        <h1 dir="auto">{page?.title || t('untitled')}</h1>
        {onOpenInTab ? (
          <button type="button" class="open-tab" onClick={onOpenInTab} title={t('openInTab')}>
            {t('openInTab')}
          </button>
        ) : null}
      </div>
      <p class="meta">
        {facts.map((f, i) => (
          <Fragment key={i}>
            {i ? ' · ' : null}
            {f}
          </Fragment>
        ))}
      </p>
      {counts ? (
        <>
          <p class="counts" aria-label={t('countsLabel')}>
            {COUNT_KEYS.map(([k, key], i) => (
              <Fragment key={k}>
                {i ? ' · ' : null}
                <span data-count={k}>{t(key, i18n.num(counts[k]))}</span>
              </Fragment>
            ))}
          </p>
          <Legend counts={counts} display={display} onDisplay={onDisplay} />
        </>
      ) : null}
      {warnings?.length ? (
        <ul class="warnings">
          {warnings.map((w) => (
            <li key={w} dir="auto">
              {w}
            </li>
          ))}
        </ul>
      ) : null}
    </header>
  );
}
