/**
 * An analysed article as the reading log keeps it: the page's metadata, every quote with its
 * sentence and a link to it, the names and the numbers with who is named in their sentence and
 * whose quote holds them. Pure: the writer (store.ts) resolves the people to log entries.
 */
import type { Analysis, Entity, Span } from '../../engine/types.js';
import type { PageMeta } from '../../shared/page-meta.js';
import { dayOf } from '../../shared/page-meta.js';
import { pageKey } from '../../shared/analysis-store.js';
import { textFragmentUrl } from '../../shared/text-fragment.js';
import { nameKey } from '../../shared/log/search-text.js';
import { nameGroup } from '../../shared/log/article.js';
import type { ArticleInput, InputNumber, InputQuote } from '../../shared/log/article.js';
import type { PersonType } from '../../shared/log/schema.js';

/** The matching form of a name of some type: the same words in the same kind of thing. */
function personKey(name: string, type: PersonType): string {
  return `${nameGroup(type)}:${nameKey(name)}`;
}

/** The local calendar day of a moment, YYYY-MM-DD. */
function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The day an article is filed under: its publication day, else the day it was read. */
export function articleDay(publishedAt: string | undefined, readAt: string): string {
  return dayOf(publishedAt) ?? localDay(new Date(readAt));
}

/** Index of the span holding `pos` in sorted, non-overlapping spans, or -1. */
function spanAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else if (spans[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The log's record of one analysed article. */
export function articleInput(meta: PageMeta, text: string, analysis: Analysis, readAt: Date): ArticleInput {
  const url = pageKey(meta.url);
  const link = (span: Span) => textFragmentUrl(url, text, span);
  const entities = new Map<string, Entity>(analysis.entities.map((e) => [e.id, e]));
  const keyOfEntity = (e: Entity) => personKey(e.name, e.type);

  const quotes: InputQuote[] = analysis.quotes.map((q) => {
    const e = q.speaker.entityId ? entities.get(q.speaker.entityId) : undefined;
    const speaker = e?.name ?? q.speaker.text;
    const type: PersonType = e?.type ?? q.speaker.type;
    const out: InputQuote = {
      id: q.id,
      key: personKey(speaker, type),
      speaker,
      speakerType: type,
      kind: q.kind,
      cue: q.cue.text,
      content: q.content.text,
      sentence: text.slice(q.sentence.start, q.sentence.end),
      link: link(q.sentence),
    };
    if (e?.role) out.role = e.role;
    if (q.speaker.resolved) out.resolved = true;
    return out;
  });

  const names = analysis.entities.map((e) => {
    const n = { key: keyOfEntity(e), name: e.name, type: e.type, mentions: e.mentions.length } as ArticleInput['names'][number];
    if (e.role) n.role = e.role;
    return n;
  });

  // Who is named in each sentence, and which quote covers each offset: for the numbers.
  const namedIn = new Map<number, Set<string>>();
  for (const e of analysis.entities)
    for (const m of e.mentions) {
      const s = spanAt(analysis.sentences, m.start);
      if (s >= 0) (namedIn.get(s) ?? namedIn.set(s, new Set()).get(s)!).add(keyOfEntity(e));
    }
  const numbers: InputNumber[] = analysis.numbers.map((n) => {
    const s = spanAt(analysis.sentences, n.start);
    const sentence = s >= 0 ? analysis.sentences[s] : { start: n.start, end: n.end };
    const quote = analysis.quotes.findIndex((q) => n.start >= q.content.start && n.end <= q.content.end);
    const out: InputNumber = {
      text: n.text,
      value: n.value,
      kind: n.kind,
      sentence: text.slice(sentence.start, sentence.end),
      link: link(sentence),
      people: [...(namedIn.get(s) ?? [])],
    };
    if (n.to !== undefined) out.to = n.to;
    if (n.unit) out.unit = n.unit;
    if (n.counted) out.counted = n.counted.text;
    if (n.approx) out.approx = n.approx;
    if (quote >= 0) out.speaker = quotes[quote].key;
    return out;
  });

  const input: ArticleInput = {
    key: pageKey(meta.canonical ?? url),
    url,
    title: meta.title,
    outlet: meta.outlet,
    site: meta.site,
    readAt: readAt.toISOString(),
    quotes,
    names,
    numbers,
  };
  if (meta.canonical) input.canonical = meta.canonical;
  if (meta.author) input.author = meta.author;
  if (meta.publishedAt) input.publishedAt = meta.publishedAt;
  return input;
}
