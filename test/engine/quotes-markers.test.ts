import { describe, expect, it } from 'vitest';
import { one, quotes, view } from './quotes-helpers.js';

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
});
