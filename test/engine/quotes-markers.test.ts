import { describe, expect, it } from 'vitest';
import { entities, one, quotes, view } from './quotes-helpers.js';

describe('source markers', () => {
  it('reads the clause after a marker that opens the sentence', () => {
    expect(view(one('وبحسب مصادر طبية، فإن المصابين نقلوا إلى مستشفيين.'))).toEqual(['indirect', 'مصادر طبية', 'المصابين نقلوا إلى مستشفيين']);
    expect(view(one('ووفقا لتقرير البنك المركزي، تراجع التضخم للشهر الثالث.'))).toEqual(['indirect', 'تقرير البنك المركزي', 'تراجع التضخم للشهر الثالث']);
  });

  it('reads the clause before a marker that closes the sentence', () => {
    expect(view(one('وأصيب أربعة أشخاص في الحادث، بحسب الهلال الأحمر.'))).toEqual(['indirect', 'الهلال الأحمر', 'وأصيب أربعة أشخاص في الحادث']);
    expect(one('ارتفعت الصادرات بنسبة عشرة في المئة حسب الإحصاءات الرسمية.').speaker.text).toBe('الإحصاءات الرسمية');
  });

  it('names the source without the attached preposition', () => {
    const q = one('وتراجع الطلب وفقا للمحللين بسبب الركود العالمي.');
    expect(q.speaker.text).toBe('محللين');
    expect(q.content.text).toBe('بسبب الركود العالمي');
  });

  it('reads «نقلا عن», «على لسان» and «بحسب ما أفاد»', () => {
    expect(one('وتجددت الاشتباكات ليلا نقلا عن شهود عيان.').speaker.text).toBe('شهود عيان');
    expect(one('وقتل ثلاثة جنود، على لسان مسؤول عسكري.').speaker.text).toBe('مسؤول عسكري');
    expect(one('وغادرت القافلة المدينة، بحسب ما أفاد المرصد.').speaker.text).toBe('المرصد');
  });

  it('keeps the clause describing a document with the source', () => {
    const q = one('وتصدر المنتخب قائمة الأكثر شعبية طبقا لاستطلاع أجرته مجلة رياضية الشهر الماضي.');
    expect(q.speaker.text).toBe('استطلاع أجرته مجلة رياضية الشهر الماضي');
    expect(q.content.text).toBe('وتصدر المنتخب قائمة الأكثر شعبية');
  });

  it('does not read «according to plan» as an attribution', () => {
    expect(quotes('ووزعت المساعدات حسب الحاجة على الأسر.')).toEqual([]);
    expect(quotes('وتسير الأعمال وفق الخطة المقررة.')).toEqual([]);
  });

  it('does not repeat a quote a verb already attributed', () => {
    const qs = quotes('وقال مسؤول إن الطريق أغلق، بحسب وكالة الأنباء.');
    expect(qs).toHaveLength(1);
    expect(qs[0].speaker.text).toBe('مسؤول');
  });
  it('a marker mid-sentence closes the clause before it when a comma follows its source', () => {
    const q = one('وتراجعت مبيعات السيارات بنسبة كبيرة بحسب أرقام الاتحاد الأوروبي، في حين ارتفعت مبيعات الدراجات.');
    expect(view(q)).toEqual(['indirect', 'أرقام الاتحاد الأوروبي', 'وتراجعت مبيعات السيارات بنسبة كبيرة']);
    // Without a comma, the clause that runs on holds the marker inside it.
    expect(one('ورفضت المحكمة حسب الوكالة الرسمية طلبا جديدا للإفراج عنه.').content.text).toBe('طلبا جديدا للإفراج عنه');
  });

  it('takes a short name in quotation marks as the source', () => {
    expect(one('وتجمع مئات المحتجين أمام البرلمان، بحسب "سمير داود" مراسل الإذاعة هناك.').speaker.text).toBe('سمير داود" مراسل الإذاعة');
    expect(one('وارتفع عدد العاطلين عن العمل حسب تقديرات "المرصد الاقتصادي"، وهو رقم قياسي.').speaker.text).toBe('تقديرات "المرصد الاقتصادي"');
  });

  it('a clause after a quoted fragment still belongs to the marker after it', () => {
    const qs = quotes('ورفض القاضي طلب الزوجين لأن العقد "غير مكتمل"، حسبما أفادت صحف محلية.');
    expect(qs.some((q) => q.speaker.text === 'صحف محلية' && q.content.text.startsWith('ورفض القاضي'))).toBe(true);
  });

  it('leaves an attribution after an opening marker to its own verb', () => {
    const qs = quotes('وبحسب "رويترز"، فقد ذكر مسؤول في البنك أن النمو تباطأ.');
    expect(qs.map(view)).toEqual([['indirect', 'مسؤول في البنك', 'النمو تباطأ']]);
  });

  it('a document clause in the source stops at the quotation it introduces', () => {
    const q = one('وتناولت المحادثات وفق بيان صدر عن الرئاسة إلى "سبل تعزيز التعاون بين البلدين، والوضع في المنطقة".');
    expect(q.speaker.text).toBe('بيان صدر عن الرئاسة');
  });

  it('leaves a time word after a trailing source out of the source', () => {
    expect(view(one('وقتل خمسة مدنيين في القصف بحسب المرصد السوري الخميس.'))).toEqual(['indirect', 'المرصد السوري', 'وقتل خمسة مدنيين في القصف']);
  });

  it('reads «الذي جاء في …» as where something came, not as a document speaking', () => {
    expect(quotes('وفوجئ الفريق بالقرار الذي جاء في «الدقيقة الأخيرة».')).toEqual([]);
    expect(view(one('وجاء في البيان أن الاجتماع تأجل.'))).toEqual(['indirect', 'البيان', 'الاجتماع تأجل']);
  });

  it('reads «على حد قول/تعبير X» as naming who spoke, and ends the content before «، على حد تعبيره»', () => {
    expect(view(one('المخزون يكفي حتى الصيف، على حد قول مدير الشركة.'))).toEqual(['indirect', 'مدير الشركة', 'المخزون يكفي حتى الصيف']);
    expect(view(one('وأكد أن "المخزون يكفي"، على حد تعبير مدير الشركة.'))).toEqual(['direct', 'مدير الشركة', 'المخزون يكفي']);
    expect(quotes('وقال المدير إن المخزون يكفي، مضيفا أن الطلب سيرتفع "بقوة"، على حد تعبيره.').map((q) => q.content.text)).toEqual(['المخزون يكفي', 'الطلب سيرتفع "بقوة"']);
  });

  it('reads an unquoted clause before «، هكذا قال X» as the words of X', () => {
    expect(view(one('المخزون يكفي حتى الصيف، هكذا قال مدير الشركة.'))).toEqual(['indirect', 'مدير الشركة', 'المخزون يكفي حتى الصيف']);
  });

  it('reads an unquoted clause before «، تقول X.» (a present verb of saying written after the words) as the words of X', () => {
    const text = 'والحياة في القرية صعبة منذ سنوات، تقول المعلمة هدى سالم.';
    expect(quotes(text, entities(text, [['هدى سالم', 'person']])).map(view)).toEqual([['indirect', 'المعلمة هدى سالم', 'والحياة في القرية صعبة منذ سنوات']]);
    expect(view(one('وذهب الناس إلى السوق، يقول التجار إن الإقبال ضعيف.'))).toEqual(['indirect', 'التجار', 'الإقبال ضعيف']);
  });

  it('keeps the words ending a sentence after a trailing marker in its source, not as the words reported', () => {
    const cases: [string, string, string][] = [
      ['وتراجعت الصادرات بنسبة خمسة في المئة، بحسب وكالة الأنباء الوطنية وانا.', 'وكالة الأنباء الوطنية وانا', 'وتراجعت الصادرات بنسبة خمسة في المئة'],
      ['وسيغيب المهاجم عن المباراة المقبلة، نقلا عن مصدر بالنادي.', 'مصدر بالنادي', 'وسيغيب المهاجم عن المباراة المقبلة'],
    ];
    for (const [text, speaker, content] of cases) expect(quotes(text).map((q) => [q.speaker.text, q.content.text])).toEqual([[speaker, content]]);
    // Opening its sentence, the words after the source are what it reports.
    expect(quotes('وبحسب الوزير ارتفعت الأسعار.').map((q) => q.content.text)).toEqual(['ارتفعت الأسعار']);
  });
});

