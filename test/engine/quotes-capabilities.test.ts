/**
 * The capabilities issue 12 asks of the quote stage, one test each, on short sentences written for
 * these tests (never taken from the dev articles). The quote stage runs alone; names the names
 * stage would find are given as entities where a capability depends on them.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import type { Entity } from '../../src/engine/types.js';
import { entities, one, quotes, view } from './quotes-helpers.js';

describe('1. statements without إن/أن', () => {
  it('reads a quotation that is a verb’s whole complement after a preposition as what was said', () => {
    expect(view(one('ووصف المدرب أداء فريقه بـ«المخيب للآمال».'))).toEqual(['direct', 'المدرب أداء فريقه', 'المخيب للآمال']);
    expect(view(one('وأعرب السفير عن «قلق بالغ».'))).toEqual(['direct', 'السفير', 'قلق بالغ']);
    expect(view(one('وتحدث المحافظ عن «الجنود المجهولين».'))).toEqual(['direct', 'المحافظ', 'الجنود المجهولين']);
  });

  it('reads a quotation of several words opening the complement as the words quoted, whatever follows it', () => {
    const q = one('وتحدث الحزب المعارض عن "تلاعب واسع بالأصوات" في الدورة الأخيرة من الانتخابات.');
    expect(view(q)).toEqual(['direct', 'الحزب المعارض', 'تلاعب واسع بالأصوات']);
    // Two quotations joined by و are parts of one indirect statement.
    expect(view(one('ودعا الوزير إلى "ضبط النفس" و"الحوار الجاد" بين الطرفين.'))).toEqual(['indirect', 'الوزير', '"ضبط النفس" و"الحوار الجاد" بين الطرفين']);
  });

  it('gives a quotation before «حسب تعبيره» / «على حد قولها» to whoever the pronoun stands for', () => {
    const qs = quotes('وقالت الوزيرة إن الموسم جيد. والحكومة "لن تتراجع عن قرارها"، على حد قولها.');
    expect(qs.map(view)).toEqual([
      ['indirect', 'الوزيرة', 'الموسم جيد'],
      ['direct', 'الوزيرة', 'لن تتراجع عن قرارها'],
    ]);
    // Words quoted inside a quote already found stay that quote's.
    expect(quotes('وقال الوزير إن المشروع يعد من "أنجح المبادرات" على حد تعبيره.')).toHaveLength(1);
  });

  it('reads «…، كما قال X.» closing its sentence as X’s words before the comma', () => {
    expect(view(one('الخطة جاهزة والتنفيذ قريب، كما قال المتحدث باسم الوزارة.'))).toEqual(['indirect', 'المتحدث باسم الوزارة', 'الخطة جاهزة والتنفيذ قريب']);
    // Not when the verb has an object, is a passive, or introduces words of its own.
    expect(quotes('وارتفعت الأسعار، كما أعلن الوزير زيادة الرواتب.')).toEqual([]);
    expect(quotes('وارتفعت الإصابات، كما يقدر عدد المرضى بنحو ألف.')).toEqual([]);
    expect(quotes('وارتفعت الأسعار، كما قال الوزير إن الخطة جاهزة.').map((q) => q.content.text)).toEqual(['الخطة جاهزة']);
  });

  it('reads a quoted name after the speaker as part of who speaks when «أيضا إلى أن» follows', () => {
    expect(view(one('وتوصل فريق البحث "مشروع البيانات" أيضا إلى أن الناخبين استهدفوا بشكل كبير.'))).toEqual(['indirect', 'فريق البحث "مشروع البيانات"', 'الناخبين استهدفوا بشكل كبير']);
  });

  it('reads a few quoted words deep in the verb’s object as a term, not as what was said', () => {
    expect(quotes('وحذر تقرير حديث من تداعيات خطيرة قد تنجم عن انتشار فيروس "إتش آي في".')).toEqual([]);
    expect(quotes('وقال مدير "راديو المدينة"، سامي عادل، إن البث سيستمر.').map((q) => q.content.text)).toEqual(['البث سيستمر']);
  });

  it('reads an appeal whose words are quoted as a direct quote, and a verbal noun in إ as no verb', () => {
    expect(view(one('ودعت الشرطة المواطنين إلى "تجنب المنطقة" لحين انتهاء العملية.'))).toEqual(['direct', 'الشرطة', 'تجنب المنطقة']);
    expect(quotes('وأصدرت المحكمة حكمها بعد إدانته بالتهم كلها.')).toEqual([]);
  });

  it('keeps a quoted name after a preposition a name, and «لـ«…»» the outlet spoken to', () => {
    const text = 'وأشاد الوزير بـ«الشركة الوطنية للكهرباء».';
    expect(quotes(text, entities(text, [['الشركة الوطنية للكهرباء', 'organization']]))).toEqual([]);
    expect(view(one('وقال المحامي لـ«الأنباء» إن الجلسة تأجلت.'))).toEqual(['indirect', 'المحامي', 'الجلسة تأجلت']);
  });

  it('reads a complement with quoted words in it as an indirect statement, to the clause’s end', () => {
    expect(view(one('وشدد الوزير في المقابل على "رؤية جديدة" للتعاون مع الجيران.'))).toEqual(['indirect', 'الوزير', '"رؤية جديدة" للتعاون مع الجيران']);
    expect(view(one('وانتقدت المتحدثة، الخميس، "هوس" الإعلام بالقضية.'))).toEqual(['indirect', 'المتحدثة', '"هوس" الإعلام بالقضية']);
    expect(view(one('ودعت السفارة الحكومة إلى "التخلي عن الاتهامات" و"الحوار" مع الجيران.'))).toEqual(['indirect', 'السفارة', '"التخلي عن الاتهامات" و"الحوار" مع الجيران']);
  });

  it('reads speech acts whose أن-clause follows their object', () => {
    expect(view(one('وأعرب المزارعون عن أملهم في أن تهطل الأمطار قريبا.'))).toEqual(['indirect', 'المزارعون', 'تهطل الأمطار قريبا']);
    expect(view(one('وعبر الطبيب عن قلقه من أن تنتشر العدوى.'))).toEqual(['indirect', 'الطبيب', 'تنتشر العدوى']);
  });

  it('reads a verbal noun after the verb’s ب as what was reported or promised', () => {
    expect(view(one('وأفادت مصادر طبية بوفاة ثلاثة أشخاص في الحادث.'))).toEqual(['indirect', 'مصادر طبية', 'بوفاة ثلاثة أشخاص في الحادث']);
    expect(view(one('وتعهد المحافظ بإصلاح الطريق قبل الشتاء.'))).toEqual(['indirect', 'المحافظ', 'بإصلاح الطريق قبل الشتاء']);
    // A document whose name starts with ب, a title with «بأعمال», and «يعد» (is considered) are no such phrase.
    expect(view(one('وأفاد بيان للبلدية بأن المياه ستعود.'))).toEqual(['indirect', 'بيان للبلدية', 'المياه ستعود']);
    expect(quotes('ورحب القائم بأعمال السفارة بالضيوف.').map((q) => q.content.text)).toEqual(['بالضيوف']);
    expect(quotes('ويعد المتحف بالنسبة للزوار أهم معلم في المدينة.')).toEqual([]);
    // «باسم» of a spokesman's title belongs to the speaker.
    expect(view(one('وأفاد المتحدث باسم البلدية بأن الجسر سيغلق.'))).toEqual(['indirect', 'المتحدث باسم البلدية', 'الجسر سيغلق']);
    // Nor a word starting with ب right after another preposition: it is that preposition's object.
    expect(quotes('ويهدد الجفاف محاصيل القمح في باقي المحافظات.')).toEqual([]);
  });

  it('reads findings and beliefs reported like statements', () => {
    expect(view(one('وتوصلت الدراسة إلى أن النوم المبكر يحسن الذاكرة.'))).toEqual(['indirect', 'الدراسة', 'النوم المبكر يحسن الذاكرة']);
    expect(view(one('ويعتقد الباحثون أن الجفاف سيطول.'))).toEqual(['indirect', 'الباحثون', 'الجفاف سيطول']);
  });

  it('reads verbs that report only before a colon', () => {
    const qs = quotes('وقال المهندس إن الجسر آمن. وزاد: «سنفتحه الأسبوع المقبل».');
    expect(qs.map(view)).toEqual([
      ['indirect', 'المهندس', 'الجسر آمن'],
      ['direct', 'المهندس', 'سنفتحه الأسبوع المقبل'],
    ]);
    expect(quotes('وزاد عدد الزوار على ألف زائر.')).toEqual([]);
  });
});

describe('2. source markers in every position', () => {
  it('points a marker at the end of its clause back to it, with or without a comma, with a time word after', () => {
    expect(view(one('وارتفعت الأسعار بنسبة كبيرة بحسب الغرفة التجارية.'))).toEqual(['indirect', 'الغرفة التجارية', 'وارتفعت الأسعار بنسبة كبيرة']);
    expect(view(one('وقتل ثلاثة أشخاص في القصف، بحسب المرصد، الخميس.'))).toEqual(['indirect', 'المرصد', 'وقتل ثلاثة أشخاص في القصف']);
  });

  it('reads «، نقلا عن …،» after a relative cue as an aside of that cue, attributing nothing of its own', () => {
    const qs = quotes('وتعطلت المحطة ثلاث مرات، وفق الشبكة التي أضافت، نقلا عن المصدر الفني، أن الإصلاح يحتاج أسابيع.');
    expect(qs.map((q) => q.content.text)).toEqual(['وتعطلت المحطة ثلاث مرات', 'الإصلاح يحتاج أسابيع']);
  });

  it('gives a marker with no comma before it only the conjoined clause it closes; after a comma, the sentence', () => {
    expect(view(one('وسيطرت القوات على الطريق الدولي، وباتت تحاصر نصف المدينة بحسب المرصد.'))).toEqual(['indirect', 'المرصد', 'وباتت تحاصر نصف المدينة']);
    expect(view(one('وسيطرت القوات على الطريق الدولي، وباتت تحاصر نصف المدينة، بحسب المرصد.'))).toEqual(['indirect', 'المرصد', 'وسيطرت القوات على الطريق الدولي، وباتت تحاصر نصف المدينة']);
    // «، وذلك بحسب …» refers back to all of it.
    expect(one('وأغلقت السلطات المعبر الحدودي، وذلك بحسب مصادر محلية.').content.text).toMatch(/^وأغلقت السلطات/);
  });

  it('reads a marker standing alone after a full stop as attributing the sentence before it', () => {
    expect(view(one('وصلت القافلة إلى المدينة مساء أمس. بحسب الهلال الأحمر.'))).toEqual(['indirect', 'الهلال الأحمر', 'وصلت القافلة إلى المدينة مساء أمس']);
  });

  it('points a marker opening its sentence forward, its source closed by a comma whatever its head', () => {
    expect(view(one('وبحسب موقع البلدية، فإن الطرق مغلقة.'))).toEqual(['indirect', 'موقع البلدية', 'الطرق مغلقة']);
    // A name in quotation marks stays in the source.
    expect(view(one('ووفقا لتقرير نشرته صحيفة "الأيام" أمس، فإن المصنع أغلق.'))).toEqual(['indirect', 'تقرير نشرته صحيفة "الأيام" أمس', 'المصنع أغلق']);
  });

  it('reads a marker between commas inside a clause that goes on after it as attributing the whole clause', () => {
    const q = one('واستهدفت المدفعية، وفقا لمصادر ميدانية، مواقع للمسلحين في الجبل.');
    expect([q.speaker.text, q.content.text]).toEqual(['مصادر ميدانية', 'واستهدفت المدفعية، وفقا لمصادر ميدانية، مواقع للمسلحين في الجبل']);
    // The source keeps its indefinite nisba adjectives («مصادر ميدانية», «مسؤول إيراني»).
    expect(one('وأغلق الطريق، حسب مسؤول محلي.').speaker.text).toBe('مسؤول محلي');
    // A new clause, or a description of the source, after the marker leaves the clause before it alone.
    expect(one('وقتل خمسة أشخاص، بحسب المرصد، وأصيب عشرة.').content.text).toBe('وقتل خمسة أشخاص');
    expect(one('وارتفعت الأسعار، بحسب ما يقوله سامر نادر، أحد خبراء السوق.').content.text).toBe('وارتفعت الأسعار');
    // The verb's own preposition or complement after the marker goes on with its clause.
    expect(one('وأسفرت المعارك، بحسب المصدر، عن مقتل العشرات من المسلحين.').content.text).toBe('وأسفرت المعارك، بحسب المصدر، عن مقتل العشرات من المسلحين');
    expect(one('ويخشى المعارضون، وفقا للنائب، أن يؤدي القانون إلى الفوضى.').content.text).toBe('ويخشى المعارضون، وفقا للنائب، أن يؤدي القانون إلى الفوضى');
  });

  it('reads «وسائل إعلام» with its adjective as one source, before a verb or after a marker', () => {
    expect(view(one('وبحسب وسائل إعلام محلية فإن الجسر افتتح.'))).toEqual(['indirect', 'وسائل إعلام محلية', 'الجسر افتتح']);
    expect(view(one('وذكرت وسائل إعلام محلية أن الجسر افتتح.'))).toEqual(['indirect', 'وسائل إعلام محلية', 'الجسر افتتح']);
  });

  it('leaves the dateline opening an article out of the clause a marker attributes', () => {
    const q = one('القاهرة، مصر (CNN)-- ارتفعت أسعار الخبز في المدينة، بحسب ما أكده تاجر محلي.');
    expect(q.content.text).toBe('ارتفعت أسعار الخبز في المدينة');
  });

  it('ends a source opening its sentence at «فقد», where its statement starts, and a speaker before a document in the accusative', () => {
    expect(view(one('وبحسب البيان فقد أغلقت السلطات المعبر.'))).toEqual(['indirect', 'البيان', 'أغلقت السلطات المعبر']);
    expect(one('وأكدت الوزارة المحلية تقريرا للصحيفة أن المعبر مغلق.').speaker.text).toBe('الوزارة المحلية');
  });

  it('points a marker carrying ف («، فبحسب X، …») forward: it opens the clause after it', () => {
    expect(view(quotes('وارتفعت الصادرات، فبحسب بيانات الجمارك، زادت المبيعات بنسبة 5%.')[0])).toEqual(['indirect', 'بيانات الجمارك', 'زادت المبيعات بنسبة 5%']);
  });

  it('reads «وفقا لما ذكره», and attributes the whole clause, not what follows a subordinate أن', () => {
    const q = one('وتأجل الاجتماع إلى الأسبوع المقبل، وفقا لما ذكره مصدر مطلع.');
    expect([q.cue.text, q.speaker.text, q.content.text]).toEqual(['وفقا لما ذكره', 'مصدر مطلع', 'وتأجل الاجتماع إلى الأسبوع المقبل']);
    expect(one('وتراجع الطلب حتى يتسنى للمصانع أن تتكيف، حسبما تقول تقارير.').content.text).toBe('وتراجع الطلب حتى يتسنى للمصانع أن تتكيف');
  });

  it('reads a speech event with its speaker after a marker («حسب تصريح X», «بحسب تصريحات وزير …») as the source', () => {
    const text = 'وتراجعت الصادرات بنسبة 12% حسب تصريح نادر الخطيب رئيس غرفة التجارة بالعاصمة.';
    const q = quotes(text, entities(text, [['نادر الخطيب', 'person']]))[0];
    expect([q.speaker.text, q.content.text]).toEqual(['تصريح نادر الخطيب رئيس غرفة التجارة بالعاصمة', 'وتراجعت الصادرات بنسبة 12%']);
    expect(view(one('وارتفع الإنفاق العام، بحسب تصريحات وزير المالية.'))).toEqual(['indirect', 'تصريحات وزير المالية', 'وارتفع الإنفاق العام']);
    // An event alone names nobody.
    expect(quotes('وتأجل الاجتماع حسب الحديث المتداول.')).toEqual([]);
  });

  it('reads a participle after «ذلك», the verb’s object, without a comma, and leaves «ذلك» out of the speaker', () => {
    const q = one('ونفت الوزارة ذلك مشيرة إلى أن الشحنة وصلت "كاملة وسليمة".');
    expect(view(q)).toEqual(['indirect', 'الوزارة', 'الشحنة وصلت "كاملة وسليمة"']);
  });

  it('reads «استبعد … أن» (ruling out) as a report, its object left out of the speaker, and «زاعما أن» as a participle', () => {
    const text = 'واستبعد المحافظ سالم العتيبي فكرة أن تغلق المصانع.';
    expect(view(quotes(text, entities(text, [['سالم العتيبي', 'person']]))[0])).toEqual(['indirect', 'المحافظ سالم العتيبي', 'تغلق المصانع']);
    expect(quotes('واستبعد المدرب اللاعب من التشكيلة.')).toEqual([]);
    expect(view(quotes('وهاجم النائب الحكومة، زاعما أن الميزانية مضللة.')[0])).toEqual(['indirect', 'النائب', 'الميزانية مضللة']);
  });

  it('reads «بحسب ما جاء في …» like «بحسب ما ذكر …», and leaves the marker verb’s own adjuncts out of the content', () => {
    expect(view(one('وتراجع الطلب على النفط بحسب ما جاء في تقرير الوكالة الدولية.'))).toEqual(['indirect', 'تقرير الوكالة الدولية', 'وتراجع الطلب على النفط']);
    expect(view(one('وبحسب ما ورد في المرسوم الذي صدر أمس، فإن الضرائب سترتفع.'))).toEqual(['indirect', 'المرسوم', 'الضرائب سترتفع']);
    expect(one('وأغلقت المدارس أبوابها، حسبما ذكرت البلدية عبر حسابها الرسمي على فيسبوك.').content.text).toBe('وأغلقت المدارس أبوابها');
  });

  it('keeps a marker after a reported clause as its relay, and «فحسب» is no marker', () => {
    const q = one('وقالت اللجنة إن الموسم انتهى، حسبما نقلت الصحيفة.');
    expect([q.speaker.text, q.relay?.text]).toEqual(['اللجنة', 'الصحيفة']);
    expect(quotes('ليس هذا فحسب، بل ارتفعت الأسعار.')).toEqual([]);
  });
});

describe('3. speakers in every word order', () => {
  it('keeps an outlet\'s name after its kind in the speaker, ends the speaker at an outlet told, and never reads an «إن» inside a name as the complementizer', () => {
    expect(view(one('وذكرت وكالة الأناضول الرسمية أن الجسر افتتح.'))).toEqual(['indirect', 'وكالة الأناضول الرسمية', 'الجسر افتتح']);
    expect(view(one('وأبلغ مسؤول حكومي رويترز أن الجسر افتتح.'))).toEqual(['indirect', 'مسؤول حكومي', 'الجسر افتتح']);
    // A name of several words after the outlet's kind, and a correspondent's name after it.
    expect(one('وقال مراسل بي بي سي في القاهرة إن الجسر افتتح.').speaker.text).toBe('مراسل بي بي سي في القاهرة');
    const text = 'وقالت شبكة سي إن إن إن الجسر افتتح.';
    expect(quotes(text, entities(text, [['سي إن إن', 'organization']])).map(view)).toEqual([['indirect', 'شبكة سي إن إن', 'الجسر افتتح']]);
    // «بان» and «فان» opening a name of several words are no «بأن», «فأن».
    const ban = 'وقال بان كي مون إن الحرب انتهت.';
    expect(quotes(ban, entities(ban, [['بان كي مون', 'person']])).map(view)).toEqual([['indirect', 'بان كي مون', 'الحرب انتهت']]);
    const van = 'وقال المدافع فيرجيل فان ديك إن الفريق جاهز.';
    expect(quotes(van, entities(van, [['فيرجيل فان ديك', 'person']])).map(view)).toEqual([['indirect', 'المدافع فيرجيل فان ديك', 'الفريق جاهز']]);
  });

  it('reads ب on an outlet or a body («بموقع "…"», «بلجنة») as where the words were given, not who gave them', () => {
    const qs = quotes('ونشرت المطربة صورة وكتبت على صفحتها بموقع "إنستغرام" أن "الحفل تأجل".');
    expect(qs.map((q) => q.speaker.text)).not.toContain('بموقع "إنستغرام"');
  });

  it('gives a plural or feminine participle to a counted group opening its clause, never a masculine singular one', () => {
    // (The numbers stage finds the counted noun: the whole engine runs.)
    const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker.text);
    expect(speakers('وانتقد ثلاثة نواب أمريكيين قرار الحكومة، معتبرين أن الخطوة متسرعة.')).toEqual(['ثلاثة نواب أمريكيين']);
    expect(speakers('وطلبت 5 جمعيات خيرية لقاء الوزير، معتبرة أن الدعم غير كاف.')).toEqual(['5 جمعيات خيرية']);
    expect(speakers('وقال المحافظ إن الهجوم فاشل. وأصيب 3 أشخاص في الهجوم، مضيفا أن الوضع هادئ.')).toEqual(['المحافظ', 'المحافظ']);
  });

  it('reads a past verb in «أل» («وألقت», «ألغى») as the verb, its subject going on into a later verb', () => {
    expect(one('وألقت الشرطة القبض على عدد من النشطاء واتهمتهم بأنهم خونة.').speaker.text).toBe('الشرطة');
  });

  it('never takes the tone words were said in, or a demonstrative alone, for who said them', () => {
    const tone = quotes('وقال الوزير إن الاتفاق قريب. وأضاف بلهجة حادة: لن نقبل بهذا القرار.');
    expect(tone.map((q) => q.speaker.text)).toEqual(['الوزير', 'الوزير']);
    const that = quotes('وأفاد المرصد بأن القوات تقدمت في المنطقة ووصف ذلك بأنه هجوم جديد. وقال إن القتال مستمر.');
    expect(that.map((q) => q.speaker.text)).toEqual(['المرصد', 'المرصد', 'المرصد']);
    // «ووفقا لذلك» is «accordingly»: no source; «وفقا لهذا التقرير» is one.
    expect(quotes('ووفقا لذلك، أزالت الدولتان الحواجز هذا الأسبوع.')).toEqual([]);
    expect(one('ووفقا لهذا التقرير، أزالت الدولتان الحواجز.').speaker.text).toBe('هذا التقرير');
  });

  it('never reads the «أن» of a concession («، ورغم أن …») as what a verb before it reports', () => {
    expect(quotes('وتعتبر الممثلة نموذجا في الأناقة، ورغم أن أختها تكبرها سنا، إلا أنها تحافظ على رشاقتها.')).toEqual([]);
  });

  it('keeps a share of people with its percent sign as who spoke («قال 40% من المشاركين إن»)', () => {
    expect(one('وقال 40% من المشاركين في الاستطلاع إن الوضع سيئ.').speaker.text).toBe('40% من المشاركين في الاستطلاع');
    expect(one('وقال 62٪ من المجيبين إن الرواتب منخفضة.').speaker.text).toBe('62٪ من المجيبين');
  });

  it('skips a prepositional phrase between the verb and its speaker', () => {
    expect(one('وقال خلال مؤتمر صحفي وزير الزراعة إن المحصول وفير.').speaker.text).toBe('وزير الزراعة');
    expect(one('وقالت في مارس/آذار الماضي الشركة إن الأرباح تراجعت.').speaker.text).toBe('الشركة');
  });

  it('names nobody when the phrase’s noun carries the pronoun of an earlier speaker', () => {
    const qs = quotes('وقال المهندس إن العمل بدأ. وقال بعد لقائه رئيس البلدية إن الطريق سيفتح.');
    expect(qs[1].speaker).toMatchObject({ text: 'المهندس', resolved: true });
    const qs2 = quotes('وقالت المعلمة إن الامتحان سهل. وقالت في حديثها للطلاب: «راجعوا الدروس».');
    expect(qs2[1].speaker).toMatchObject({ text: 'المعلمة', resolved: true });
  });

  it('reads an outlet’s name after «لموقع»/«لوكالة»/«لـ» as whom it was said to, never as the speaker', () => {
    expect(one('وقال لموقع الخليج الجديد أونلاين إن الاتفاق قريب.').speaker.text).toBe('');
    expect(one('وقال لوكالة الأنباء مسؤول أمني إن الاتفاق قريب.').speaker.text).toBe('مسؤول أمني');
    expect(one('وقال في حديث لوسائل إعلام محلية "نحن مستعدون".').speaker.text).toBe('');
  });

  it('reads a name between commas right before the verb as its subject', () => {
    const text = 'لكن رئيس جمعية التجار، سليم حداد، قال للصحفيين: «الأسعار مستقرة».';
    expect(quotes(text, entities(text, [['سليم حداد', 'person']]))[0].speaker).toMatchObject({ text: 'سليم حداد', entityId: 'e1' });
  });

  it('takes the name in apposition after a role as the speaker', () => {
    const text = 'وقال رئيس نقابة الأطباء، سليم حداد، إن الإضراب مستمر.';
    const q = quotes(text, entities(text, [['سليم حداد', 'person']]))[0];
    expect(q.speaker).toMatchObject({ text: 'سليم حداد', type: 'person', entityId: 'e1' });
  });

  it('reads a subject written before the verb at the start of a sentence', () => {
    expect(view(one('مسؤول رفيع في الوزارة قال للصحفيين إن الخطة جاهزة.'))).toEqual(['indirect', 'مسؤول رفيع في الوزارة', 'الخطة جاهزة']);
    const text = 'باريس تقول إنها لن تتراجع عن القرار.';
    expect(view(quotes(text, entities(text, [['باريس', 'location']]))[0])).toEqual(['indirect', 'باريس', 'لن تتراجع عن القرار']);
    // A noun that is not a speaker does not become one.
    expect(quotes('الطريق الجديد قال إنه سيفتح غدا.').map((q) => q.speaker.text)).not.toContain('الطريق الجديد');
  });

  it('reads a document after an elative («أحدث بيانات», «آخر تقرير») as the speaker it heads', () => {
    expect(one('وتشير أحدث بيانات للوزارة إلى أن الأسعار ارتفعت.').speaker).toMatchObject({ text: 'أحدث بيانات للوزارة', type: 'document' });
  });

  it('ends a speaker at «في ذلك الوقت», «في هذا الصدد», «في الوقت نفسه»: when or in what respect, not who', () => {
    expect(one('وأعلنت البلدية في ذلك الوقت أنها ستدعم الأسر.').speaker.text).toBe('البلدية');
    expect(one('وقال المدير في الوقت نفسه إن الأسعار مستقرة.').speaker.text).toBe('المدير');
    // A place or body after «في» still belongs to a title.
    expect(one('وقال مدير المبيعات في الشركة إن الأسعار مستقرة.').speaker.text).toBe('مدير المبيعات في الشركة');
  });

  it('ends a speaker at the full name of a person or body when a plain definite noun follows it: the verb\'s object', () => {
    const text = 'ووصفت الوزيرة هالة كامل القرار بـ«الضربة القاسية للمزارعين». ولفت الخبير نبيل سعد الانتباه إلى أن المخزون يتناقص.';
    const qs = quotes(text, entities(text, [['هالة كامل', 'person'], ['نبيل سعد', 'person']]));
    expect(qs.map((q) => q.speaker.text)).toEqual(['الوزيرة هالة كامل', 'الخبير نبيل سعد']);
    // A title after the name still describes it.
    const text2 = 'وقال نبيل سعد المتحدث باسم الهيئة إن المخزون يتناقص.';
    expect(quotes(text2, entities(text2, [['نبيل سعد', 'person']]))[0].speaker.text).toBe('نبيل سعد المتحدث باسم الهيئة');
    const text3 = 'ووصفت وزارة الزراعة التقارير بـ«الأكاذيب التي لا أساس لها».';
    expect(quotes(text3, entities(text3, [['وزارة الزراعة', 'organization']]))[0].speaker.text).toBe('وزارة الزراعة');
  });

  it('ends a common-noun speaker of وصف/اتهم where the verb\'s object begins, but keeps its adjectives', () => {
    const union = 'ووصفت النقابة العامة للمعلمين القرار الجديد بـ«الظالم والمتسرع».';
    expect(quotes(union, entities(union, [['النقابة العامة للمعلمين', 'organization']]))[0].speaker.text).toBe('النقابة العامة للمعلمين');
    expect(one('واتهم الإعلام المحلي حملة إلكترونية بأنها «تقف وراء الفوضى».').speaker.text).toBe('الإعلام المحلي');
    expect(one('ووصف الأمين العام السابق الخطة بأنها «مغامرة غير محسوبة».').speaker.text).toBe('الأمين العام السابق');
    // A body's name the names stage ran on over the object ends at the nisba word.
    const text = 'ووصفت هيئة الموانئ الكويتية الشائعات بـ«الكاذبة تماما».';
    expect(quotes(text, entities(text, [['هيئة الموانئ الكويتية الشائعات', 'organization']]))[0].speaker.text).toBe('هيئة الموانئ الكويتية');
    // Before the verb after أن/لكن, any definite phrase is its subject; what follows is the object.
    expect(one('وتحدث سكان عن انقطاع الكهرباء، إلا أن الإعلام المحلي وصف الحديث عن الأزمة بـ"الشائعات المغرضة".').speaker.text).toBe('الإعلام المحلي');
    // «واصفا إياها بـ«…»» without a comma before it: the participle reports past its object
    // pronoun, which is nobody; the sentence's subject speaks.
    expect(view(one('ورفض الوزير الاتهامات واصفا إياها بـ"الأكاذيب المكشوفة".'))).toEqual(['direct', 'الوزير', 'الأكاذيب المكشوفة']);
    expect(one('وهاجم الرئيس الوزير واصفا إياه بأنه "رجل متهور".').speaker.text).toBe('الرئيس');
    // …and past a noun-phrase object of a few words, for participles that take one (واصفا، متهما):
    // the object is no speaker; a comma is not needed before the participle.
    expect(view(one('ودافعت المديرة عن المشروع واصفة خطة التوسع الجديدة بأنها ما زالت قابلة للتنفيذ.'))).toEqual(['indirect', 'المديرة', 'ما زالت قابلة للتنفيذ']);
    expect(view(one('وهاجم النائب الحكومة متهما وزراءها بأنهم يخفون الأرقام.'))).toEqual(['indirect', 'النائب', 'يخفون الأرقام']);
    expect(view(one('وأجلت الوزيرة الزيارة مبررة قرارها بأن الوضع غير مستقر.'))).toEqual(['indirect', 'الوزيرة', 'الوضع غير مستقر']);
    // A place or a body named right after a description closed by a definite word is the verb's
    // object, not more of the speaker («وتوعد رئيس الأركان الليبي تونس»).
    const threat = 'وتوعد رئيس الأركان الليبي تونس، مؤكدا أن الحدود خط أحمر.';
    expect(quotes(threat, entities(threat, [['تونس', 'location']]))[0].speaker.text).toBe('رئيس الأركان الليبي');
    const named = 'وقال رئيس الأركان الليبي سالم خليفة إن الحدود آمنة.';
    expect(quotes(named, entities(named, [['سالم خليفة', 'person']]))[0].speaker.text).toBe('رئيس الأركان الليبي سالم خليفة');
    // A body's kind without the article after a phrase closed by a definite word opens the object
    // («جماعة "…"»); with ل it is the title's genitive («المدير التنفيذي لمنظمة …»).
    const accused = 'واتهمت وزارة الخارجية البريطانية جماعة "الأحرار" بأنها تستهدف المدنيين.';
    expect(quotes(accused, entities(accused, [['وزارة الخارجية البريطانية', 'organization'], ['الأحرار', 'organization']]))[0].speaker.text).toBe('وزارة الخارجية البريطانية');
    expect(one('وقال المدير التنفيذي لمنظمة "العون" إن المساعدات وصلت.').speaker.text).toBe('المدير التنفيذي لمنظمة "العون"');
    // A demonstrative after a speaker closed by a definite word opens the object; «هذا الأسبوع»
    // is a time, «زعماء هذه الدول» a genitive.
    expect(one('ووصف الكرملين هذه الاتهامات بأنها «غير مقبولة».').speaker.text).toBe('الكرملين');
    expect(one('وقال الوزير هذا الأسبوع إن الخطة جاهزة.').speaker.text).toBe('الوزير');
    expect(one('وأكد زعماء هذه الدول أن الاتفاق صامد.').speaker.text).toBe('زعماء هذه الدول');
    // Other participles do not look past a noun phrase: «مشددا الرقابة على أن …» reports nothing.
    expect(quotes('وزارت الشرطة الحي مشددة الإجراءات على أنه آمن.')).toEqual([]);
    // Other verbs keep their whole subject.
    expect(one('وقال الناطق الرسمي المكلف إن الطريق سيفتح.').speaker.text).toBe('الناطق الرسمي المكلف');
  });

  it('reads a past verb right after an indefinite source as describing it: the source speaks', () => {
    const text = 'ونفت شركة الطيران المحلية صباح اليوم تقارير قالت إن طائراتها ستتوقف عن العمل.';
    const q = quotes(text, entities(text, [['شركة الطيران المحلية', 'organization']])).find((x) => x.cue.text === 'قالت');
    expect(q?.speaker.text).toBe('تقارير');
    expect(one('وجاء القرار الحكومي الأخير بعد أن نشرت الصحف المحلية أمس تقريرا منسوبا إلى مصدر حكومي أكد أن الأسعار سترتفع.').speaker.text).toBe('مصدر حكومي');
  });

  it('reads the topic of «أما … فـ» as the subject of the verb that answers it', () => {
    expect(view(one('أما النقابة فتقول إن الأجور لم ترتفع منذ سنوات.'))).toEqual(['indirect', 'النقابة', 'الأجور لم ترتفع منذ سنوات']);
    expect(view(one('وأما رئيس البلدية فقد أكد أن الشارع سيفتح الأحد.'))).toEqual(['indirect', 'رئيس البلدية', 'الشارع سيفتح الأحد']);
    // With a comma after the topic, or a name in apposition between commas, the name speaks.
    expect(view(one('أما النقابة، فتقول إن الأجور لم ترتفع.'))).toEqual(['indirect', 'النقابة', 'الأجور لم ترتفع']);
    const text = 'وقال الوزير إن الخطة جاهزة. أما النائب عن الحزب المعارض، نادر الخطيب، فيرى أن الخطة مكلفة.';
    const qs = quotes(text, entities(text, [['نادر الخطيب', 'person']]));
    expect(qs.map((q) => q.speaker.text)).toEqual(['الوزير', 'نادر الخطيب']);
    // «إما» (either) is no topic.
    expect(quotes('إما أن تقبل اللجنة فتقول إن الملف أغلق.').map((q) => q.speaker.text)).not.toContain('أن تقبل اللجنة');
  });

  it('reads a name in quotation marks before or after the verb as the speaker, not as what was said', () => {
    const text = 'وتتوقع «مؤسسة التنمية»، أن يرتفع النمو.';
    expect(view(one(text))).toEqual(['indirect', 'مؤسسة التنمية', 'يرتفع النمو']);
    const text2 = 'لكن منظمة «أطباء العالم» أدانت القصف.';
    expect(quotes(text2)).toEqual([]);
  });
});

describe('1c. verbs of threat and urging the corpus attests', () => {
  it('reads «توعد … بأن» and «حض … على "…"» as statements of their subject', () => {
    expect(view(one('وتوعد وزير الدفاع بأن "المعتدين سيدفعون الثمن".'))).toEqual(['direct', 'وزير الدفاع', 'المعتدين سيدفعون الثمن']);
    expect(view(one('وحضت النقابة الحكومة على "رفع الأجور فورا".'))).toEqual(['direct', 'النقابة', 'رفع الأجور فورا']);
    // A threat with nothing said reports nothing.
    expect(quotes('وتوعد الجيش المهاجمين بالرد.')).toEqual([]);
  });
});

describe('3g. whom the words were told', () => {
  it('leaves the journalists or the press conference told («أبلغ … الصحفيين») out of the speaker', () => {
    expect(view(one('وأبلغ المتحدث المراسلين أن القافلة وصلت.'))).toEqual(['indirect', 'المتحدث', 'القافلة وصلت']);
    expect(one('وأبلغ المحافظ مؤتمرا صحفيا أن الطريق سيفتح.').speaker.text).toBe('المحافظ');
    // Told without a subject: the one who spoke before goes on; the journalists never speak.
    expect(quotes('وقال المدرب إن الفريق جاهز. وأبلغ الصحفيين: "سنلعب للفوز".').map((q) => q.speaker.text)).toEqual(['المدرب', 'المدرب']);
    // A singular noun in -ين stays in the name: «وزير التموين».
    expect(one('وأبلغ وزير التموين الصحفيين أن المخزون كاف.').speaker.text).toBe('وزير التموين');
  });
});

describe('3h. given names written like verbs', () => {
  it('reads a verb form inside a person’s name the names stage found as the name («يعرب», «طالب»)', () => {
    const text = 'وأوضح المستشار يعرب سالم الخطيب أن الميزانية متوازنة.';
    expect(view(quotes(text, entities(text, [['يعرب سالم الخطيب', 'person']]))[0])).toEqual(['indirect', 'المستشار يعرب سالم الخطيب', 'الميزانية متوازنة']);
    const text2 = 'وقال المسعف طالب ناجي إن ثلاثة أشخاص أنقذوا.';
    expect(quotes(text2, entities(text2, [['طالب ناجي', 'person']])).map((q) => q.speaker.text)).toEqual(['المسعف طالب ناجي']);
  });
});

describe('3i. what a document named before says', () => {
  it('reads «جاء/ورد فيه» right after a document as that document’s words, given to its issuer', () => {
    expect(view(one('ونعت النقابة الفنان في بيان رسمي جاء فيه أن الراحل كان مثالا للالتزام.'))).toEqual(['indirect', 'النقابة', 'الراحل كان مثالا للالتزام']);
    expect(view(one('ونشر المحافظ تغريدة جاء فيها: "الطريق مفتوح".'))).toEqual(['direct', 'المحافظ', 'الطريق مفتوح']);
    // Not after something that is no document, nor without what it introduces right after «فيه».
    expect(quotes('وزار الوزير المصنع الذي جاء فيه أن العمال مضربون.')).toEqual([]);
  });
});

describe('3f. two speakers', () => {
  it('reads dual verbs of saying, past and present, and continues two speakers named before', () => {
    expect(quotes('وأعلن الحزبان أن التحالف انتهى. وقالا في بيان مشترك إن الانتخابات ستجرى في موعدها.').map(view)).toEqual([
      ['indirect', 'الحزبان', 'التحالف انتهى'],
      ['indirect', 'الحزبان', 'الانتخابات ستجرى في موعدها'],
    ]);
    expect(view(one('وأكدت الوزيرتان أن الخطة جاهزة.'))).toEqual(['indirect', 'الوزيرتان', 'الخطة جاهزة']);
    expect(quotes('وقالت الباحثتان إن العينة صغيرة. وتقولان إن النتائج أولية.').map((q) => q.speaker.text)).toEqual(['الباحثتان', 'الباحثتان']);
    // A dual form that is also an everyday word stays that word: «رداً على», «نقلا عن», «اقرأ أيضا».
    expect(quotes('وجاء القرار ردا على أن الشركة تأخرت في الدفع.')).toEqual([]);
    expect(quotes('اقرا أيضا: الحكومة تعلن خطة جديدة للنقل')).toEqual([]);
  });
});

describe('3b. addressees are never speakers', () => {
  it('reads a feminine noun after a feminine verb of appeal as its subject, not its addressee', () => {
    expect(view(one('ودعت الحكومة إلى الهدوء.'))).toEqual(['indirect', 'الحكومة', 'الهدوء']);
    expect(one('وطالبت السلطات السكان بمغادرة منازلهم.').speaker.text).toBe('السلطات');
    // After a masculine verb the same word is whom he called on.
    const qs = quotes('وقال الوزير إن الوضع خطير. ودعا الحكومة إلى التحرك.');
    expect(qs[1].speaker).toMatchObject({ text: 'الوزير', resolved: true });
  });

  it('reads «لوكالة …» after a title as whose title it is unless the agency is an outlet', () => {
    expect(one('وقال المدير العام لوكالة الفضاء الأوروبية إن الإطلاق تأجل.').speaker.text).toBe('المدير العام لوكالة الفضاء الأوروبية');
    expect(one('وقال المدير العام لوكالة الأنباء إن الإطلاق تأجل.').speaker.text).toBe('المدير العام');
    expect(one('وقال المدير العام لصحيفة الأيام إن الإطلاق تأجل.').speaker.text).toBe('المدير العام');
  });

  it('reads the object of «أبلغ» (whom it told) as no part of the speaker', () => {
    const text = 'وأبلغ الوزير سالم العتيبي نظيره الأردني أن الحدود ستفتح.';
    expect(quotes(text, entities(text, [['سالم العتيبي', 'person']]))[0].speaker.text).toBe('الوزير سالم العتيبي');
    const text2 = 'وأبلغت الشرطة المحلية مراسلي الصحف أن الطريق مغلق.';
    expect(quotes(text2)[0].speaker.text).toBe('الشرطة المحلية');
  });


  it('reads ل on a plain noun right after a verb that takes إلى as that preposition, not an addressee naming the speaker', () => {
    // «وأشار لوجود …»: the object of «أشار»; nobody new speaks.
    const qs = quotes('وقالت المديرة إن الموسم ناجح. وأشارت لوجود مدير البلدية بين الحضور، مضيفة أن الحفل سيتكرر.');
    expect(qs[1].speaker).toMatchObject({ text: 'المديرة', resolved: true });
    expect(one('وأشار لوكالة الأنباء مسؤول في الوزارة إلى أن الأزمة ستنتهي.').speaker.text).toBe('مسؤول في الوزارة');
  });


  it('reads a long quotation after «للصحفيين» as what was said to them, and a short one after an outlet as its name', () => {
    expect(view(one('وقال الوزير للصحافيين "سنفتح المعبر أمام الشاحنات غدا".'))).toEqual(['direct', 'الوزير', 'سنفتح المعبر أمام الشاحنات غدا']);
    expect(one('وقال المدير لصحيفة "الأنباء" إن العمل مستمر.').content.text).toBe('العمل مستمر');
  });


  it('reads the second of two names side by side after the verb as its object, glued or not', () => {
    for (const text of ['وطالبت مالطا تونس بأن تفتح الحدود.', 'وطالبت مالطاتونس بأن تفتح الحدود.']) {
      const ents: Entity[] = [
        { id: 'e1', type: 'location', name: 'مالطا', mentions: [{ start: 7, end: 12, text: 'مالطا' }] },
        { id: 'e2', type: 'location', name: 'تونس', mentions: [{ start: text.indexOf('تونس'), end: text.indexOf('تونس') + 4, text: 'تونس' }] },
      ];
      expect(quotes(text, ents)[0].speaker).toMatchObject({ text: 'مالطا', entityId: 'e1' });
    }
  });

  it('keeps an addressee word with a definite modifier as the subject, and cuts a named object after it', () => {
    const text = 'وطالبت الدول الخمس ليبيا بفتح الحدود.';
    const ents = entities(text, [['ليبيا', 'location']]);
    expect(quotes(text, ents)[0].speaker.text).toBe('الدول الخمس');
    expect(one('دعت السلطات المحلية السكان إلى الحذر.').speaker.text).toBe('السلطات المحلية');
    expect(one('ودعا الجميع إلى الهدوء.').speaker.text).toBe('');
    const text2 = 'ودعا وزير خارجية ليبيا إلى الحوار.';
    expect(quotes(text2, entities(text2, [['ليبيا', 'location']]))[0].speaker.text).toBe('وزير خارجية ليبيا');
  });
});

describe('1b. relative-clause cues', () => {
  it('gives a cue in a relative clause to the named noun before it', () => {
    const text = 'وتعهدت الحكومة بالدعم، وكذلك روسيا التي أعلنت عبر المتحدث باسمها أنها مستعدة للمساعدة.';
    const q = quotes(text, entities(text, [['روسيا', 'location']])).at(-1)!;
    expect([q.speaker.text, q.content.text]).toEqual(['روسيا', 'مستعدة للمساعدة']);
    // An aside between commas keeps the attribution around it.
    const q2 = one('وقالت الشرطة، التي عبرت عن تعازيها للعائلة، إنها فتحت تحقيقا.');
    expect([q2.speaker.text, q2.content.text]).toEqual(['الشرطة', 'فتحت تحقيقا']);
    expect(quotes('وقرأ المذيع البيان الذي أصدرته الوزارة صباحا.')).toEqual([]);
  });

  it('reads «والذي/والتي» as relative pronouns: the clause they open is no part of the speaker', () => {
    const q = one('وقال السائق البالغ من العمر 40 عاما والذي نجا من الحادث: "كان الطريق مبللا".');
    expect([q.speaker.text, q.content.text]).toEqual(['السائق البالغ من العمر 40 عاما', 'كان الطريق مبللا']);
    const qs = quotes('وأعلن المصرف نتائجه، والتي قال إنها فاقت التوقعات.');
    expect(qs.map((x) => x.speaker.text)).not.toContain('والتي');
  });

  it('gives a relative-clause cue with a name right after the verb to that name («التي تشير بريطانيا إلى أنها»)', () => {
    const text = 'ولم تكشف اللجنة المادة التي تشير فرنسا إلى أنها سامة.';
    const qs = quotes(text, entities(text, [['فرنسا', 'location'], ['اللجنة', 'organization']]));
    expect(qs.map(view)).toEqual([['indirect', 'فرنسا', 'سامة']]);
  });

  it('gives a relative-clause cue that disagrees with its pronoun («التي قال إنها») to whoever spoke before, not to the noun spoken of', () => {
    const text = 'وقال الوزير سالم العتيبي إن الأمطار غزيرة. وألحقت الأمطار أضرارا بالمنازل التي قال إنها لم تكن مهيأة.';
    const qs = quotes(text, entities(text, [['سالم العتيبي', 'person']]));
    expect(qs.map((q) => [q.speaker.text, q.content.text])).toContainEqual(['الوزير سالم العتيبي', 'لم تكن مهيأة']);
    expect(qs.map((q) => q.speaker.text)).not.toContain('المنازل');
    // A subject named after the verb still speaks; a pronoun that agrees keeps its noun.
    expect(view(one('ورفض الوزير الخطة التي قال المعارضون إنها مكلفة.'))).toEqual(['indirect', 'المعارضون', 'مكلفة']);
    const q = quotes('وأغلقت الوزارة الشركة، التي قالت إنها تعمل دون ترخيص.').at(-1)!;
    expect(q.content.text).toBe('تعمل دون ترخيص');
  });
});

describe('4. nested attribution: the original source speaks, the relay is kept', () => {
  it('gives the words to the source after عن and keeps who relayed them', () => {
    const q = one('وذكرت الإذاعة عن مسؤول في الوزارة أن الطريق مغلق.');
    expect(q.speaker).toMatchObject({ text: 'مسؤول في الوزارة', type: 'anonymous' });
    expect(q.relay?.text).toBe('الإذاعة');
    // «أفادت عن مقتل …» names no source.
    expect(quotes('وأفاد المرصد عن مقتل خمسة أشخاص.')).toEqual([]);
  });

  it('reads «نقلا عن» after the relay, and «بحسب ما نقلت … عن …» at the end of the clause', () => {
    const q = one('وقالت الصحيفة نقلا عن مصادر مطلعة إن الاجتماع تأجل.');
    expect([q.speaker.text, q.relay?.text, q.content.text]).toEqual(['مصادر مطلعة', 'الصحيفة', 'الاجتماع تأجل']);
    const m = one('وانقطعت الكهرباء عن الحي، بحسب ما نقلت الوكالة عن مصدر محلي.');
    expect([m.speaker.text, m.relay?.text]).toEqual(['مصدر محلي', 'الوكالة']);
  });

  it('reads «، نقلا عن X،» between the relay and its complementizer as the source, and no quote of its own', () => {
    const q = one('وقالت الإذاعة، نقلا عن مصادر أمنية، إن الحريق أخمد.');
    expect([q.speaker.text, q.relay?.text, q.content.text]).toEqual(['مصادر أمنية', 'الإذاعة', 'الحريق أخمد']);
    // The clause before the aside («ذكرت صحيفة محلية») is no statement.
    expect(quotes('ذكرت صحيفة محلية، نقلا عن مسؤول في البلدية، أن الطريق سيفتح.').map((x) => x.content.text)).toEqual(['الطريق سيفتح']);
  });

  it('keeps the speaker before «، حسبما أوردت X، …، أن», an aside of the attribution', () => {
    const qs = quotes('وذكر الباحثون، حسبما أوردت صحيفة محلية، السبت، أن العلاج ناجح.');
    expect(qs.map(view)).toEqual([['indirect', 'الباحثون', 'العلاج ناجح']]);
    // After «حسبما» the verb belongs to the marker: «، حسبما أفادت صحف بريطانية.» is no quote of «بريطانية».
    expect(quotes('وأغلق المصنع، حسبما أفادت صحف محلية.').map(view)).toEqual([['indirect', 'صحف محلية', 'وأغلق المصنع']]);
  });

  it('reads «نقلت الصحيفة عنه قوله» as the person the pronoun stands for, by its gender', () => {
    const qs = quotes('وقالت الممرضة إن المستشفى ممتلئ. وقال المدير إن الأسرة كافية. ونقلت الصحيفة عنها قولها إن الطاقم منهك.');
    expect(qs[2].speaker).toMatchObject({ text: 'الممرضة', resolved: true });
    expect(qs[2].relay?.text).toBe('الصحيفة');
  });
});

describe('4. speakers across sentences', () => {
  it('gives a trailing marker\'s definite role («، وفق المتحدث», «حسبما قال السفير») to the person it described before', () => {
    const qs = quotes('وقال متحدث باسم الشرطة المحلية إن ثلاثة أشخاص اعتقلوا. وأغلقت الطرق المؤدية إلى الساحة، وفق المتحدث.');
    expect(qs.map((q) => q.speaker.text)).toEqual(['متحدث باسم الشرطة المحلية', 'متحدث باسم الشرطة المحلية']);
    // A document stays the document's word.
    expect(quotes('وأصدرت الشرطة بيانا. وأغلقت الطرق المؤدية إلى الساحة، وفقا للبيان.').map((q) => q.speaker.text)).not.toContain('الشرطة');
  });

  it('reads a subject after «لكن/بينما» across a stray comma before its verb, but not a question’s clause', () => {
    expect(one('ويتعرض الأطفال للتقلبات، لكن دراسة كندية كبيرة، أشارت إلى أن الغضب يضر بهم.').speaker.text).toBe('دراسة كندية كبيرة');
    const asked = 'وقال الوزير إن الرد قريب. وردا على سؤال عما إذا كانت الحكومة ستتراجع، قال إن القرار نهائي.';
    expect(quotes(asked).map((q) => q.speaker.text)).toEqual(['الوزير', 'الوزير']);
  });

  it('never takes a past verb in the plural for a speaker («تلقوا رسائل …، زاعمين»)', () => {
    const q = quotes('وقال محققون إن الجنود فزعوا عندما تلقوا رسائل من أشخاص يدعون أنهم أقارب الضحايا، زاعمين أنهن "قاصرات".');
    expect(q.map((x) => x.speaker.text)).not.toContain('تلقوا رسائل من أشخاص');
  });

  it('gives a participle to the subject of its own clause after «إلا أن» or «، بينما»', () => {
    expect(quotes('وطالبت الحكومة بالحوار. إلا أن الرئيس الكوري امتنع عن الرد موضحا أنه ينتظر الشروط.').map((q) => q.speaker.text)).toEqual(['الحكومة', 'الرئيس الكوري']);
    const text = 'وقال الوزير إن الخطة جاهزة. وانتقد النواب الخطة، بينما دافع المدير سامر خليل عنها مؤكدا أنها ضرورية.';
    expect(quotes(text, entities(text, [['سامر خليل', 'person']])).map((q) => q.speaker.text)).toEqual(['الوزير', 'سامر خليل']);
  });

  it('gives «…، إلا أنه أكد أن» to the subject of the concession the sentence opens with', () => {
    const text = 'وقال المدرب إن الفريق جاهز. ورغم أن اللاعب سامر خليل غاب عن التدريب، إلا أنه أكد أن إصابته طفيفة.';
    expect(quotes(text, entities(text, [['سامر خليل', 'person']])).map((q) => q.speaker.text)).toEqual(['المدرب', 'سامر خليل']);
  });

  it('gives «وذكر التقرير» to the owner written with the report earlier, not to whoever answered it', () => {
    const text = 'ورد المحامي على ما جاء في تقرير موقع "الرصد" الإخباري. وذكر التقرير أن الشركة دفعت مبلغا كبيرا.';
    const q = quotes(text, entities(text, [['الرصد', 'organization']]));
    expect(q.map((x) => x.speaker.text)).toEqual(['الرصد']);
    const issued = 'ودافعت الحكومة عن القرار في بيان أصدره الوزير سامر خليل. وأضاف البيان أن الخطة ستنفذ.';
    expect(quotes(issued, entities(issued, [['سامر خليل', 'person']]))[0].speaker.text).toBe('سامر خليل');
    // Where it was published is no owner.
    const posted = 'واعتذرت المغنية في بيان بموقع "تويتر". وأوضح البيان أن الحفل تأجل.';
    expect(quotes(posted, entities(posted, [['تويتر', 'organization']]))[0].speaker.text).not.toBe('تويتر');
  });

  it('leaves adverbs written with ب + the article («بالتحديد», «بالفعل») out of the speaker', () => {
    expect(one('وشدد الوزير بالتحديد على أن الخطة جاهزة.').speaker.text).toBe('الوزير');
    expect(one('وأكدت الشركة بالفعل أن الخطة جاهزة.').speaker.text).toBe('الشركة');
  });

  it('keeps a player’s position «لاعب وسط» in the speaker, «وسط» being no preposition there', () => {
    expect(one('وقال لاعب وسط الفريق الأول إن الموسم صعب.').speaker.text).toBe('لاعب وسط الفريق الأول');
    // Elsewhere «وسط» (amid) opens an adjunct.
    expect(one('وقال الوزير وسط تصفيق الحضور إن الموسم صعب.').speaker.text).toBe('الوزير');
  });

  it('gives a participle to the subject of its sentence’s verb after «من جهته», with the title’s person and a kind’s quoted name', () => {
    const text = 'وقال الوزير إن الأسعار مستقرة. من جهته، انتقد الناطق باسم الحكومة، سالم العتيبي، القرار، مشيرا إلى أنه متسرع.';
    const qs = quotes(text, entities(text, [['سالم العتيبي', 'person']]));
    expect(qs[1].speaker).toMatchObject({ text: 'سالم العتيبي', resolved: true });
    const qs2 = quotes('وقال الوزير إن الأسعار مستقرة. من جهتها، انتقدت صحيفة "الأنباء" المحلية القرار، مؤكدة أنه متسرع.');
    expect(qs2[1].speaker.text).toBe('صحيفة "الأنباء" المحلية');
  });

  it('gives a plural participle to a group of people its sentence’s verb has as subject, never to the object after it', () => {
    const lead = 'وقال المحافظ إن الطريق سيفتتح قريبا. ';
    const second = (s: string) => quotes(lead + s)[1]?.speaker.text;
    expect(second('ورحب المزارعون بالقرار، مؤكدين أنه سيخفض التكاليف.')).toBe('المزارعون');
    expect(second('وأبدى عدد من السائقين غضبهم، قائلين إن الرسوم مرتفعة.')).toBe('عدد من السائقين');
    expect(second('ورفض ممثلو النقابة التعليق، مشيرين إلى أن المفاوضات مستمرة.')).toBe('ممثلو النقابة');
    // A sound plural keeping its ن heads no genitive: the definite word after it is the object.
    expect(second('وانتقد مهندسون التصميم، معتبرين أنه خطير.')).toBe('مهندسون');
    // A present verb in -ون is no group: the participle goes on with whoever spoke.
    expect(quotes('وقال السكان إن المياه مقطوعة. وباتوا ينظرون إلى الشركة بريبة، قائلين إنها تتجاهلهم.').map((q) => q.speaker.text)).toEqual(['السكان', 'السكان']);
  });

  it('gives a verb or participle to the subject between «كان» and «قد» opening its sentence', () => {
    const lead = 'وقال الرئيس إن الوضع مستقر. ';
    expect(quotes(lead + 'وكانت النقابة قد رفضت الاتفاق، مؤكدة أنه يضر بالعمال.')[1].speaker.text).toBe('النقابة');
    expect(quotes(lead + 'وكانت الكويت وعمان قد رحبتا بالمبادرة، واعتبرتا أنها خطوة مهمة.')[1].speaker.text).toBe('الكويت وعمان');
  });

  it('gives a participle to the subject opening its sentence across a relative clause', () => {
    const text = 'وانتهى الاجتماع مساء أمس. لكن الرئيس الذي كان يخاطب الحكومة المصرية استدرك قائلا إنه متفائل.';
    const qs = quotes(text, entities(text, [['الحكومة المصرية', 'organization']]));
    expect(qs.map((q) => q.speaker.text)).toEqual(['الرئيس']);
  });

  it('gives a participle in a sentence with no subject written to whoever spoke before, not to a name in that sentence', () => {
    const text = 'وقال سالم العتيبي إن الحفل كان ناجحا. وأشار لوجود ممثل الحكومة لدى المنظمة الدولية، مضيفا: "كلهم ضيوف كبار".';
    const qs = quotes(text, entities(text, [['سالم العتيبي', 'person'], ['المنظمة الدولية', 'organization']]));
    expect(qs.map((q) => q.speaker.text)).toEqual(['سالم العتيبي', 'سالم العتيبي']);
  });

  it('gives a verb to the subject before it across an aside left open up to the verb («وكان X، رئيس … قال»)', () => {
    const text = 'وقال الوزير سالم العتيبي إن الحدود مفتوحة. وكان نادر الخطيب، رئيس حركة المقاومة أو ما يعرف بـ"الحركة" قال إنه يتفق مع الجانب المصري.';
    const qs = quotes(text, entities(text, [['سالم العتيبي', 'person'], ['نادر الخطيب', 'person']]));
    expect(qs.map((q) => q.speaker.text)).toEqual(['الوزير سالم العتيبي', 'نادر الخطيب']);
  });

  it('gives a participle to the subject opening its sentence across an aside between commas', () => {
    const text2 = 'وفاز الفريق على نادي الشباب. وكان نادي النصر، على غرار نادي الهلال الذي لعب له نادر الخطيب، قد سحب القميص رقم 9، مؤكدا أنه سيكرم اللاعب.';
    const qs2 = quotes(text2, entities(text2, [['نادي النصر', 'organization'], ['نادي الهلال', 'organization'], ['نادر الخطيب', 'person'], ['نادي الشباب', 'organization']]));
    expect(qs2.map((q) => q.speaker.text)).toEqual(['نادي النصر']);
  });

  it('continues the speaker with a present verb of opinion after «ولا/ولم», the conjunction on the negation', () => {
    const qs = quotes('وقالت النقابة إنها تدرس العرض. ولا ترى أن العرض كاف لإنهاء الإضراب.');
    expect(qs.map((q) => [q.speaker.text, q.content.text])).toEqual([
      ['النقابة', 'تدرس العرض'],
      ['النقابة', 'العرض كاف لإنهاء الإضراب'],
    ]);
  });

  it('gives a continuation in a sentence opened by «أما X فـ…» to X', () => {
    const qs = quotes('وقال المحافظ إن الأزمة مستمرة. أما الوزارة فاكتفت بالتعليق على القرار، مؤكدة أنه متسرع.');
    expect(qs[1].speaker.text).toBe('الوزارة');
  });

  it('gives a participle to the subject of a verb after «وقد», with a two-word title («ولي العهد»)', () => {
    const qs = quotes('وقال الصحفي إن اللقاء طويل. وقد رفض ولي العهد الأردني في اللقاء الانتقادات، مشددا على أن الإصلاحات ضرورية.');
    expect(qs[1].speaker.text).toBe('ولي العهد الأردني');
  });

  it('gives a participle to the speaker word opening its sentence before a verb, negated or not', () => {
    const qs = quotes('وقالت الصحيفة إن المحكمة رفضت الطلب. لكن الوزارة رفضت القرار، قائلة إنه غير قانوني.');
    expect(qs[1].speaker.text).toBe('الوزارة');
    const ns = quotes('وقالت الصحيفة إن المحكمة رفضت الطلب. لكن الشرطة المحلية لم تعلق على الحادث، مؤكدة أن التحقيق مستمر.');
    expect(ns[1].speaker.text).toBe('الشرطة المحلية');
  });

  it('keeps the speaker named before «في تصريح نقلته صحيفة …»: the outlet relays, it does not speak', () => {
    const text = 'وقال المدرب في تصريح نقلته صحيفة "الملاعب" المحلية: "الفريق مستعد للنهائي".';
    expect(view(one(text))).toEqual(['direct', 'المدرب', 'الفريق مستعد للنهائي']);
  });

  it('reads a speech event’s relative clause («في كلمة بثها التلفزيون», «في تصريحات نقلتها صحيفة "…"») as no speaker', () => {
    const qs = quotes('قال الوزير إن الأسعار مستقرة. وأضاف من خلال كلمة بثها التلفزيون الرسمي أن الدعم مستمر.');
    expect(qs[1].speaker).toMatchObject({ text: 'الوزير', resolved: true });
    const qs2 = quotes('قال المدرب إن الفريق جاهز. وتابع في تصريحات نقلتها صحيفة "الرياضة" المحلية "نحن نستعد للنهائي جيدا".');
    expect(qs2[1].speaker).toMatchObject({ text: 'المدرب', resolved: true });
    // A speaker named after a plain event phrase still speaks.
    expect(one('وقال في بيان رسمي المتحدث باسم الشرطة إن الطريق مغلق.').speaker.text).toBe('المتحدث باسم الشرطة');
  });

  it('remembers only the subject of a verb that reports nothing, not its object', () => {
    const text = 'وانتقد رئيس البلدية سالم العتيبي تأخر المقاول. وأضاف أن العمل سيستأنف قريبا.';
    const q = quotes(text, entities(text, [['سالم العتيبي', 'person']]))[0];
    expect(q.speaker).toMatchObject({ text: 'رئيس البلدية سالم العتيبي', resolved: true });
    // A quoted name after its kind stays whole, and a definite adjective before the person's name
    // describes him.
    const text2 = 'وانتقد نائب الرئيس المكلف ماهر سليم تأخر المقاول. وأضاف أن العمل سيستأنف.';
    expect(quotes(text2, entities(text2, [['ماهر سليم', 'person']]))[0].speaker.text).toBe('نائب الرئيس المكلف ماهر سليم');
    const text3 = 'وانتقد مدير "هيئة تطوير المدن الساحلية الجديدة" تأخر المقاول. وأضاف أن العمل سيستأنف.';
    expect(quotes(text3)[0].speaker.text).toBe('مدير "هيئة تطوير المدن الساحلية الجديدة"');
  });


  it('does not remember the object of a verb that reported nothing as a speaker', () => {
    // «ألقت القبض على …» is an arrest, not a speech: the next «وأوضحت» is the police.
    const qs = quotes('وقالت الشرطة إن التحقيق مستمر. وألقت القبض على فتاة في الحي. وأوضحت أن الفتاة لم تتهم بعد.');
    expect(qs.map((q) => q.speaker.text)).toEqual(['الشرطة', 'الشرطة']);
  });

  it('reads a form that is also a noun as the verb when a speaker follows it, even after a comma', () => {
    const qs = quotes('من جهته، رد المتحدث باسم الوزارة، عبر حسابه، قائلا: «لا تعليق».');
    expect(qs.map(view)).toEqual([['direct', 'المتحدث باسم الوزارة', 'لا تعليق']]);
    // «بين» stays a preposition there.
    expect(quotes('وجرى الحوار، بين الوزير والنقابة، أن يستمر العمل.')).toEqual([]);
  });

  it('gives a continuation to a person named in its sentence by a verb that reports nothing, with the learned ranker', () => {
    const text = 'وقالت المعلمة إن الامتحان سهل.\nورفض المهندس سامر نادر المشروع، وقال إن الكلفة عالية.';
    const qs = quotes(text, entities(text, [['سامر نادر', 'person']]));
    expect(qs[1].speaker).toMatchObject({ text: 'سامر نادر', entityId: 'e1', resolved: true });
  });

  it('gives a second verb the subject of its sentence’s first verb, negated or not, and keeps roles of either gender apart', () => {
    const qs = quotes('وقال الطبيب إن المريض بخير. وقدمت البلدية عرضها الرسمي أمس، وقالت إنها مستعدة للتفاوض.');
    expect(qs[1].speaker.text).toBe('البلدية');
    const qs2 = quotes('وقال الطبيب إن المريض بخير. ولم يشر التقرير إلى الأرقام لكنه قال إن العجز تراجع.');
    expect(qs2[1].speaker.text).toBe('التقرير');
    const qs3 = quotes('وقال المدير إن الوضع صعب. ووصلت المديرة إلى المصنع، وقالت إنها مستعدة للتفاوض.');
    expect(qs3[1].speaker.text).toBe('المديرة');
    // A sentence opening with a preposition has no verb of its own whose subject could speak.
    const qs4 = quotes('قال المدير إن الوضع صعب. وحول الأزمة في المدينة، بدا المدير مطمئنا، وقال إن المشكلة مؤقتة.');
    expect(qs4[1].speaker.text).toBe('المدير');
  });

  it('reads «الأخير» as the person named last, «الأول» as the one before, linked to their entity', () => {
    const text = 'والتقى الوزير سامر نادر نظيره خالد فهمي، وقال الأخير إن الاتفاق قريب. وأكد الأول أن اللجان ستجتمع.';
    const ents = entities(text, [['سامر نادر', 'person'], ['خالد فهمي', 'person']]);
    const qs = quotes(text, ents);
    expect(qs.map((q) => [q.speaker.text, q.speaker.entityId])).toEqual([
      ['خالد فهمي', 'e2'],
      ['سامر نادر', 'e1'],
    ]);
  });

  it('links a bare role to the earlier speaker it describes, so both quotes group under one entity', () => {
    const text = 'وقال وزير الزراعة سامر نادر إن المحصول جيد. وتحدث المزارعون عن الأمطار. وأضاف الوزير أن الأسعار ستنخفض.';
    const qs = quotes(text, entities(text, [['سامر نادر', 'person']]));
    expect(qs[0].speaker.entityId).toBe('e1');
    expect(qs.at(-1)!.speaker).toMatchObject({ entityId: 'e1', resolved: true });
    // A role with words of its own is someone new.
    const qs2 = quotes('وقال وزير الزراعة إن المحصول جيد. وقال وزير الدفاع إن الحدود آمنة.');
    expect(qs2[1].speaker).toMatchObject({ text: 'وزير الدفاع' });
    expect(qs2[1].speaker.resolved).toBeUndefined();
  });

  it('links a role made definite by what it governs («وزير الخارجية», «أمين عام الاتحاد») to the person it describes', () => {
    const text = 'وقال وزير الخارجية الكندي مارك دوبوا إن المحادثات مثمرة. وأوضح وزير الخارجية أن الجولة المقبلة في أوسلو.';
    const qs = quotes(text, entities(text, [['مارك دوبوا', 'person']]));
    expect(qs.map((q) => q.speaker.entityId)).toEqual(['e1', 'e1']);
    const text2 = 'وقال الأمين العام للاتحاد رامي سليم إن الموسم سيبدأ في موعده. وأكد أمين عام الاتحاد أن الملاعب جاهزة.';
    const qs2 = quotes(text2, entities(text2, [['رامي سليم', 'person']]));
    expect(qs2.map((q) => q.speaker.entityId)).toEqual(['e1', 'e1']);
    // An indefinite title is someone new, even after one with the same head.
    const qs3 = quotes(text2.replace('أمين عام الاتحاد', 'مسؤول رياضي'), entities(text2, [['رامي سليم', 'person']]));
    expect(qs3[1].speaker.entityId).toBeUndefined();
  });

  it('gives «وأضاف البيان» to whoever issued the statement cited before', () => {
    const qs = quotes('وقالت الوزارة في بيان إن المدارس مغلقة. وأضاف البيان أن الامتحانات تأجلت.');
    expect(qs.map((q) => q.speaker.text)).toEqual(['الوزارة', 'الوزارة']);
  });
});


describe('5c. topics, brackets and relays', () => {
  it('reads quoted words governed by a preposition before a cue as a topic, not the words said', () => {
    const qs = quotes('وبشأن "العجز المالي"، كشف الوزير عن خطة جديدة.');
    expect(qs.filter((q) => q.kind === 'direct')).toEqual([]);
    expect(one('"لن نتراجع عن القرار"، قال الوزير.').content.text).toBe('لن نتراجع عن القرار');
  });

  it('runs content over a bracketed aside whose first word is also a verb of saying («(بين …)»)', () => {
    expect(one('وأعلنت الهيئة أن العجز (بين الإيرادات والنفقات) بلغ مليار دينار.').content.text).toBe('العجز (بين الإيرادات والنفقات) بلغ مليار دينار');
  });

  it('runs indirect content through a present verb whose subject is a quoted term inside it', () => {
    expect(one('وقال قائد الشرطة إن نشر "الشائعات" يعتبر جريمة يعاقب عليها القانون.').content.text).toBe('نشر "الشائعات" يعتبر جريمة يعاقب عليها القانون');
    expect(one('وأكدت الهيئة أن تطبيق "خدمتي" يتيح للمواطنين تجديد الرخص.').content.text).toBe('تطبيق "خدمتي" يتيح للمواطنين تجديد الرخص');
    // A verb naming its own subject after the quotation opens a clause of its own.
    expect(quotes('ونفى الوزير وجود "أي وثيقة رسمية" تقول المعارضة إنها بحوزتها.').map((q) => q.speaker.text)).toContain('المعارضة');
  });

  it('ends what was said at the journalist\'s gloss «في إشارة إلى», comma or not, and never reads it as an appeal', () => {
    expect(one('وقال المدرب إن الفريق لعب ضد "الحكم" في إشارة إلى الأخطاء التحكيمية.').content.text).toBe('الفريق لعب ضد "الحكم"');
    expect(one('وقال المدرب إن الفريق لعب ضد "الحكم"، وذلك في إشارة إلى الأخطاء التحكيمية.').content.text).toBe('الفريق لعب ضد "الحكم"');
    expect(quotes('طالبت الحكومة، الأحد، من سمتهم بـ"المخربين" في إشارة إلى المحتجين، بالتوقف عن إغلاق الطرق.').map((q) => q.content.text)).not.toContain('المحتجين، بالتوقف عن إغلاق الطرق');
    // In brackets it is an aside, and the words go on after it.
    expect(one('وقال الوزير إن القوات ستلاحق "المعتدين" (في إشارة إلى المسلحين) حتى الحدود.').content.text).toBe('القوات ستلاحق "المعتدين" (في إشارة إلى المسلحين) حتى الحدود');
    // Quoted words that are the subject of the verb after them are no postposed quotation of it.
    expect(quotes('قال العميد، نائب القائد، إن تمويل "جماعة متطرفة" يعتبر من الجرائم الكبرى، على حد تعبيره، وذلك في إشارة إلى الجيران.')).toHaveLength(1);
  });

  it('gives a participle after «نقلت X عن Y قوله» to Y, the source, not to the relaying X', () => {
    const qs = quotes('ونقلت الإذاعة عن المحافظ قوله إن الطريق أغلق، مشيرا إلى أن الأمطار مستمرة.');
    expect(qs[1].speaker).toMatchObject({ text: 'المحافظ', resolved: true });
  });
});

describe('5e. «يدعى» (is called) is no «يدعي» (claims)', () => {
  it('reads «ويدعى X» after the speaker as his name, and «شركة تدعى X» as no quote', () => {
    const text = 'وقال أحد السكان ويدعى سالم العتيبي إن الانفجار دمر المنازل.';
    const q = one(text);
    expect([q.cue.text, q.content.text]).toEqual(['وقال', 'الانفجار دمر المنازل']);
    expect(quotes('وتعاقدت الوزارة مع شركة تدعى "آفاق" لتنفيذ المشروع.')).toEqual([]);
    // The verb of claiming, written with ي, still reports.
    expect(view(one('وتدعي الشركة أن المنتج آمن.'))).toEqual(['indirect', 'الشركة', 'المنتج آمن']);
  });
});

describe('5g. «بينها» is among them', () => {
  it('never reads «بين» with a pronoun as «explained it»', () => {
    const qs = quotes('وقال الرئيس أمام الجموع، التي كان بينها عدد من المحاربين القدامى "اليوم يوم مقدس".');
    expect(qs.map((q) => q.cue.text)).not.toContain('بينها');
  });
});

describe('5f. verbs written passive', () => {
  it('reads a past verb of saying written with a damma on its first letter as passive: nobody is its speaker', () => {
    const qs = quotes('وقال الوزير إن الوضع هادئ. وذُكر أن الشرطة اعتقلت شخصين.');
    expect(qs.map((q) => q.content.text)).toEqual(['الوضع هادئ']);
    // Written active, the same verb goes on with the speaker before.
    expect(quotes('وقال الوزير إن الوضع هادئ. وأَعلن أن الطريق سيفتح.').map((q) => q.speaker.text)).toEqual(['الوزير', 'الوزير']);
    // «ونُقل عن X قوله»: the source after «عن» still speaks.
    expect(one('ونُقل عن المدير قوله إن المصنع سيغلق.').speaker.text).toBe('المدير');
  });
});

describe('5d. participle forms that are also nouns', () => {
  it('reads «مطالبة» agreeing with no one who spoke as the noun, and before its complementizer as the participle', () => {
    const qs = quotes('وقال الوزير إن الاتفاق متوازن. واستنكر الوزير، مطالبة نواب معارضين بإلغاء الاتفاق.');
    expect(qs.map((q) => q.content.text)).toEqual(['الاتفاق متوازن']);
    const qs2 = quotes('وقالت الوزيرة إن الاتفاق متوازن، مطالبة أن يطبق فورا.');
    expect(qs2.map((q) => [q.speaker.text, q.content.text])).toContainEqual(['الوزيرة', 'يطبق فورا']);
  });
});

describe('5b. what may be said is not what was said', () => {
  it('reads no quote from a present verb after the particle of the subjunctive, but narrates «قبل أن يضيف»', () => {
    expect(quotes('ويمكن أن يقول المدير إن الخطة فشلت.')).toEqual([]);
    expect(quotes('وسافر الكاتب حتى يكتب عن أن المدينة تغيرت.')).toEqual([]);
    // A condition says nothing either.
    expect(quotes('وإذا وجدت أن الملف ناقص فعليك إعادة إرساله.')).toEqual([]);
    expect(one('وتحدث المدير عن الخطة، قبل أن يضيف: "التنفيذ يبدأ غدا".').content.text).toBe('التنفيذ يبدأ غدا');
  });
});

describe('3e. what stands between the speaker and the content', () => {
  it('reads past a relative aside about the speaker to the main verb’s complement, cues inside it and all', () => {
    expect(view(one('وأكد المحافظ سامر نجيب، الذي كان يتحدث أمام تجار في المدينة، أن الأسواق مستقرة.'))).toEqual(['indirect', 'المحافظ سامر نجيب', 'الأسواق مستقرة']);
    // («الذي سبق أن …»: a complementizer inside the aside is the aside's.)
    expect(view(one('وقال المدير، الذي سبق أن زار المصنع مرتين، إن الإنتاج سيتضاعف.'))).toEqual(['indirect', 'المدير', 'الإنتاج سيتضاعف']);
    // An aside saying something of its own gives two statements, each ending where it ends.
    expect(quotes('وأوضحت الباحثة، التي قالت إن التجربة استغرقت عامين، أن النتائج مشجعة.').map(view)).toEqual([
      ['indirect', 'الباحثة', 'التجربة استغرقت عامين'],
      ['indirect', 'الباحثة', 'النتائج مشجعة'],
    ]);
  });

  it('reads past an aside opened by «وهو/وهي», a relaying marker between commas, and the event’s relay', () => {
    // («، وهي جماعة تقول إنها …،»: the aside's own words end at its comma.)
    expect(quotes('وأعلن متحدث باسم الرابطة، وهي جمعية تقول إنها تدافع عن الصيادين، إنها ستقاطع المزاد.').map(view)).toContainEqual(['indirect', 'متحدث باسم الرابطة', 'ستقاطع المزاد']);
    expect(view(one('وقال المحافظ، وفقا لما نقلته الإذاعة المحلية، إن السدود ممتلئة.'))).toEqual(['indirect', 'المحافظ', 'السدود ممتلئة']);
    expect(view(one('وقال المحافظ، في بيان رسمي نقلته الإذاعة المحلية، إن السدود ممتلئة.'))).toEqual(['indirect', 'المحافظ', 'السدود ممتلئة']);
    // «، نقلا عن …،» names the one who speaks; the newspaper relays.
    expect(one('وذكرت صحيفة محلية، نقلا عن مهندس، أن السدود ممتلئة.').speaker.text).toBe('مهندس');
    // An aside whose verb quotes words is a report of its own, not skipped.
    expect(quotes('واستقر المجلس على حل، وهو حل قد يصفه البعض بـ"المؤقت"، لكنه ضروري.').map(view)).toEqual([['direct', 'البعض', 'المؤقت']]);
  });

  it('reads past an adjunct between commas holding a verb, and past to whom it was said after an aside', () => {
    expect(view(one('وقال المحافظ، خلال الكلمة التي ألقاها في الحفل ونقلتها الإذاعة المحلية، إن الطريق سيفتح.'))).toEqual(['indirect', 'المحافظ', 'الطريق سيفتح']);
    expect(quotes('وقال المدرب، الذي يرجح أن يشرك الحارس الاحتياطي، لموقع النادي إن الفريق جاهز.').map((q) => q.content.text)).toContain('الفريق جاهز');
    // «، عن المتحدث …،» after a verb that relays is the source, not an aside.
    expect(one('ونقلت الوكالة، عن المتحدث باسم الرئاسة، أن القمة ستعقد الجمعة.').speaker.text).toBe('المتحدث باسم الرئاسة');
  });

  it('reads a relaying marker right after a continuation verb as the relay, the one who spoke going on', () => {
    expect(quotes('وقال المحافظ إن المياه عادت. وأضاف وفقا لما نقلته الإذاعة: "سنعوض المتضررين".').map((q) => q.speaker.text)).toEqual(['المحافظ', 'المحافظ']);
    // After a verb that passes words on, the marker is no relay to read past.
    const qs = quotes('وكانت صحف محلية نقلت على لسان المحافظ تصريحات قال فيها "إن المياه عادت".');
    expect(qs.map((q) => q.speaker.text)).not.toContain('صحف محلية');
  });

  it('reads past a verb inside the adjunct after the speaker when a comma closes it before إن', () => {
    expect(view(one('وقال السفير في اجتماع طارئ دعت إليه الجامعة العربية، إن الهدنة صامدة.'))).toEqual(['indirect', 'السفير', 'الهدنة صامدة']);
    expect(view(one('وقال اللاعب في حوار مع مجلة محلية تحدث فيه عن مسيرته، إن الاعتزال قريب.'))).toEqual(['indirect', 'اللاعب', 'الاعتزال قريب']);
  });

  it('reads «من قبل» right before إن as "earlier", but «من قبل أن» + verb as "before"', () => {
    expect(view(one('وقالت الفنانة من قبل إنها ستعتزل الغناء.'))).toEqual(['indirect', 'الفنانة', 'ستعتزل الغناء']);
    expect(view(one('وأكد الاتحاد من قبل أن الملعب جاهز.'))).toEqual(['indirect', 'الاتحاد', 'الملعب جاهز']);
    expect(quotes('وغادر اللاعب الملعب من قبل أن يصل المدرب.')).toEqual([]);
  });

  it('keeps a relative aside about a marker’s source with the source, the statement after «، فإن»', () => {
    expect(view(one('وبحسب الأرقام، التي نشرتها الهيئة مساء الخميس، فإن البطالة تراجعت.'))).toEqual(['indirect', 'الأرقام', 'البطالة تراجعت']);
  });
});

describe('5. boundaries', () => {
  it('never reads a verb’s complement past the journalist’s clause after a comma («، علما أن», «، بيد أن»)', () => {
    expect(quotes('وتابع الوزير قائلا نحن مستعدون للحوار، علما أن الحكومة رفضت العرض.')).toEqual([]);
    expect(quotes('واتهمت الحكومة المعارضة بالتصعيد، بيد أنها نفت مسؤوليتها عن الهجوم.')).toEqual([]);
    // «، وذلك في البيان» is where the words were said: the reading goes on, and cites it.
    expect(one('وأعرب الوزير عن قلقه، وذلك في البيان الذي نشره مكتبه. وجاء في البيان أن الوضع خطير.').speaker.text).toBe('الوزير');
  });

  it('ends what was said at «، فإن» answering a concession or condition that opens the sentence', () => {
    expect(view(one('ورغم أن الوزير أكد أن الأزمة انتهت، فإن الأسعار ما زالت مرتفعة.'))).toEqual(['indirect', 'الوزير', 'الأزمة انتهت']);
    // Nor is that ف the complementizer of a verb before it.
    expect(quotes('وعلى الرغم من أن المدينة تعتبر مركزا تجاريا، فإن سكانها يهاجرون.')).toEqual([]);
    // After the cue, the condition and its answer are the speaker's own words.
    expect(one('وقال الوزير إن الأزمة، إذا استمرت، فإنها ستضر بالاقتصاد.').content.text).toBe('الأزمة، إذا استمرت، فإنها ستضر بالاقتصاد');
  });

  it('never reads a speaker or a trigger across «أما», which opens a clause of its own', () => {
    expect(quotes('واعتبرت اللجنة عشرين ملفا "مكتملة الشروط" أما الملفات الباقية "فلم يصل منها أي شيء إلى الآن".')).toEqual([]);
  });

  it('ends a quotation never closed at its last sentence when a verb of saying opens a new one', () => {
    const text = 'وقال المدرب للصحفيين "الفريق جاهز للمباراة. وأضاف "لعبنا بشكل جيد في التدريبات". وقال الحارس إن المنافس قوي.';
    expect(quotes(text).map(view)).toEqual([
      ['direct', 'المدرب', 'الفريق جاهز للمباراة'],
      ['direct', 'المدرب', 'لعبنا بشكل جيد في التدريبات'],
      ['indirect', 'الحارس', 'المنافس قوي'],
    ]);
    // A quoted term inside a quotation still nests: «"… نطلق عليه "الممر الأخضر" …"».
    expect(one('وقالت المديرة: "نجحنا هذا العام. وأطلقنا ما يعرف بـ"الممر الأخضر" للمسافرين".').content.text).toBe('نجحنا هذا العام. وأطلقنا ما يعرف بـ"الممر الأخضر" للمسافرين');
  });

  it('ends what was said before «على حد تعبيره» / «حسب قولها» closing the clause, with or without a comma', () => {
    expect(one('وأكدت المدربة أن اللاعبات قدمن مباراة تاريخية على حد تعبيرها.').content.text).toBe('اللاعبات قدمن مباراة تاريخية');
    expect(quotes('وقال الناقد إن الفيلم "تحفة نادرة" حسب قوله، داعيا إلى مشاهدته.')[0].content.text).toBe('الفيلم "تحفة نادرة"');
    // Inside the clause, with more of it after, the words stay.
    expect(one('وأكدت المدربة أن المباراة كانت على حد تعبيرها تاريخية للفريق.').content.text).toBe('المباراة كانت على حد تعبيرها تاريخية للفريق');
  });

  it('ends the words said at «، وذلك في/خلال …», where the journalist places them', () => {
    expect(one('وأكد المدير أن المصنع سيفتح قريبا، وذلك خلال زيارته للموقع أمس.').content.text).toBe('المصنع سيفتح قريبا');
  });

  it('never reads a phrase opened by a preposition before the verb as its subject', () => {
    const qs = quotes('وقالت الإذاعة إنه بعد دعوة وصفتها بـ"المريبة" تجمع العشرات.');
    expect(qs.map((q) => q.speaker.text)).not.toContain('بعد دعوة');
  });

  it('reads «المعروف بأنه …» after the speaker as describing him, not as what he said', () => {
    const q = one('وقال الصحفي سامر نادر المعروف بأنه مقرب من الحكومة: "الاتفاق قريب".');
    expect([q.kind, q.content.text]).toEqual(['direct', 'الاتفاق قريب']);
    expect(quotes('وأغلقت السلطات المنطقة المعروفة بأنها ملاذ للمهربين.')).toEqual([]);
  });

  it('ends what was said where «لكن/بينما» opens a clause whose subject speaks, comma or not', () => {
    const qs = quotes('ويقول المؤيدون إن القانون يحمي الأسر لكن نقابيين يقولون إن بعض مواده تضر بالعمال.');
    expect(qs.map(view)).toEqual([
      ['indirect', 'المؤيدون', 'القانون يحمي الأسر'],
      ['indirect', 'نقابيين', 'بعض مواده تضر بالعمال'],
    ]);
  });

  it('never carries a verb inside what was said over «، وأن …», which joins a clause to the attribution before', () => {
    const qs = quotes('وأشارت الصحيفة إلى أن الكاتب يكتب مقالات لها، وأن مقالته كان من المفترض أن تنشر اليوم.');
    expect(qs.map((q) => q.speaker.text)).toEqual(['الصحيفة']);
  });

  it('never takes the أن of «في حين أن» (whereas) for what a verb before it reports', () => {
    expect(quotes('ونشرت الهيئة تقريرها، حيث قدر الإنفاق بنحو مليار دولار، في حين أن الإيرادات كانت أقل.')).toEqual([]);
  });

  it('ends what was said where the journalist’s own clause starts after a comma', () => {
    expect(one('وقال الوزير إن الميزانية متوازنة، في حين تشير الأرقام إلى عجز.').content.text).toBe('الميزانية متوازنة');
    expect(one('وأكدت الشركة أنها لن ترفع الأسعار، الأمر الذي أراح المستهلكين.').content.text).toBe('لن ترفع الأسعار');
    expect(one('وقال المدير إن المصنع سيغلق، متحدثا عن خسائر كبيرة.').content.text).toBe('المصنع سيغلق');
  });

  it('runs speech after a colon without quotation marks over its sentences to the paragraph’s end', () => {
    const qs = quotes('وقال المدرب: لعبنا جيدا. سنعود أقوى في المباراة المقبلة.\nوانتهت المباراة بالتعادل.');
    expect(qs.map(view)).toEqual([['direct', 'المدرب', 'لعبنا جيدا. سنعود أقوى في المباراة المقبلة']]);
    // A comma before «لكن» is the speaker's own clause; a journalist's note opening a sentence ends it.
    expect(one('وقال المدرب: المباراة صعبة، لكن نحن مستعدون. في إشارة إلى لقاء الأحد.').content.text).toBe('المباراة صعبة، لكن نحن مستعدون');
    // …unless a new attribution starts first.
    expect(quotes('وقال المدرب: لعبنا جيدا. وأضاف الحارس أن الفريق مرهق.').map((q) => q.content.text)).toEqual(['لعبنا جيدا', 'الفريق مرهق']);
  });

  it('keeps «كان قد» and «بين … وبين …» inside what was said', () => {
    expect(one('وقال نشطاء إن المعتقل كان قد انتقد الخطة علنا.').content.text).toBe('المعتقل كان قد انتقد الخطة علنا');
    expect(one('وأشار الطبيب إلى أن الثقة بينه وبين المرضى أساس العلاج.').content.text).toBe('الثقة بينه وبين المرضى أساس العلاج');
  });

  it('ends what was said where a consecutive «لـ» verb reports the next speaker', () => {
    const qs = quotes('وقالت الممثلة إن زوجها هو من اختار الاسم لتعلق صديقتها مازحة: «اختيار موفق».');
    expect(qs.map(view)).toEqual([
      ['indirect', 'الممثلة', 'زوجها هو من اختار الاسم'],
      ['direct', 'صديقتها', 'اختيار موفق'],
    ]);
  });

  it('keeps a quotation whole when a quotation of the same marks sits inside it', () => {
    expect(one('وقالت المديرة: "أظهر استطلاع "رضا العملاء" تحسنا كبيرا هذا العام".').content.text).toBe('أظهر استطلاع "رضا العملاء" تحسنا كبيرا هذا العام');
    expect(one('وقال اللاعب: “بدأت مع “الأهلي” وأنهي مسيرتي هنا”.').content.text).toBe('بدأت مع “الأهلي” وأنهي مسيرتي هنا');
    expect(one('وقالت: "لقد بنينا ما يعرف بـ"الممر الأخضر" في المدينة".').content.text).toBe('لقد بنينا ما يعرف بـ"الممر الأخضر" في المدينة');
  });
});
