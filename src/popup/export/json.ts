/**
 * The JSON export: what the reader was shown, in data form, with the full Analysis beside it.
 *
 * - `source`: where the article comes from (title, outlet, author, date, place, address).
 * - `numbers` follows the reader's rules, as the popup, the Markdown and the CSV exports do
 *   (src/shared/number-reading.ts): only the listed numbers (no ordinals, no dateline), by group,
 *   each with how it reads («$2.5 million», «24–26 August») and the sentence it came from.
 * - `articleDate` is the article's own date, once (not among the numbers).
 * - `analysis` is the Analysis as the reader saw it (the byline and dateline are not people and
 *   places the article is about; the reader's corrections are applied), in the schema the CLI's
 *   `--json` prints: every number the engine found, ordinals and dateline included, for tools that
 *   want all of it. A quote's `kind` says whether it is the speaker's words (`direct`) or reported
 *   speech.
 */
import type { Analysis, NumberMention } from '../../engine/types.js';
import type { NumberGroup, NumberWords } from '../../shared/number-reading.js';
import { articleDate, groupNumbers, readNumber, readingText, shownKind } from '../../shared/number-reading.js';
import { sentenceOf } from '../model/spans.js';
import { articleSource } from '../model/source.js';
import type { ArticleSource } from '../model/source.js';
import type { ExportInput } from './common.js';

/** Version of this export's layout (the Analysis inside carries its own `version`). */
const JSON_EXPORT_VERSION = 1;

/** One listed number as the reader sees it, with where it comes from. */
interface ExportedNumber {
  group: NumberGroup;
  /** The kind the reader is told (a range of percentages is a percentage). */
  kind: NumberMention['kind'];
  /** How the interface reads it: «43 قتيلا», «$2.5 million», «24–26 August». */
  reads: string;
  text: string;
  value: number;
  to?: number;
  unit?: string;
  counted?: string;
  approx?: string;
  vague?: true;
  date?: NumberMention['date'];
  start: number;
  end: number;
  sentence: { start: number; end: number; text: string };
}

interface JsonExport {
  isnadExport: typeof JSON_EXPORT_VERSION;
  source: ArticleSource;
  /** The article's own date, once: ISO day when known, as the interface reads it, and the dateline as written. */
  articleDate?: { iso?: string; reads?: string; text?: string };
  numbers: ExportedNumber[];
  analysis: Analysis;
}

function jsonExport({ page, frame, text, analysis }: ExportInput, w: NumberWords): JsonExport {
  const numbers: ExportedNumber[] = [];
  for (const g of groupNumbers(analysis.numbers)) {
    for (const n of g.numbers) {
      const s = sentenceOf(analysis.sentences, n);
      const row: ExportedNumber = {
        group: g.group,
        kind: shownKind(n),
        reads: readingText(readNumber(n, w), n, w),
        text: n.text,
        value: n.value,
        start: n.start,
        end: n.end,
        sentence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
      };
      if (n.to !== undefined) row.to = n.to;
      if (n.unit) row.unit = n.unit;
      if (n.counted) row.counted = n.counted.text;
      if (n.approx) row.approx = n.approx;
      if (n.vague) row.vague = true;
      if (n.date) row.date = n.date;
      numbers.push(row);
    }
  }
  const dateline = analysis.numbers.filter((n) => n.published);
  const reads = articleDate(analysis, w);
  let date: JsonExport['articleDate'];
  if (analysis.publishedAt || reads || dateline.length) {
    date = {};
    if (analysis.publishedAt) date.iso = analysis.publishedAt;
    if (reads) date.reads = reads;
    if (dateline.length) date.text = dateline.map((n) => n.text).join(' ');
  }
  // Keys in a reader's order: where the article comes from, its date, its numbers, then everything.
  return {
    isnadExport: JSON_EXPORT_VERSION,
    source: articleSource(page, frame),
    ...(date ? { articleDate: date } : {}),
    numbers,
    analysis,
  };
}

export function toJson(input: ExportInput, w: NumberWords): string {
  return `${JSON.stringify(jsonExport(input, w), null, 2)}\n`;
}
