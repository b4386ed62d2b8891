/**
 * The page's share of an analysis, in both directions: the worker keeps only offsets
 * (`toPageWire`), the content script rebuilds full spans from the article text it sent
 * (`fromPageWire`). Offsets index the same text on both sides, so every rebuilt span satisfies
 * `text.slice(start, end) === span.text`, exactly as the engine's did.
 */
import type { Analysis, Entity, Quote, TextSpan } from '../engine/types.js';
import type { ArticleFrame } from './article-frame.js';
import type { PageAnalysisWire } from './messages.js';

export interface PageAnalysis {
  textLength: number;
  entities: Entity[];
  quotes: Quote[];
  frame?: ArticleFrame;
}

type WireInput = Pick<Analysis, 'textLength' | 'entities' | 'quotes'> & { frame?: ArticleFrame };

function toPageWire(a: WireInput): PageAnalysisWire {
  return {
    ...(a.frame ? { frame: a.frame } : {}),
    textLength: a.textLength,
    entities: a.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      ...(e.role ? { role: e.role } : {}),
      mentions: e.mentions.flatMap((m) => [m.start, m.end]),
    })),
    quotes: a.quotes.map((q) => ({
      id: q.id,
      kind: q.kind,
      spans: [q.cue.start, q.cue.end, q.content.start, q.content.end, q.sentence.start, q.sentence.end],
      speaker: q.speaker.start !== undefined && q.speaker.end !== undefined ? (({ text: _text, ...rest }) => rest)(q.speaker) : q.speaker,
    })),
  };
}

/** JSON of the page's share, for the message (see PageAnalyzeResult). */
export function encodePageWire(a: WireInput): string {
  return JSON.stringify(toPageWire(a));
}

/**
 * The page's analysis from the message's JSON and the text it was made from; null if unreadable
 * or made from a text of another length (its offsets would point at the wrong words).
 */
export function decodePageWire(json: string, text: string): PageAnalysis | null {
  try {
    const w = JSON.parse(json) as PageAnalysisWire;
    return w && typeof w === 'object' && w.textLength === text.length ? fromPageWire(w, text) : null;
  } catch {
    return null;
  }
}

/** Full spans again, from the text the offsets point into. Spans outside the text are dropped. */
export function fromPageWire(w: PageAnalysisWire, text: string): PageAnalysis {
  const ok = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e >= s && e <= text.length;
  const span = (s: number, e: number): TextSpan => ({ start: s, end: e, text: text.slice(s, e) });
  const entities: Entity[] = [];
  for (const e of w.entities ?? []) {
    const mentions: TextSpan[] = [];
    for (let i = 0; i + 1 < e.mentions.length; i += 2) if (ok(e.mentions[i], e.mentions[i + 1])) mentions.push(span(e.mentions[i], e.mentions[i + 1]));
    entities.push({ id: e.id, type: e.type, name: e.name, ...(e.role ? { role: e.role } : {}), mentions });
  }
  const quotes: Quote[] = [];
  for (const q of w.quotes ?? []) {
    const [cs, ce, ts, te, ss, se] = q.spans;
    if (!ok(cs, ce) || !ok(ts, te) || !ok(ss, se)) continue;
    const { start, end } = q.speaker;
    const speakerText = q.speaker.text ?? (start !== undefined && end !== undefined && ok(start, end) ? text.slice(start, end) : '');
    quotes.push({ id: q.id, kind: q.kind, cue: span(cs, ce), content: span(ts, te), speaker: { ...q.speaker, text: speakerText }, sentence: { start: ss, end: se } });
  }
  const f = w.frame;
  const frame: ArticleFrame = {};
  if (f?.byline && ok(f.byline.start, f.byline.end) && typeof f.byline.author === 'string') frame.byline = { start: f.byline.start, end: f.byline.end, author: f.byline.author };
  if (f?.dateline && ok(f.dateline.start, f.dateline.end) && typeof f.dateline.place === 'string') frame.dateline = { start: f.dateline.start, end: f.dateline.end, place: f.dateline.place };
  return { textLength: w.textLength, entities, quotes, frame };
}
