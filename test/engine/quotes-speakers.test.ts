import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/engine/types.js';
import { entities, one, quotes, run, view } from './quotes-helpers.js';

describe('speakers', () => {
  it('delimits a named person with a role before or after the name', () => {
    expect(one('وقال مدير الميناء الكابتن سامي العتيبي إن السفن ستدخل تباعا.').speaker.text).toBe('مدير الميناء الكابتن سامي العتيبي');
    expect(one('وأكد خالد المصري الباحث في مركز الدراسات أن النتائج أولية.').speaker.text).toBe('خالد المصري الباحث في مركز الدراسات');
  });

  it('leaves adjuncts, relative clauses and addressees out of the speaker', () => {
    const cases: [string, string][] = [
      ['وقالت الوزارة في بيان رسمي إن المدارس ستغلق.', 'الوزارة'],
      ['وقال الناطق باسم الشرطة أمس إن التحقيق مستمر.', 'الناطق باسم الشرطة'],
      ['وقال المدرب بعد المباراة إن اللاعبين أرهقوا.', 'المدرب'],
      ['وقال الجيش الذي يسيطر على المعبر إن الطريق آمن.', 'الجيش'],
      ['وقال مسؤول طلب عدم الكشف عن اسمه إن القرار نهائي.', 'مسؤول'],
      ['وقالت النائبة لـ«الصباح» إن الجلسة تأجلت.', 'النائبة'],
      ['وقال الوزير لوكالة الأنباء الرسمية إن الاتفاق قريب.', 'الوزير'],
      ['وقال الرئيس مغردا عبر حسابه إن الانتخابات ستجري في موعدها.', 'الرئيس'],
      ['ونقلت الوكالة عن مصدر أمني قوله إن المهاجمين فروا.', 'مصدر أمني'],
      ['ودعا المطران المسيحيين والمسلمين إلى الوحدة.', 'المطران'],
      ['وكشفت دراسة أسترالية نشرت نتائجها أمس أن النوم يحسن الذاكرة.', 'دراسة أسترالية'],
      ['وقالت وزيرة الثقافة الفرنسية إن المتحف سيفتح مجانا.', 'وزيرة الثقافة الفرنسية'],
      ['وقالت الحكومة أول أمس إن الأسعار ستنخفض.', 'الحكومة'],
      ['وعلق الناقد على ذلك قائلا: «الفيلم أضعف من سابقه».', 'الناقد'],
      ['وقال المدرب الشهر الماضي إن الفريق جاهز.', 'المدرب'],
      ['ويقول الخبراء دوماً إن الأسواق متقلبة.', 'الخبراء'],
      ['وقال المحامي متحدثاً للصحفيين إن موكله بريء.', 'المحامي'],
      ['وقال المحامي موجها كلامه للقاضي إن موكله بريء.', 'المحامي'],
    ];
    for (const [s, speaker] of cases) expect(one(s).speaker.text, s).toBe(speaker);
  });

  it('reads «وتابع يقول» and a circumstantial clause as no speaker', () => {
    const qs = quotes('وقال المزارع إن الموسم جيد. وتابع يقول: «الأمطار كانت وفيرة».');
    expect(qs[1].speaker).toMatchObject({ text: 'المزارع', resolved: true });
    const qs2 = quotes('وقال المزارع إن الموسم جيد. وقال لنا والشمس تغيب: «سنحصد الأسبوع المقبل».');
    expect(qs2[1].speaker).toMatchObject({ text: 'المزارع', resolved: true });
  });

  it('types anonymous sources, documents, organizations and places', () => {
    expect(one('وقال مصدر في الحزب إن المؤتمر تأجل.').speaker.type).toBe('anonymous');
    expect(one('وقال شهود عيان إن الدخان غطى الحي.').speaker.type).toBe('anonymous');
    expect(one('وذكر تقرير للبنك الدولي أن النمو سيتباطأ.').speaker.type).toBe('document');
    expect(one('وجاء في البيان أن الرحلات ستستأنف.').speaker).toMatchObject({ text: 'البيان', type: 'document' });
    expect(one('وقالت وزارة النقل إن الطريق أغلق.').speaker.type).toBe('organization');
    expect(one('ودعت ألمانيا إلى ضبط النفس.').speaker.text).toBe('ألمانيا');
  });

  it('takes the type and link from an entity the names stage found', () => {
    const text = 'وقال سليم حداد إن الموسم كان ناجحا.';
    const at = text.indexOf('سليم حداد');
    const e: Entity = { id: 'e1', type: 'person', name: 'سليم حداد', mentions: [{ start: at, end: at + 9, text: 'سليم حداد' }] };
    const [q] = run(text, [e]).quotes;
    expect(q.speaker).toMatchObject({ text: 'سليم حداد', type: 'person', entityId: 'e1', start: at, end: at + 9 });
  });

  it('resolves continuations to the earlier speaker, by gender', () => {
    const qs = quotes('وقالت المهندسة ريم إن الجسر متين. وقال زميلها سعيد إن الصيانة ضرورية. وأضافت أن الفحص يجري سنويا. وتابع: «نحتاج إلى ميزانية».');
    expect(qs.map((q) => q.speaker.text)).toEqual(['المهندسة ريم', 'زميلها سعيد', 'المهندسة ريم', 'زميلها سعيد']);
    expect(qs[2].speaker.resolved).toBe(true);
    expect(qs[2].speaker.start).toBeUndefined();
  });

  it('resolves a plural continuation to a plural speaker', () => {
    const qs = quotes('وقال المحامي إن الجلسة علنية. وقال محتجون إن الشرطة منعتهم. وأضافوا أنهم سيعودون غدا.');
    expect(qs[2].speaker.text).toBe('محتجون');
    // A sound plural in the nominative names several people, whatever the model weighs.
    const named = quotes('وقال المهندس إن الجسر آمن. وقال متطوعون إن المياه ارتفعت. وأضافوا أنهم سيبقون.');
    expect(named[2].speaker.text).toBe('متطوعون');
    expect(quotes('وقال التلفزيون إن المياه ارتفعت. وأضاف أن السكان غادروا.')[1].speaker.text).toBe('التلفزيون');
  });

  it('links quotes of a continuation to the entity of the speaker', () => {
    const text = 'وقال سليم حداد إن الموسم كان ناجحا. وأضاف أن الفريق سيتعاقد مع لاعبين.';
    const e: Entity = { id: 'e7', type: 'person', name: 'سليم حداد', mentions: [{ start: 5, end: 14, text: 'سليم حداد' }] };
    const qs = run(text, [e]).quotes;
    expect(qs.map((q) => q.speaker.entityId)).toEqual(['e7', 'e7']);
  });

  it('does not carry a speaker across many paragraphs', () => {
    const qs = quotes('وقال المدير إن الشركة تتوسع.\nفقرة أولى بلا أقوال.\nفقرة ثانية بلا أقوال.\nفقرة ثالثة بلا أقوال.\nفقرة رابعة بلا أقوال.\nوأضاف أن الأرباح ارتفعت.');
    expect(qs[1].speaker.text).toBe('');
    expect(qs[1].speaker.type).toBe('unknown');
  });

  it('gives a participle the subject of its own sentence', () => {
    const qs = quotes('وقال المتحدث إن الوضع هادئ. ووصل الوزير إلى المدينة صباحا، مؤكدا أن الإمدادات في الطريق.');
    expect(qs[1].speaker.text).toBe('الوزير');
    const qs2 = quotes('ودعا المحافظ السكان إلى الحذر، مشيرا إلى أن الأمطار ستستمر.');
    expect(qs2.map((q) => q.speaker.text)).toEqual(['المحافظ', 'المحافظ']);
  });

  it('reads the subject of a speech act for the continuation that follows it', () => {
    const qs = quotes('وقال الطبيب إن المرضى بخير. وألقت المديرة كلمة قالت فيها: «نفخر بفريقنا».');
    expect(qs.map((q) => q.speaker.text)).toEqual(['الطبيب', 'المديرة']);
  });
  it('ends the speaker at the preposition its verb governs before a plain noun', () => {
    // The speaker named by a verb that reports nothing is still the one a continuation goes back to.
    const qs = quotes('وحذر الخبراء من تباطؤ النمو في المنطقة، ويرون أن الأسواق ستتراجع.');
    expect(qs.map(view)).toEqual([['indirect', 'الخبراء', 'الأسواق ستتراجع']]);
    expect(quotes('وأشار المبعوث الخاص إلى سوريا إلى أن المحادثات متعثرة.')[0].speaker.text).toBe('المبعوث الخاص إلى سوريا');
  });

  it('reads a plural present verb opening a clause as a continuation, a singular one as impersonal', () => {
    const qs = quotes('وأكد المزارعون أن المحصول تضرر. ويقولون إن الأمطار تأخرت.');
    expect(qs.map((q) => q.speaker.text)).toEqual(['المزارعون', 'المزارعون']);
    expect(quotes('ويعتقد أن الحريق بدأ في المطبخ.')).toEqual([]);
  });
  it('gives a present verb describing an indefinite source to that source', () => {
    expect(view(one('وتأتي الزيارة وسط تقارير تفيد بأن الطرفين يقتربان من اتفاق.'))).toEqual(['indirect', 'تقارير', 'الطرفين يقتربان من اتفاق']);
    expect(view(one('ويستند القرار إلى مؤشرات اقتصادية تشير إلى أن النمو سيتباطأ.'))).toEqual(['indirect', 'مؤشرات اقتصادية', 'النمو سيتباطأ']);
    // A verb after a definite noun or a preposition's object describes nothing here.
    expect(quotes('وارتفعت الأسعار في الأسواق تقول إن التجار رفعوها.')).toHaveLength(0);
  });

  it('reads the words after a verb whose subject stands before it as its object, not a speaker', () => {
    // «وكانت X أكدت …»: X is the subject; what follows the verb is what was confirmed.
    const qs = quotes('وكانت اللجنة أعلنت العثور على سجلات قديمة في المخزن. وأشارت إلى أن بعضها يعود إلى القرن الماضي.');
    expect(qs.map(view)).toEqual([['indirect', 'اللجنة', 'بعضها يعود إلى القرن الماضي']]);
    expect(qs[0].speaker.resolved).toBe(true);
    const qs2 = quotes('لكن الوزارة نفت وجود اتفاق سري مع الشركة. وأضافت أن المفاوضات لم تبدأ بعد.');
    expect(qs2.map((q) => q.speaker.text)).toEqual(['الوزارة']);
    // A verb with its subject after it keeps it («وكان قد أعلن الوزير أن»).
    expect(one('وكان قد أعلن الوزير أن الميزانية أقرت.').speaker.text).toBe('الوزير');
  });

  it('reads a participle right after the verb as how the speaker went on, never as a speaker', () => {
    const qs = quotes('وقال القائد إن الرحلة طويلة. وأضاف مشيرا إلى العاصفة التي ضربت الميناء «لم نر شيئا مثلها منذ سنوات».');
    expect(qs.map(view)).toEqual([
      ['indirect', 'القائد', 'الرحلة طويلة'],
      ['direct', 'القائد', 'لم نر شيئا مثلها منذ سنوات'],
    ]);
  });

  it('takes stray punctuation between the verb and its complementizer for no speaker', () => {
    const qs = quotes('وقال المهندس إن المشروع اكتمل. وقال // إن التشغيل يبدأ الشهر المقبل.');
    expect(qs.map(view)).toEqual([
      ['indirect', 'المهندس', 'المشروع اكتمل'],
      ['indirect', 'المهندس', 'التشغيل يبدأ الشهر المقبل'],
    ]);
  });

  it('leaves «في» + a speech event with its owner’s pronoun out of the speaker', () => {
    expect(one('وقال الوزير في تصريحاته إن الخطة جاهزة.').speaker.text).toBe('الوزير');
    expect(one('وقالت المديرة في رسالتها إن الموسم انتهى.').speaker.text).toBe('المديرة');
    expect(one('وقال مصدر في الحزب إن المؤتمر تأجل.').speaker.text).toBe('مصدر في الحزب');
  });

  it('reads «متحدثة باسم …» right after the verb as a spokeswoman, not as the manner word «متحدثة»', () => {
    expect(one('وقالت متحدثة باسم المنظمة إن القافلة وصلت.').speaker.text).toBe('متحدثة باسم المنظمة');
    expect(one('وقالت متحدثة باسم البلدية "سنفتح الطريق غدا".').speaker.text).toBe('متحدثة باسم البلدية');
  });

  it('reads a subject after «كان» with a name in apposition between commas before its verb', () => {
    const text = 'وكان وزير الزراعة، سامي حداد، قد قال في تغريدة على حسابه على موقع تويتر، إن المحصول وفير.';
    const e: Entity = { id: 'e1', type: 'person', name: 'سامي حداد', mentions: [{ start: text.indexOf('سامي'), end: text.indexOf('سامي') + 9, text: 'سامي حداد' }] };
    const qs = run(text, [e]).quotes;
    expect(qs.map(view)).toEqual([['indirect', 'وزير الزراعة، سامي حداد', 'المحصول وفير']]);
  });

  it('gives «التي قال فيها» after a speech event to the event’s owner, not to the noun before the pronoun', () => {
    expect(view(one('وأشار إلى تصريحات الرئيس الأخيرة التي أكد فيها أن البلاد ستتجاوز الأزمة.'))).toEqual(['indirect', 'الرئيس', 'البلاد ستتجاوز الأزمة']);
  });

  it('never takes the adverb «هنا» or a list label («سادسا:») for a speaker', () => {
    expect(quotes('وقال الوزير إن الخطة جاهزة. وأضاف هنا أن التنفيذ يبدأ غدا.').map((q) => q.speaker.text)).toEqual(['الوزير', 'الوزير']);
    expect(quotes('البيان الختامي\nسادسا: تعزيز التعاون بين دول المنطقة في مجال الطاقة.')).toEqual([]);
  });

  it('never takes a topic before a headline’s colon for its speaker', () => {
    const text = 'وقال المحافظ إن الطريق سيفتح الأسبوع المقبل.\nالانتخابات البلدية: إقبال ضعيف على مراكز الاقتراع في الجنوب\nكلمة أخيرة: الطرق الجبلية تحتاج إلى صيانة عاجلة';
    expect(quotes(text).map((q) => q.speaker.text)).toEqual(['المحافظ']);
    const named = 'المحافظ: الطريق سيفتح الأسبوع المقبل أمام السيارات';
    expect(quotes(named).map((q) => [q.speaker.text, q.content.text])).toEqual([['المحافظ', 'الطريق سيفتح الأسبوع المقبل أمام السيارات']]);
  });

  it('never takes an outlet’s link to another article («للمزيد:», «اقرأ أيضا:») for a headline’s speaker', () => {
    const text = 'وقال المحافظ إن الطريق سيفتح الأسبوع المقبل.\nللمزيد: المطر يغلق طرق الجبل للمرة الثالثة\nاقرأ أيضا: أسعار الخضار ترتفع مع بداية الشتاء';
    expect(quotes(text).map((q) => q.speaker.text)).toEqual(['المحافظ']);
  });

  it('gives «X نقلت عن Y قوله إن» to the source after «عن», the subject before the verb relaying', () => {
    const text = 'لكن الوكالة نقلت عن ثلاثة موظفين في الشركة قولهم إن الإدارة ستتغير.';
    const [q] = quotes(text);
    expect(view(q)).toEqual(['indirect', 'ثلاثة موظفين في الشركة', 'الإدارة ستتغير']);
    expect(q.relay?.text).toBe('الوكالة');
    expect(view(one('ونقلت عن مصادر أمنية قولها إن الهجوم فشل.'))).toEqual(['indirect', 'مصادر أمنية', 'الهجوم فشل']);
  });

  it('reads a present verb of saying opening a conjoined clause as a continuation, a passive-prone one as impersonal', () => {
    expect(quotes('وقالت الباحثة إن العينة صغيرة. وتضيف أن النتائج أولية.').map(view)).toEqual([
      ['indirect', 'الباحثة', 'العينة صغيرة'],
      ['indirect', 'الباحثة', 'النتائج أولية'],
    ]);
    expect(quotes('وقال المزارع إن الموسم جيد. ويذكر أن الأمطار تأخرت.')).toHaveLength(1);
  });

  it('reads «آن» (with madda) after the verb as a name, never as the complementizer «أن»', () => {
    const text = 'وقالت آن موريل المديرة التنفيذية للجمعية "سنواصل العمل". وأضافت أن التمويل يكفي.';
    expect(quotes(text, entities(text, [['آن موريل', 'person']])).map(view)).toEqual([
      ['direct', 'آن موريل المديرة التنفيذية للجمعية', 'سنواصل العمل'],
      ['indirect', 'آن موريل المديرة التنفيذية للجمعية', 'التمويل يكفي'],
    ]);
    expect(quotes('وجرى الاتصال في آن واحد. وقال المدير إن الفريق مستعد.').map(view)).toEqual([['indirect', 'المدير', 'الفريق مستعد']]);
  });

  it('reads a person’s name that begins with «وال» after the verb as the speaker, not as a circumstantial clause', () => {
    const text = 'وقال والتر برينر، أستاذ الكيمياء، إن التجربة ناجحة.';
    expect(view(quotes(text, entities(text, [['التر برينر', 'person']]))[0])).toEqual(['indirect', 'والتر برينر', 'التجربة ناجحة']);
  });

  it('gives a document «صادر عن X» or «أعدته X» to its issuer, and continuations after it too', () => {
    const text = 'وأوضح بيان صادر عن وزارة النقل أن الطريق سيغلق، داعيا السائقين إلى الحذر.';
    expect(quotes(text, entities(text, [['وزارة النقل', 'organization']])).map(view)).toEqual([
      ['indirect', 'وزارة النقل', 'الطريق سيغلق'],
      ['indirect', 'وزارة النقل', 'الحذر'],
    ]);
    const report = 'وقال تقرير أعدته شركة نوفا للأبحاث إن المبيعات تضاعفت.';
    expect(view(quotes(report, entities(report, [['شركة نوفا للأبحاث', 'organization']]))[0])).toEqual(['indirect', 'شركة نوفا للأبحاث', 'المبيعات تضاعفت']);
  });

  it('reads the indefinite noun after a verb of estimate as what is estimated, not as a speaker', () => {
    const text = 'وقال مدير الميناء إن الحركة تتحسن. وتوقع ارتفاع عدد السفن إلى ألف سفينة، "إذا استقرت الأسعار"، على حد قوله. وتابع: "الطلب قوي".';
    expect(quotes(text).map(view)).toEqual([
      ['indirect', 'مدير الميناء', 'الحركة تتحسن'],
      ['direct', 'مدير الميناء', 'إذا استقرت الأسعار'],
      ['direct', 'مدير الميناء', 'الطلب قوي'],
    ]);
    expect(view(one('وتوقع خبراء أن ترتفع الأسعار.'))).toEqual(['indirect', 'خبراء', 'ترتفع الأسعار']);
    expect(view(one('ويتوقع علماء أن يتراجع الجليد.'))).toEqual(['indirect', 'علماء', 'يتراجع الجليد']);
    expect(view(one('ويرجح باحثو الجامعة أن يتراجع الجليد.'))).toEqual(['indirect', 'باحثو الجامعة', 'يتراجع الجليد']);
  });

  it('reads a lone noun phrase after «وصف»/«اتهم» as the object, the speaker continuing, but a subject before an object stays', () => {
    expect(quotes('وقال الوزير إن اللقاء انتهى. ووصف اللقاء بأنه "صريح وبناء".').map(view)).toEqual([
      ['indirect', 'الوزير', 'اللقاء انتهى'],
      ['direct', 'الوزير', 'صريح وبناء'],
    ]);
    expect(quotes('وقالت النقابة إن الإضراب مستمر، ووصفت اجتماع وزراء المالية بأنه فاشل.').map((q) => q.speaker.text)).toEqual(['النقابة', 'النقابة']);
    expect(view(one('واتهم المتظاهرون الحكومة بأنها تجاهلت مطالبهم.'))).toEqual(['indirect', 'المتظاهرون الحكومة', 'تجاهلت مطالبهم']);
    expect(view(one('وقد وصفها جار لها بأنها "هادئة ولطيفة".'))).toEqual(['direct', 'جار', 'هادئة ولطيفة']);
  });

  it('continues the speaker with «، ليضيف أن» but not with a verb of purpose', () => {
    expect(quotes('وقال المدرب إن الفريق جاهز، ليضيف أن الإصابات قليلة.').map(view)).toEqual([
      ['indirect', 'المدرب', 'الفريق جاهز'],
      ['indirect', 'المدرب', 'الإصابات قليلة'],
    ]);
    expect(quotes('وجاءت النتائج لتؤكد أن الخطة نجحت.')).toEqual([]);
  });

  it('reads an ambiguous verb form after a subject opening its sentence as the verb', () => {
    expect(view(one('وزير الخارجية اليمني كشف أن المفاوضات متعثرة.'))).toEqual(['indirect', 'وزير الخارجية اليمني', 'المفاوضات متعثرة']);
  });

  it('gives «في الوقت الذي أوضح فيه X أن» to X, named after the verb, but not a passive «التي اتهم فيها»', () => {
    expect(view(one('يأتي ذلك في الوقت الذي أوضح فيه المتحدث باسم البلدية أن الطريق سيفتح.'))).toEqual(['indirect', 'المتحدث باسم البلدية', 'الطريق سيفتح']);
    expect(quotes('وهي القضية الثالثة التي اتهم فيها اللاعب بالتهرب الضريبي.')).toEqual([]);
  });

  it('gives «بيانا/تصريحا يقول فيه إن» after a speech event to whoever gave it', () => {
    expect(quotes('وأصدرت النقابة بيانا تقول فيه إن الإضراب مستمر.').map(view)).toEqual([['indirect', 'النقابة', 'الإضراب مستمر']]);
  });

  it('ends the speaker of «نفى» at its object and remembers «الإعلام الرسمي» for a participle after it', () => {
    expect(quotes('ونفى الإعلام الرسمي اتهامات ناشطين معارضين باستخدام القوات "الأسلحة المحرمة"، واصفا إياها بـ"الأكاذيب".').map(view)).toEqual([['direct', 'الإعلام الرسمي', 'الأكاذيب']]);
    expect(view(one('وتنفي السلطات المحلية أن يكون السجين قد غادر.'))).toEqual(['indirect', 'السلطات المحلية', 'يكون السجين قد غادر']);
  });

  it('ends the speaker of «رحب/أشاد» at the verb\'s ب on a definite noun, for the participle after it', () => {
    expect(quotes('ورحب المحافظ بالقرار مؤكدا أنه خطوة مهمة.').map(view)).toEqual([['indirect', 'المحافظ', 'خطوة مهمة']]);
    expect(view(one('وصرح رئيس الوزراء بالوكالة بأن الحكومة مستمرة.'))[1]).toBe('رئيس الوزراء بالوكالة');
  });

  it('ends a speaker at an adjunct or an addressee right after a person’s name', () => {
    const cases: [string, string, string][] = [
      ['وقال سامر خليل في مستهل لقائه بالوفد إن المفاوضات ستستأنف.', 'سامر خليل', 'person'],
      ['وقالت ليلى حداد لمحطة إذاعية محلية إن الموسم كان صعبا.', 'ليلى حداد', 'person'],
      ['وصرح كريم يوسف خلال جولته في الميناء بأن الأعمال ستنتهي قريبا.', 'كريم يوسف', 'person'],
      ['وكتب كريم يوسف على حسابه في فيسبوك أن الأعمال ستنتهي قريبا.', 'كريم يوسف', 'person'],
    ];
    for (const [text, name, type] of cases) {
      const q = one(text);
      expect(quotes(text, entities(text, [[name, type as 'person']])).map((x) => x.speaker.text)).toEqual([name]);
      expect(q.content.text.length).toBeGreaterThan(0);
    }
    // A participle of saying written without its tanween is how the person spoke.
    expect(quotes('ورد الوزير واصفا منتقديه بأنهم "مضللون".').map((q) => q.speaker.text)).toEqual(['الوزير']);
    // A title after the name keeps its «في»; a person named inside a body’s name goes on with the body.
    const titled = 'وقال سامر خليل رئيس قسم البحوث في الجامعة إن النتائج أولية.';
    expect(quotes(titled, entities(titled, [['سامر خليل', 'person']])).map((x) => x.speaker.text)).toEqual(['سامر خليل رئيس قسم البحوث في الجامعة']);
    const body = 'وأكد مدير مستشفى الملك فهد للأطفال أن الحالات مستقرة.';
    expect(quotes(body, entities(body, [['الملك فهد', 'person']])).map((x) => x.speaker.text)).toEqual(['مدير مستشفى الملك فهد للأطفال']);
  });

  it('ends a place’s or a body’s name where the verb’s object starts, so continuations go to the name', () => {
    const text = 'وأعلنت فنلندا تعليق رحلاتها الجوية إلى المنطقة، وقالت إن القرار مؤقت.';
    const qs = quotes(text, entities(text, [['فنلندا', 'location']]));
    expect(qs.map((q) => [q.speaker.text, q.content.text])).toEqual([['فنلندا', 'القرار مؤقت']]);
    // A name the names stage missed after a body goes on with it («صحيفة نيويورك بوست»).
    const paper = 'وذكرت صحيفة واشنطن بوست أن الاجتماع ألغي.';
    expect(quotes(paper, entities(paper, [['واشنطن', 'location']])).map((q) => q.speaker.text)).toEqual(['صحيفة واشنطن بوست']);
  });

  it('keeps «للأمم المتحدة» after a title in the speaker, with the named person who holds it', () => {
    const text = 'ودعا المبعوث الخاص للأمم المتحدة يان فيشر الأطراف إلى "وقف فوري لإطلاق النار".';
    const qs = quotes(text, entities(text, [['للأمم المتحدة', 'organization'], ['يان فيشر', 'person']]));
    expect(qs.map((q) => [q.speaker.text, q.speaker.entityId])).toEqual([['المبعوث الخاص للأمم المتحدة يان فيشر', 'e2']]);
  });

  it('reads a source’s wish to stay unnamed as no cue and no part of the source', () => {
    const cases: [string, string][] = [
      ['وقال موظف في البلدية طلب عدم ذكر اسمه إن الرواتب تأخرت.', 'موظف في البلدية'],
      ['وقال أحد المزارعين رافضا ذكر اسمه إن المحصول تلف.', 'أحد المزارعين'],
      ['ونقلت الإذاعة عن موظف طلب عدم الكشف عن اسمه أن الرواتب تأخرت.', 'موظف'],
      ['ونقلت الإذاعة عن موظفين دون ذكر أسمائهم أن الرواتب تأخرت.', 'موظفين'],
      ['ونقلت الإذاعة عن موظفين، رفضوا الكشف عن هوياتهم، قولهم إن الرواتب تأخرت.', 'موظفين'],
    ];
    for (const [text, speaker] of cases) expect(quotes(text).map((q) => q.speaker.text)).toEqual([speaker]);
  });

  it('never reads a definite noun after ب or ل as a speaker: the verb goes on with who spoke', () => {
    const qs = quotes('وقال المهندس إن الجسر يحتاج إلى صيانة. وطالب بالاستعانة بشركات متخصصة. وقال بالهاتف إن الأعمال ستبدأ غدا.');
    expect(qs.map((q) => [q.speaker.text, q.content.text])).toEqual([
      ['المهندس', 'الجسر يحتاج إلى صيانة'],
      ['المهندس', 'بالاستعانة بشركات متخصصة'],
      ['المهندس', 'الأعمال ستبدأ غدا'],
    ]);
  });

  it('never takes a phrase that opens with a verb for a speaker', () => {
    // After the cue: a relative clause after an adjunct names nobody; the speaker goes on.
    const qs = quotes('وقال المهندس إن الجسر يحتاج إلى صيانة. وأوضح في مقابلة أجراها معه التلفزيون "سنبدأ العمل غدا".');
    expect(qs.map((q) => q.speaker.text)).toEqual(['المهندس', 'المهندس']);
    // Before it: a clause describing a noun, with a verb of appeal in it, reports nothing.
    expect(quotes('وتفاعل معها الناس، إذ انتشرت على مواقع التواصل حملة تدعو إلى مقاطعة الانتخابات.')).toEqual([]);
  });

  it('ends a person speaker before a place or body named right after it (the object or the addressee)', () => {
    const text = 'واتهم كارلوس فنزويلا بدعم المتمردين، مضيفا أن لديه أدلة. وأبلغ كارلوس قناة الشروق أن الأدلة ستنشر.';
    const qs = quotes(text, entities(text, [['كارلوس', 'person'], ['فنزويلا', 'location'], ['قناة الشروق', 'organization']]));
    expect(qs.map((q) => q.cue.text)).toEqual(expect.arrayContaining(['مضيفا', 'وأبلغ']));
    expect(qs.every((q) => q.speaker.text === 'كارلوس')).toBe(true);
    // A firm named without its kind after a given name the names stage split off stays whole.
    const firm = 'وتقول جونز ووكر كوبرز إن الأرباح تراجعت.';
    const one = quotes(firm, entities(firm, [['جونز', 'person'], ['ووكر كوبرز', 'organization']]));
    expect(one.map((q) => q.speaker.text)).toEqual(['جونز ووكر كوبرز']);
  });

  it('keeps the noun after «بعض» and «العديد من» in the speaker of an appeal', () => {
    expect(quotes('وطالب بعض المزارعين الحكومة بخفض الضرائب.').map((q) => q.speaker.text)).toEqual(['بعض المزارعين']);
    expect(quotes('وطالب العديد من المسؤولين بخفض الضرائب.').map((q) => q.speaker.text)).toEqual(['العديد من المسؤولين']);
  });

  it('reads «ولي العهد» after the verb as the speaker’s title, not as «و» + «لي» (to me)', () => {
    expect(one('وأكد ولي العهد الأمير فيصل أن الاقتصاد سينمو.').speaker.text).toBe('ولي العهد الأمير فيصل');
    expect(one('وقال لي المزارع إن الموسم جيد.').speaker.text).toBe('المزارع');
  });

  it('knows the groups news most often quotes by a common noun («الباحثون», «السلطات», «العلماء»)', () => {
    expect(one('لكن السلطات تقول إن الطريق آمن.').speaker.text).toBe('السلطات');
    expect(one('ووجد الباحثون في جامعة أوسلو أن النوم يحسن الذاكرة.').speaker.text).toBe('الباحثون في جامعة أوسلو');
  });

  it('ends a group named by one plural at the verb’s object, and never takes that object for an antecedent', () => {
    expect(one('ولاحظ الباحثون تراجعا في الأرقام، مؤكدين أن السبب غير معروف.').speaker.text).toBe('الباحثون');
    const qs = quotes('وحدد المحققون هوية السائق، التي أكدت الشرطة أنها سليمة. وقال المدعي العام إن التحقيق مستمر. لكنه شدد على أن "القضية معقدة".');
    expect(qs.map((q) => q.speaker.text)).not.toContain('المحققون هوية السائق');
  });

  it('never ends a speaker on a preposition or a relative pronoun whose complement it left out', () => {
    const text = 'وقالت وزارة الداخلية في طلب الترحيل إن الأمر يتعلق بالتحريض. وقال الوزير من دون تسمية أحد "نريد أن نقرر".';
    const qs = quotes(text, entities(text, [['وزارة الداخلية', 'organization']]));
    expect(qs.map((q) => q.speaker.text)).toEqual(['وزارة الداخلية', 'الوزير']);
  });

  it('ends a body’s name before a plain noun that the quoted words follow (the verb’s object)', () => {
    const text = 'وأكد النادي الأهلي قراره "توجيه خطاب إلى الاتحاد".';
    expect(quotes(text, entities(text, [['النادي الأهلي', 'organization']])).map((q) => q.speaker.text)).toEqual(['النادي الأهلي']);
  });

  it('ends the speaker before his own speech event («واختتم الوزير كلمته بالقول»), not before an adjective in ة', () => {
    expect(one('واختتم الوزير كلمته بالقول: "سننتصر".').speaker.text).toBe('الوزير');
    expect(one('وكشفت دراسة حديثة أن النوم يحسن الذاكرة.').speaker.text).toBe('دراسة حديثة');
    // Right after the verb, his speech event names nobody: the speaker goes on, and «بالقول» reports.
    const qs = quotes('وقال الوزير إن الوضع جيد. وختم حديثه بالقول إن البلاد ستتجاوز الأزمة.');
    expect(qs.map((q) => [q.speaker.text, q.content.text])).toEqual([
      ['الوزير', 'الوضع جيد'],
      ['الوزير', 'البلاد ستتجاوز الأزمة'],
    ]);
  });
});
