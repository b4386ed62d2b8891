import { describe, expect, it } from 'vitest';
import { entities, one, quotes, view } from './quotes-helpers.js';

describe('indirect quotes', () => {
  it('reads every inflection and clitic of قال with its complementizer', () => {
    for (const [sentence, speaker] of [
      ['وقال المزارع إن المحصول تضرر.', 'المزارع'],
      ['فقالت المزارعة إن المحصول تضرر.', 'المزارعة'],
      ['وقالوا إن المحصول تضرر.', ''],
      ['ويقول المزارع إن المحصول تضرر.', 'المزارع'],
      ['وتقول المزارعة إن المحصول تضرر.', 'المزارعة'],
    ]) {
      const qs = quotes(sentence);
      expect(qs.map((q) => q.content.text), sentence).toEqual(['المحصول تضرر']);
      expect(qs[0].kind).toBe('indirect');
      if (speaker) expect(qs[0].speaker.text).toBe(speaker);
    }
  });

  it('accepts أن, بأن and a complementizer carrying a pronoun, without putting it in the content', () => {
    expect(view(one('وأكد المدير أن الرواتب ستصرف غدا.'))).toEqual(['indirect', 'المدير', 'الرواتب ستصرف غدا']);
    expect(view(one('وأفاد الشهود بأن النيران امتدت إلى المخزن.'))).toEqual(['indirect', 'الشهود', 'النيران امتدت إلى المخزن']);
    expect(view(one('وأوضحت الشركة أنها ستعوض العملاء.'))).toEqual(['indirect', 'الشركة', 'ستعوض العملاء']);
  });

  it('reads verbs that take a preposition before the complementizer', () => {
    expect(one('وأشار الباحث إلى أن العينة صغيرة.').content.text).toBe('العينة صغيرة');
    expect(one('وشدد القاضي على أن القانون يطبق على الجميع.').content.text).toBe('القانون يطبق على الجميع');
    expect(one('وحذرت الهيئة من أن المخزون يكفي أسبوعا.').content.text).toBe('المخزون يكفي أسبوعا');
    const qs = quotes('وقال الطبيب إن العدوى محدودة، لافتا إلى أن الحالات في تراجع.');
    expect(qs.map((q) => q.cue.text)).toEqual(['وقال', 'لافتا إلى']);
  });

  it('reads appeals: دعا إلى, دعا + addressee + ل, طالب بـ', () => {
    expect(view(one('ودعت المنظمة إلى فتح الممرات الإنسانية.'))).toEqual(['indirect', 'المنظمة', 'فتح الممرات الإنسانية']);
    expect(view(one('ودعا المحافظ المواطنين للابتعاد عن مجاري السيول.'))).toEqual(['indirect', 'المحافظ', 'للابتعاد عن مجاري السيول']);
    expect(one('وطالبت النقابة بزيادة الأجور.').content.text).toBe('بزيادة الأجور');
  });

  it('reads an estimate whose content is a noun phrase, but not a passive with no speaker', () => {
    expect(view(one('ويتوقع الخبراء ارتفاع الأسعار خلال الصيف.'))).toEqual(['indirect', 'الخبراء', 'ارتفاع الأسعار خلال الصيف']);
    expect(quotes('وقدر عدد الزوار بنحو ألفي شخص.')).toEqual([]);
  });

  it('finds a subject written before the verb', () => {
    expect(view(one('وكان الدفاع المدني قد أفاد بأن فرقه انتشلت جثتين.'))).toEqual(['indirect', 'الدفاع المدني', 'فرقه انتشلت جثتين']);
    const q = one('ويشار إلى أن مصادر متطابقة أكدت أن الاجتماع تأجل.');
    expect(view(q)).toEqual(['indirect', 'مصادر متطابقة', 'الاجتماع تأجل']);
  });

  it('ends the content where the next attribution begins', () => {
    const qs = quotes('وقال الوزير إن المفاوضات متعثرة، مضيفا أن الجولة المقبلة حاسمة.');
    expect(qs.map((q) => q.content.text)).toEqual(['المفاوضات متعثرة', 'الجولة المقبلة حاسمة']);
    const qs2 = quotes('وقال المدير إن المصنع سيغلق أبوابه لكنه أكد أن العمال سيحصلون على تعويضات.');
    expect(qs2.map((q) => q.content.text)).toEqual(['المصنع سيغلق أبوابه', 'العمال سيحصلون على تعويضات']);
  });

  it('gives two quotes for an attribution inside another', () => {
    const qs = quotes('وأكدت الوزارة أن الجامعة أفادت بأن التسجيل مستمر.');
    expect(qs.map(view)).toEqual([
      ['indirect', 'الوزارة', 'الجامعة أفادت بأن التسجيل مستمر'],
      ['indirect', 'الجامعة', 'التسجيل مستمر'],
    ]);
  });

  it('keeps partial quotations inside indirect content', () => {
    const q = one('وقال المتحدث إن الحكومة "لن تتراجع" عن قرارها.');
    expect(view(q)).toEqual(['indirect', 'المتحدث', 'الحكومة "لن تتراجع" عن قرارها']);
  });

  it('ignores impersonal and subordinate أن and words that only look like verbs', () => {
    for (const s of [
      'ويذكر أن المدينة تعرضت لفيضان مماثل قبل عقد.',
      'وصل الفريق بعد أن انتهت المباراة الأولى.',
      'ويمكن أن تتأخر الرحلات بسبب الضباب.',
      'واندلع الشجار بين الطرفين في ساعة متأخرة.',
      'وحصل طالب من المدرسة على الجائزة الأولى.',
      'وتبرع الأهالي بكتب ودفاتر للمدرسة.',
      'وشدد الرئيس على ضرورة حماية المدنيين.',
      'وأصدرت الوزارة بيانا حول الحادثة.',
      'ولم يوضح المتحدث أن الطائرة سقطت.',
      'وتوزعت الأدوار، بين الأقارب أن يتقاسموا الميراث.',
    ]) {
      expect(quotes(s), s).toEqual([]);
    }
  });

  it('names no speaker after the verb\'s own preposition («شدد على ضرورة أن»)', () => {
    const qs = quotes('وقال الوزير إن الموازنة جاهزة. وشدد على ضرورة أن تقر قبل نهاية العام.');
    expect(qs[1].speaker).toMatchObject({ text: 'الوزير', resolved: true });
  });

  it('does not read «أن» that a preposition governs as the complementizer of the verb', () => {
    const q = one('وقال الوزير بعد أن التقى السفير إن العلاقات ممتازة.');
    expect(q.content.text).toBe('العلاقات ممتازة');
  });
  it('goes on over a conjoined verb that introduces nothing, and stops at one that does', () => {
    expect(one('وقالت الشرطة إنها فتحت تحقيقا في الحادث وألقت القبض على شاب في العشرين.').content.text).toBe('فتحت تحقيقا في الحادث وألقت القبض على شاب في العشرين');
    expect(one('وذكرت الصحيفة أن المدير كان متحمسا للتحقيق وكشف المخالفات في الشركة.').content.text).toBe('المدير كان متحمسا للتحقيق وكشف المخالفات في الشركة');
    const qs = quotes('وقال الوزير إن الوضع مستقر وأكد المتحدث باسم الجيش أن الحدود مغلقة.');
    expect(qs.map((q) => q.content.text)).toEqual(['الوضع مستقر', 'الحدود مغلقة']);
  });
});

describe('verbal nouns of reporting', () => {
  it('reads «إعلان/نفي/مزاعم» + subject + complementizer as a quote of that subject', () => {
    expect(view(one('وتراجعت الأسهم بعد إعلان الشركة أنها ستغلق مصنعين.'))).toEqual(['indirect', 'الشركة', 'ستغلق مصنعين']);
    expect(view(one('وفتحت النيابة تحقيقا رغم نفي الوزارة أن الامتحانات تسربت.'))).toEqual(['indirect', 'الوزارة', 'الامتحانات تسربت']);
    expect(view(one('وتصاعد التوتر بعد مزاعم الاستخبارات الأمريكية بأن الهجوم كان مدبرا.'))).toEqual(['indirect', 'الاستخبارات الأمريكية', 'الهجوم كان مدبرا']);
  });

  it('needs the subject named and the complementizer right after it', () => {
    // A pronoun subject, no subject, or a complementizer deep in the noun's object: no quote.
    expect(quotes('وجاء ذلك بعد إعلانه أنه سيترشح.')).toEqual([]);
    expect(quotes('وتم تأجيل إعلان النتائج النهائية للمسابقة بسبب أن اللجنة لم تجتمع.')).toEqual([]);
    expect(quotes('وجاء ذلك بعد إعلان الحكومة زيادة الرسوم على قس يشتبه أنه متورط.')).toEqual([]);
  });
});

describe('negated verbs', () => {
  it('reads a view denied with «لا» as a view stated, and «لم» + verb as nothing said', () => {
    expect(view(one('ولا يعتقد الخبراء أن الأسعار ستنخفض قريبا.'))).toEqual(['indirect', 'الخبراء', 'الأسعار ستنخفض قريبا']);
    expect(quotes('ولم يوضح المتحدث أن الخطة تغيرت.')).toEqual([]);
    expect(quotes('ولا يقول المتحدث إن الخطة تغيرت.')).toEqual([]);
  });
});

describe('verbs carrying an object pronoun', () => {
  it('reads a present verb with an object pronoun after a relative pronoun with the subject named after it', () => {
    expect(view(one('وهي الخطوة التي يعتبرها المحللون بأنها تصعيد خطير.'))).toEqual(['indirect', 'المحللون', 'تصعيد خطير']);
    const qs = quotes('وافتتح المشروع الذي تصفه الحكومة بأنه الأكبر في تاريخ البلاد.');
    expect(qs.map(view)).toEqual([['indirect', 'الحكومة', 'الأكبر في تاريخ البلاد']]);
  });

  it('names nobody when no subject follows such a verb after «ممن»', () => {
    expect(quotes('وخرج آخر المسلحين ممن وصفتهم بـ"المتطرفين" وعائلاتهم من البلدة.').filter((q) => q.cue.text.startsWith('وصفتهم'))).toEqual([]);
  });

  it('reads «اكتفى بالقول إن» and «مكتفيا بالإشارة إلى أن» as reports, «اكتفى بالتعادل» as none', () => {
    expect(view(one('واكتفت الوزارة بالقول إن التحقيق مستمر.'))).toEqual(['indirect', 'الوزارة', 'التحقيق مستمر']);
    expect(quotes('ورفض الحارس التعليق، مكتفيا بالإشارة إلى أن الفريق متعب.').map(view)).toEqual([['indirect', 'الحارس', 'الفريق متعب']]);
    expect(quotes('واكتفى الفريق بالتعادل بعد أن سجل هدفا في الشوط الأول.')).toEqual([]);
  });

  it('reads «وكتب X يقول إن» as one report: the present «يقول» is how the speaker went on', () => {
    expect(view(one('وكتب المعلق الرياضي أمس يقول إن الموسم صعب.'))).toEqual(['indirect', 'المعلق الرياضي', 'الموسم صعب']);
    expect(view(one('وكتبت الوزيرة على حسابها تقول: "لن نتراجع".'))).toEqual(['direct', 'الوزيرة', 'لن نتراجع']);
  });

  it('runs an indirect clause on through a quotation that opens with a verb («أن الوزارة "أكدت …"»)', () => {
    const qs = quotes('وأضاف المتحدث أن اللجنة "أكدت التزامها بالجدول الزمني" رغم التأخير. وقال إن الأعمال ستستأنف.');
    expect(qs.map((q) => q.content.text)).toEqual(['اللجنة "أكدت التزامها بالجدول الزمني" رغم التأخير', 'الأعمال ستستأنف']);
    expect(qs.map((q) => q.speaker.text)).toEqual(['المتحدث', 'المتحدث']);
  });
});


describe('verbs that are also nouns', () => {
  it('reads a past form as the verb when a subject and its complementizer follow, after a comma or an adverb', () => {
    const cases: [string, string][] = [
      ['وفي العام الماضي، كشف مسح محلي أن ثلث الأسر تملك سيارة.', 'مسح محلي'],
      ['وعندها توقع المهندسون أن يكتمل الجسر خلال عام.', 'المهندسون'],
      ['وفي تقرير نشروه أمس، حذر الباحثون من أن الجفاف سيطول.', 'الباحثون'],
    ];
    for (const [text, speaker] of cases) expect(quotes(text).map((q) => q.speaker.text), text).toEqual([speaker]);
  });

  it('keeps the noun after a preposition, and after a verb form right before the complementizer', () => {
    expect(quotes('ومع توقع المزارعين أن تهطل الأمطار، ارتفعت أسعار البذور.')).toEqual([]);
    expect(quotes('وفي ظل توقع أن ترتفع الأسعار، تراجعت المبيعات.')).toEqual([]);
  });

  it('reads a verb after an adverbial «رغم ذلك» / «بعد ذلك», with its subject after it', () => {
    const qs = quotes('ورغم ذلك أفادت البلدية الأحد أنها ستفتح الطريق. وبعد ذلك قال المحافظ إن العمل بدأ.');
    expect(qs.map((q) => [q.speaker.text, q.content.text])).toEqual([
      ['البلدية', 'ستفتح الطريق'],
      ['المحافظ', 'العمل بدأ'],
    ]);
  });

  it('reads «الأسبوع الماضي» after the verb as when it was said, never as the speaker', () => {
    const text = 'وكان المدير السابق للوكالة، سمير داود، كشف الأسبوع الماضي أن الخطة فشلت.';
    const qs = quotes(text, entities(text, [['سمير داود', 'person']]));
    expect(qs.map((q) => q.speaker.text)).toEqual(['سمير داود']);
  });

  it('reads a verb after «قد» whose subject stands after «كان»', () => {
    const text = 'وكان الرئيس سمير داود قد كتب على حسابه أن الخطة فشلت.';
    const qs = quotes(text, entities(text, [['سمير داود', 'person']]));
    expect(qs.map((q) => [q.speaker.text, q.content.text])).toEqual([['الرئيس سمير داود', 'الخطة فشلت']]);
  });
});

describe('attributions in a relative clause', () => {
  it('gives «ما تقول X إنه …» and «الاسم الذي تقول X إنه …» to the speaker named after the verb', () => {
    const qs = quotes('وتصاعد الجدل بشأن ما تقول الحكومة إنه خطة للإصلاح.');
    expect(qs.map((q) => [q.speaker.text, q.content.text])).toEqual([['الحكومة', 'خطة للإصلاح']]);
    const rel = quotes('واختلف البلدان على الحدود التي تقول الحكومة إنها رسمت عام 1920.');
    expect(rel.map((q) => [q.speaker.text, q.content.text])).toEqual([['الحكومة', 'رسمت عام 1920']]);
  });

  it('gives nothing to «ما» when no speaker is named after the verb, nor a clause far after it', () => {
    expect(quotes('وقامت الشركة بنشر ما قالت إنه دليل للمستخدمين.').map((q) => q.cue.text)).not.toContain('قالت');
    expect(quotes('وما قاله الرئيس السابق كان يعني أن الحوار ممكن.')).toEqual([]);
  });

  it('leaves «بحسب ما نقلت X» to the source marker', () => {
    const qs = quotes('وارتفعت الأسعار، بحسب ما نقلت الوكالة الرسمية.');
    expect(qs.map((q) => [q.cue.text, q.speaker.text])).toEqual([['بحسب ما نقلت', 'الوكالة الرسمية']]);
  });

  it('gives «X الذي وصفه بأنه …» to who spoke before, not to X, what was described', () => {
    const text = 'وأكد الوزير سمير داود أن بلاده سترد على القرار الذي وصفه بأنه "استفزازي".';
    const qs = quotes(text, entities(text, [['سمير داود', 'person']]));
    expect(qs.filter((q) => q.cue.text === 'وصفه').map((q) => q.speaker.text)).toEqual(['الوزير سمير داود']);
  });

  it('reads «بحضور …» after the verb as when it was said, not as the speaker', () => {
    const text = 'وقال الوزير سمير داود بحضور نظيره الأردني "نحن شركاء".';
    const qs = quotes(text, entities(text, [['سمير داود', 'person']]));
    expect(qs.map((q) => q.speaker.text)).toEqual(['الوزير سمير داود']);
  });

  it('reads a body named in quotation marks before «التي» as the one who speaks', () => {
    const qs = quotes('وانتقدت صحيفة "الأيام"، التي تقول إنها مستقلة تماما.');
    expect(qs.map((q) => q.speaker.text)).toEqual(['صحيفة "الأيام"']);
  });
});
