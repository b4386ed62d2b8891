import { describe, expect, it } from 'vitest';
import { CARD_QUOTES, cardModel } from '../../src/content/card/card-model.js';
import { quoteLineText } from '../../src/shared/attribution.js';
import { mentionAt, mentionIndex } from '../../src/content/marks/mentions.js';
import type { PageAnalysis } from '../../src/content/marks/mentions.js';
import type { Entity, Quote } from '../../src/engine/types.js';

const text = 'قال وزير المالية سامر الخطيب إن العجز تراجع. وأضاف الخطيب: «الأرقام مشجعة». وقالت نقابة المعلمين في عمان إن الرواتب تأخرت.';
const span = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};
const entities: Entity[] = [
  { id: 'e1', type: 'person', name: 'سامر الخطيب', role: 'وزير المالية', mentions: [span('سامر الخطيب'), span('الخطيب', text.indexOf('وأضاف'))] },
  { id: 'e2', type: 'organization', name: 'نقابة المعلمين في عمان', mentions: [span('نقابة المعلمين في عمان')] },
  { id: 'e3', type: 'location', name: 'عمان', mentions: [span('عمان')] },
];
const quote = (id: string, cue: string, content: string, speaker: Quote['speaker']): Quote => ({
  id,
  kind: 'indirect',
  cue: span(cue),
  content: span(content),
  speaker,
  sentence: { start: 0, end: text.length },
});
const quotes: Quote[] = [
  quote('q1', 'قال', 'العجز تراجع', { text: 'وزير المالية سامر الخطيب', type: 'person', entityId: 'e1' }),
  // No entity id from the quote finder: the speaker's span names a mention of e1.
  quote('q2', 'وأضاف', 'الأرقام مشجعة', { text: 'الخطيب', type: 'person', ...(({ start, end }) => ({ start, end }))(span('الخطيب', text.indexOf('وأضاف'))) }),
  quote('q3', 'وقالت', 'الرواتب تأخرت', { text: 'نقابة المعلمين', type: 'organization', entityId: 'e2' }),
];
const analysis: PageAnalysis = { textLength: text.length, entities, quotes };

describe('mentionIndex', () => {
  it('orders mentions and keeps the longer of overlapping ones', () => {
    const ms = mentionIndex(analysis);
    expect(ms.map((m) => m.text)).toEqual(['سامر الخطيب', 'الخطيب', 'نقابة المعلمين في عمان']);
    for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
  });

  it('finds the mention at an offset', () => {
    const ms = mentionIndex(analysis);
    expect(ms[mentionAt(ms, text.indexOf('سامر') + 2)].entityId).toBe('e1');
    expect(mentionAt(ms, 0)).toBe(-1);
  });

  it('drops spans outside the text and unknown types', () => {
    const bad: PageAnalysis = {
      textLength: 10,
      quotes: [],
      entities: [{ id: 'x', type: 'person', name: 'x', mentions: [{ start: 5, end: 50, text: 'x' }, { start: 3, end: 3, text: '' }] }, { id: 'y', type: 'thing' as never, name: 'y', mentions: [{ start: 0, end: 2, text: 'y' }] }],
    };
    expect(mentionIndex(bad)).toEqual([]);
  });
});

describe('cardModel', () => {
  it('says who, with role and mention count, and the first thing they said as the article reports it', () => {
    const card = cardModel(analysis, 'e1', text)!;
    expect(card).toMatchObject({ name: 'سامر الخطيب', type: 'person', role: 'وزير المالية', mentions: 2, moreQuotes: 0 });
    expect(card.quotes.map((q) => q.id)).toEqual(['q1']);
    // Indirect: reported speech in the article's own words, no quotation marks, no speaker phrase cut out.
    const line = card.quotes[0].line;
    expect(line.quoted).toBe(false);
    expect(quoteLineText(line)).toBe('قال وزير المالية سامر الخطيب إن العجز تراجع');
    expect(quoteLineText(line)).not.toMatch(/[«»"]/);
    // It shows in the page from its attribution to the end of what was reported.
    expect(text.slice(card.quotes[0].start, card.quotes[0].end)).toBe('قال وزير المالية سامر الخطيب إن العجز تراجع');
  });

  it('files quotes by the attribution\'s entity only, as the popup does', () => {
    // q2's speaker phrase is a mention of e1, but its attribution names no entity: not e1's.
    expect(cardModel(analysis, 'e1', text)!.quotes.map((q) => q.id)).not.toContain('q2');
    expect(cardModel(analysis, 'e2', text)!.quotes.map((q) => q.id)).toEqual(['q3']);
    expect(cardModel(analysis, 'e3', text)!.quotes).toEqual([]);
    expect(cardModel(analysis, 'missing', text)).toBeNull();
  });

  it('shows a direct quote alone, inside quotation marks', () => {
    const direct = { ...quotes[1], kind: 'direct' as const, speaker: { ...quotes[1].speaker, entityId: 'e1' } };
    const card = cardModel({ ...analysis, quotes: [direct] }, 'e1', text)!;
    expect(card.quotes[0].line).toEqual({ quoted: true, before: '', content: 'الأرقام مشجعة', after: '' });
    expect(quoteLineText(card.quotes[0].line)).toBe('«الأرقام مشجعة»');
  });

  it('shows one quote, clipped, and counts the rest', () => {
    const long = 'كلام '.repeat(200).trim();
    const many = Array.from({ length: CARD_QUOTES + 2 }, (_, i) => ({ ...quotes[0], id: `m${i}`, content: { start: 0, end: long.length, text: long } }));
    const card = cardModel({ ...analysis, quotes: many }, 'e1', text)!;
    expect(CARD_QUOTES).toBe(1);
    expect(card.quotes.length).toBe(CARD_QUOTES);
    expect(card.moreQuotes).toBe(2);
    expect(card.quotes[0].line.content.length).toBeLessThan(long.length);
    expect(card.quotes[0].line.content.endsWith('…')).toBe(true);
  });
});
