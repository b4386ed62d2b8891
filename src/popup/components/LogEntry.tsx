/**
 * The reading log's switch in the popup: opt in ("keep a private log… on this device only"),
 * pause, the count of logged articles, and the way to the log page. The status is read from
 * storage.local and followed as it changes; switching goes through the worker, the log's writer.
 */
import { useEffect, useState } from 'preact/hooks';
import { useEnv } from '../context.js';
import { useI18n } from '../i18n.js';
import type { LogStatus } from '../../shared/log/status.js';

export function LogEntry() {
  const { t } = useI18n();
  const { actions } = useEnv();
  const log = actions.log;
  const [status, setStatus] = useState<LogStatus | null>(null);
  useEffect(() => {
    if (!log) return;
    let live = true;
    log.status().then((s) => live && setStatus(s), () => undefined);
    const off = log.onChange((s) => live && setStatus(s));
    return () => {
      live = false;
      off();
    };
  }, [log]);
  if (!log || !status) return null;
  const set = (change: { enabled?: boolean; paused?: boolean }) => void log.settings(change).then(setStatus, () => undefined);
  return (
    <section class="log-entry" aria-label={t('logTitle')}>
      <label>
        <input type="checkbox" checked={status.enabled} onChange={(e) => set({ enabled: (e.currentTarget as HTMLInputElement).checked })} /> {t('logOptIn')}
      </label>
      {!status.enabled ? (
        <p class="muted">{t('logOptInHint')}</p>
      ) : (
        <p class="log-status">
          <span>{t('logStatusCount', status.articles)}</span>
          {status.paused && <span class="muted"> · {t('logPaused')}</span>}{' '}
          <button type="button" onClick={() => set({ paused: !status.paused })}>
            {t(status.paused ? 'logResume' : 'logPause')}
          </button>{' '}
          <button type="button" onClick={() => log.open()}>
            {t('logOpen')}
          </button>
        </p>
      )}
      {status.error && (
        <p class="log-error" role="alert">
          {status.error}
        </p>
      )}
    </section>
  );
}
