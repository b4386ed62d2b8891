/**
 * The CSV export: one row per fact (quote, entity mention, number, the article's date) with its
 * offsets, its source sentence, a deep link and the article it comes from, so a spreadsheet can
 * sort and filter and every row stays citable on its own. A quote's `text` is what was said;
 * `reads` is how to cite it: a direct quote inside «», an indirect one as the article reports it
 * («قال إن …»), never in «»; a number's `reads` is the number as the interface reads it («$2.5
 * million»), and numbers are the ones the popup lists (no ordinals; the dateline is the
 * `article_date` row), by group. Column names are fixed English identifiers: they are for tools,
 * not for reading.
 */
import { quoteLine, quoteLineText } from '../../shared/attribution.js';
import { articleSource } from '../model/source.js';
import { cleanSpeakerText } from '../model/quotes.js';
import { sentenceOf } from '../model/spans.js';
import { textFragmentUrl } from '../../shared/text-fragment.js';
import type { ExportInput } from './common.js';
import type { NumberWords } from '../../shared/number-reading.js';
import { articleDate, groupNumbers, readNumber, readingText } from '../../shared/number-reading.js';

export const CSV_COLUMNS = [
  'fact', 'id', 'kind', 'who', 'who_type', 'who_entity', 'role', 'cue', 'text', 'reads', 'value', 'to', 'unit',
  'counted', 'approx', 'date', 'group', 'start', 'end', 'sentence_start', 'sentence_end', 'sentence', 'link',
  'article', 'outlet', 'author', 'published', 'dateline',
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | undefined>>;

/**
 * One cell, quoted when needed (RFC 4180). Text starting like a formula gets a leading apostrophe
 * so a spreadsheet shows it instead of running it.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function rows({ page, text, analysis, frame }: ExportInput, i18n?: NumberWords): Row[] {
  const out: Row[] = [];
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const source = articleSource(page, frame);
  const cite = (s: { start: number; end: number }) => ({
    sentence_start: s.start,
    sentence_end: s.end,
    sentence: text.slice(s.start, s.end),
    link: page?.url ? textFragmentUrl(page.url, text, s) : undefined,
    article: source.title || undefined,
    outlet: source.outlet || undefined,
    author: source.author,
    published: source.published,
    dateline: source.place,
  });
  for (const q of analysis.quotes) {
    const entity = q.speaker.entityId ? entities.get(q.speaker.entityId) : undefined;
    out.push({
      fact: 'quote', id: q.id, kind: q.kind,
      who: entity?.name ?? cleanSpeakerText(q.speaker.text ?? ''), who_type: entity?.type ?? q.speaker.type,
      who_entity: entity?.id, role: entity?.role, cue: q.cue.text, text: q.content.text, reads: quoteLineText(quoteLine(text, q)),
      start: q.content.start, end: q.content.end, ...cite(q.sentence),
    });
  }
  for (const e of analysis.entities) {
    for (const m of e.mentions) {
      out.push({
        fact: 'mention', id: e.id, kind: e.type, who: e.name, who_type: e.type, who_entity: e.id, role: e.role,
        text: m.text, start: m.start, end: m.end, ...cite(sentenceOf(analysis.sentences, m)),
      });
    }
  }
  const dateline = analysis.numbers.filter((n) => n.published);
  const day = i18n ? articleDate(analysis, i18n) : undefined;
  if (analysis.publishedAt || dateline.length) {
    const first = dateline[0];
    out.push({
      fact: 'article_date', date: analysis.publishedAt, reads: day, text: dateline.map((n) => n.text).join(' '),
      ...(first ? { start: first.start, end: dateline[dateline.length - 1].end, ...cite(sentenceOf(analysis.sentences, first)) } : {}),
    });
  }
  let k = 0;
  for (const g of groupNumbers(analysis.numbers)) {
    for (const n of g.numbers) {
      out.push({
        fact: 'number', id: `n${++k}`, kind: n.kind, text: n.text, value: n.value, to: n.to, unit: n.unit,
        counted: n.counted?.text, approx: n.approx, date: n.date ? JSON.stringify(n.date) : undefined,
        group: g.group, reads: i18n ? readingText(readNumber(n, i18n), n, i18n) : undefined,
        start: n.start, end: n.end, ...cite(sentenceOf(analysis.sentences, n)),
      });
    }
  }
  return out;
}

/** UTF-8 with a byte-order mark (spreadsheets then read Arabic correctly), CRLF line ends. */
export function toCsv(input: ExportInput, i18n?: NumberWords): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows(input, i18n)) lines.push(CSV_COLUMNS.map((c) => csvCell(r[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
