/**
 * Number words of Modern Standard Arabic and the words around numbers in news. Lookups normalize
 * both sides (hamza forms, ta marbuta ة/ه, alef maqsura ى/ي, harakat and tanwin), so each table
 * lists one spelling per normalized form; test/engine/numbers-data.test.ts fails on a repeat or on
 * a word given two different values. Tables list bare forms; clitics (و، ف، ب، ل، ك، ال) are
 * handled by the parser.
 */

/** Cardinals 0–10 in all genders and cases. */
export const UNITS: Readonly<Record<string, number>> = {
  صفر: 0,
  واحد: 1, واحدة: 1, واحدا: 1,
  اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثنتان: 2, ثنتين: 2,
  ثلاث: 3, ثلاثة: 3,
  أربع: 4, أربعة: 4,
  خمس: 5, خمسة: 5,
  ست: 6, ستة: 6,
  سبع: 7, سبعة: 7,
  ثمان: 8, ثماني: 8, ثمانية: 8,
  تسع: 9, تسعة: 9,
  عشر: 10, عشرة: 10,
};

/** Forms of 1 and 2 that only occur before عشر/عشرة (11, 12) or that would be ambiguous alone. */
export const TEEN_UNITS: Readonly<Record<string, number>> = {
  أحد: 1, إحدى: 1,
  اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2,
};

/** The second word of 11–19. */
export const TEEN_MARKERS: readonly string[] = ['عشر', 'عشرة'];

export const TENS: Readonly<Record<string, number>> = {
  عشرون: 20, عشرين: 20,
  ثلاثون: 30, ثلاثين: 30,
  أربعون: 40, أربعين: 40,
  خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60,
  سبعون: 70, سبعين: 70,
  ثمانون: 80, ثمانين: 80,
  تسعون: 90, تسعين: 90,
};

/** The two spellings of «hundred» that combine with a unit, glued or apart (ثلاثمائة، ثلاث مئة). */
export const HUNDRED_FORMS: readonly string[] = ['مائة', 'مئة'];

/** Prefixes 3–9 of the glued hundreds (ثلاثمائة، خمسمئة). */
export const HUNDRED_PREFIXES: Readonly<Record<string, number>> = {
  ثلاث: 3, ثلاثة: 3, أربع: 4, أربعة: 4, خمس: 5, خمسة: 5, ست: 6, ستة: 6, سبع: 7, سبعة: 7, ثمان: 8, ثماني: 8, ثمانية: 8, تسع: 9, تسعة: 9,
};

/** Other single-word hundreds. */
export const HUNDREDS: Readonly<Record<string, number>> = {
  مائتان: 200, مائتين: 200, مئتان: 200, مئتين: 200, مائتا: 200, مائتي: 200, مئتا: 200, مئتي: 200,
};

export type GrammaticalNumber = 'singular' | 'dual' | 'plural';

/** Thousands, millions, billions, trillions: singular (also accusative), dual, plural. */
export const SCALES: readonly { forms: readonly string[]; value: number; number: GrammaticalNumber }[] = [
  { forms: ['ألف', 'ألفا'], value: 1e3, number: 'singular' },
  { forms: ['ألفان', 'ألفين', 'ألفي'], value: 1e3, number: 'dual' },
  { forms: ['آلاف', 'ألوف'], value: 1e3, number: 'plural' },
  { forms: ['مليون', 'مليونا'], value: 1e6, number: 'singular' },
  { forms: ['مليونان', 'مليونين', 'مليوني'], value: 1e6, number: 'dual' },
  { forms: ['ملايين'], value: 1e6, number: 'plural' },
  { forms: ['مليار', 'مليارا', 'بليون', 'بليونا'], value: 1e9, number: 'singular' },
  { forms: ['ملياران', 'مليارين', 'ملياري', 'بليونان', 'بليونين'], value: 1e9, number: 'dual' },
  { forms: ['مليارات', 'بلايين'], value: 1e9, number: 'plural' },
  { forms: ['تريليون', 'ترليون', 'تريليونا', 'ترليونا'], value: 1e12, number: 'singular' },
  { forms: ['تريليونان', 'تريليونين', 'ترليونين'], value: 1e12, number: 'dual' },
  { forms: ['تريليونات', 'ترليونات'], value: 1e12, number: 'plural' },
  // A dozen behaves like a scale: «ثلاث دزينات», «نصف دزينة».
  { forms: ['دزينة', 'دستة'], value: 12, number: 'singular' },
  { forms: ['دزينتان', 'دزينتين', 'دستتان', 'دستتين'], value: 12, number: 'dual' },
  { forms: ['دزينات', 'دستات'], value: 12, number: 'plural' },
];

/**
 * Unit fractions. `ambiguous`: the same letters are also a cardinal or a common noun (خمس = five,
 * ثمن = price); such a word is read as a fraction only before a definite noun («خمس الميزانية») or
 * after a numerator.
 */
export const FRACTIONS: Readonly<Record<string, { den: number; num?: number; ambiguous?: boolean; standalone?: boolean }>> = {
  نصف: { den: 2 },
  ثلث: { den: 3 },
  ربع: { den: 4 },
  خمس: { den: 5, ambiguous: true },
  سدس: { den: 6 },
  سبع: { den: 7, ambiguous: true },
  ثمن: { den: 8, ambiguous: true, standalone: false },
  تسع: { den: 9, ambiguous: true },
  عشر: { den: 10, ambiguous: true },
  ثلثان: { den: 3, num: 2 }, ثلثين: { den: 3, num: 2 }, ثلثا: { den: 3, num: 2 }, ثلثي: { den: 3, num: 2 },
};

/** Plural denominators after a numerator: ثلاثة أرباع، خمسة أثمان. */
export const FRACTION_PLURALS: Readonly<Record<string, number>> = {
  أثلاث: 3, أرباع: 4, أخماس: 5, أسداس: 6, أسباع: 7, أثمان: 8, أتساع: 9, أعشار: 10,
};

/** Ordinal words 1–10, masculine and feminine; حادي/حادية only appear in compounds (الحادي عشر). */
export const ORDINALS: Readonly<Record<string, { value: number; compoundOnly?: boolean }>> = {
  أول: { value: 1 }, أولى: { value: 1 },
  حادي: { value: 1, compoundOnly: true }, حادية: { value: 1, compoundOnly: true },
  ثاني: { value: 2 }, ثان: { value: 2 }, ثانية: { value: 2 },
  ثالث: { value: 3 }, ثالثة: { value: 3 },
  رابع: { value: 4 }, رابعة: { value: 4 },
  خامس: { value: 5 }, خامسة: { value: 5 },
  سادس: { value: 6 }, سادسة: { value: 6 },
  سابع: { value: 7 }, سابعة: { value: 7 },
  ثامن: { value: 8 }, ثامنة: { value: 8 },
  تاسع: { value: 9 }, تاسعة: { value: 9 },
  عاشر: { value: 10 }, عاشرة: { value: 10 },
};

/**
 * Colloquial (mainly Egyptian and Levantine) forms that news quotes and comments use. Only forms
 * that are not also common Standard Arabic words are listed; «متين» (also «solid») is handled
 * separately by the parser.
 */
export const DIALECT_UNITS: Readonly<Record<string, number>> = {
  اتنين: 2, تنين: 2, تلاتة: 3, تلات: 3, تمانية: 8, تمنية: 8, تمان: 8,
};
export const DIALECT_TEENS: Readonly<Record<string, number>> = {
  حداشر: 11, احداشر: 11, اتناشر: 12, تناشر: 12, تلتاشر: 13, تلاتاشر: 13, أربعتاشر: 14,
  خمستاشر: 15, ستاشر: 16, سبعتاشر: 17, تمنتاشر: 18, طمنتاشر: 18, تسعتاشر: 19,
};
export const DIALECT_TENS: Readonly<Record<string, number>> = { تلاتين: 30, تمانين: 80 };
export const DIALECT_HUNDREDS: Readonly<Record<string, number>> = {
  مية: 100, تلتمية: 300, ربعمية: 400, خمسمية: 500, ستمية: 600, سبعمية: 700, تمنمية: 800, تسعمية: 900,
};
/** «متين» is 200 in Egyptian Arabic and «solid» in Standard Arabic: a number only where a number fits. */
export const DIALECT_AMBIGUOUS_HUNDREDS: Readonly<Record<string, number>> = { متين: 200 };

/** Words that make the number after them negative. */
export const NEGATIVE_WORDS: readonly string[] = ['سالب', 'ناقص'];

/** Decimal point written as a word: «واحد فاصلة خمسة». */
export const DECIMAL_WORDS: readonly string[] = ['فاصلة', 'فاصل'];

/**
 * Approximation before a number, as word sequences. Single words may carry a clitic («بنحو»،
 * «وحوالي»); longer phrases are matched word by word.
 */
export const APPROX_BEFORE: readonly string[] = [
  'نحو', 'حوالي', 'قرابة', 'زهاء', 'تقريبا', 'يناهز', 'ناهز', 'يقارب', 'قارب', 'يربو على', 'يربو عن',
  'أكثر من', 'أقل من', 'أزيد من', 'ما يزيد على', 'ما يزيد عن', 'ما يزيد من',
  'ما لا يقل عن', 'ما لا يزيد على', 'ما لا يزيد عن', 'لا يقل عن', 'لا يزيد على', 'لا يزيد عن', 'ما يقارب', 'ما يقرب من',
  'ما يناهز', 'ما يربو على', 'ما يربو عن', 'ما يفوق', 'ما يتجاوز', 'أكثر من نحو', 'ما يصل إلى',
  'يصل إلى', 'فوق', 'دون', 'نحوا من', 'على الأقل',
];

/** Approximation after a number: «20 تقريبا»، «50 ونيف»، «30 أو أكثر». */
export const APPROX_AFTER: readonly string[] = [
  'تقريبا', 'ونيف', 'ونيفا', 'أو أكثر', 'فأكثر', 'على الأقل', 'على الأكثر', 'أو أقل',
];

/**
 * Plurals that are themselves approximate numbers: «عشرات القتلى» (tens of), «مئات الآلاف» (hundreds
 * of thousands). The value is the lower magnitude; the word is reported as the approximation.
 */
export const APPROX_PLURALS: Readonly<Record<string, number>> = {
  عشرات: 10, مئات: 100, آلاف: 1e3, ألوف: 1e3, ملايين: 1e6, مليارات: 1e9, بضعة: 3, بضع: 3,
};

/** Percent written as words after the number; «٪» and «%» are handled as symbols. */
export const PERCENT_AFTER: readonly string[] = ['بالمئة', 'بالمائة', 'في المئة', 'في المائة', 'من المئة', 'من المائة'];

/** Words before a number that make it a percentage when no other unit follows: «بنسبة 5». */
export const PERCENT_BEFORE: readonly string[] = ['نسبة', 'النسبة'];

export interface CurrencyEntry {
  /** Singular, accusative, dual and plural forms. */
  forms: readonly string[];
  /** ISO 4217 code when the word alone is unambiguous in Arabic news; otherwise set by an adjective. */
  code?: string;
  /** Nationality adjectives (masculine or feminine) → code: ريال قطري → QAR. */
  adjectives?: Readonly<Record<string, string>>;
}

export const CURRENCIES: readonly CurrencyEntry[] = [
  {
    forms: ['دولار', 'دولارا', 'دولارات', 'دولاران', 'دولارين'],
    code: 'USD',
    adjectives: { أمريكي: 'USD', أميركي: 'USD', كندي: 'CAD', أسترالي: 'AUD', سنغافوري: 'SGD', نيوزيلندي: 'NZD' },
  },
  { forms: ['يورو', 'يوروهات'], code: 'EUR' },
  {
    forms: ['ريال', 'ريالا', 'ريالات', 'ريالان', 'ريالين'],
    code: 'SAR',
    adjectives: { سعودي: 'SAR', قطري: 'QAR', عماني: 'OMR', يمني: 'YER', إيراني: 'IRR', برازيلي: 'BRL' },
  },
  {
    forms: ['جنيه', 'جنيها', 'جنيهات', 'جنيهان', 'جنيهين'],
    code: 'EGP',
    adjectives: { مصري: 'EGP', إسترليني: 'GBP', سوداني: 'SDG' },
  },
  {
    forms: ['ليرة', 'ليرات', 'ليرتان', 'ليرتين'],
    adjectives: { سورية: 'SYP', سوري: 'SYP', تركية: 'TRY', تركي: 'TRY', لبنانية: 'LBP', لبناني: 'LBP' },
  },
  {
    forms: ['دينار', 'دينارا', 'دنانير', 'ديناران', 'دينارين'],
    adjectives: { كويتي: 'KWD', أردني: 'JOD', عراقي: 'IQD', بحريني: 'BHD', ليبي: 'LYD', تونسي: 'TND', جزائري: 'DZD' },
  },
  {
    forms: ['درهم', 'درهما', 'دراهم', 'درهمان', 'درهمين'],
    code: 'AED',
    adjectives: { إماراتي: 'AED', مغربي: 'MAD' },
  },
  { forms: ['يوان', 'يوانات'], code: 'CNY' },
  { forms: ['ين'], code: 'JPY', adjectives: { ياباني: 'JPY' } },
  { forms: ['روبل', 'روبلات'], code: 'RUB' },
  { forms: ['روبية', 'روبيات'], code: 'INR', adjectives: { هندية: 'INR', باكستانية: 'PKR' } },
  { forms: ['شيكل', 'شيكلا', 'شيكلات', 'شيقل', 'شيقلا', 'شواكل'], code: 'ILS' },
  { forms: ['فرنك', 'فرنكا', 'فرنكات'], adjectives: { سويسري: 'CHF', فرنسي: 'FRF' } },
  { forms: ['أوقية', 'أوقيات'], adjectives: { موريتانية: 'MRU' } },
];

/**
 * Currency signs and abbreviations written next to the number. The Jordanian «د.أ» normalizes to
 * the same letters as the Emirati «د.إ» and is left out: the dinar is read from «دينار أردني».
 */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₺': 'TRY', '₪': 'ILS', '﷼': 'SAR',
  'ر.س': 'SAR', 'ر.ق': 'QAR', 'ر.ع': 'OMR', 'د.ك': 'KWD', 'د.إ': 'AED', 'د.ب': 'BHD',
  'ج.م': 'EGP', 'ل.س': 'SYP', 'ل.ل': 'LBP', 'د.ع': 'IQD', 'د.ت': 'TND', 'د.ج': 'DZD', 'د.م': 'MAD', 'USD': 'USD', 'EUR': 'EUR',
};

/**
 * Dual nouns that report two victims by themselves («قتيلان», «جريحين»), with their singular; the
 * other counting duals are counted from news text (duals.ts).
 */
export const COUNTING_DUALS: Readonly<Record<string, string>> = {
  قتيلان: 'قتيل', قتيلين: 'قتيل', جريحان: 'جريح', جريحين: 'جريح', شهيدان: 'شهيد', شهيدين: 'شهيد',
  مصابان: 'مصاب', ضحيتان: 'ضحية', ضحيتين: 'ضحية', أسيران: 'أسير', أسيرين: 'أسير', رهينتان: 'رهينة', رهينتين: 'رهينة',
};

/** Words after which a number is a code, not a quantity: «القرار 2254», «بوينغ 737», «رقم 5». */
export const IDENTIFIER_HEADS: readonly string[] = [
  // Documents and their parts.
  'قرار', 'القرار', 'المادة', 'مادة', 'الفقرة', 'فقرة', 'البند', 'بند', 'رقم', 'الرقم', 'إصدار', 'الإصدار', 'نسخة', 'الإصدارة',
  'صندوق بريد', 'ص.ب',
  // Makers and models.
  'طراز', 'موديل', 'الموديل', 'بوينغ', 'بوينج', 'إيرباص', 'إمبراير', 'سوخوي', 'ميغ', 'ميج', 'إف', 'كوفيد', 'آيفون',
  'غالاكسي', 'ويندوز',
  // Road markers: «الكيلو 40».
  'الكيلو', 'كيلو',
];

/** Words before «واحد» that make it a pronoun, not a count: «كل واحد منهم», «أي واحد». */
export const NOT_ONE_BEFORE: readonly string[] = ['كل', 'أي', 'لكل', 'بكل', 'وكل'];

/** Words after «واحد» that make it «one of»: «واحد من أكثر», «واحدة ضمن أفقر», «واحد بين». */
export const NOT_ONE_AFTER: readonly string[] = ['من', 'ضمن', 'بين'];

/** Words that announce a phone number. */
export const PHONE_CUES: readonly string[] = [
  'هاتف', 'الهاتف', 'هاتفه', 'جوال', 'الجوال', 'موبايل', 'الموبايل', 'تلفون', 'التلفون', 'تليفون', 'فاكس', 'الفاكس', 'واتساب', 'واتس',
  'للاتصال', 'الاتصال', 'اتصال', 'الرقم', 'رقم', 'المجاني', 'الطوارئ', 'الساخن',
];

/**
 * Words that never are the counted noun after a number: particles, pronouns, demonstratives and
 * the commonest verbs and adverbs that follow a number in news («قتل 5 أمس», «إن 12 أصيبوا»).
 */
export const NOT_COUNTED: readonly string[] = [
  // Prepositions and conjunctions.
  'من', 'في', 'على', 'إلى', 'عن', 'مع', 'و', 'أو', 'ثم', 'بعد', 'قبل', 'منذ', 'خلال', 'حتى', 'عند', 'لدى', 'بين', 'حول', 'ضد', 'دون',
  'غير', 'سوى', 'إلا', 'مثل', 'عبر', 'نحو', 'حوالي', 'وفق', 'وفقا', 'بحسب', 'حسب', 'أمام', 'وراء', 'تحت', 'فوق', 'مقابل', 'لكل',
  'بكل', 'إزاء', 'جراء', 'بسبب', 'رغم', 'مقارنة', 'بفارق', 'بواقع', 'بمعدل', 'بنسبة', 'نسبة', 'إضافة', 'علاوة', 'بما', 'مما',
  'عما', 'ضمن',
  // Particles, complementizers, question words.
  'قد', 'لا', 'لم', 'لن', 'ما', 'إن', 'بأن', 'لأن', 'كما', 'بل', 'لكن', 'لكنه', 'لكنها', 'ولكن', 'حيث', 'إذ', 'إذا', 'ماذا',
  'لماذا', 'متى', 'أين', 'كيف', 'فيما', 'بينما', 'عندما', 'حينما', 'حين', 'لما', 'كلما', 'بعدما', 'لقد', 'وقد', 'وذلك', 'وما',
  'إنه', 'إنها', 'ثمة', 'أي', 'كل',
  // Pronouns, relatives, demonstratives, pronoun-bearing prepositions.
  'التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'هو', 'هي', 'هم', 'هن', 'نحن', 'أنا', 'وهو', 'وهي', 'وهم', 'هذا', 'هذه',
  'ذلك', 'تلك', 'هؤلاء', 'أولئك', 'هناك', 'هنا', 'بينهم', 'منهم', 'منها', 'فيها', 'فيه', 'عليها', 'عليه', 'له', 'لها', 'لهم',
  'بينهما',
  // Verbs.
  'كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'ليس', 'ليست', 'وقال', 'قال', 'قالت', 'وأضاف', 'أضاف',
  // Adverbs of time and manner, words of approximation and comparison.
  'أمس', 'اليوم', 'غدا', 'الآن', 'حاليا', 'يوميا', 'سنويا', 'شهريا', 'أسبوعيا', 'سابقا', 'لاحقا', 'مؤخرا', 'صباحا', 'مساء', 'ظهرا',
  'فجرا', 'ليلا', 'فقط', 'أيضا', 'كذلك', 'وكذلك', 'مثلا', 'فأكثر', 'تقريبا', 'ونيف', 'بالمئة', 'بالمائة', 'أكثر', 'أقل',
  // Adjectives of kind rather than nouns counted.
  'جديد', 'جديدة', 'أخرى', 'آخر', 'آخرين', 'وغيرها', 'أصل',
];

/** Nouns that are plural verbs' look-alikes: they end in «وا» but are counted nouns (15 عضوا). */
export const COUNTED_ENDING_WA: readonly string[] = ['عضوا', 'عدوا', 'نحوا', 'جوا', 'غزوا', 'شطوا', 'بهوا'];

/** Words between the two bounds of a range: «من 10 إلى 20», «10 حتى 20». */
export const RANGE_TO: readonly string[] = ['إلى', 'حتى', 'لغاية'];

/** Words before the first bound of a range whose second bound follows «و»: «بين 10 و20». */
export const RANGE_BETWEEN: readonly string[] = ['بين', 'وبين', 'ما بين'];

/**
 * Words the dual counts of scripts/derive-duals.ts would take for duals but are not: names and
 * words whose -ين/-ان is part of the stem or another ending (طالبان the Taliban, بعدين «later»).
 */
export const NOT_DUALS: readonly string[] = [
  // Names and loanwords.
  'طالب', 'باريس', 'إسرائيل', 'بيج', 'جون', 'جين', 'ديك', 'سام', 'طيب', 'عبد', 'عيد', 'فور', 'كوم', 'كيو', 'لوف', 'لوك', 'نور',
  // Verbs and other words.
  'بعد', 'تلت', 'تمت', 'قمت', 'حذر', 'لازم', 'سكر', 'انه', 'يان',
];

/**
 * Adjectives after a definite dual that make it a count of time or turns, not a known pair:
 * «العامين الماضيين» (the past two years), «المباراتين الأخيرتين». «البلدين» alone is a pair.
 */
export const DUAL_COUNT_QUALIFIERS: readonly string[] = [
  'الماضيين', 'الماضيان', 'الماضيتين', 'الماضيتان', 'الأخيرين', 'الأخيران', 'الأخيرتين', 'الأخيرتان', 'المقبلين', 'المقبلان',
  'المقبلتين', 'المقبلتان', 'القادمين', 'القادمان', 'القادمتين', 'القادمتان', 'المنصرمين', 'الأولين', 'الأوليين', 'المتتاليين',
  'المتتاليتين',
];

/** Particles only a verb follows: a number word after them is a verb («لم تسع», «قد ست…»). */
export const VERB_PARTICLES: readonly string[] = ['لم', 'لن', 'قد', 'سوف', 'كي', 'لكي', 'ولم', 'ولن', 'وقد', 'فقد', 'فلم', 'فلن', 'لقد'];

/** Number words that are also common verbs, read as verbs after a negation too: «لا تسع» (does not hold). */
export const VERB_NUMBER_WORDS: readonly string[] = ['تسع'];

/** Negations before a verb, for VERB_NUMBER_WORDS. */
export const NEGATIONS: readonly string[] = ['لا', 'ما', 'ولا', 'فلا'];

/**
 * Words after a fraction that make it part of a compound adjective, not an amount: «نصف النهائي»
 * (semi-final), «ربع نهائي» (quarter-final), «نصف السنوية» (semi-annual), «نصف آلية».
 */
export const FRACTION_COMPOUNDS: readonly string[] = [
  'النهائي', 'نهائي', 'النهائية', 'نهائية', 'النهائيات', 'السنوي', 'سنوي', 'السنوية', 'سنوية', 'الشهري', 'شهري', 'الشهرية',
  'شهرية', 'الأسبوعي', 'أسبوعي', 'الأسبوعية', 'أسبوعية', 'آلي', 'آلية', 'الآلي', 'الآلية', 'دائري', 'دائرية',
];

/**
 * Nouns a bare number after them names rather than counts, when no counted noun follows: «القضية
 * 4000», «الرحلة 302» (a flight), «اللواء 117», «الفصل 301», «قناة 13», «فرانس 24», «مجموعة
 * السبع» (G7), «مجموعة 77».
 */
export const NAMED_BY_NUMBER: readonly string[] = [
  'مجموعة',
  'القضية', 'قضية', 'الرحلة', 'رحلة', 'اللواء', 'لواء', 'الكتيبة', 'كتيبة', 'الفرقة', 'الفصل', 'قناة', 'القناة', 'فرانس',
  'الطريق', 'طريق', 'الخط', 'خط', 'الغرفة', 'غرفة', 'المبنى', 'مبنى', 'الحافلة', 'البوابة', 'بوابة', 'المنصة', 'الملف', 'ملف',
];

/**
 * Definite nouns a number after them ranks: «الدقيقة 43», «المركز 17», «للمرة 13», «الجولة 25».
 * The noun is the counted noun when none follows the number.
 */
export const RANK_NOUNS: readonly string[] = [
  'الدقيقة', 'المركز', 'المرتبة', 'المرحلة', 'الجولة', 'المرة', 'للمرة', 'الذكرى', 'النسخة', 'الدورة', 'الأسبوع', 'الدور', 'المصنف',
  'المصنفة', 'الطابق', 'الشوط', 'الحلقة', 'اللفة', 'الشهر', 'الصف', 'المقعد', 'البطولة',
];

/**
 * Multiples. «ضعف» is also «weakness» (ضعف الاقتصاد): it is «twice» only after an approximation or
 * a verb of comparison, or before a noun of quantity («ضعف عدد», «ضعف ما»); «سبعة أضعاف» and «100
 * ضعف» are multiples of the number.
 */
export const MULTIPLE_WORDS: Readonly<Record<string, number>> = { ضعف: 2, ضعفي: 2, ضعفين: 2, ضعفا: 2 };
export const MULTIPLE_PLURALS: readonly string[] = ['أضعاف', 'ضعف', 'ضعفا'];
export const MULTIPLE_CUES_BEFORE: readonly string[] = [
  'يمثل', 'تمثل', 'يعادل', 'تعادل', 'يساوي', 'تساوي', 'يفوق', 'تفوق', 'بمقدار', 'بمعدل', 'أي', 'يبلغ', 'تبلغ', 'بلغ', 'بلغت',
  'يقارب', 'تقارب', 'قرابة', 'نحو', 'حوالي', 'بنحو', 'بحوالي',
];
export const MULTIPLE_OF_NOUNS: readonly string[] = [
  'عدد', 'ما', 'حجم', 'نسبة', 'مساحة', 'قيمة', 'سعر', 'مبلغ', 'متوسط', 'معدل', 'كمية', 'طول', 'وزن', 'مدة', 'تكلفة', 'إنتاج',
  'الرقم', 'المبلغ', 'السعر', 'الكمية', 'المساحة', 'الحجم', 'العدد', 'المعدل', 'المتوسط',
];
