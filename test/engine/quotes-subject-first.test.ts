/**
 * A name opening its sentence before the verb (SV order, often after «لكن») is the subject a
 * participle continues, not a body named later in the sentence as the verb's object.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/engine/types.js';
import { entities, one, quotes, view } from './quotes-helpers.js';

describe('a subject written before its verb', () => {
  it('gives a participle the name that opens its sentence after a linker', () => {
    const text = 'لكن سارة منصور اعتبرت أرقام هيئة الإحصاء مشجعة مشيرة إلى أن الأسعار استقرت أخيرا.';
    const qs = quotes(text, entities(text, [['سارة منصور', 'person'], ['هيئة الإحصاء', 'organization']]));
    expect(qs.map((q) => [q.speaker.text, q.content.text])).toEqual([['سارة منصور', 'الأسعار استقرت أخيرا']]);
  });

  it('gives the verb after «كان» + a name with a long title + «قد» to that name, not to the last speaker', () => {
    const text = 'وأظهرت بيانات مكتب العمل أن الأجور ارتفعت في الربيع. كانت سارة منصور رئيسة هيئة الإحصاء الوطنية قد قالت إن الأسعار تبدو مستقرة.';
    const names: [string, EntityType][] = [['سارة منصور', 'person'], ['هيئة الإحصاء الوطنية', 'organization'], ['مكتب العمل', 'organization']];
    const qs = quotes(text, entities(text, names));
    expect(qs.map((q) => [q.speaker.text, q.content.text])).toEqual([
      ['بيانات مكتب العمل', 'الأجور ارتفعت في الربيع'],
      ['سارة منصور رئيسة هيئة الإحصاء الوطنية', 'الأسعار تبدو مستقرة'],
    ]);
    expect(qs[1].speaker.entityId).toBe('e1');
  });

  it('does not give a participle to a name that stands after its sentence’s subject (the verb’s object)', () => {
    const text = 'وقال ماريو سيلفا مدرب الفريق إن المهاجم تعافى. لكن سيلفا بدا حذرا إزاء مواجهة نادي الشباب الذي يحتل المركز الأخير متوقعا أن تكون المباراة صعبة.';
    const [full, club] = entities(text, [['ماريو سيلفا', 'person'], ['نادي الشباب', 'organization']]);
    const short = text.indexOf('سيلفا', text.indexOf('لكن'));
    full.mentions.push({ start: short, end: short + 5, text: 'سيلفا' });
    const qs = quotes(text, [full, club]);
    expect(qs.map((q) => q.speaker.entityId)).toEqual(['e1', 'e1']);
  });

  it('reads the subject before a relative clause closed by a comma before its verb', () => {
    expect(quotes('وقال المدير إن الموسم جيد. لكن رئيس النقابة، الذي انتخب الشهر الماضي، قال إن الأجور متدنية.').map((q) => q.speaker.text)).toEqual(['المدير', 'رئيس النقابة']);
    expect(quotes('وقالت صحيفة الأيام إن الحكومة ستستقيل. غير أن صحيفة "النهار" التي تصدر في بيروت، قالت إن الحكومة باقية.').map((q) => q.speaker.text)).toEqual(['صحيفة الأيام', 'صحيفة "النهار"']);
  });

  it('reads a subject of up to eight words that opens with a speaker word between a linker and its verb', () => {
    expect(view(one('لكن مدير الهيئة العامة للطرق في المنطقة الشرقية يقول إن الجسر آمن.'))).toEqual(['indirect', 'مدير الهيئة العامة للطرق في المنطقة الشرقية', 'الجسر آمن']);
  });

  it('reads the words after a verb whose subject stands before it as its object, never as a speaker', () => {
    // A partial quotation inside the clause is part of the indirect quote; the continuation goes on with who spoke.
    const text = 'وقال الطبيب الشرعي إن التشريح أظهر غياب أي آثار عنف وأن الوفاة نجمت عن "نوبة قلبية حادة". وأضاف أن النتائج النهائية ستصدر لاحقا.';
    const qs = quotes(text);
    expect(qs.map((q) => [q.kind, q.speaker.text])).toEqual([
      ['indirect', 'الطبيب الشرعي'],
      ['indirect', 'الطبيب الشرعي'],
    ]);
    // «إنهم لا يرون …»: the pronoun on the complementizer is the subject; the negation is no speaker.
    const neg = quotes('وقال المحققون في مؤتمر صحفي إنهم لا يرون أي دليل على أن الحريق كان متعمدا.');
    expect(neg.map((q) => q.speaker.text)).not.toContain('أي دليل على');
    expect(neg.every((q) => q.speaker.text === 'المحققون')).toBe(true);
  });

  it('reads a name in quotation marks inside a subject written before its verb', () => {
    expect(one('لكن مجلة "الأفق" تقول إن المعرض تأجل.').speaker.text).toBe('مجلة "الأفق"');
    expect(one('وكانت وكالة «نبأ» المحلية ذكرت أن الطريق أغلق.').speaker.text).toBe('وكالة «نبأ» المحلية');
    // A quotation that opens with the verb is the quoted words: the name before it is not its subject.
    const qs = quotes('وقال المتحدث إن الرئيس "يؤكد أن الحوار هو الحل".');
    expect(qs.map((q) => q.speaker.text)).toEqual(['المتحدث']);
  });

  it('gives a present verb after «لكنه» to whom the pronoun stands for', () => {
    const qs = quotes('وقال المزارع إن المحصول جيد. ولم يخف المزارع قلقه، لكنه يقول إن الأسعار منخفضة.');
    expect(qs.map((q) => [q.speaker.text, q.content.text])).toEqual([
      ['المزارع', 'المحصول جيد'],
      ['المزارع', 'الأسعار منخفضة'],
    ]);
  });

  it('leaves «لا يزال» and «ما زال» with the verb, never in its subject', () => {
    for (const still of ['لا يزال', 'ما زال']) {
      const qs = quotes(`وقال الوزير إن الحل ممكن. وأضاف أنه ${still} يرى أن الحوار أفضل.`);
      expect(qs.map((q) => q.speaker.text)).toEqual(['الوزير', 'الوزير']);
    }
  });
});
