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

const article = (quotes: GoldQuote[]): DevArticle => ({ name: 't', family: 'broadcast', heldOut: false, text, quotes, entities: [], numbers: [] });

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

  it('neither requires optional gold quotes nor counts a prediction matching one', () => {
    const opt = { ...gold('المدارس ستفتح غدا', 'الوزير'), optional: true };
    const s = scoreQuotes(article([gold('الطرق مفتوحة', 'الوزير'), opt]), [pred('الطرق مفتوحة', 'الوزير'), pred('المدارس ستفتح غدا', 'الوزير')]);
    expect(s.detection.gold).toBe(1);
    expect(s.detection.predicted).toBe(1);
    expect(s.detection.f1).toBe(1);
    expect(s.optional).toHaveLength(1);
    const missedOptional = scoreQuotes(article([opt]), []);
    expect(missedOptional.detection.recall).toBe(1);
  });

  it('matches required gold quotes before optional ones', () => {
    const opt = { ...gold('الطرق مفتوحة', 'الوزير'), optional: true };
    const req = gold('الطرق مفتوحة', 'الوزير');
    const s = scoreQuotes(article([opt, req]), [pred('الطرق مفتوحة', 'الوزير')]);
    expect(s.detection.tp).toBe(1);
    expect(s.optional).toHaveLength(0);
  });

  it('takes a speaker as right through the name of the entity it links to', () => {
    const g = gold('الطرق مفتوحة', 'سامي علي', ['سامي علي']);
    const p = { ...pred('الطرق مفتوحة', 'الأخير'), speaker: { text: 'الأخير', type: 'person' as const, entityId: 'e1' } };
    expect(scoreQuotes(article([g]), [p]).speakerAccuracy).toBe(0);
    expect(scoreQuotes(article([g]), [p], [{ id: 'e1', type: 'person', name: 'سامي علي', mentions: [] }]).speakerAccuracy).toBe(1);
  });

  it('accepts a speaker phrase holding a gold form with at most 8 more words', () => {
    const g = gold('الطرق مفتوحة', 'سامي علي');
    expect(speakerRight('وزير النقل في الحكومة المؤقتة سامي علي', g)).toBe(true);
    expect(speakerRight('قال مصدر مقرب من الوزير في حديث خاص مع الصحيفة عن سامي علي', g)).toBe(false);
  });

  it('counts a range as its two bounds and a date as its parts', () => {
    const t = 'بين 10 و20 قتيلا يوم 15/10/1436 في شهر';
    const at = (s: string) => t.indexOf(s);
    const art: DevArticle = {
      ...article([]),
      text: t,
      numbers: [
        { text: '10', value: 10, counted: null, approx: null, start: at('10'), end: at('10') + 2 },
        { text: '20 قتيلا', value: 20, counted: 'قتيلا', approx: null, start: at('20'), end: at('20') + 8 },
        { text: '15', value: 15, counted: null, approx: null, start: at('15'), end: at('15') + 2 },
        { text: '1436', value: 1436, counted: null, approx: null, start: at('1436'), end: at('1436') + 4 },
      ],
    };
    const range = { start: at('بين'), end: at(' قتيلا'), text: 'بين 10 و20', value: 10, to: 20, kind: 'range', counted: { start: at('قتيلا'), end: at('قتيلا') + 5, text: 'قتيلا' } };
    const date = { start: at('15/'), end: at('15/') + 12, text: '15/10/1436', value: 15, kind: 'date', date: { day: 15, month: 10, year: 1436, calendar: 'hijri' } };
    const n = scoreNumbers(art, { numbers: [range, date] } as unknown as Analysis);
    expect(n.detection.recall).toBe(1);
    // The month part (10) is not listed by this gold: not counted against precision.
    expect(n.detection.precision).toBe(1);
    expect(n.counted).toEqual({ right: 1, total: 1 });
  });

  it('leaves ordinals, bare duals and vague plurals out of precision, never a wrong number', () => {
    const t = 'للمرة الأولى منذ يومين قتل عشرات و7 جنود';
    const m = (text: string, value: number, kind = 'cardinal') => ({ start: t.indexOf(text), end: t.indexOf(text) + text.length, text, value, kind });
    const art: DevArticle = { ...article([]), text: t, numbers: [{ text: '7 جنود', value: 7, counted: 'جنود', approx: null, start: t.indexOf('7'), end: t.indexOf('7') + 6 }] };
    const n = scoreNumbers(art, { numbers: [m('الأولى', 1, 'ordinal'), m('يومين', 2), m('عشرات', 10), m('7', 7), m('قتل', 3)] } as unknown as Analysis);
    expect(n.detection.recall).toBe(1);
    expect(n.detection.predicted).toBe(2);
    expect(n.extra).toEqual(['قتل']);
  });

  it('leaves a vague plural out of precision when an approximation comes before it', () => {
    const t = 'كلفت ما يصل إلى عشرات الآلاف من الدولارات';
    const text = 'ما يصل إلى عشرات الآلاف';
    const art: DevArticle = { ...article([]), text: t, numbers: [] };
    const vague = { start: t.indexOf(text), end: t.indexOf(text) + text.length, text, value: 10000, kind: 'cardinal', approx: text, vague: true };
    const n = scoreNumbers(art, { numbers: [vague] } as unknown as Analysis);
    expect(n.detection.predicted).toBe(0);
    expect(n.extra).toEqual([]);
  });

  it('takes a % sign or a month inside a predicted percentage or date as its counted noun', () => {
    const t = 'ارتفع 12% في 20 يناير';
    const art: DevArticle = {
      ...article([]),
      text: t,
      numbers: [
        { text: '12%', value: 12, counted: '%', approx: null, start: t.indexOf('12'), end: t.indexOf('12') + 3 },
        { text: '20 يناير', value: 20, counted: 'يناير', approx: null, start: t.indexOf('20'), end: t.indexOf('20') + 8 },
      ],
    };
    const preds = [
      { start: t.indexOf('12'), end: t.indexOf('12') + 3, text: '12%', value: 12, kind: 'percent', unit: '%' },
      { start: t.indexOf('20'), end: t.indexOf('20') + 8, text: '20 يناير', value: 20, kind: 'date', date: { day: 20, month: 1 } },
    ];
    const n = scoreNumbers(art, { numbers: preds } as unknown as Analysis);
    expect(n.counted).toEqual({ right: 2, total: 2 });
    expect(n.withNoun.f1).toBe(1);
  });
});
