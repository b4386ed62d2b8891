/**
 * Calendar words of Arabic news: month names of the four naming traditions, weekdays, relative
 * days, year and time heads, era markers. Multi-word names are written with one space. Lookups
 * normalize both sides, so each table lists one spelling per normalized form
 * (test/engine/numbers-data.test.ts checks it).
 */

export type Calendar = 'gregorian' | 'hijri';

/** One month with every name news gives it. */
export interface Month {
  calendar: Calendar;
  /** 1–12. */
  month: number;
  /**
   * Egyptian and Gulf (يناير), Levantine and Iraqi (كانون الثاني), Maghrebi (جانفي، يوليوز) names,
   * common misspellings (سيبتمبر).
   */
  names: readonly string[];
}

export const MONTHS: readonly Month[] = [
  { calendar: 'gregorian', month: 1, names: ['يناير', 'جانفي', 'كانون الثاني', 'كانون ثاني'] },
  { calendar: 'gregorian', month: 2, names: ['فبراير', 'فيفري', 'فبرير', 'شباط'] },
  { calendar: 'gregorian', month: 3, names: ['مارس', 'آذار'] },
  { calendar: 'gregorian', month: 4, names: ['أبريل', 'أفريل', 'نيسان'] },
  { calendar: 'gregorian', month: 5, names: ['مايو', 'ماي', 'أيار'] },
  { calendar: 'gregorian', month: 6, names: ['يونيو', 'يونيه', 'جوان', 'حزيران'] },
  { calendar: 'gregorian', month: 7, names: ['يوليو', 'يوليه', 'جويلية', 'يوليوز', 'تموز'] },
  { calendar: 'gregorian', month: 8, names: ['أغسطس', 'أوت', 'غشت', 'آب'] },
  { calendar: 'gregorian', month: 9, names: ['سبتمبر', 'سيبتمبر', 'شتنبر', 'أيلول'] },
  { calendar: 'gregorian', month: 10, names: ['أكتوبر', 'تشرين الأول', 'تشرين اول'] },
  { calendar: 'gregorian', month: 11, names: ['نوفمبر', 'نونبر', 'تشرين الثاني', 'تشرين ثاني'] },
  { calendar: 'gregorian', month: 12, names: ['ديسمبر', 'دجنبر', 'كانون الأول', 'كانون اول'] },
  { calendar: 'hijri', month: 1, names: ['محرم', 'المحرم'] },
  { calendar: 'hijri', month: 2, names: ['صفر'] },
  { calendar: 'hijri', month: 3, names: ['ربيع الأول', 'ربيع أول'] },
  { calendar: 'hijri', month: 4, names: ['ربيع الثاني', 'ربيع الآخر', 'ربيع ثاني'] },
  { calendar: 'hijri', month: 5, names: ['جمادى الأولى', 'جمادى الأول', 'جمادى أولى'] },
  { calendar: 'hijri', month: 6, names: ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى ثانية'] },
  { calendar: 'hijri', month: 7, names: ['رجب'] },
  { calendar: 'hijri', month: 8, names: ['شعبان'] },
  { calendar: 'hijri', month: 9, names: ['رمضان'] },
  { calendar: 'hijri', month: 10, names: ['شوال'] },
  { calendar: 'hijri', month: 11, names: ['ذو القعدة', 'ذي القعدة', 'ذا القعدة'] },
  { calendar: 'hijri', month: 12, names: ['ذو الحجة', 'ذي الحجة', 'ذا الحجة'] },
];

/** «شهر» before a month name is part of the date: «الخامس من شهر آب». */
export const MONTH_WORDS: readonly string[] = ['شهر', 'لشهر'];

/** Day names as JavaScript numbers them (Sunday = 0). Always definite in running text. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  الأحد: 0, الاثنين: 1, الثلاثاء: 2, الأربعاء: 3, الخميس: 4, الجمعة: 5, السبت: 6,
};

/** Words after a weekday that say which one: «الخميس الماضي» (-1, the last), «الخميس المقبل» (+1, the next). */
export const WEEKDAY_QUALIFIERS: Readonly<Record<string, -1 | 1>> = {
  الماضي: -1, المنصرم: -1, الفائت: -1, الماضية: -1,
  المقبل: 1, القادم: 1, المقبلة: 1,
};

export interface RelativeDay {
  words: string;
  /** Days from the day of writing. */
  days: number;
  /**
   * Also an ordinary noun («في اليوم» per day, «اليوم التالي» the next day, «صحيفة اليوم»): a
   * relative day only when nothing around it makes it that noun.
   */
  alsoNoun?: true;
}

/** Days relative to the day of writing. Multi-word entries first so they win. */
export const RELATIVE_DAYS: readonly RelativeDay[] = [
  { words: 'أول أمس', days: -2 },
  { words: 'أول من أمس', days: -2 },
  { words: 'أمس الأول', days: -2 },
  { words: 'بعد غد', days: 2 },
  { words: 'أمس', days: -1 },
  { words: 'الأمس', days: -1 },
  { words: 'البارحة', days: -1 },
  { words: 'اليوم', days: 0, alsoNoun: true },
  { words: 'غدا', days: 1 },
  { words: 'الغد', days: 1, alsoNoun: true },
];

/** Words before «اليوم» that make it «that day», not today: «ذلك اليوم», «في نفس اليوم». */
export const NOT_TODAY_BEFORE: readonly string[] = ['ذلك', 'نفس', 'ذات', 'في', 'طوال', 'طيلة', 'صحيفة', 'جريدة', 'هذا', 'خلال', 'منذ', 'مدى'];

/** «يوم» before a weekday or date is part of the mention. */
export const DAY_WORDS: readonly string[] = ['يوم', 'يومي'];

/** Words between a weekday or relative day and the date it names: «الثلاثاء الموافق 12 يناير». */
export const AGREEMENT_WORDS: readonly string[] = ['الموافق', 'الموافقة', 'المصادف'];

/** Nouns before a year: «عام 2015», «صيف 2014»; «العام الماضي 2014» is not handled. */
export const YEAR_HEADS: readonly string[] = [
  'عام', 'العام', 'سنة', 'السنة', 'عامي', 'سنتي', 'موسم', 'الموسم', 'صيف', 'الصيف', 'شتاء', 'الشتاء', 'خريف', 'الخريف', 'ربيع',
];

/** Words between a month name and its year: «يناير من عام 2015», «يناير لعام 2015». */
export const YEAR_JOINERS: readonly string[] = ['عام', 'العام', 'سنة', 'من', 'لعام', 'لسنة'];

/** Words after which a bare four-digit number is a year even when a word follows: «منذ 2011 تشهد». */
export const YEAR_PREPOSITIONS: readonly string[] = [
  'منذ', 'بحلول', 'حتى', 'مطلع', 'نهاية', 'أواخر', 'أوائل', 'منتصف', 'قبل', 'بعد', 'خلال', 'وحتى', 'ومنذ', 'أواسط',
];

/** Era markers after a year; the value is the calendar they imply. */
export const ERA_MARKERS: Readonly<Record<string, Calendar>> = {
  م: 'gregorian', ميلادي: 'gregorian', ميلادية: 'gregorian', للميلاد: 'gregorian', 'م.': 'gregorian',
  هـ: 'hijri', هجري: 'hijri', هجرية: 'hijri', للهجرة: 'hijri', 'هـ.': 'hijri',
};

/** Nouns before a clock time: «الساعة 18:02», «الساعة الخامسة». */
export const TIME_HEADS: readonly string[] = ['الساعة', 'ساعة'];

/** Words that announce a date written in digits: «بتاريخ 15/10/1436». */
export const DATE_CUES: readonly string[] = ['بتاريخ', 'تاريخ', 'الموافق', 'الموافقة', 'يوم', 'في'];

/**
 * Words a dateline holds besides its dates and times: «آخر تحديث 02:21 (GMT+0400)», «نشر في»،
 * «الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس» (a city and the agency are also allowed).
 */
export const DATELINE_WORDS: readonly string[] = [
  'آخر', 'تحديث', 'محدثة', 'محدث', 'نشر', 'نشرت', 'منشور', 'في', 'تاريخ', 'بتاريخ', 'النشر', 'الموافق', 'م', 'هـ', 'ت', 'ص',
  'بتوقيت', 'توقيت', 'مكة', 'غرينتش', 'جرينتش', 'gmt', 'utc', 'واس', 'ونا', 'قنا', 'وام', 'بنا', 'كونا', 'سبأ', 'سانا', 'صباحا', 'مساء',
];
