/** The dev-set scorer (scripts/lib/dev-scorer.ts) on small made-up gold, so eval numbers can be trusted. */
import { describe, expect, it } from 'vitest';
import type { DevArticle, GoldQuote } from '../../scripts/lib/dev-gold.js';
import { normalizeForm, overlapRatio, scoreEntities, scoreNumbers, scoreQuotes, speakerRight } from '../../scripts/lib/dev-scorer.js';
import type { Analysis, Quote } from '../../src/engine/types.js';

const text = 'وقال الوزير إن الطرق مفتوحة. وأضاف أن المدارس ستفتح غدا. وسقط 12 جريحا.';

function gold(content: string, speaker: string, forms: string[] = [speaker]): GoldQuote {
  const start = text.indexOf(content);
  return { speaker, speaker_forms: forms, speaker_type: 'person', cue: '', kind: 'indirect', content, start, end: start + content.length };
}

function pred(content: string, speaker: string, start = text.indexOf(content)): Quote {
  return {
    id: 'q',
    kind: 'indirect',
    cue: { start: 0, end: 0, text: '' },
    content: { start, end: start + content.length, text: content },
    speaker: { text: speaker, type: 'person' },
    sentence: { start: 0, end: text.length },
  };
}

const article = (quotes: GoldQuote[]): DevArticle => ({ name: 't', text, quotes, entities: [], numbers: [] });

describe('dev-set scorer', () => {
  it('normalizes as the dev README says', () => {
    expect(normalizeForm('الأَمِيـن')).toBe('الامين');
    expect(normalizeForm('مصطفى')).toBe('مصطفي');
    expect(normalizeForm('وزارة')).toBe('زاره');
    expect(normalizeForm('للخبراء')).toBe('لخبراء');
  });

  it('matches speakers that equal, contain or are contained in a gold form', () => {
    const g = gold('الطرق مفتوحة', 'سامي علي', ['سامي علي', 'الوزير سامي علي']);
    expect(speakerRight('الوزير سامي علي', g)).toBe(true);
    expect(speakerRight('وزير الدولة الوزير سامي علي الخميس', g)).toBe(true);
    expect(speakerRight('سامي', g)).toBe(true);
    expect(speakerRight('المتحدث', g)).toBe(false);
    expect(speakerRight('', g)).toBe(false);
  });

  it('matches content by overlap of at least 30% of the longer span, one to one', () => {
    expect(overlapRatio({ start: 0, end: 10 }, { start: 7, end: 10 })).toBeCloseTo(0.3);
    const g = [gold('الطرق مفتوحة', 'الوزير'), gold('المدارس ستفتح غدا', 'الوزير')];
    const p = [pred('الطرق مفتوحة', 'الوزير'), pred('الطرق مفتوحة', 'الوزير'), pred('المدارس ستفتح غدا', 'المحافظ')];
    const s = scoreQuotes(article(g), p);
    expect(s.detection.tp).toBe(2);
    expect(s.detection.precision).toBeCloseTo(2 / 3);
    expect(s.detection.recall).toBe(1);
    expect(s.speakerAccuracy).toBe(0.5);
    expect(s.endToEnd.recall).toBe(0.5);
    expect(s.spurious).toHaveLength(1);
  });

  it('does not match content that overlaps too little', () => {
    const s = scoreQuotes(article([gold('المدارس ستفتح غدا', 'الوزير')]), [pred('المد', 'الوزير')]);
    expect(s.detection.tp).toBe(0);
  });

  it('scores entities by type and numbers by overlap and value', () => {
    const a = {
      entities: [{ id: 'e1', type: 'person', name: 'الوزير', mentions: [] }],
      numbers: [{ start: text.indexOf('12'), end: text.indexOf('12') + 2, text: '12', value: 12, kind: 'cardinal', counted: { start: 0, end: 0, text: 'جريحا' } }],
    } as unknown as Analysis;
    const art: DevArticle = {
      ...article([]),
      entities: [{ type: 'person', forms: ['الوزير'] }, { type: 'location', forms: ['عمان'] }],
      numbers: [{ text: '12 جريحا', value: 12, counted: 'جريحا', approx: null, start: text.indexOf('12'), end: text.indexOf('12') + 8 }],
    };
    const e = scoreEntities(art, a);
    expect(e.byType.person.f1).toBe(1);
    expect(e.all.recall).toBe(0.5);
    const n = scoreNumbers(art, a);
    expect(n.detection.f1).toBe(1);
    expect(n.counted).toEqual({ right: 1, total: 1 });
  });
});
