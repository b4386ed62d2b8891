/** What every export needs: the page, the analysed text and its Analysis. */
import type { Analysis } from '../../engine/types.js';
import type { PageInfo } from '../../shared/messages.js';

export interface ExportInput {
  page?: PageInfo;
  text: string;
  analysis: Analysis;
}

export type ExportFormat = 'markdown' | 'csv' | 'json';

export const EXPORT_TYPES: Record<ExportFormat, { extension: string; mime: string }> = {
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
  json: { extension: 'json', mime: 'application/json;charset=utf-8' },
};

/** `isnad-example.com-2026-08-12.md`: the site and the day, safe on every file system. */
export function exportFileName(format: ExportFormat, page: PageInfo | undefined, now: Date = new Date()): string {
  const site = (page?.site ?? '').replace(/[^\p{L}\p{N}.-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  const day = now.toISOString().slice(0, 10);
  return `isnad-${site ? `${site}-` : ''}${day}.${EXPORT_TYPES[format].extension}`;
}
