/**
 * The worker's side of a page's metadata: checks what the content script sent and, when the page
 * had no machine-readable date, reads the date of its byline with the engine's own date reader
 * («الجمعة 8 فيفري 2019», «٣ يونيو ٢٠٢٠»), so the content script needs no Arabic month names.
 */
import { analyze } from '../engine/index.js';
import { cleanPageMeta } from '../shared/page-meta.js';
import type { PageMeta } from '../shared/page-meta.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The first full Gregorian date (day, month and year) written in `text`, as `YYYY-MM-DD`. */
export function dateInText(text: string): string | undefined {
  const { numbers } = analyze(text, { stages: { entities: false, quotes: false } });
  for (const n of numbers) {
    const d = n.date;
    if (!d || d.calendar === 'hijri' || d.year === undefined || d.month === undefined || d.day === undefined) continue;
    if (d.year < 1900 || d.year > 2200) continue;
    return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
  }
  return undefined;
}

/** The page's metadata checked, with a date read from its byline where it had no other. */
export function completePageMeta(raw: unknown, url?: string): PageMeta | undefined {
  const meta = cleanPageMeta(raw, url);
  if (!meta || meta.publishedAt || !meta.byline) return meta;
  const { byline, ...rest } = meta;
  const date = dateInText(byline);
  return date ? { ...rest, publishedAt: date, dateSource: 'byline' } : meta;
}
