/**
 * What a hover card says about one entity: its name, type, role, how often the article names it,
 * and (for a speaker) the first thing it said here, with how many more. The quotes are the
 * entity's by its attribution (`shared/attribution.ts`), as the popup files them, and each reads
 * as the article reports it: a direct quote in quotation marks, an indirect one as reported speech.
 * Pure: the DOM side is `hover-card.ts`.
 */
import type { EntityType, QuoteKind, Span } from '../../engine/types.js';
import { quoteLine, quotesOfEntity } from '../../shared/attribution.js';
import type { QuoteLine } from '../../shared/attribution.js';
import type { PageAnalysis } from '../marks/mentions.js';

export interface CardQuote {
  id: string;
  kind: QuoteKind;
  /** The quote as the card shows it. */
  line: QuoteLine;
  /** Where the quote is in the text (to show it in the page): its attribution and content. */
  start: number;
  end: number;
}

export interface CardModel {
  entityId: string;
  name: string;
  type: EntityType;
  role?: string;
  mentions: number;
  /** The first quote(s) shown; the popup has them all. */
  quotes: CardQuote[];
  /** Quotes beyond those in `quotes`. */
  moreQuotes: number;
}

/** Quotes shown in a card: one, and "and N more" (the popup lists them all). */
export const CARD_QUOTES = 1;
/** Long quotes are cut in the card (the popup shows them whole). */
const CARD_QUOTE_CHARS = 220;

/** The stretch of the text a quote line covers: its attribution (when next to it) and its content. */
function lineSpan(q: PageAnalysis['quotes'][number], line: QuoteLine): Span {
  const start = line.before ? Math.min(q.cue.start, q.speaker.start ?? q.cue.start, q.content.start) : q.content.start;
  const end = line.after ? Math.max(q.cue.end, q.speaker.end ?? q.cue.end, q.content.end) : q.content.end;
  return { start, end };
}

export function cardModel(analysis: PageAnalysis, entityId: string, text: string): CardModel | null {
  const entity = analysis.entities.find((e) => e.id === entityId);
  if (!entity) return null;
  const quotes = quotesOfEntity(analysis.quotes, entityId);
  return {
    entityId,
    name: entity.name,
    type: entity.type,
    role: entity.role || undefined,
    mentions: entity.mentions.length,
    quotes: quotes.slice(0, CARD_QUOTES).map((q) => {
      // The card names the speaker: a direct quote needs no attribution beside it.
      const full = quoteLine(text, q, { maxContent: CARD_QUOTE_CHARS, maxAttribution: 90 });
      const line = q.kind === 'direct' ? { ...full, before: '', after: '' } : full;
      return { id: q.id, kind: q.kind, line, ...lineSpan(q, line) };
    }),
    moreQuotes: Math.max(0, quotes.length - CARD_QUOTES),
  };
}
