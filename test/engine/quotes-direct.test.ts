import { describe, expect, it } from 'vitest';
import { one, quotes, view } from './quotes-helpers.js';

describe('direct quotes', () => {
  it('takes the words inside guillemets after a reporting verb and its speaker', () => {
    const q = one('وقال رئيس البلدية «سنعيد فتح السوق الأسبوع المقبل».');
    expect(view(q)).toEqual(['direct', 'رئيس البلدية', 'سنعيد فتح السوق الأسبوع المقبل']);
    expect(q.cue.text).toBe('وقال');
  });

  it('reads curly, reversed curly and ASCII quotation marks alike', () => {
    expect(one('قالت المديرة “المدرسة ستبقى مفتوحة”.').content.text).toBe('المدرسة ستبقى مفتوحة');
    expect(one('قالت المديرة ”المدرسة ستبقى مفتوحة“.').content.text).toBe('المدرسة ستبقى مفتوحة');
    expect(one('قالت المديرة "المدرسة ستبقى مفتوحة".').content.text).toBe('المدرسة ستبقى مفتوحة');
  });

  it('keeps a quotation of several sentences whole, and its sentence runs to the closing mark', () => {
    const text = 'وقال المدرب «لعبنا جيدا. لكن الحظ لم يحالفنا. سنعود أقوى».';
    const q = one(text);
    expect(q.content.text).toBe('لعبنا جيدا. لكن الحظ لم يحالفنا. سنعود أقوى');
    expect(q.sentence.end).toBeGreaterThanOrEqual(q.content.end);
  });

  it('takes speech after a colon, with or without quotation marks', () => {
    expect(view(one('وأضاف المهندس: «العمل سينتهي قبل الصيف».'))).toEqual(['direct', 'المهندس', 'العمل سينتهي قبل الصيف']);
    const q = one('وقالت المعلمة: الأطفال يحتاجون إلى دعم نفسي عاجل.');
    expect(view(q)).toEqual(['direct', 'المعلمة', 'الأطفال يحتاجون إلى دعم نفسي عاجل']);
  });

  it('takes a bracketed post quoted after a colon', () => {
    const q = one('وكتب الناشط على حسابه: (لن نصمت بعد اليوم).');
    expect(q.content.text).toBe('لن نصمت بعد اليوم');
  });

  it('reads a quotation after an indirect opening as direct («إنه "…"»)', () => {
    const q = one('وقالت السفارة في البيان إنه "لا توجد إصابات بين الرعايا".');
    expect(view(q)).toEqual(['direct', 'السفارة', 'لا توجد إصابات بين الرعايا']);
  });

  it('runs an unclosed quotation to the end of its paragraph', () => {
    const q = one('وقال الطبيب «المستشفى امتلأ بالجرحى ولا أسرة فارغة\nوفي سياق آخر ارتفعت الأسعار.');
    expect(q.content.text).toBe('المستشفى امتلأ بالجرحى ولا أسرة فارغة');
  });

  it('follows a quotation that reopens in the next paragraph', () => {
    const qs = quotes('وقال السفير: «بحثنا التجارة والاستثمار.\n«واتفقنا على لقاء جديد في الخريف».\nوانتهت الزيارة مساء.');
    expect(qs.map(view)).toEqual([
      ['direct', 'السفير', 'بحثنا التجارة والاستثمار'],
      ['direct', 'السفير', 'واتفقنا على لقاء جديد في الخريف'],
    ]);
    expect(qs[1].speaker.resolved).toBe(true);
  });

  it('attributes a quotation to the verb that follows it («…»، قال فلان)', () => {
    const q = one('«لن نوقع على هذا الاتفاق»، قال المفاوض للصحفيين.');
    expect(view(q)).toEqual(['direct', 'المفاوض', 'لن نوقع على هذا الاتفاق']);
  });

  it('attributes an opening quotation to the words that point back to it («…».. بهذه الكلمات أعلن فلان)', () => {
    const a = one('«سنفتح المعبر أمام الشاحنات غدا».. بهذه الكلمات علق المحافظ على انتهاء الأزمة.');
    expect(view(a)).toEqual(['direct', 'المحافظ', 'سنفتح المعبر أمام الشاحنات غدا']);
    const b = one('"لا تراجع عن خطة الإصلاح"... هكذا علق الوزير على الاحتجاجات.');
    expect(view(b)).toEqual(['direct', 'الوزير', 'لا تراجع عن خطة الإصلاح']);
  });

  it('does not read names, outlets and terms in guillemets as quotes', () => {
    expect(quotes('وسيطرت جماعة «أنصار الفجر» على التلال المحيطة بالبلدة.')).toEqual([]);
    expect(quotes('وقرأ المذيع مقالا نشرته صحيفة «النهار» صباح اليوم.')).toEqual([]);
    const q = one('وقال المحامي لـ«الأيام» إن موكله بريء.');
    expect(view(q)).toEqual(['indirect', 'المحامي', 'موكله بريء']);
    // After a preposition the quotation is the verb's whole complement: the words quoted (GUIDELINE).
    expect(quotes('وتحدث الكاتب طويلا عن «الشتات».').map(view)).toEqual([['direct', 'الكاتب', 'الشتات']]);
    expect(quotes('وعرضت الفرقة، إضافة إلى أغانيها القديمة، «رقصة المطر».')).toEqual([]);
    const q2 = one('وقال المتحدث باسم «حركة التغيير» إن الحركة ستشارك في الانتخابات.');
    expect(q2.content.text).toBe('الحركة ستشارك في الانتخابات');
  });

  it('leaves reporting verbs inside a quotation to the quoted speaker', () => {
    const q = one('وقالت الأم «قال لي ابني إنه سيعود قبل المغرب».');
    expect(view(q)).toEqual(['direct', 'الأم', 'قال لي ابني إنه سيعود قبل المغرب']);
  });

  it('reads a headline that names its speaker, but not labels or datelines', () => {
    const qs = quotes('الوزيرة: لن نرفع أسعار الخبز هذا العام\nالمجموعة الثانية: الأردن.. العراق.. الكويت\nعمّان - أعلنت الحكومة خطة جديدة.');
    expect(qs.map(view)).toEqual([['direct', 'الوزيرة', 'لن نرفع أسعار الخبز هذا العام']]);
    expect(quotes('الرياض: انطلقت اليوم فعاليات معرض الكتاب الدولي\nتبدأ الفعاليات مساء.')).toEqual([]);
  });

  it('reads «بقوله:» / «بقولها:» as the words of whom the pronoun stands for', () => {
    const qs = quotes('وقال المحلل إن السوق متماسك. وانتقل في تحليله إلى سهم الشركة بقوله: بلغ السعر أدنى مستوى منذ سنوات.');
    expect(qs.map((q) => [q.cue.text, q.speaker.text, q.content.text])).toEqual([
      ['وقال', 'المحلل', 'السوق متماسك'],
      ['بقوله', 'المحلل', 'بلغ السعر أدنى مستوى منذ سنوات'],
    ]);
  });

  it('reads a profile’s headline, which describes the one it names, as nobody’s words', () => {
    const text = (line: string) => `${line}\nولد في القرية عام 1950 وعمل مدرسا.`;
    for (const line of ['الوزيرة: المرأة التي أعادت بناء المدارس في الجنوب', 'الوزيرة: أول امرأة تقود الوزارة منذ تأسيسها', 'الحزب: من قرية صغيرة إلى حكم البلاد'])
      expect(quotes(text(line)), line).toEqual([]);
    // A statement opening with a definite noun is still her words.
    expect(quotes(text('الوزيرة: المدارس ستفتح أبوابها الأسبوع المقبل')).map(view)).toEqual([['direct', 'الوزيرة', 'المدارس ستفتح أبوابها الأسبوع المقبل']]);
  });

  it('reads an interview headline whose speaker told an outlet («فلان لـ«الصحيفة»: …») as the speaker\'s words', () => {
    const qs = quotes('مدرب المنتخب لـ«الملاعب»: سنلعب للفوز في المباراة المقبلة\nيستعد المنتخب للقاء الحاسم.');
    expect(qs.map(view)).toEqual([['direct', 'مدرب المنتخب', 'سنلعب للفوز في المباراة المقبلة']]);
    expect(quotes('مسؤول لـ "الوطن": المعبر سيفتح خلال أيام\nتتواصل الاستعدادات.').map(view)).toEqual([['direct', 'مسؤول', 'المعبر سيفتح خلال أيام']]);
    // A quoted word that is not an outlet spoken to, or no colon, is no headline quote.
    expect(quotes('عودة لـ«الزمن الجميل» في مهرجان الأغنية هذا العام\nيفتتح المهرجان غدا.')).toEqual([]);
  });

  it('reads a quotation mark typed against the word before it as opening the words said, not as a name on a preposition', () => {
    expect(view(one('وقال المتحدث باسم البلدية"سنفتح الطريق غدا".'))).toEqual(['direct', 'المتحدث باسم البلدية', 'سنفتح الطريق غدا']);
    expect(view(one('وأضاف"الأعمال ستنتهي قريبا".'))[2]).toBe('الأعمال ستنتهي قريبا');
    expect(quotes('وقال لـ"الأيام" إن الطريق مغلق.').map((q) => q.content.text)).toEqual(['الطريق مغلق']);
  });
});

