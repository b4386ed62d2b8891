/** Export of the whole analysis: Markdown with citations, CSV, or the Analysis as JSON. */
import { useState } from 'preact/hooks';
import { useArticle, useEnv } from '../context.js';
import { useI18n } from '../i18n.js';
import { EXPORT_TYPES, exportFileName } from '../export/common.js';
import type { ExportFormat } from '../export/common.js';
import { toCsv } from '../export/csv.js';
import { toJson } from '../export/json.js';
import { toMarkdown } from '../export/markdown.js';

export function ExportBar() {
  const i18n = useI18n();
  const { t } = i18n;
  const { actions, announce } = useEnv();
  const article = useArticle();
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const content = () =>
    format === 'markdown' ? toMarkdown(article, i18n) : format === 'csv' ? toCsv(article, i18n) : toJson(article);
  const formats: [ExportFormat, string][] = [
    ['markdown', t('formatMarkdown')],
    ['csv', t('formatCsv')],
    ['json', t('formatJson')],
  ];
  return (
    <footer class="export">
      <label>
        <span class="label">{t('exportLabel')}</span>{' '}
        <select value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}>
          {formats.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        class="download"
        onClick={() => {
          const name = exportFileName(format, article);
          actions.download(name, EXPORT_TYPES[format].mime, content());
          announce(t('exportDownloaded', name));
        }}
      >
        {t('download')}
      </button>
      <button
        type="button"
        class="copy-export"
        onClick={async () => announce((await actions.copyText(content()).catch(() => false)) ? t('exportCopied') : t('exportNotCopied'))}
      >
        {t('copy')}
      </button>
    </footer>
  );
}
