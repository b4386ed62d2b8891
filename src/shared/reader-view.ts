/**
 * The article as the reader sees it, in the page and in the popup alike: the analysis without the
 * names of its frame (byline and dateline, `article-frame.ts`) and with the reader's corrections
 * for this site applied (a name dismissed is not marked, counted or listed; a name retyped takes
 * its new type, in marks, cards, lists and as a speaker), names shown as words where the article
 * wrote them as hashtags. The engine's analysis itself is never changed: the view is a new object.
 */
import type { Entity, Quote, Span } from '../engine/types.js';
import type { ArticleFrame } from './article-frame.js';
import { correctionKey } from './site-settings.js';
import type { Correction } from './site-settings.js';

/** The correction that applies to an entity: by its name, or by any way a mention writes it. */
function correctionOf(entity: Pick<Entity, 'name' | 'mentions'>, corrections: Readonly<Record<string, Correction>>): Correction | undefined {
  // (By the name as the reader saw it too: a correction is made on the shown name.)
  const byName = corrections[correctionKey(entity.name)] ?? corrections[correctionKey(shownName(entity.name))];
  if (byName) return byName;
  for (const m of entity.mentions) {
    const c = corrections[correctionKey(m.text)];
    if (c) return c;
  }
  return undefined;
}

const within = (s: Span, frame: Span) => s.start >= frame.start && s.end <= frame.end;

/**
 * A name as a reader writes it: a hashtag's «#» and «_» («دونالد #ترمب», «#منى_واصف») shown as
 * the words they stand for. The analysis keeps them, as the article writes them.
 */
export function shownName(name: string): string {
  return name.replace(/#(?=\S)/g, '').replace(/(?<=\S)_(?=\S)/g, ' ');
}

export function readerView<A extends { entities: Entity[]; quotes: Quote[] }>(
  analysis: A,
  frame: ArticleFrame | undefined,
  corrections: Readonly<Record<string, Correction>> = {},
): A {
  const hidden = (m: Span) => (frame?.byline && within(m, frame.byline)) || (frame?.dateline && within(m, frame.dateline));
  const entities: Entity[] = [];
  const retyped = new Map<string, Entity | null>();
  for (const e of analysis.entities) {
    const c = correctionOf(e, corrections);
    if (c === 'not-a-name') {
      retyped.set(e.id, null);
      continue;
    }
    const mentions = e.mentions.filter((m) => !hidden(m));
    // Named only in the byline or dateline: not someone or somewhere the article is about.
    if (!mentions.length && e.mentions.length) continue;
    const next = { ...e, name: shownName(e.name), ...(c ? { type: c } : {}), mentions };
    if (c) retyped.set(e.id, next);
    entities.push(next);
  }
  const quotes: Quote[] = [];
  for (const q of analysis.quotes) {
    // A «quote» inside the byline is the byline itself («كتبت: فلانة»).
    if (frame?.byline && within(q.content, frame.byline)) continue;
    const id = q.speaker.entityId;
    const shown = { ...q.speaker, text: shownName(q.speaker.text) };
    if (id === undefined || !retyped.has(id)) {
      quotes.push({ ...q, speaker: shown });
      continue;
    }
    const entity = retyped.get(id);
    const { entityId: _dropped, ...speaker } = shown;
    quotes.push({ ...q, speaker: entity ? { ...shown, type: entity.type } : { ...speaker, type: 'unknown' } });
  }
  return { ...analysis, entities, quotes };
}
