/**
 * With what numbers: the article's date once, then each number as what it is («43 قتيلا», «$2.5
 * million», «yesterday (Tuesday)»), grouped by what a reader came for or as in the article, each
 * with its sentence.
 */
import { useMemo, useState } from 'preact/hooks';
import type { NumberMention, Span } from '../../engine/types.js';
import { useArticle } from '../context.js';
import { useI18n } from '../i18n.js';
import { GROUP_KEYS, KIND_KEYS } from '../model/format.js';
import { articleDate, numberSections, readNumber, shownKind } from '../model/numbers.js';
import type { NumberOrder } from '../model/numbers.js';
import { sentenceOf } from '../model/spans.js';
import { Marked } from './Marked.js';
import { useMore } from './More.js';
import { SourceActions, useSource } from './SourceActions.js';

function NumberItem({ n, sentence }: { n: NumberMention; sentence: Span }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { text } = useArticle();
  const source = useSource(sentence);
  const marks: Span[] = n.counted ? [n, n.counted] : [n];
  const reading = readNumber(n, i18n);
  // A vague plural's approximation is the plural itself, already read as the figure.
  const approx = n.approx && !(n.vague && n.approx === n.text) ? n.approx : undefined;
  return (
    <li
      class={`number number-${n.kind}`}
      data-nav
      data-sentence={`${sentence.start}:${sentence.end}`}
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) void source.show();
      }}
    >
      <p class="number-head">
        <bdi class="value">{reading.figure}</bdi>
        {reading.noun ? (
          <bdi class="counted" dir="auto">
            {reading.noun}
          </bdi>
        ) : null}
        <span class="badge">{t(KIND_KEYS[shownKind(n)])}</span>
      </p>
      {approx ? (
        <dl class="facts">
          <dt>{t('approxLabel')}</dt>
          <dd>
            <bdi>{approx}</bdi>
          </dd>
        </dl>
      ) : null}
      <Marked text={text} within={sentence} marks={marks} />
      <SourceActions sentence={sentence} />
    </li>
  );
}

export function NumbersPanel({ numbers }: { numbers: readonly NumberMention[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { analysis } = useArticle();
  const [order, setOrder] = useState<NumberOrder>('kind');
  const sections = useMemo(() => numberSections(numbers, order), [numbers, order]);
  const total = sections.reduce((s, x) => s + x.numbers.length, 0);
  const more = useMore(total);
  const date = articleDate({ numbers, publishedAt: analysis.publishedAt }, i18n);
  const dateLine = date ? (
    <p class="article-date">
      <span class="label">{t('numbersArticleDate')}</span> <bdi>{date}</bdi>
    </p>
  ) : null;
  if (!total)
    return (
      <div>
        {dateLine}
        <p class="empty">{t('emptyNumbers')}</p>
      </div>
    );
  const orders: [NumberOrder, string][] = [
    ['kind', t('orderKind')],
    ['article', t('orderArticle')],
  ];
  let left = more.limit;
  return (
    <div>
      {dateLine}
      <div class="toolbar" role="group" aria-label={t('orderLabel')}>
        <span class="label">{t('orderLabel')}</span>
        {orders.map(([id, label]) => (
          <button key={id} type="button" class="toggle" aria-pressed={order === id} data-order={id} onClick={() => setOrder(id)}>
            {label}
          </button>
        ))}
      </div>
      <div id="numbers">
        {sections.map((s) => {
          const shown = s.numbers.slice(0, Math.max(0, left));
          left -= shown.length;
          if (!shown.length) return null;
          return (
            <section key={s.group ?? 'all'} class="number-group" data-group={s.group ?? 'all'}>
              {s.group ? <h3 class="group-title">{t(GROUP_KEYS[s.group])}</h3> : null}
              <ol>
                {shown.map((n) => (
                  <NumberItem key={`${n.start}:${n.end}`} n={n} sentence={sentenceOf(analysis.sentences, n)} />
                ))}
              </ol>
            </section>
          );
        })}
      </div>
      {more.button}
    </div>
  );
}
