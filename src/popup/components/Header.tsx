/** The article at the top: title, site, what Isnad made of the page, and the counts. */
import type { Analysis } from '../../engine/types.js';
import type { PageInfo, TabState, Verdict } from '../../shared/messages.js';
import { useI18n } from '../i18n.js';
import type { MessageKey } from '../i18n.js';
import { numberCount } from '../model/numbers.js';

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
  ['quotes', 'countQuotes'],
  ['speakers', 'countSpeakers'],
  ['places', 'countPlaces'],
  ['people', 'countPeople'],
  ['organizations', 'countOrganizations'],
  ['numbers', 'countNumbers'],
];

export function Header({
  page,
  state,
  counts,
  warnings,
  onOpenInTab,
}: {
  page?: PageInfo;
  state: TabState | 'loading';
  counts?: Counts;
  warnings?: readonly string[];
  onOpenInTab?: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const status =
    state === 'loading' || state === 'analysing' ? t('stateAnalysing') : page ? t(VERDICT_KEYS[page.verdict] ?? 'verdictPage') : null;
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
        {page?.site ? <bdi class="site">{page.site}</bdi> : null}
        {page?.site && status ? ' · ' : null}
        {status ? <span class="verdict">{status}</span> : null}
      </p>
      {counts ? (
        <ul class="counts" aria-label={t('countsLabel')}>
          {COUNT_KEYS.map(([k, key]) => (
            <li key={k} data-count={k}>
              <span class="label">{t(key)}</span> <b>{i18n.num(counts[k])}</b>
            </li>
          ))}
        </ul>
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
