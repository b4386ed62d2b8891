/** What every export needs: the page, the analysed text, the reader's view of its Analysis, its frame. */
import type { Analysis } from '../../engine/types.js';
import type { ArticleFrame } from '../../shared/article-frame.js';
import type { PageInfo } from '../../shared/messages.js';
import { articleSource } from '../model/source.js';

export interface ExportInput {
  page?: PageInfo;
  text: string;
  analysis: Analysis;
  /** The byline and dateline: the author and the place every export names. */
  frame?: ArticleFrame;
}

export type ExportFormat = 'markdown' | 'csv' | 'json';

export const EXPORT_TYPES: Record<ExportFormat, { extension: string; mime: string }> = {
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
  json: { extension: 'json', mime: 'application/json;charset=utf-8' },
};

/**
 * The headline without the outlet's name the page title often carries («… | صوت الساحل»): the
 * parts that are not the outlet, the first of them unless another is much longer.
 */
function headline(title: string, outlet = ''): string {
  const parts = title.split(/\s+[|–—-]\s+/).map((p) => p.trim()).filter((p) => p && p !== outlet.trim());
  if (!parts.length) return title.trim();
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.length > parts[0].length * 1.6 ? longest : parts[0];
}

const safe = (s: string) => s.replace(/[^\p{L}\p{M}\p{N}.]+/gu, '-').replace(/^[-.]+|[-.]+$/g, '');

/** The first words of `s`, at most `max` characters, cut between words. */
function words(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf('-', max);
  return s.slice(0, cut > max / 2 ? cut : max);
}

/**
 * `انقطاع-المياه-يعود-إلى-أحياء-صفاقس-2026-07-21.md`: the article's headline and its publication
 * day (today when the page gives none), safe on every file system; the site when there is no title.
 */
export function exportFileName(format: ExportFormat, input: Pick<ExportInput, 'page' | 'frame'> | undefined, now: Date = new Date()): string {
  const source = articleSource(input?.page, input?.frame);
  const day = source.published ?? now.toISOString().slice(0, 10);
  const title = words(safe(headline(source.title, source.outlet)), 80);
  const base = title || `isnad-${safe(input?.page?.site ?? '').slice(0, 60) || 'article'}`;
  return `${base}-${day}.${EXPORT_TYPES[format].extension}`;
}
