/**
 * What the reader is shown, shared by the card, the popup and the exports: quotes by their
 * attribution's entity, reported speech never in quotation marks, the article's frame (byline and
 * dateline) apart from what it is about, and the reader's corrections.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import type { Entity, Quote } from '../../src/engine/types.js';
import { quoteLine, quoteLineText, quotesOfEntity } from '../../src/shared/attribution.js';
import { articleFrame } from '../../src/shared/article-frame.js';
import { readerView } from '../../src/shared/reader-view.js';
import { articleFromHtml } from '../../src/cli/html.js';
import { sharedPath } from '../../scripts/lib/shared.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const span = (text: string, s: string, from = 0) => {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`«${s}» not in the text`);
  return { start, end: start + s.length, text: s };
};

describe('quote lines', () => {
  const text = 'وقال وزير المالية سامر الخطيب في مؤتمر صحفي إن العجز تراجع. وأضاف: «الأرقام مشجعة». وتراجعت الأسعار، بحسب تقرير للبنك.';
  const q = (kind: Quote['kind'], cue: string, content: string, speaker?: string): Quote => ({
    id: 'q',
    kind,
    cue: span(text, cue),
    content: span(text, content),
    speaker: speaker ? { text: speaker, type: 'person', ...(({ start, end }) => ({ start, end }))(span(text, speaker)) } : { text: '', type: 'unknown', resolved: true },
    sentence: { start: 0, end: text.length },
  });

  it('reads an indirect quote as the article reports it: attribution and complementizer kept, no quotation marks', () => {
    const line = quoteLine(text, q('indirect', 'وقال', 'العجز تراجع', 'وزير المالية سامر الخطيب'));
    expect(line).toEqual({ quoted: false, before: 'وقال وزير المالية سامر الخطيب في مؤتمر صحفي إن ', content: 'العجز تراجع', after: '' });
    expect(quoteLineText(line)).toBe('وقال وزير المالية سامر الخطيب في مؤتمر صحفي إن العجز تراجع');
  });

  it('keeps an attribution written after what was reported', () => {
    const line = quoteLine(text, q('indirect', 'بحسب', 'وتراجعت الأسعار', 'تقرير للبنك'));
    expect(quoteLineText(line)).toBe('وتراجعت الأسعار، بحسب تقرير للبنك');
  });

  it('puts a direct quote in «» once, without the article\'s own marks', () => {
    const line = quoteLine(text, q('direct', 'وأضاف', 'الأرقام مشجعة'));
    expect(quoteLineText(line)).toBe('وأضاف: «الأرقام مشجعة»');
    expect(quoteLineText({ ...line, before: '' })).toBe('«الأرقام مشجعة»');
  });

  it('shortens a long attribution in its middle and a long content at a word', () => {
    const long = `قال ${'المسؤول الرفيع '.repeat(20)}إن ${'الوضع مستقر '.repeat(30)}`;
    const quote: Quote = { id: 'q', kind: 'indirect', cue: span(long, 'قال'), content: span(long, 'الوضع'), speaker: { text: '', type: 'unknown' }, sentence: { start: 0, end: long.length } };
    quote.content = { start: quote.content.start, end: long.length, text: long.slice(quote.content.start) };
    const line = quoteLine(long, quote, { maxContent: 60, maxAttribution: 50 });
    expect(line.before.length).toBeLessThanOrEqual(56);
    expect(line.before).toContain(' … ');
    expect(line.before.startsWith('قال')).toBe(true);
    expect(line.before.trimEnd().endsWith('إن')).toBe(true);
    expect(line.content.endsWith('…')).toBe(true);
  });

  it('files quotes by the attribution\'s entity only', () => {
    const quotes = [
      { id: 'a', speaker: { text: 'بعض أعضاء أوبك', type: 'anonymous' as const }, cue: { start: 5, end: 6, text: '' } },
      { id: 'b', speaker: { text: 'أوبك', type: 'organization' as const, entityId: 'e1' }, cue: { start: 1, end: 2, text: '' } },
    ];
    expect(quotesOfEntity(quotes, 'e1').map((x) => x.id)).toEqual(['b']);
  });
});

describe('the article\'s frame', () => {
  const text = [
    'الأمطار تغرق أحياء في مدينة صفاقس',
    'كتبت: سلمى العياري',
    'صفاقس (وات) - غمرت الأمطار الغزيرة التي هطلت على مدينة صفاقس ليلة أمس عددا من الأحياء الشعبية، وقال رئيس البلدية منير الطرابلسي إن الفرق تعمل منذ الفجر.',
    'وأضاف الطرابلسي أن سلمى العياري ليست من السكان المتضررين.',
  ].join('\n');
  const a = analyze(text);

  it('finds the byline and the dateline, and nothing in the body', () => {
    const frame = articleFrame(text, a, { title: 'الأمطار تغرق أحياء في مدينة صفاقس' });
    expect(text.slice(frame.byline!.start, frame.byline!.end)).toBe('كتبت: سلمى العياري');
    expect(frame.dateline?.place).toBe('صفاقس');
    expect(text.slice(frame.dateline!.start, frame.dateline!.end)).toBe('صفاقس (وات)');
  });

  it('takes the author the page names, and finds them on the line even when no name was found there', () => {
    const frame = articleFrame('عنوان\nبقلم جاد نصر الله\nنص المقال الطويل هنا.', { entities: [], numbers: [] }, { author: 'جاد نصر الله' });
    expect(frame.byline?.author).toBe('جاد نصر الله');
  });

  it('is not fooled by a short line that only mentions someone', () => {
    const t = 'زيارة مفاجئة\nالرئيس في الجنوب\nقال الرئيس إن الزيارة تأتي في إطار متابعة المشاريع التنموية في المحافظات الجنوبية التي تأخر تنفيذها سنوات طويلة.';
    const entities: Entity[] = [{ id: 'e1', type: 'person', name: 'الرئيس', mentions: [span(t, 'الرئيس')] }];
    expect(articleFrame(t, { entities, numbers: [] }).byline).toBeUndefined();
  });

  it('the reader\'s view leaves the frame\'s names out, and the byline\'s «quote»', () => {
    const frame = articleFrame(text, a);
    const view = readerView(a, frame);
    const mentions = view.entities.flatMap((e) => e.mentions);
    expect(mentions.some((m) => m.start >= frame.byline!.start && m.end <= frame.byline!.end)).toBe(false);
    expect(mentions.some((m) => m.start === frame.dateline!.start)).toBe(false);
    // صفاقس is still a place of the article: it is named in the body.
    expect(mentions.filter((m) => m.text === 'صفاقس').length).toBeGreaterThan(0);
    expect(view.quotes.some((q) => q.content.start >= frame.byline!.start && q.content.end <= frame.byline!.end)).toBe(false);
    // The engine's analysis is untouched.
    expect(a.entities.flatMap((e) => e.mentions).length).toBeGreaterThan(mentions.length);
  });
});

describe('corrections', () => {
  const text = 'قال وزير الصحة سامي الخطيب إن المستشفى في حلب سيفتح. وقالت حلب إنها ترحب.';
  const entities: Entity[] = [
    { id: 'e1', type: 'person', name: 'سامي الخطيب', mentions: [span(text, 'سامي الخطيب')] },
    { id: 'e2', type: 'location', name: 'حلب', mentions: [span(text, 'حلب'), span(text, 'حلب', text.indexOf('وقالت'))] },
  ];
  const quotes: Quote[] = [
    { id: 'q1', kind: 'indirect', cue: span(text, 'قال'), content: span(text, 'المستشفى في حلب سيفتح'), speaker: { text: 'وزير الصحة سامي الخطيب', type: 'person', entityId: 'e1' }, sentence: { start: 0, end: 52 } },
    { id: 'q2', kind: 'indirect', cue: span(text, 'وقالت'), content: span(text, 'ترحب'), speaker: { text: 'حلب', type: 'location', entityId: 'e2' }, sentence: { start: 53, end: text.length } },
  ];

  it('drops a name that is not one, and its quotes lose it as a speaker', () => {
    const view = readerView({ entities, quotes }, undefined, { حلب: 'not-a-name' });
    expect(view.entities.map((e) => e.id)).toEqual(['e1']);
    expect(view.quotes[1].speaker).toEqual({ text: 'حلب', type: 'unknown' });
  });

  it('retypes a name, for its marks and as a speaker', () => {
    const view = readerView({ entities, quotes }, undefined, { 'سامي الخطيب': 'organization' });
    expect(view.entities[0].type).toBe('organization');
    expect(view.quotes[0].speaker).toMatchObject({ type: 'organization', entityId: 'e1' });
    expect(entities[0].type).toBe('person');
  });
});

describe('names written as hashtags', () => {
  it('shows a hashtag name as words, in the list and as a speaker, and a correction made on the shown name applies', () => {
    const text = 'وقالت الممثلة #منى_واصف إن العمل انتهى. ونشر الرئيس دونالد #ترمب تغريدة.';
    const a = analyze(text);
    const mona = a.entities.find((e) => e.mentions.some((m) => m.text === 'منى_واصف'));
    expect(mona?.name).toBe('منى_واصف');
    const view = readerView(a, undefined);
    expect(view.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['منى واصف', 'دونالد ترمب']));
    expect(view.quotes[0].speaker.text).not.toMatch(/[#_]/);
    expect(a.quotes[0].speaker.text).toMatch(/#/);
    const corrected = readerView(a, undefined, { 'منى واصف': 'not-a-name' });
    expect(corrected.entities.some((e) => e.name === 'منى واصف')).toBe(false);
  });
});

describe('the frame of saved real pages (../shared/pages, skipped without it)', () => {
  const pages = sharedPath('pages');
  it.runIf(pages !== null)('CNN\'s «دمشق، سوريا (CNN) --» is a dateline, its place and country left unmarked; pages without one get none', () => {
    for (const dir of ['goose3-test_cnn_arabic', 'newspaper-arabic_article']) {
      const { title, text } = articleFromHtml(readFileSync(join(pages!, dir, 'source.html'), 'utf8'));
      const a = analyze(text);
      const frame = articleFrame(text, a, { title });
      expect(text.slice(frame.dateline!.start, frame.dateline!.end)).toBe('دمشق، سوريا (CNN)');
      const view = readerView(a, frame);
      expect(view.entities.flatMap((e) => e.mentions).some((m) => m.start >= frame.dateline!.start && m.end <= frame.dateline!.end)).toBe(false);
    }
    for (const dir of ['albayan-1', 'sputnik-arabic-1', 'lbc-1']) {
      const { title, text } = articleFromHtml(readFileSync(join(pages!, dir, 'source.html'), 'utf8'));
      expect(articleFrame(text, analyze(text), { title }).dateline, dir).toBeUndefined();
    }
  });
});
