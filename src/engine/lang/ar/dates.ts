/**
 * Calendar words of Arabic news: month names of the four naming traditions, weekdays, relative
 * days, year and time heads, era markers. Multi-word names are written with one space.
 */

export type Calendar = 'gregorian' | 'hijri';

export interface MonthName {
  name: string;
  month: number;
  calendar: Calendar;
}

const months = (calendar: Calendar, list: readonly (readonly string[])[]): MonthName[] =>
  list.flatMap((names, k) => names.map((name) => ({ name, month: k + 1, calendar })));

export const MONTHS: readonly MonthName[] = [
  // Egypt, the Gulf and most wire services.
  ...months('gregorian', [
    ['يناير', 'ينايِر'],
    ['فبراير', 'فبرایر', 'فيفري', 'فبرير'],
    ['مارس', 'آذار'],
    ['أبريل', 'ابريل', 'إبريل', 'أفريل', 'افريل', 'نيسان'],
    ['مايو', 'ماي', 'أيار', 'ايار'],
    ['يونيو', 'يونيه', 'جوان', 'حزيران'],
    ['يوليو', 'يوليه', 'جويلية', 'جويليه', 'يوليوز', 'تموز'],
    ['أغسطس', 'اغسطس', 'أوت', 'اوت', 'غشت', 'آب'],
    ['سبتمبر', 'سيبتمبر', 'شتنبر', 'أيلول', 'ايلول'],
    ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين اول'],
    ['نوفمبر', 'نونبر', 'تشرين الثاني', 'تشرين ثاني'],
    ['ديسمبر', 'دجنبر', 'كانون الأول', 'كانون اول'],
  ]),
  { name: 'جانفي', month: 1, calendar: 'gregorian' },
  { name: 'كانون الثاني', month: 1, calendar: 'gregorian' },
  { name: 'كانون ثاني', month: 1, calendar: 'gregorian' },
  { name: 'شباط', month: 2, calendar: 'gregorian' },
  ...months('hijri', [
    ['محرم', 'المحرم'],
    ['صفر'],
    ['ربيع الأول', 'ربيع أول', 'ربيع الاول'],
    ['ربيع الثاني', 'ربيع الآخر', 'ربيع ثاني', 'ربيع الاخر'],
    ['جمادى الأولى', 'جمادى الأول', 'جمادى الاولى', 'جمادى أولى'],
    ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الاخرة', 'جمادى الآخر', 'جمادى ثانية'],
    ['رجب'],
    ['شعبان'],
    ['رمضان'],
    ['شوال'],
    ['ذو القعدة', 'ذي القعدة', 'ذا القعدة'],
    ['ذو الحجة', 'ذي الحجة', 'ذا الحجة'],
  ]),
];

/** Day names as JavaScript numbers them (Sunday = 0). Always definite in running text. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  الأحد: 0, الاحد: 0, الاثنين: 1, الإثنين: 1, الثلاثاء: 2, الأربعاء: 3, الاربعاء: 3, الخميس: 4, الجمعة: 5, السبت: 6,
};

/** Days relative to the day of writing. Multi-word entries first so they win. */
export const RELATIVE_DAYS: readonly { words: string; days: number }[] = [
  { words: 'أول أمس', days: -2 },
  { words: 'أول من أمس', days: -2 },
  { words: 'أمس الأول', days: -2 },
  { words: 'بعد غد', days: 2 },
  { words: 'بعد غدٍ', days: 2 },
  { words: 'أمس', days: -1 },
  { words: 'الأمس', days: -1 },
  { words: 'البارحة', days: -1 },
  { words: 'اليوم', days: 0 },
  { words: 'غدا', days: 1 },
  { words: 'غداً', days: 1 },
  { words: 'الغد', days: 1 },
];

/** Words before «اليوم» that make it «that day», not today: «ذلك اليوم», «في نفس اليوم». */
export const NOT_TODAY_BEFORE: readonly string[] = ['ذلك', 'نفس', 'ذات', 'في', 'طوال', 'طيلة', 'صحيفة', 'جريدة', 'هذا', 'خلال', 'منذ', 'مدى'];

/** «يوم» before a weekday or date is part of the mention. */
export const DAY_WORDS: readonly string[] = ['يوم', 'يومي'];

/** Nouns before a year: «عام 2015», «العام الماضي 2014» is not handled. */
export const YEAR_HEADS: readonly string[] = ['عام', 'العام', 'سنة', 'السنة', 'عامي', 'سنتي', 'موسم', 'الموسم'];

/** Words after which a bare four-digit number is a year even when a word follows: «منذ 2011 تشهد». */
export const YEAR_PREPOSITIONS: readonly string[] = [
  'منذ', 'بحلول', 'حتى', 'مطلع', 'نهاية', 'أواخر', 'أوائل', 'منتصف', 'قبل', 'بعد', 'خلال', 'وحتى', 'ومنذ', 'أواسط',
];

/** Era markers after a year; the value is the calendar they imply. */
export const ERA_MARKERS: Readonly<Record<string, Calendar>> = {
  م: 'gregorian', ميلادي: 'gregorian', ميلادية: 'gregorian', للميلاد: 'gregorian', 'م.': 'gregorian',
  هـ: 'hijri', ه: 'hijri', هجري: 'hijri', هجرية: 'hijri', للهجرة: 'hijri', 'هـ.': 'hijri',
};

/** Nouns before a clock time: «الساعة 18:02», «الساعة الخامسة». */
export const TIME_HEADS: readonly string[] = ['الساعة', 'ساعة'];

/** Words that announce a date written in digits: «بتاريخ 15/10/1436». */
export const DATE_CUES: readonly string[] = ['بتاريخ', 'تاريخ', 'الموافق', 'الموافقة', 'يوم', 'في'];
