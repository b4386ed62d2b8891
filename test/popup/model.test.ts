import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markPieces, sentenceOf, spanIndexAt } from '../../src/popup/model/spans.js';
import { cleanSpeakerText, groupQuotes, quoteCounts } from '../../src/popup/model/quotes.js';
import { entityRows } from '../../src/popup/model/entities.js';
import { orderNumbers } from '../../src/popup/model/numbers.js';
import { describeDate, formatValue, weekdayName } from '../../src/popup/model/format.js';
import { createI18n, dictLookup, resolveLang, substitute } from '../../src/popup/i18n.js';
import { parseParams, popupPath } from '../../src/shared/popup-url.js';
import type { NumberMention, Quote } from '../../src/engine/types.js';
import { SENTENCES, TEXT, at, i18nFor, makeAnalysis } from './fixture.js';

describe('spans', () => {
  it('finds the sentence holding an offset, and falls back to the span itself', () => {
    expect(spanIndexAt(SENTENCES, 0)).toBe(0);
    expect(spanIndexAt(SENTENCES, SENTENCES[2].start + 3)).toBe(2);
    expect(spanIndexAt(SENTENCES, SENTENCES[0].end)).toBe(-1); // the newline between sentences
    expect(sentenceOf(SENTENCES, at('حلب'))).toEqual(SENTENCES[3]);
    expect(sentenceOf([], { start: 5, end: 9 })).toEqual({ start: 5, end: 9 });
  });

  it('cuts a span into pieces that cover it exactly, whatever the marks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.array(fc.tuple(fc.integer({ min: -10, max: 120 }), fc.integer({ min: -10, max: 120 })), { maxLength: 6 }),
        (a, len, raw) => {
          const within = { start: a, end: a + len };
          const marks = raw.map(([x, y]) => ({ start: Math.min(x, y), end: Math.max(x, y) }));
          const pieces = markPieces(within, marks);
          let pos = within.start;
          for (const p of pieces) {
            expect(p.start).toBe(pos);
            expect(p.end).toBeGreaterThan(p.start);
            pos = p.end;
            for (let x = p.start; x < p.end; x++) expect(marks.some((m) => m.start <= x && x < m.end)).toBe(p.marked);
          }
          expect(pos).toBe(len === 0 ? within.start : within.end);
        },
      ),
    );
  });
});

describe('quote groups', () => {
  it('merges every quote of one entity into one group and keeps anonymous sources and documents apart', () => {
    const groups = groupQuotes(makeAnalysis());
    expect(groups.map((g) => g.key)).toEqual(['entity:e1', 'anonymous', 'document']);
    expect(groups[0].quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(groups[0]).toMatchObject({ name: 'سامي الخطيب', role: 'وزير الصحة', type: 'person' });
  });

  it('groups speakers without an entity by what is written, ignoring a trailing colon', () => {
    const a = makeAnalysis();
    const base = a.quotes[0];
    const mk = (id: string, text: string, start: number): Quote => ({ ...base, id, cue: { ...base.cue, start }, speaker: { text, type: 'unknown' } });
    a.quotes = [mk('q1', 'المتحدث باسم الشرطة:', 10), mk('q2', 'المتحدث  باسم الشرطة', 20), mk('q3', '', 30), mk('q4', 'شاهد عيان', 5)];
    a.entities = [];
    const groups = groupQuotes(a);
    expect(groups.map((g) => [g.key, g.quotes.length])).toEqual([
      ['named:المتحدث باسم الشرطة', 2],
      ['named:شاهد عيان', 1],
      ['unnamed', 1],
    ]);
    expect(cleanSpeakerText(' الناطق، ')).toBe('الناطق');
  });

  it('treats an entity id that is not in the entity list as a written name', () => {
    const a = makeAnalysis();
    a.entities = [];
    expect(groupQuotes(a)[0].key).toBe('named:وزير الصحة سامي الخطيب');
  });

  it('counts quotes per speaker entity', () => {
    expect([...quoteCounts(makeAnalysis())]).toEqual([['e1', 2]]);
  });
});

describe('entity rows', () => {
  it('lists each entity once with its mention count and the distinct sentences it appears in', () => {
    const rows = entityRows(makeAnalysis(), 'location');
    expect(rows.map((r) => [r.entity.name, r.count, r.sentences.length])).toEqual([
      ['حلب', 2, 2],
      ['مستشفى المدينة', 1, 1],
    ]);
    const people = entityRows(makeAnalysis(), 'person');
    expect(people[0].sentences.map((s) => s.sentence)).toEqual([SENTENCES[0], SENTENCES[1]]);
    for (const r of [...rows, ...people])
      for (const s of r.sentences) for (const m of s.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('number order', () => {
  const n = (start: number, value: number, kind: NumberMention['kind']): NumberMention => ({ start, end: start + 1, text: 'x', value, kind });
  it('sorts amounts by value, largest first, then dates in article order', () => {
    const list = [n(5, 3, 'cardinal'), n(1, 2024, 'year'), n(9, 50, 'percent'), n(3, 7, 'date'), n(7, 50, 'money')];
    expect(orderNumbers(list, 'value').map((x) => x.start)).toEqual([7, 9, 5, 1, 3]);
    expect(orderNumbers(list, 'article').map((x) => x.start)).toEqual([1, 3, 5, 7, 9]);
    expect(list.map((x) => x.start)).toEqual([5, 1, 9, 3, 7]);
  });
  it('puts a value that is not a number last rather than failing', () => {
    expect(orderNumbers([n(1, Number.NaN, 'cardinal'), n(2, 4, 'cardinal')], 'value').map((x) => x.start)).toEqual([2, 1]);
  });
});

describe('number and date facts', () => {
  const en = i18nFor('en');
  const ar = i18nFor('ar');
  const base: NumberMention = { start: 0, end: 1, text: 'x', value: 0, kind: 'cardinal' };
  it('formats money, percentages, ranges and years', () => {
    expect(formatValue({ ...base, kind: 'money', unit: 'USD', value: 2_500_000 }, en)).toMatch(/USD\s?2,500,000/);
    expect(formatValue({ ...base, kind: 'percent', unit: '%', value: 40 }, en)).toBe('40%');
    expect(formatValue({ ...base, kind: 'range', value: 10, to: 20 }, en)).toBe('10 – 20');
    expect(formatValue({ ...base, kind: 'year', value: 2024 }, en)).toBe('2024');
    expect(formatValue({ ...base, kind: 'money', unit: 'not a code', value: 5 }, en)).toBe('5 not a code');
    // Arabic interface, Western digits like the article.
    expect(formatValue({ ...base, value: 12500 }, ar)).toMatch(/^12[,٬]500$/);
  });
  it('describes dates in words, in both languages', () => {
    expect(describeDate({ calendar: 'gregorian', year: 2024, month: 3, day: 3 }, en)).toBe('3 March 2024');
    expect(describeDate({ relativeDays: -1 }, en)).toBe('yesterday');
    expect(describeDate({ relativeDays: -1 }, ar)).toBe('أمس');
    expect(describeDate({ calendar: 'hijri', month: 9, day: 1 }, ar)).toBe('1 رمضان، هجري');
    expect(describeDate({ month: 13, weekday: 9 }, en)).toBe('');
    expect(weekdayName(2, en)).toBe('Tuesday');
  });
});

describe('i18n and parameters', () => {
  it('picks Arabic for Arabic browsers unless the page asks for a language', () => {
    expect(resolveLang(null, 'ar-EG')).toBe('ar');
    expect(resolveLang(null, 'en-US')).toBe('en');
    expect(resolveLang('en', 'ar')).toBe('en');
    expect(resolveLang('xx', 'ar')).toBe('ar');
  });
  it('substitutes named placeholders as the i18n API does', () => {
    const entry = { message: 'Step $STEP$ of $total$ costs $$5', placeholders: { step: { content: '$1' }, total: { content: '$2' } } };
    expect(substitute(entry, ['1', '$2'])).toBe('Step 1 of $2 costs $5');
    expect(i18nFor('ar').t('quotesCount', 3)).toBe('الاقتباسات: 3');
  });
  it('takes the first dictionary that has the key, and never shows an empty label', () => {
    const i18n = createI18n('ar', dictLookup({ copy: { message: 'انسخ' } }, { copy: { message: 'Copy' }, download: { message: 'Download' } }));
    expect(i18n.t('copy')).toBe('انسخ');
    expect(i18n.t('download')).toBe('Download');
    expect(i18n.t('tryAgain')).toBe('tryAgain');
    expect(createI18n('en', (key) => (key === 'copy' ? 'from the API' : '')).t('copy')).toBe('from the API');
  });
  it('asks the message source once per plain label, and every time for one with values', () => {
    const asked: string[] = [];
    const i18n = createI18n('en', (key, subs) => {
      asked.push(key);
      return key === 'copy' ? 'Copy' : key === 'quotesCount' ? `Quotes: ${subs[0]}` : '';
    });
    expect([i18n.t('copy'), i18n.t('copy'), i18n.t('tryAgain'), i18n.t('tryAgain')]).toEqual(['Copy', 'Copy', 'tryAgain', 'tryAgain']);
    expect(i18n.t('quotesCount', 2)).toBe('Quotes: 2');
    expect(i18n.t('quotesCount', 3)).toBe('Quotes: 3');
    expect(asked).toEqual(['copy', 'tryAgain', 'quotesCount', 'quotesCount']);
  });
  it('reads tab, speaker and lang, and rejects malformed values', () => {
    expect(parseParams('?tab=12&speaker=e4&lang=ar')).toEqual({ tab: 12, speaker: 'e4', lang: 'ar', toolbar: false });
    expect(parseParams('?tab=-3&speaker=%3Cscript%3E&in=tab')).toEqual({ tab: undefined, speaker: null, lang: null, toolbar: false });
    expect(parseParams('')).toEqual({ tab: undefined, speaker: null, lang: null, toolbar: false });
  });
  it('writes popup addresses that read back as the same parameters', () => {
    for (const p of [
      { tab: 12, speaker: 'e4', lang: 'ar', toolbar: true },
      { tab: 3, speaker: null, lang: null, toolbar: false },
      { tab: undefined, speaker: null, lang: 'en', toolbar: false },
    ]) {
      const path = popupPath(p);
      expect(path.startsWith('popup.html')).toBe(true);
      expect(parseParams(new URL(path, 'chrome-extension://x/').search)).toEqual(p);
    }
    expect(popupPath({})).toBe('popup.html');
  });
});
