/**
 * The words Arabic news uses to attribute speech: reporting verbs with their inflections,
 * participles that continue a speaker's words, source markers, and the nouns that tell what kind of
 * speaker a phrase names. Written as they appear in print; the quote stage normalizes them at load
 * time (src/engine/quotes/cue-index.ts), so hamza, alef maqsura and ta marbuta variants all match.
 */

/** Grammatical features a reporting word carries about its subject. */
export type Gender = 'm' | 'f';

/** One written form of a reporting verb and what it says about the speaker. */
export interface VerbForm {
  form: string;
  gender: Gender;
  /** Plural subject (قالوا، يقولون): a continuation in the plural looks for a plural speaker. */
  plural?: boolean;
  present?: boolean;
}

/** How a verb's reported content is introduced besides إن/أن/بأن, a colon or a quotation. */
export type Complement =
  /** دعا … إلى / للتعاون: an appeal whose content is a prepositional phrase. */
  | 'appeal'
  /** توقع، قدّر: an estimate whose content may be a plain noun phrase. */
  | 'estimate';

export interface VerbCue {
  lemma: string;
  forms: readonly VerbForm[];
  /** Prepositions that may stand between the speaker and the complementizer (أشار إلى أن). */
  preps?: readonly string[];
  complement?: Complement;
  /** The proclitic preposition an appeal's content starts with (دعا للتعاون، طالب بخفض). */
  appealPrefix?: readonly string[];
  /** Forms that are also common nouns or particles (بين، طالب، كتب): trusted only at a clause start. */
  ambiguous?: readonly string[];
  /** Verbs of a speech event (ألقى كلمة، أصدر بيانا): they name a speaker for later continuations. */
  speechEvent?: boolean;
  /** Verbs that pass on someone else's words (نقل عن): the speaker follows عن / إلى. */
  transmit?: boolean;
}

/** Regular past + present forms: قال/قالت/قالوا, يقول/تقول/يقولون. */
function regular(past: string, presentStem: string): VerbForm[] {
  return [
    { form: past, gender: 'm' },
    { form: past + 'ت', gender: 'f' },
    { form: past + 'وا', gender: 'm', plural: true },
    { form: 'ي' + presentStem, gender: 'm', present: true },
    { form: 'ت' + presentStem, gender: 'f', present: true },
    { form: 'ي' + presentStem + 'ون', gender: 'm', plural: true, present: true },
  ];
}

/** Forms listed one by one, for verbs whose weak letters change (رأى/رأت, دعا/دعت, نفى/ينفي). */
function explicit(m: string[], f: string[], pl: string[] = [], presentM: string[] = [], presentF: string[] = [], presentPl: string[] = []): VerbForm[] {
  return [
    ...m.map((form) => ({ form, gender: 'm' as const })),
    ...f.map((form) => ({ form, gender: 'f' as const })),
    ...pl.map((form) => ({ form, gender: 'm' as const, plural: true })),
    ...presentM.map((form) => ({ form, gender: 'm' as const, present: true })),
    ...presentF.map((form) => ({ form, gender: 'f' as const, present: true })),
    ...presentPl.map((form) => ({ form, gender: 'm' as const, plural: true, present: true })),
  ];
}

export const VERB_CUES: readonly VerbCue[] = [
  { lemma: 'قال', forms: regular('قال', 'قول') },
  { lemma: 'أكد', forms: regular('أكد', 'ؤكد'), preps: ['على'] },
  { lemma: 'أضاف', forms: regular('أضاف', 'ضيف') },
  { lemma: 'أوضح', forms: regular('أوضح', 'وضح') },
  { lemma: 'أشار', forms: regular('أشار', 'شير'), preps: ['إلى'] },
  { lemma: 'ذكر', forms: regular('ذكر', 'ذكر') },
  { lemma: 'صرح', forms: regular('صرح', 'صرح'), preps: ['ب'] },
  { lemma: 'تابع', forms: regular('تابع', 'تابع') },
  { lemma: 'أفاد', forms: regular('أفاد', 'فيد') },
  { lemma: 'اعتبر', forms: regular('اعتبر', 'عتبر') },
  { lemma: 'رأى', forms: explicit(['رأى'], ['رأت'], ['رأوا'], ['يرى'], ['ترى'], ['يرون']), ambiguous: ['رأى'] },
  { lemma: 'لفت', forms: regular('لفت', 'لفت'), preps: ['إلى'] },
  { lemma: 'بين', forms: regular('بين', 'بين'), ambiguous: ['بين'] },
  { lemma: 'شدد', forms: regular('شدد', 'شدد'), preps: ['على'] },
  { lemma: 'نفى', forms: explicit(['نفى'], ['نفت'], ['نفوا'], ['ينفي'], ['تنفي'], ['ينفون']), ambiguous: ['نفى'] },
  { lemma: 'كشف', forms: regular('كشف', 'كشف'), preps: ['عن'], ambiguous: ['كشف'] },
  { lemma: 'أعلن', forms: regular('أعلن', 'علن') },
  { lemma: 'حذر', forms: regular('حذر', 'حذر'), preps: ['من'], ambiguous: ['حذر'] },
  {
    lemma: 'دعا',
    forms: explicit(['دعا'], ['دعت'], ['دعوا'], ['يدعو'], ['تدعو'], ['يدعون']),
    preps: ['إلى'],
    complement: 'appeal',
    appealPrefix: ['ل'],
  },
  { lemma: 'طالب', forms: regular('طالب', 'طالب'), complement: 'appeal', appealPrefix: ['ب'], ambiguous: ['طالب'] },
  { lemma: 'حث', forms: explicit(['حث'], ['حثت'], ['حثوا'], ['يحث'], ['تحث']), preps: ['على'], complement: 'appeal', appealPrefix: [], ambiguous: ['حث'] },
  { lemma: 'ناشد', forms: regular('ناشد', 'ناشد'), complement: 'appeal', appealPrefix: ['ب'] },
  { lemma: 'أبلغ', forms: explicit(['أبلغ'], ['أبلغت'], ['أبلغوا']) },
  { lemma: 'نقل', forms: regular('نقل', 'نقل'), transmit: true, ambiguous: ['نقل'] },
  { lemma: 'نسب', forms: regular('نسب', 'نسب'), transmit: true, ambiguous: ['نسب'] },
  { lemma: 'أقر', forms: regular('أقر', 'قر'), preps: ['ب'] },
  { lemma: 'اعترف', forms: regular('اعترف', 'عترف'), preps: ['ب'] },
  { lemma: 'زعم', forms: regular('زعم', 'زعم') },
  { lemma: 'ادعى', forms: explicit(['ادعى'], ['ادعت'], ['ادعوا'], ['يدعي'], ['تدعي']) },
  { lemma: 'أورد', forms: regular('أورد', 'ورد') },
  { lemma: 'روى', forms: explicit(['روى'], ['روت'], ['رووا'], ['يروي'], ['تروي']), ambiguous: ['روى'] },
  { lemma: 'استطرد', forms: regular('استطرد', 'ستطرد') },
  { lemma: 'أردف', forms: regular('أردف', 'ردف') },
  { lemma: 'نوه', forms: regular('نوه', 'نوه'), preps: ['إلى', 'ب'] },
  { lemma: 'ألمح', forms: regular('ألمح', 'لمح'), preps: ['إلى', 'ب'] },
  { lemma: 'رجح', forms: regular('رجح', 'رجح'), complement: 'estimate' },
  { lemma: 'توقع', forms: regular('توقع', 'توقع'), complement: 'estimate', ambiguous: ['توقع'] },
  { lemma: 'قدر', forms: regular('قدر', 'قدر'), complement: 'estimate', ambiguous: ['قدر', 'تقدر'] },
  { lemma: 'تساءل', forms: regular('تساءل', 'تساءل') },
  { lemma: 'أجاب', forms: regular('أجاب', 'جيب') },
  { lemma: 'علق', forms: regular('علق', 'علق'), preps: ['على'], ambiguous: ['علق'] },
  { lemma: 'غرد', forms: regular('غرد', 'غرد') },
  { lemma: 'كتب', forms: regular('كتب', 'كتب'), ambiguous: ['كتب', 'تكتب'] },
  { lemma: 'رد', forms: explicit(['رد'], ['ردت'], ['ردوا'], ['يرد'], ['ترد']), preps: ['على'], ambiguous: ['رد', 'يرد', 'ترد'] },
  { lemma: 'اختتم', forms: regular('اختتم', 'ختتم'), preps: ['ب'] },
  { lemma: 'تحدث', forms: regular('تحدث', 'تحدث') },
  { lemma: 'ألقى', forms: explicit(['ألقى'], ['ألقت'], ['ألقوا'], ['يلقي'], ['تلقي']), speechEvent: true },
  { lemma: 'أدلى', forms: explicit(['أدلى'], ['أدلت'], ['أدلوا']), speechEvent: true },
  { lemma: 'أصدر', forms: explicit(['أصدر'], ['أصدرت'], ['أصدروا']), speechEvent: true },
  // Speech acts without reported content of their own («أعرب عن ارتياحه»): they name who speaks next.
  { lemma: 'أعرب', forms: regular('أعرب', 'عرب'), preps: ['عن'], speechEvent: true },
  { lemma: 'أشاد', forms: regular('أشاد', 'شيد'), preps: ['ب'], speechEvent: true },
  { lemma: 'انتقد', forms: regular('انتقد', 'نتقد'), speechEvent: true },
  { lemma: 'رحب', forms: regular('رحب', 'رحب'), preps: ['ب'], speechEvent: true },
  { lemma: 'استنكر', forms: regular('استنكر', 'ستنكر'), speechEvent: true },
  { lemma: 'أدان', forms: explicit(['أدان'], ['أدانت'], ['أدانوا'], ['يدين'], ['تدين']), speechEvent: true },
];

/** Participles that continue the main clause's speaker: «، مضيفا أن …», «مشيرة إلى أن …». */
export interface ParticipleCue {
  lemma: string;
  /** Masculine accusative (مضيفا), feminine (مضيفة), plural (مضيفين). */
  m: string;
  f: string;
  pl: string;
  preps?: readonly string[];
  complement?: Complement;
}

const participle = (m: string, f: string, pl: string, preps?: string[], complement?: Complement): ParticipleCue => ({
  lemma: m,
  m,
  f,
  pl,
  ...(preps ? { preps } : {}),
  ...(complement ? { complement } : {}),
});

export const PARTICIPLE_CUES: readonly ParticipleCue[] = [
  participle('مضيفا', 'مضيفة', 'مضيفين'),
  participle('مشيرا', 'مشيرة', 'مشيرين', ['إلى']),
  participle('مؤكدا', 'مؤكدة', 'مؤكدين', ['على']),
  participle('موضحا', 'موضحة', 'موضحين'),
  participle('لافتا', 'لافتة', 'لافتين', ['إلى']),
  participle('قائلا', 'قائلة', 'قائلين'),
  participle('معتبرا', 'معتبرة', 'معتبرين'),
  participle('مشددا', 'مشددة', 'مشددين', ['على']),
  participle('محذرا', 'محذرة', 'محذرين', ['من']),
  participle('داعيا', 'داعية', 'داعين', ['إلى'], 'appeal'),
  participle('مطالبا', 'مطالبة', 'مطالبين', ['ب'], 'appeal'),
  participle('منوها', 'منوهة', 'منوهين', ['إلى', 'ب']),
  participle('مبينا', 'مبينة', 'مبينين'),
  participle('معلنا', 'معلنة', 'معلنين'),
  participle('كاشفا', 'كاشفة', 'كاشفين', ['عن']),
  participle('نافيا', 'نافية', 'نافين'),
  participle('مستدركا', 'مستدركة', 'مستدركين'),
  participle('مستطردا', 'مستطردة', 'مستطردين'),
  participle('متابعا', 'متابعة', 'متابعين'),
  participle('مردفا', 'مردفة', 'مردفين'),
  participle('معقبا', 'معقبة', 'معقبين'),
  participle('مختتما', 'مختتمة', 'مختتمين', ['ب']),
  participle('متسائلا', 'متسائلة', 'متسائلين'),
  participle('سائلا', 'سائلة', 'سائلين'),
  participle('مرجحا', 'مرجحة', 'مرجحين', undefined, 'estimate'),
  participle('متوقعا', 'متوقعة', 'متوقعين', undefined, 'estimate'),
  participle('مستبعدا', 'مستبعدة', 'مستبعدين'),
  participle('معربا', 'معربة', 'معربين', ['عن']),
];

/**
 * Source markers: the words before the source in «بحسب المرصد», «وفقا للخبراء», «نقلا عن مصدر».
 * Each is a sequence of words; a final 'ل' or 'عن' may also be written attached to the next word.
 */
export const SOURCE_MARKERS: readonly (readonly string[])[] = [
  ['بحسب'],
  ['حسب'],
  ['حسبما'],
  ['وفق'],
  ['وفقا', 'ل'],
  ['طبقا', 'ل'],
  ['نقلا', 'عن'],
  ['على', 'لسان'],
  ['استنادا', 'إلى'],
];

/** Complementizers that open reported content, with their attached pronouns (أنه، إنها، بأنهم…). */
export const COMPLEMENTIZERS: readonly string[] = ['إن', 'أن', 'بأن', 'فإن'];
export const COMPLEMENTIZER_PRONOUNS: readonly string[] = ['', 'ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ني', 'ي', 'ك', 'كم'];

/** Words that pass a document's words on: «جاء في البيان أن», «ورد في التقرير». */
export const DOCUMENT_VERBS: readonly string[] = ['جاء', 'ورد', 'وجاء'];

/**
 * Adverbial participles that describe how someone spoke (مغردا عبر حسابه، مادحا): they end a
 * speaker phrase without being reporting cues themselves.
 */
export const MANNER_PARTICIPLES: readonly string[] = [
  'مغردا', 'مغردة', 'مادحا', 'مادحة', 'مهاجما', 'مهاجمة', 'مستشهدا', 'متحدثا', 'متحدثة', 'معلقا', 'معلقة',
  'مخاطبا', 'مخاطبة', 'مبديا', 'مبدية', 'مستنكرا', 'مشيدا', 'مشيدة', 'منتقدا', 'منتقدة', 'ملمحا', 'مطمئنا',
  'مستغربا', 'مشككا', 'متهما', 'متهمة', 'مجددا', 'مرحبا', 'معترفا', 'مقرا',
];

/** Adverbs of manner after a verb («رحب بنا بحرارة», «قال بصراحة»): never a speaker. */
export const MANNER_ADVERBS: readonly string[] = [
  'بحرارة', 'بشدة', 'بقوة', 'بوضوح', 'بصراحة', 'بحزم', 'بغضب', 'بأسف', 'بحسرة', 'بفخر', 'باختصار', 'بثقة',
  'بتفاؤل', 'بحذر', 'بالتفصيل', 'مرارا', 'تكرارا', 'صراحة', 'علنا', 'ضمنا',
];

/** Negations before a verb («لم يوضح», «لا يقول»): a negated verb reports nothing. */
export const NEGATIONS: readonly string[] = ['لم', 'لن', 'لا', 'ولم', 'ولن', 'ولا', 'فلم', 'فلا'];

/** Time words and adverbs that sit between a verb and its speaker or after the speaker. */
export const TIME_WORDS: readonly string[] = [
  'أمس', 'اليوم', 'غدا', 'الليلة', 'البارحة', 'الآن', 'حاليا', 'سابقا', 'لاحقا', 'مؤخرا', 'أيضا', 'كذلك',
  'بدوره', 'بدورها', 'بدورهم', 'حينها', 'وقتها', 'آنذاك', 'مجددا', 'مرة', 'أخيرا', 'صباح', 'مساء', 'ظهر',
  'فجر', 'صباحا', 'مساء', 'ظهرا', 'يوم', 'ليل', 'ليلة', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء',
  'الخميس', 'الجمعة', 'السبت', 'الأسبوع', 'اليومين', 'بعدها', 'حينذاك', 'صراحة', 'علنا',
];

/**
 * Nouns of speech events and media: after في or ل they make an adjunct («في بيان»، «في تصريح
 * خاص»، «لوكالة الأنباء»), and as the object of ألقى/أصدر/أدلى they end the speaker phrase.
 */
export const EVENT_NOUNS: readonly string[] = [
  'بيان', 'بيانا', 'بيانه', 'بيانها', 'البيان', 'تصريح', 'تصريحا', 'تصريحه', 'تصريحها', 'تصريحات', 'التصريح',
  'مؤتمر', 'مؤتمرا', 'المؤتمر', 'حديث', 'حديثه', 'حديثها', 'مقابلة', 'مقابلته', 'كلمة', 'كلمته', 'كلمتها',
  'لقاء', 'اتصال', 'مكالمة', 'تغريدة', 'تغريدات', 'تغريدته', 'منشور', 'رسالة', 'رسالته', 'خطاب', 'خطابا',
  'خطابه', 'حوار', 'ندوة', 'اجتماع', 'جلسة', 'تعليق', 'تعليقه', 'تعليقات', 'إيجاز', 'إفادة', 'مداخلة',
  'حساب', 'حسابه', 'حسابها', 'صفحته', 'صفحتها', 'موقعه', 'موقعها', 'تقرير', 'وقت', 'حينه', 'معرض', 'سياق',
  'ختام', 'نهاية', 'بداية', 'أثناء', 'إطار', 'رد', 'رده', 'ردها', 'تسجيل', 'فيديو', 'شريط', 'منشورا',
];

/** Media words after ل: «قال لـ"الوطن"», «لوكالة الأنباء», «للصحفيين». */
export const MEDIA_NOUNS: readonly string[] = [
  'وكالة', 'صحيفة', 'قناة', 'موقع', 'هيئة', 'تلفزيون', 'إذاعة', 'راديو', 'مجلة', 'الصحفيين', 'الصحافيين',
  'الصحافة', 'الإعلام', 'وسائل', 'مراسل', 'مراسلي', 'شبكة', 'برنامج', 'الوكالة', 'الصحيفة', 'القناة',
  'الموقع', 'المجلة', 'التلفزيون',
];

/** Prepositions and particles that start an adjunct after a speaker (بعد لقاء مع …، عبر حسابه). */
export const ADJUNCT_STARTERS: readonly string[] = [
  'بعد', 'قبل', 'خلال', 'أثناء', 'عقب', 'إثر', 'عبر', 'أمام', 'لدى', 'مع', 'عن', 'حول', 'بشأن', 'وسط',
  'منذ', 'حين', 'حينما', 'عندما', 'لما', 'بينما', 'فيما', 'إذ', 'إذا', 'كما', 'حيث', 'بشكل', 'بصورة',
  'ضمن', 'تعليقا', 'ردا', 'تعقيبا', 'بالقول', 'قائلا',
];

/** Relative pronouns: a clause about the speaker («الجيش الذي بدأ هجوما …») ends the name. */
export const RELATIVES: readonly string[] = ['الذي', 'التي', 'الذين', 'اللذين', 'اللذان', 'اللتين', 'اللتان', 'اللواتي', 'اللاتي', 'ممن', 'ما', 'مما', 'وهو', 'وهي'];

/**
 * Words that join a new clause to the previous one: a reporting verb after them starts its own
 * attribution, so the previous quote's content ends there.
 */
export const CLAUSE_LINKERS: readonly string[] = [
  'لكن', 'لكنه', 'لكنها', 'لكنهم', 'ولكن', 'ولكنه', 'ولكنها', 'كما', 'وكما', 'حيث', 'حينما', 'عندما', 'بينما',
  'فيما', 'ثم', 'إذ', 'وقد', 'قد', 'فقد', 'لقد', 'كذلك', 'أيضا', 'بدوره', 'بدورها', 'بل', 'إلا', 'كان', 'وكان',
  'كانت', 'وكانت',
];

/** Words before a verb form that show it is a noun (في رأي الخبراء، حسب الرأي). */
export const NOUN_CONTEXT: readonly string[] = ['في', 'من', 'على', 'إلى', 'حسب', 'بحسب', 'عن', 'هذا', 'هذه', 'ذلك', 'تلك', 'أي', 'كل'];

/** Anonymous sources: who speaks without a name. */
export const ANONYMOUS_HEADS: readonly string[] = [
  'مصدر', 'مصادر', 'المصدر', 'المصادر', 'مسؤول', 'مسؤولون', 'مسؤولين', 'مسئول', 'شهود', 'شاهد', 'شهود عيان',
  'سكان', 'السكان', 'الأهالي', 'أهالي', 'ناشطون', 'ناشطين', 'الناشطون', 'خبراء', 'الخبراء', 'خبير', 'محللون',
  'المحللون', 'محللين', 'المحللين', 'مراقبون', 'المراقبون', 'دبلوماسي', 'دبلوماسيون', 'دبلوماسيين', 'أوساط',
  'جهات', 'مقربون', 'المقربون', 'بعض', 'أحد', 'عدد من', 'مصدر مطلع', 'متحدث', 'ناطق', 'مراسل', 'مواطنون',
  'مواطن', 'مواطنة', 'مسعفون', 'أطباء', 'طبيب', 'عمال', 'موظف', 'موظفون', 'سياسيون', 'مصدر أمني', 'عسكري',
  'عسكريون', 'قيادي', 'قياديون', 'عضو', 'أعضاء', 'مقاتلون', 'ضابط', 'ضباط', 'شخص', 'أشخاص', 'وسائل',
];

/** Plural heads that name several people: a plural continuation (وأضافوا) may refer to them. */
export const PLURAL_HEADS: readonly string[] = [
  'مسؤولون', 'مسؤولين', 'شهود', 'سكان', 'السكان', 'الأهالي', 'أهالي', 'ناشطون', 'ناشطين', 'الناشطون',
  'خبراء', 'الخبراء', 'محللون', 'المحللون', 'محللين', 'المحللين', 'مراقبون', 'المراقبون', 'دبلوماسيون',
  'دبلوماسيين', 'مقربون', 'المقربون', 'مواطنون', 'مسعفون', 'أطباء', 'عمال', 'موظفون', 'سياسيون',
  'عسكريون', 'قياديون', 'أعضاء', 'مقاتلون', 'ضباط', 'أشخاص',
];

/** Organizations that speak by their common name («الرئاسة», «الخارجية», «الكرملين»), besides ORG_HEADS. */
export const SPEAKER_ORGS: readonly string[] = [
  'الرئاسة', 'رئاسة', 'الخارجية', 'الداخلية', 'الدفاع', 'الكرملين', 'البيت الأبيض', 'البنتاغون', 'الإليزيه',
  'الأمم المتحدة', 'السفارة', 'سفارة', 'القنصلية', 'النيابة', 'النيابة العامة', 'الوزارة', 'الشرطة', 'الجيش',
  'البلدية', 'الأمانة', 'الإمارة', 'المحافظة', 'الحكومة', 'المجلس', 'البرلمان', 'الكونغرس', 'الاتحاد الأوروبي',
  'حلف', 'الناتو', 'اليونيسف', 'اليونسكو', 'المفوضية', 'مفوضية', 'الصليب', 'الهلال', 'الدفاع المدني',
];

/** Documents that speak: «وذكر تقرير …», «وجاء في البيان …». */
export const DOCUMENT_HEADS: readonly string[] = [
  'تقرير', 'التقرير', 'تقارير', 'التقارير', 'بيان', 'البيان', 'بيانات', 'دراسة', 'الدراسة', 'دراسات', 'وثيقة',
  'الوثيقة', 'وثائق', 'رسالة', 'الرسالة', 'مذكرة', 'المذكرة', 'إحصائية', 'الإحصائية', 'إحصاءات', 'الإحصاءات',
  'استطلاع', 'الاستطلاع', 'نتائج', 'النتائج', 'أرقام', 'الأرقام', 'المعطيات', 'معطيات', 'قرار', 'القرار',
  'البلاغ', 'بلاغ', 'تحقيق', 'التحقيق', 'حصيلة', 'الحصيلة', 'إفادة', 'نشرة', 'النشرة', 'المنشور', 'تغريدة',
  'التغريدة', 'الرواية', 'رواية',
];

/**
 * Verbs that describe how a document came about («طبقا لاستطلاع أجرته مجلة …», «بحسب تقرير
 * نشرته الوزارة»): the clause belongs to the source, so the reported content is on the other side.
 */
export const DOCUMENT_CLAUSE_VERBS: readonly string[] = [
  'نشرته', 'نشرتها', 'نشره', 'نشرها', 'أجرته', 'أجراه', 'أجرتها', 'أعدته', 'أعده', 'أعدها', 'أصدرته', 'أصدره',
  'أصدرها', 'صدر', 'صادر', 'صادرة', 'نشر', 'نشرت', 'أجري', 'أعد', 'وزعته', 'بثته', 'بثها',
];

/**
 * Nouns that are never the speaker of a source marker («حسب الرغبة», «وفق الخطة»): the source
 * marker there means "according to" in the plain sense, not attribution. Only used to reject.
 */
export const NON_SOURCE_NOUNS: readonly string[] = [
  'الرغبة', 'الحاجة', 'الظروف', 'الخطة', 'القانون', 'النظام', 'الأصول', 'الطلب', 'الأولوية', 'الاتفاق',
  'الاتفاقية', 'الضوابط', 'الشروط', 'المعايير', 'التوقيت', 'الإمكانيات', 'الإمكانات', 'الجدول', 'الموعد',
  'اللوائح', 'الأنظمة', 'التعليمات', 'الحالة', 'الأحوال', 'المادة', 'القواعد',
];

/**
 * Countries and capitals that act as speakers by metonymy («دعت فرنسا», «أعلنت موسكو»). A small
 * fallback for typing when the names stage found nothing; it does not decide whether a quote exists.
 */
export const SPEAKER_PLACES: readonly string[] = [
  'فرنسا', 'روسيا', 'تركيا', 'إيران', 'إسرائيل', 'مصر', 'السعودية', 'الإمارات', 'قطر', 'الكويت', 'البحرين',
  'عمان', 'الأردن', 'لبنان', 'سوريا', 'سورية', 'العراق', 'اليمن', 'ليبيا', 'تونس', 'الجزائر', 'المغرب',
  'السودان', 'الصين', 'اليابان', 'الهند', 'باكستان', 'أفغانستان', 'ألمانيا', 'بريطانيا', 'إيطاليا', 'إسبانيا',
  'أمريكا', 'أميركا', 'الولايات المتحدة', 'كندا', 'البرازيل', 'أوكرانيا', 'بولندا', 'هولندا', 'بلجيكا',
  'السويد', 'النرويج', 'اليونان', 'قبرص', 'إثيوبيا', 'الصومال', 'نيجيريا', 'كوريا', 'واشنطن', 'موسكو',
  'طهران', 'أنقرة', 'بكين', 'باريس', 'لندن', 'برلين', 'القاهرة', 'الرياض', 'دمشق', 'بغداد', 'بيروت',
  'عمان', 'الدوحة', 'أبوظبي', 'الخرطوم', 'طرابلس', 'تل أبيب', 'كييف', 'بروكسل', 'روما',
];

/**
 * Addressees of an appeal («دعا الحداد المواطنين للتعاون»): plural or collective nouns that follow
 * the speaker as the verb's object rather than being part of the speaker's name.
 */
export const ADDRESSEE_WORDS: readonly string[] = [
  'المواطنين', 'المواطنون', 'الجميع', 'المجتمع', 'الحكومة', 'الدول', 'الأطراف', 'السكان', 'الأهالي',
  'المسؤولين', 'الشباب', 'الجمهور', 'الناس', 'المقيمين', 'الزوار', 'السلطات', 'الشركات', 'المستثمرين',
];

/**
 * Section labels that end in a colon without being a speaker («المجموعة الأولى: …», «رابط الخبر: …»),
 * so a headline «name: words» is not read as a quote when it starts with one of them.
 */
export const LABEL_WORDS: readonly string[] = [
  'المجموعة', 'مجموعة', 'رابط', 'الرابط', 'المصدر', 'مصدر', 'تنويه', 'ملاحظة', 'ملحوظة', 'اقرأ', 'شاهد',
  'صورة', 'الصورة', 'فيديو', 'الفيديو', 'عاجل', 'تحديث', 'المكان', 'الزمان', 'الموعد', 'التاريخ', 'العنوان',
  'الهاتف', 'البريد', 'السعر', 'المدة', 'النتيجة', 'الفئة', 'الجولة', 'المباراة', 'المرحلة', 'الجزء', 'الحلقة',
  'الفصل', 'السؤال', 'الجواب', 'س', 'ج', 'سؤال', 'جواب', 'كلمات', 'ألحان', 'إخراج', 'بطولة', 'إعداد',
  'تصوير', 'ترجمة', 'تأليف', 'متابعة', 'تقرير', 'خاص', 'حوار', 'مقال', 'الكاتب', 'بقلم', 'المحرر',
];

/** Words that qualify a speech event in an adjunct («في بيان رسمي»، «في مؤتمر صحفي مشترك»، «في بيان لها»). */
export const ADJUNCT_MODIFIERS: readonly string[] = [
  'رسمي', 'رسمية', 'صحفي', 'صحافي', 'صحفية', 'صحافية', 'مشترك', 'مشتركة', 'خاص', 'خاصة', 'مقتضب', 'مقتضبة',
  'مكتوب', 'متلفز', 'متلفزة', 'مصور', 'سابق', 'سابقة', 'لاحق', 'أخير', 'جديد', 'منفصل', 'هاتفي', 'هاتفية',
  'إعلامي', 'إعلامية', 'مطول', 'نشر', 'نشرته', 'نشرها', 'أصدره', 'أصدرته', 'صدر', 'له', 'لها', 'لهم', 'عاجل',
  'تلفزيوني', 'تلفزيونية', 'إذاعي', 'إذاعية', 'الرسمي', 'الرسمية', 'الشخصي', 'الخاص', 'مقتضبا',
];

/**
 * Verbs of a clause describing an anonymous source («مسؤول طلب عدم الكشف عن اسمه», «مصدر فضل
 * عدم ذكر اسمه»): they end the speaker phrase.
 */
export const ANONYMITY_VERBS: readonly string[] = ['طلب', 'طلبت', 'طلبوا', 'رفض', 'رفضت', 'رفضوا', 'فضل', 'فضلت', 'فضلوا', 'اشترط', 'اشترطت', 'اشترطوا'];

/** Agencies and channels named without a common noun («أبلغ مسؤول رويترز», «قال لرويترز»). */
export const MEDIA_NAMES: readonly string[] = [
  // Names that are also common words (العربية، الجزيرة، الفرنسية) are left out: they would cut names.
  'رويترز', 'فرانس برس', 'أسوشيتد برس', 'الأناضول', 'سبوتنيك', 'شينخوا', 'بي بي سي', 'سي إن إن', 'سكاي نيوز',
  'واس', 'سانا', 'إرنا', 'يونهاب', 'بلومبرغ', 'بلومبيرغ', 'أكسيوس',
];

/** Prepositions carrying a pronoun (له، عليه، فيها…): an adjunct, never the speaker. */
export const PRONOUN_PREPS: readonly string[] = [
  'له', 'لها', 'لهم', 'لهما', 'لنا', 'لي', 'لك', 'عليه', 'عليها', 'عليهم', 'فيه', 'فيها', 'فيهم', 'منه', 'منها',
  'عنه', 'عنها', 'عنهم', 'إليه', 'إليها', 'إليهم', 'معه', 'معها', 'به', 'بها', 'لديه', 'لديها', 'بنا', 'بي',
  'بهم', 'بكم', 'لكم', 'علينا', 'إلينا', 'معنا', 'عنا',
];

/** Periods named with a following adjective («الشهر الماضي», «العام المقبل»): a time adjunct. */
export const PERIOD_NOUNS: readonly string[] = ['الشهر', 'العام', 'السنة', 'الأسبوع', 'الموسم', 'الصيف', 'الشتاء', 'الربيع', 'الخريف'];
export const PERIOD_ADJECTIVES: readonly string[] = [
  'الماضي', 'الماضية', 'المقبل', 'المقبلة', 'الجاري', 'الجارية', 'الحالي', 'الحالية', 'الفائت', 'الفائتة',
  'المنصرم', 'المنصرمة', 'القادم', 'القادمة',
];

/** Ordinals before a speech event in an adjunct («في أول حديث له», «في آخر تصريح»). */
export const EVENT_ORDINALS: readonly string[] = ['أول', 'آخر', 'ثاني', 'أحدث', 'أولى'];

/** «عن فلان قوله إن»: the noun of saying after a transmitted source. */
export const SAYING_NOUNS: readonly string[] = ['قوله', 'قولها', 'قولهم', 'القول', 'بالقول', 'تأكيده', 'تأكيدها', 'تصريحه', 'تصريحها'];

/** Words after «على» that make an adjunct of place or medium («على حسابه»، «على هامش»، «على تويتر»). */
export const ON_ADJUNCT_NOUNS: readonly string[] = [
  'حسابه', 'حسابها', 'حساب', 'هامش', 'تويتر', 'فيسبوك', 'الإنترنت', 'موقعه', 'موقعها', 'موقع', 'صفحته',
  'صفحتها', 'قناة', 'شاشة', 'منصة', 'منبر', 'لسان', 'ذلك', 'هذا', 'هذه', 'ما',
];

/** Words after «من» that make a discourse adjunct («من جهته»، «من جانبها»). */
export const FROM_ADJUNCT_NOUNS: readonly string[] = ['جهته', 'جهتها', 'جهتهم', 'جانبه', 'جانبها', 'جانبهم', 'ناحيته', 'ناحيتها', 'طرفه', 'طرفها'];

/** Words before a quotation that show it is a name (المتحدث باسم «…»، حركة «…»، أغنية «…»). */
export const NAME_TAKING_WORDS: readonly string[] = [
  'باسم', 'اسم', 'حركة', 'جماعة', 'تنظيم', 'صحيفة', 'قناة', 'موقع', 'وكالة', 'مجموعة', 'شركة', 'برنامج',
  'مسلسل', 'فيلم', 'أغنية', 'كتاب', 'حزب', 'كتلة', 'لجنة', 'تحالف', 'عملية', 'مبادرة', 'منتدى', 'حملة',
  'مجلة', 'إذاعة', 'تطبيق', 'منصة', 'شبكة', 'مهرجان', 'مؤتمر', 'رواية', 'قصيدة', 'ألبوم', 'لقب', 'شعار',
  'هاشتاغ', 'وسم', 'مشروع', 'ميليشيا', 'فصيل', 'كتائب', 'لواء', 'جبهة', 'مؤسسة', 'جمعية', 'مركز', 'نادي',
];
