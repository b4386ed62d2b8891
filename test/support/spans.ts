/**
 * The one span assertion of the tests: every span points exactly into the text it was made from
 * (UTF-16 offsets inside the text, `text.slice(start, end) === span.text`). Works on a whole
 * Analysis or on any list of spans.
 */
import { expect } from 'vitest';
import type { Analysis } from '../../src/engine/types.js';

export interface SpanLike {
  start: number;
  end: number;
  text?: string;
}

/** What is wrong with one span of `text`, or null. */
function spanProblem(text: string, s: SpanLike): string | null {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return 'offsets are not integers';
  if (s.start < 0 || s.end > text.length || s.end < s.start) return `outside the text (length ${text.length})`;
  if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) return `text is «${text.slice(s.start, s.end)}», span says «${s.text}»`;
  return null;
}

/** Every span of an Analysis that does not point exactly into `text`, described (empty when all do). */
function badSpans(a: Pick<Analysis, 'sentences' | 'paragraphs' | 'entities' | 'quotes' | 'numbers'>, text: string): string[] {
  const bad: string[] = [];
  const check = (what: string, s: SpanLike) => {
    const p = spanProblem(text, s);
    if (p) bad.push(`${what} ${JSON.stringify(s)}: ${p}`);
  };
  a.sentences.forEach((s) => check('sentence', s));
  a.paragraphs.forEach((s) => check('paragraph', s));
  for (const e of a.entities) e.mentions.forEach((m) => check(`mention of ${e.id}`, m));
  for (const q of a.quotes) {
    check(`cue of ${q.id}`, q.cue);
    check(`content of ${q.id}`, q.content);
    check(`sentence of ${q.id}`, q.sentence);
    if (q.speaker.start !== undefined) check(`speaker of ${q.id}`, { start: q.speaker.start, end: q.speaker.end!, text: q.speaker.text });
  }
  for (const n of a.numbers) {
    check('number', n);
    if (!Number.isFinite(n.value) || (n.to !== undefined && !Number.isFinite(n.to))) bad.push(`number value ${JSON.stringify(n)}`);
    if (n.counted) check('counted noun', n.counted);
  }
  return bad;
}

/** Fails, listing each bad span, unless every span (of an Analysis, or each of a list) points exactly into `text`. */
export function expectSpans(text: string, spans: Pick<Analysis, 'sentences' | 'paragraphs' | 'entities' | 'quotes' | 'numbers'> | readonly SpanLike[]): void {
  const bad = Array.isArray(spans)
    ? (spans as readonly SpanLike[]).flatMap((s) => {
        const p = spanProblem(text, s);
        return p ? [`${JSON.stringify(s)}: ${p}`] : [];
      })
    : badSpans(spans as Analysis, text);
  expect(bad, 'spans that do not point exactly into the text').toEqual([]);
}
