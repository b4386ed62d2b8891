/** Every state other than "ready", in plain words, each with a way forward; never a blank popup. */
import type { TabAnalysis } from '../../shared/messages.js';
import { useI18n } from '../i18n.js';

export function LoadingView({ data, elapsedMs }: { data: TabAnalysis | null; elapsedMs: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  // Two honest steps rather than an invented percentage: the worker reports no finer progress.
  const step = data?.state === 'analysing' ? 2 : 1;
  const seconds = i18n.num(Math.floor(elapsedMs / 100) / 10, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <section class="state state-loading" aria-busy="true">
      <p class="state-title">{step === 1 ? t('loadingStep1') : t('loadingStep2')}</p>
      <progress aria-label={t('loading')} max={2} value={step - 0.5} />
      <p class="muted">
        {t('loadingStepOf', i18n.num(step), i18n.num(2))} · <bdi>{t('elapsedSeconds', seconds)}</bdi>
      </p>
    </section>
  );
}

export function NotSupportedView({ data }: { data: TabAnalysis }) {
  const { t } = useI18n();
  const verdict = data.page?.verdict;
  const title = verdict === 'no-text' ? t('noTextTitle') : verdict === 'not-arabic' ? t('notArabicTitle') : t('notSupportedTitle');
  const help = verdict === 'no-text' ? t('noTextHelp') : t('notArabicHelp');
  return (
    <section class="state state-not-supported">
      <p class="state-title">{title}</p>
      <p>{help}</p>
      {data.page?.reason ? (
        <p class="muted reason" dir="auto">
          {data.page.reason}
        </p>
      ) : null}
    </section>
  );
}

export function NoneView({ onAnalyse }: { onAnalyse(): void }) {
  const { t } = useI18n();
  return (
    <section class="state state-none">
      <p class="state-title">{t('noAnalysis')}</p>
      <p>{t('noAnalysisHelp')}</p>
      <button type="button" class="primary" onClick={onAnalyse}>
        {t('analyseNow')}
      </button>
    </section>
  );
}

export function ErrorView({ data, onRetry }: { data: TabAnalysis; onRetry(): void }) {
  const { t } = useI18n();
  return (
    <section class="state state-error" role="alert">
      <p class="state-title">{t('errorTitle')}</p>
      {data.error ? (
        <p class="reason" dir="auto">
          {data.error}
        </p>
      ) : null}
      <button type="button" class="primary" onClick={onRetry}>
        {t('tryAgain')}
      </button>
    </section>
  );
}
