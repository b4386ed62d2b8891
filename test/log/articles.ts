/**
 * Three short news articles of our own, quoting the same minister under three forms of his
 * name, in three outlets, with figures for the same city.
 */
import type { PageMeta } from '../../src/shared/page-meta.js';

export interface TestArticle {
  meta: PageMeta;
  text: string;
}

export const ARTICLES: TestArticle[] = [
  {
    meta: { url: 'https://wadi.example/news/1', title: 'المستشفيات تستقبل المصابين في حلب', outlet: 'أخبار الوادي', site: 'wadi.example', publishedAt: '2026-08-10T09:00:00+03:00', dateSource: 'meta' },
    text: 'قال وزير الصحة سامي الحسن إن المستشفيات استقبلت 120 مصابا في مدينة حلب خلال يومين.\nوأضاف الحسن: «نحتاج إلى مزيد من الأدوية والأطباء بصورة عاجلة».\nوأعلنت منظمة الصحة العالمية أنها أرسلت فريقا إلى المدينة.',
  },
  {
    meta: { url: 'https://nahar.example/a/22', title: 'خمسة ملايين دولار لمستشفيات حلب', outlet: 'صحيفة النهار', site: 'nahar.example', publishedAt: '2026-08-11', dateSource: 'json-ld' },
    text: 'أكد وزير الصحة سامي الحسن أن الحكومة خصصت 5 ملايين دولار لإعادة تأهيل المستشفيات في حلب.\nوقال مدير مستشفى حلب الجامعي خالد يوسف إن الأجهزة الحديثة ستصل الأسبوع المقبل.',
  },
  {
    meta: { url: 'https://sham.example/story?id=3', title: 'ارتفاع عدد المصابين في حلب', outlet: 'شام نيوز', site: 'sham.example', publishedAt: '2026-08-12', dateSource: 'time' },
    text: 'وقال سامي الحسن، وزير الصحة، إن عدد المصابين في حلب ارتفع إلى 150 مصابا.\nوأوضح أن الفرق الطبية تعمل على مدار الساعة.',
  },
];
