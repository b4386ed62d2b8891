/**
 * The Analysis schema: the one result type shared by the engine, the worker, the content script,
 * the popup and the CLI. Documented for humans in docs/analysis-schema.md; keep both in step.
 *
 * Every `start`/`end` is a UTF-16 code-unit index into the exact string given to `analyze()`
 * (`end` exclusive), so `text.slice(start, end) === span.text` always holds.
 */

export const ANALYSIS_VERSION = 1 as const;

/** A half-open range [start, end) of UTF-16 indices into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the exact text it covers. */
export interface TextSpan extends Span {
  text: string;
}

export type EntityType = 'person' | 'organization' | 'location';

export interface Entity {
  /** Stable within one Analysis: `e1`, `e2`, … in order of first mention. */
  id: string;
  type: EntityType;
  /** Canonical (longest, most complete) name as written in the text, without clitics. */
  name: string;
  /** A role or title the text gives the entity («مدير المرصد», «القيادي بجماعة …»). */
  role?: string;
  /** Every mention, in text order. The span excludes attached clitics (و، ب، ل…). */
  mentions: TextSpan[];
}

export type SpeakerType = EntityType | 'anonymous' | 'document' | 'unknown';

export interface Speaker {
  /** The speaker as written at the attribution (or the resolved earlier speaker for continuations). */
  text: string;
  type: SpeakerType;
  /** Set when the speaker is a recognised entity: group quotes by this. */
  entityId?: string;
  /** Where the speaker is named for this quote; absent when resolved from an earlier sentence. */
  start?: number;
  end?: number;
  /** True when the speaker was inferred from an earlier quote (وأضاف، وتابع، مضيفا…). */
  resolved?: boolean;
}

export type QuoteKind = 'direct' | 'indirect';

export interface Quote {
  /** `q1`, `q2`, … in text order. */
  id: string;
  kind: QuoteKind;
  /** The reporting word(s): قال، وأضاف، بحسب، في بيان… */
  cue: TextSpan;
  /** What was said: without quote marks, cue or complementizer (إن/أن/بأن). */
  content: TextSpan;
  speaker: Speaker;
  /** The sentence holding the cue (for multi-sentence quotes, it spans to the end of the content). */
  sentence: Span;
}

export type NumberKind =
  | 'cardinal'
  | 'ordinal'
  | 'fraction'
  | 'percent'
  | 'money'
  | 'date'
  | 'year'
  | 'time'
  | 'range'
  /** A multiple: «ضعف» (2×), «سبعة أضعاف» (7×); `value` is the factor. */
  | 'multiple';

/** Calendar facts of a date mention; every field is optional because news rarely gives them all. */
export interface DateValue {
  calendar?: 'gregorian' | 'hijri';
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** Days relative to the publication day: أمس = -1, اليوم = 0, غدا = 1. */
  relativeDays?: number;
  /**
   * For weekdays and relative days: the Gregorian day they stand for (ISO `YYYY-MM-DD`), counted
   * from the article's date; absent when the article's date is unknown.
   */
  resolved?: string;
  /** A clock time, as written (24-hour when written so): 02:21 → hour 2, minute 21. */
  hour?: number;
  minute?: number;
}

export interface NumberMention extends TextSpan {
  /** The numeric value; for ranges the lower bound, for dates the day or year written. */
  value: number;
  kind: NumberKind;
  /** Upper bound of a range (بين 10 و20، 10-20). */
  to?: number;
  /** Currency code for money (USD, SAR, SYP, EUR, EGP, …) or '%' for percentages. */
  unit?: string;
  /** The counted noun (tamyiz): «80 قرية» → قرية. */
  counted?: TextSpan;
  /** The approximation word as written: نحو، حوالي، أكثر من، عشرات… */
  approx?: string;
  /**
   * A vague plural («عشرات القتلى»، «مئات الآلاف»): `value` is only its order of magnitude
   * (tens → 10, hundreds of thousands → 100,000), never a count.
   */
  vague?: true;
  date?: DateValue;
  /** Part of the article's own dateline (the byline's date and time), not a fact it reports. */
  published?: true;
}

export interface AnalysisStats {
  characters: number;
  tokens: number;
  milliseconds: number;
}

export interface Analysis {
  version: typeof ANALYSIS_VERSION;
  /** Length of the analysed text in UTF-16 code units. */
  textLength: number;
  sentences: Span[];
  /** Blank-line separated blocks; continuations do not cross them. */
  paragraphs: Span[];
  entities: Entity[];
  quotes: Quote[];
  numbers: NumberMention[];
  /**
   * The article's publication day (ISO `YYYY-MM-DD`): `AnalyzeOptions.publishedAt` when given,
   * else the date of the article's byline or dateline found in the text; absent when neither.
   */
  publishedAt?: string;
  stats: AnalysisStats;
  /** Plain-language notes about the input (truncated, not Arabic, empty…). */
  warnings: string[];
}

export interface AnalyzeOptions {
  /** Texts longer than this are cut (with a warning). Default 2,000,000 UTF-16 units. */
  maxLength?: number;
  /** Turn stages off, e.g. for benchmarks of one stage. */
  stages?: Partial<Record<'numbers' | 'entities' | 'quotes', boolean>>;
  /**
   * When the article was published, ISO 8601 (`2026-08-12` or `2026-08-12T09:30:00+03:00`), from
   * the page's metadata. Relative dates («أمس», a weekday) are read against its calendar day as
   * written, which is the day in the outlet's own time zone. Without it, the engine reads a dateline near
   * the top of the text.
   */
  publishedAt?: string;
}
