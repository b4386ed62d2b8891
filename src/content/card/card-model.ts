/**
 * What a hover card says about one entity: its name, type, role, how often the article names it,
 * and what it said here (each quote with its reporting cue). Pure: the DOM side is `hover-card.ts`.
 */
import type { EntityType, QuoteKind } from '../../engine/types.js';
import type { PageAnalysis } from '../marks/mentions.js';

export interface CardQuote {
  id: string;
  kind: QuoteKind;
  cue: string;
  content: string;
  /** Where the quote's content is in the text (to flash it in the page). */
  start: number;
  end: number;
}

export interface CardModel {
  entityId: string;
  name: string;
  type: EntityType;
  role?: string;
  mentions: number;
  quotes: CardQuote[];
  /** Quotes beyond those in `quotes` (the card shows a few; the popup has them all). */
  moreQuotes: number;
}

/** Quotes shown in a card before "all of them" takes over. */
export const CARD_QUOTES = 3;
/** Long quotes are cut in the card (the popup shows them whole). */
export const CARD_QUOTE_CHARS = 220;

function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max);
  return `${t.slice(0, cut > max * 0.6 ? cut : max)}…`;
}

/** The quotes of an entity: linked by id, or (when the quote finder gave no id) named at one of its mentions. */
export function quotesOf(analysis: PageAnalysis, entityId: string) {
  const entity = analysis.entities.find((e) => e.id === entityId);
  if (!entity) return [];
  return analysis.quotes.filter((q) => {
    if (q.speaker.entityId) return q.speaker.entityId === entityId;
    const { start, end } = q.speaker;
    if (start === undefined || end === undefined) return false;
    return entity.mentions.some((m) => m.start < end && start < m.end);
  });
}

export function cardModel(analysis: PageAnalysis, entityId: string): CardModel | null {
  const entity = analysis.entities.find((e) => e.id === entityId);
  if (!entity) return null;
  const quotes = quotesOf(analysis, entityId);
  return {
    entityId,
    name: entity.name,
    type: entity.type,
    role: entity.role || undefined,
    mentions: entity.mentions.length,
    quotes: quotes.slice(0, CARD_QUOTES).map((q) => ({
      id: q.id,
      kind: q.kind,
      cue: q.cue.text.trim(),
      content: clip(q.content.text, CARD_QUOTE_CHARS),
      start: q.content.start,
      end: q.content.end,
    })),
    moreQuotes: Math.max(0, quotes.length - CARD_QUOTES),
  };
}
