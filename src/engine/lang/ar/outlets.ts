/**
 * News outlets. Words after which «لـ«…»» names the outlet someone spoke to: «قال لـ«الأيام»», «في تصريح
 * لـ"عكاظ"», «في حديث لـ«الشرق»». Normalized, without و/ف. Kept apart from the tagger's lexicons:
 * it is read by a rule, not by the model's features.
 */
export const OUTLET_CONTEXT: ReadonlySet<string> = new Set([
  'قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'اكد', 'اكدت', 'اوضح', 'اوضحت', 'اضاف', 'اضافت', 'صرح', 'صرحت',
  'افاد', 'افادت', 'كشف', 'كشفت', 'ذكر', 'ذكرت', 'اعلن', 'اعلنت', 'اشار', 'اشارت', 'تحدث', 'تحدثت', 'اعرب', 'اعربت',
  'تصريح', 'تصريحات', 'تصريحه', 'تصريحها', 'تصريحاته', 'حديث', 'حديثه', 'حديثها', 'حوار', 'مقابله', 'لقاء',
  'مداخله', 'بيان', 'رساله', 'اتصال', 'خاص', 'خاصه',
]);

/**
 * Words of an interview, before «مع» and the outlet it was given to: «في مقابلة خاصة مع
 * "العربية"», «في حديث مع "رويترز"» (ANT: ~100 such phrases in 20,000 articles). Normalized.
 */
export const INTERVIEW_WORDS: ReadonlySet<string> = new Set(['مقابله', 'حوار', 'حديث', 'لقاء', 'اتصال', 'مداخله', 'خاص', 'خاصه', 'حصري', 'حصريه']);

/**
 * Words that name a kind of outlet before its name: «صحيفة «الوئام»», «قناة الجزيرة», «وكالة
 * الأنباء». The outlet's name is what follows, without this word (as the annotation guideline
 * writes it).
 */
export const OUTLET_HEADS: readonly string[] = [
  'صحيفة', 'جريدة', 'مجلة', 'قناة', 'فضائية', 'إذاعة', 'تلفزيون', 'شبكة', 'موقع', 'وكالة', 'وكالة أنباء', 'وكالة الأنباء',
];

/**
 * Words that describe an outlet after its name and are not part of it: «قناة الجزيرة الفضائية»,
 * «صحيفة الحياة اللندنية» (a place's adjective is not part of it either).
 */
export const OUTLET_DESCRIPTORS: readonly string[] = [
  'الفضائية', 'الإخبارية', 'الإخباري', 'الرسمية', 'الرسمي', 'الحكومية', 'الحكومي', 'المحلية', 'المحلي', 'الإلكترونية',
  'الإلكتروني', 'اليومية', 'الأسبوعية', 'الشهرية', 'المستقلة', 'الخاصة', 'العامة', 'الدولية', 'الشهيرة', 'المعروفة',
  'واسعة', 'الانتشار', 'الناطقة', 'الصادرة', 'التابعة', 'المقربة', 'الموالية',
];

/**
 * Outlet kinds an outlet is called by but not named with: a mention «صحيفة الوئام» names the
 * entity «الوئام» (the annotation guideline writes either).
 */
export const MEDIA_HEADS: readonly string[] = ['صحيفة', 'جريدة', 'مجلة', 'قناة', 'فضائية', 'إذاعة', 'تلفزيون', 'موقع', 'وكالة'];

/**
 * Outlets named by an everyday word («الرأي» opinion, «الغد» tomorrow, «الأخبار» the news): the
 * word is the outlet only where the article marks it as one (its kind, quotation marks, a verb that
 * reports or cites it), and finding it once does not make every «الرأي» of the article the paper.
 */
export const EVERYDAY_OUTLET_NAMES: readonly string[] = [
  'الرأي', 'الغد', 'الأخبار', 'النهار', 'الشروق', 'الدستور', 'الحياة', 'الوطن', 'الصباح', 'اليوم', 'المستقبل',
  'الحرة', 'السفير', 'البيان', 'الأيام', 'المساء', 'الجمهورية', 'البلاد', 'الاتحاد', 'الخليج', 'الثورة', 'الوسط',
];

/**
 * Kinds of company and outlet that a nationality or a plain adjective describes without naming
 * («الصحيفة البريطانية», «شركة ألمانية», «الوكالة الروسية», «القناة الرسمية»): the article's
 * back-reference to an outlet or a company, or any one of them. (Ministries, armies, governments
 * and a country's television are named so: «الجيش التركي», «التلفزيون الإيراني».)
 */
export const DESCRIBED_KINDS: readonly string[] = [
  'صحيفة', 'الصحيفة', 'جريدة', 'الجريدة', 'مجلة', 'المجلة', 'قناة', 'القناة', 'وكالة', 'الوكالة', 'موقع', 'الموقع',
  'شبكة', 'الشبكة', 'شركة', 'الشركة', 'مجموعة', 'المجموعة', 'محطة', 'المحطة',
];

/**
 * Adjectives that describe an outlet or a company after its kind and are no part of a name
 * («الموقع الرسمي», «القناة الفضائية», «الشركة الراعية», «موقع إلكتروني آخر»).
 */
export const DESCRIBING_ADJECTIVES: readonly string[] = [
  'الرسمية', 'الرسمي', 'رسمية', 'رسمي', 'الفضائية', 'فضائية', 'الإلكتروني', 'إلكتروني', 'الإلكترونية', 'إلكترونية',
  'آخر', 'أخرى', 'الأخرى', 'الراعية', 'الراعي', 'الأم', 'متطورة', 'المحلية', 'محلية', 'المحلي', 'محلي', 'الحكومية',
  'حكومية', 'الخاصة', 'خاصة', 'العريقة', 'الكبرى', 'كبرى', 'الشهيرة', 'شهيرة', 'المعروفة', 'الناشئة', 'ناشئة', 'العملاقة',
  'عملاقة', 'الإخبارية', 'إخبارية', 'الإخباري', 'إخباري',
];

/** Words before an outlet's name that report or cite it: «قالت الغد», «بحسب الأخبار». Normalized, without و/ف. */
export const CITING_WORDS: ReadonlySet<string> = new Set([
  ...OUTLET_CONTEXT, 'نقلت', 'نشرت', 'كتبت', 'اوردت', 'بثت', 'تابعت', 'لفتت', 'علمت', 'بحسب', 'حسب', 'وفق', 'وفقا',
  'عن', 'ل', 'لصحيفه', 'لجريده', 'صحيفتا', 'صحيفتي',
]);
