/** With what numbers: value, counted noun, approximation and date facts, each with its sentence. */
import { useMemo, useState } from 'preact/hooks';
import type { NumberMention, Span } from '../../engine/types.js';
import { useArticle } from '../context.js';
import { useI18n } from '../i18n.js';
import { KIND_KEYS, describeDate, formatValue } from '../model/format.js';
import { orderNumbers } from '../model/numbers.js';
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
        <bdi class="value">{formatValue(n, i18n)}</bdi>
        {n.counted ? (
          <bdi class="counted" dir="auto">
            {n.counted.text}
          </bdi>
        ) : null}
        <span class="badge">{t(KIND_KEYS[n.kind])}</span>
      </p>
      {n.approx || n.date ? (
        <dl class="facts">
          {n.approx ? (
            <>
              <dt>{t('approxLabel')}</dt>
              <dd>
                <bdi>{n.approx}</bdi>
              </dd>
            </>
          ) : null}
          {n.date ? (
            <>
              <dt>{t('dateLabel')}</dt>
              <dd>
                <bdi>{describeDate(n.date, i18n)}</bdi>
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <Marked text={text} within={sentence} marks={marks} />
      <SourceActions sentence={sentence} />
    </li>
  );
}

export function NumbersPanel({ numbers }: { numbers: readonly NumberMention[] }) {
  const { t } = useI18n();
  const { analysis } = useArticle();
  const [order, setOrder] = useState<NumberOrder>('article');
  const ordered = useMemo(() => orderNumbers(numbers, order), [numbers, order]);
  const more = useMore(ordered.length);
  if (!numbers.length) return <p class="empty">{t('emptyNumbers')}</p>;
  const orders: [NumberOrder, string][] = [
    ['article', t('orderArticle')],
    ['value', t('orderValue')],
  ];
  return (
    <div>
      <div class="toolbar" role="group" aria-label={t('orderLabel')}>
        <span class="label">{t('orderLabel')}</span>
        {orders.map(([id, label]) => (
          <button key={id} type="button" class="toggle" aria-pressed={order === id} data-order={id} onClick={() => setOrder(id)}>
            {label}
          </button>
        ))}
      </div>
      <ol id="numbers">
        {ordered.slice(0, more.limit).map((n) => (
          <NumberItem key={`${n.start}:${n.end}`} n={n} sentence={sentenceOf(analysis.sentences, n)} />
        ))}
      </ol>
      {more.button}
    </div>
  );
}
