import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markPieces, sentenceOf, spanIndexAt } from '../../src/popup/model/spans.js';
import { cleanSpeakerText, groupQuotes, quoteCounts } from '../../src/popup/model/quotes.js';
import { entityRows } from '../../src/popup/model/entities.js';
import { createI18n, dictLookup, resolveLang, substitute } from '../../src/popup/i18n.js';
import { parseParams, popupPath } from '../../src/shared/popup-url.js';
import type { Quote } from '../../src/engine/types.js';
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
