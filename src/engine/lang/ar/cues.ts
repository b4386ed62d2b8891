/**
 * The words Arabic news uses to attribute speech: reporting verbs with their inflections,
 * participles that continue a speaker's words, source markers and complementizers. Written as they appear in print; the quote stage normalizes them at load
 * time (src/engine/quotes/cue-index.ts), so hamza, alef maqsura and ta marbuta variants all match.
 * The other words the quote stage reads (time words, adjuncts, speaker heads…) are in quote-words.ts.
 */

/** Grammatical features a reporting word carries about its subject. */
export type Gender = 'm' | 'f';

/** One written form of a reporting verb and what it says about the speaker. */
interface VerbForm {
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
  /**
   * Verbs whose content may be a verbal noun after a proclitic preposition, after their speaker or
   * object («أفادت مصادر بمقتل …», «تعهد الرئيس بمقاضاة …», «اتهمته بالتقصير»).
   */
  phrasePrefix?: readonly string[];
  /** Forms that are also common nouns or particles (بين، طالب، كتب): trusted only at a clause start. */
  ambiguous?: readonly string[];
  /** Verbs whose forms with an object pronoun are read as another word («بينها»: among them). */
  noPronounForms?: boolean;
  /** Verbs of a speech event (ألقى كلمة، أصدر بيانا): they name a speaker for later continuations. */
  speechEvent?: boolean;
  /**
   * Speech acts (أعرب عن، أشاد بـ، انتقد، رحب بـ): what was said is an أن-clause after their object
   * («أعرب عن أمله في أن») or a quotation that is their whole complement («انتقد «هوس» الإعلام»).
   */
  act?: boolean;
  /**
   * Verbs that take a direct object between their speaker and their complement («وصفت الوزارة
   * الأنباء بـ«…»», «اتهم الحزب الحكومة بأنها …»): a new noun phrase after the speaker is the object.
   */
  object?: boolean;
  /** Verbs that report only with a colon («وزاد:», «وواصل:»); otherwise they report nothing. */
  colonOnly?: boolean;
  /** Verbs that pass on someone else's words (نقل عن): the speaker follows عن / إلى. */
  transmit?: boolean;
  /**
   * Verbs that may relay a source after عن («ذكرت الصحيفة عن مصدر أن»): the speaker follows عن
   * when it is a name or a speaker word (not «أفادت عن مقتل …»), the subject only relays.
   */
  relays?: boolean;
  /** Verbs that report only through a noun of saying after them (SAYING_THROUGH: «اكتفى بالقول إن»). */
  throughNoun?: boolean;
  origin?: CueOrigin;
}

/**
 * Where a cue comes from when the corpus does not vouch for it: 'seed' = listed from the project's
 * first articles and too rare in ANT to be attested (test/engine/quotes-lexicon.test.ts); every
 * other cue is attested there (cue-evidence.json).
 */
type CueOrigin = 'seed';

/** Regular past + present forms: قال/قالت/قالوا, يقول/تقول/يقولون. */
function regular(past: string, presentStem: string): VerbForm[] {
  return [
    { form: past, gender: 'm' },
    { form: past + 'ت', gender: 'f' },
    { form: past + 'وا', gender: 'm', plural: true },
    { form: 'ي' + presentStem, gender: 'm', present: true },
    { form: 'ت' + presentStem, gender: 'f', present: true },
    { form: 'ي' + presentStem + 'ون', gender: 'm', plural: true, present: true },
    ...duals(past, presentStem),
  ];
}

/**
 * Past duals that are also everyday words, written alike without their tanween («رداً» in reply, «أقرا» read as «اقرأ»,
 * «نقلا عن», «طالبا» demanding, «وعدا» a promise, «حذرا» caution…; ANT counts of each dual form
 * read by hand): never read as the verb.
 */
const DUALS_ALSO_WORDS: ReadonlySet<string> = new Set([
  'ردا', 'نقلا', 'طالبا', 'تابعا', 'قدرا', 'تعهدا', 'حذرا', 'وعدا', 'كتبا', 'وصفا', 'وجدا', 'ذكرا', 'نسبا', 'شرحا', 'عبرا',
  'بينا', 'كشفا', 'ختما', 'زادا', 'حضا', 'أقرا',
]);

/**
 * The dual forms («وقالا», «أكدتا», «يقولان»): two speakers agree with a verb as several do, so
 * they are read as plural (ANT: ~450 dual reporting verbs, «أكدا» 41, «أعلنا» 33, «قالا» 31…).
 */
function duals(past: string, presentStem: string): VerbForm[] {
  const forms: VerbForm[] = [
    { form: past + 'تا', gender: 'f', plural: true },
    { form: 'ي' + presentStem + 'ان', gender: 'm', plural: true, present: true },
    { form: 'ت' + presentStem + 'ان', gender: 'f', plural: true, present: true },
  ];
  if (!DUALS_ALSO_WORDS.has(past + 'ا')) forms.unshift({ form: past + 'ا', gender: 'm', plural: true });
  return forms;
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
  { lemma: 'ذكر', forms: regular('ذكر', 'ذكر'), relays: true },
  { lemma: 'صرح', forms: regular('صرح', 'صرح'), preps: ['ب'] },
  { lemma: 'تابع', forms: regular('تابع', 'تابع') },
  { lemma: 'أفاد', forms: regular('أفاد', 'فيد'), relays: true, phrasePrefix: ['ب'] },
  { lemma: 'اعتبر', forms: regular('اعتبر', 'عتبر') },
  { lemma: 'رأى', forms: explicit(['رأى'], ['رأت'], ['رأوا'], ['يرى'], ['ترى'], ['يرون']), ambiguous: ['رأى'] },
  { lemma: 'لفت', forms: regular('لفت', 'لفت'), preps: ['إلى'] },
  // «بينها», «بينهم»: with a pronoun it is «among/between them» (ANT: ~4,400), never «explained it».
  { lemma: 'بين', forms: regular('بين', 'بين'), ambiguous: ['بين'], noPronounForms: true },
  { lemma: 'شدد', forms: regular('شدد', 'شدد'), preps: ['على'] },
  { lemma: 'نفى', forms: explicit(['نفى'], ['نفت'], ['نفوا'], ['ينفي'], ['تنفي'], ['ينفون']), ambiguous: ['نفى'], object: true },
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
  // «وحض الوزير الإدارة على اتخاذ "…"»: an appeal like حث (ANT: «وحض» 35 clause openings, 17 with its complement).
  { lemma: 'حض', forms: explicit(['حض'], ['حضت'], ['حضوا'], ['يحض'], ['تحض']), preps: ['على'], complement: 'appeal', appealPrefix: [], ambiguous: ['حض'] },
  { lemma: 'ناشد', forms: regular('ناشد', 'ناشد'), complement: 'appeal', appealPrefix: ['ب'] },
  { lemma: 'أبلغ', forms: explicit(['أبلغ'], ['أبلغت'], ['أبلغوا']), object: true },
  { lemma: 'نقل', forms: regular('نقل', 'نقل'), transmit: true, ambiguous: ['نقل'] },
  { lemma: 'نسب', forms: regular('نسب', 'نسب'), transmit: true, ambiguous: ['نسب', 'نسبت'] },
  { lemma: 'أقر', forms: regular('أقر', 'قر'), preps: ['ب'] },
  { lemma: 'اعترف', forms: regular('اعترف', 'عترف'), preps: ['ب'] },
  { lemma: 'زعم', forms: regular('زعم', 'زعم') },
  // «واستبعد الإليزيه أن …»: ruling out is a claim about what will be (ANT: «واستبعد» 53 clause
  // openings; only an أن-clause makes it a report, «استبعد من التشكيلة» is none).
  { lemma: 'استبعد', forms: regular('استبعد', 'ستبعد'), object: true },
  { lemma: 'ادعى', forms: explicit(['ادعى'], ['ادعت'], ['ادعوا'], ['يدعي'], ['تدعي']) },
  { lemma: 'أورد', forms: regular('أورد', 'ورد'), relays: true },
  { lemma: 'روى', forms: explicit(['روى'], ['روت'], ['رووا'], ['يروي'], ['تروي']), ambiguous: ['روى'], relays: true },
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
  { lemma: 'تحدث', forms: regular('تحدث', 'تحدث'), preps: ['عن'] },
  { lemma: 'ألقى', forms: explicit(['ألقى'], ['ألقت'], ['ألقوا'], ['يلقي'], ['تلقي']), speechEvent: true },
  { lemma: 'أدلى', forms: explicit(['أدلى'], ['أدلت'], ['أدلوا']), speechEvent: true, origin: 'seed' },
  { lemma: 'أصدر', forms: explicit(['أصدر'], ['أصدرت'], ['أصدروا']), speechEvent: true },
  // Speech acts: their words follow their object («أعرب عن قلقه من أن»), or are quoted («انتقد «…»»).
  { lemma: 'أعرب', forms: regular('أعرب', 'عرب'), preps: ['عن', 'من', 'في'], act: true },
  { lemma: 'عبر', forms: regular('عبر', 'عبر'), preps: ['عن', 'من', 'في'], act: true, ambiguous: ['عبر', 'يعبر', 'تعبر'] },
  { lemma: 'أشاد', forms: regular('أشاد', 'شيد'), preps: ['ب'], act: true, phrasePrefix: ['ب'] },
  { lemma: 'انتقد', forms: regular('انتقد', 'نتقد'), act: true },
  { lemma: 'رحب', forms: regular('رحب', 'رحب'), preps: ['ب'], act: true, phrasePrefix: ['ب'] },
  { lemma: 'استنكر', forms: regular('استنكر', 'ستنكر'), act: true },
  { lemma: 'أدان', forms: explicit(['أدان'], ['أدانت'], ['أدانوا'], ['يدين'], ['تدين']), act: true },
  { lemma: 'اتهم', forms: regular('اتهم', 'تهم'), preps: ['ب'], act: true, object: true },
  { lemma: 'وصف', forms: regular('وصف', 'صف'), preps: ['ب'], act: true, object: true },
  // Verbs of belief, finding and hope that news reports like statements (ANT: cue-evidence.json).
  // «يعتقد العلماء أن»; the past «اعتقد» reads as much as «أعتقد», the speaker's own words.
  { lemma: 'اعتقد', forms: explicit([], [], [], ['يعتقد'], ['تعتقد'], ['يعتقدون']) },
  { lemma: 'أظهر', forms: regular('أظهر', 'ظهر'), ambiguous: ['يظهر', 'تظهر'] },
  { lemma: 'توصل', forms: regular('توصل', 'توصل'), preps: ['إلى'] },
  { lemma: 'خلص', forms: regular('خلص', 'خلص'), preps: ['إلى'], ambiguous: ['تخلص'] },
  { lemma: 'أصر', forms: regular('أصر', 'صر'), preps: ['على'] },
  { lemma: 'تعهد', forms: regular('تعهد', 'تعهد'), preps: ['ب'], phrasePrefix: ['ب'] },
  // A threat, reported like a pledge: «توعد الرئيس بأن …», «وتوعدت أن "…"» (ANT: «وتوعد/وتوعدت» 74 clause openings, 26 with content).
  { lemma: 'توعد', forms: regular('توعد', 'توعد'), preps: ['ب'], object: true },
  // The present «يعد» is mostly «يُعدّ» (is considered): only the past reports a promise.
  { lemma: 'وعد', forms: explicit(['وعد'], ['وعدت'], ['وعدوا']), preps: ['ب'], ambiguous: ['وعد'], phrasePrefix: ['ب'] },
  { lemma: 'هدد', forms: regular('هدد', 'هدد'), preps: ['ب'], phrasePrefix: ['ب'] },
  { lemma: 'اقترح', forms: regular('اقترح', 'قترح') },
  { lemma: 'كرر', forms: regular('كرر', 'كرر'), preps: ['على'] },
  { lemma: 'نبه', forms: regular('نبه', 'نبه'), preps: ['إلى', 'على'] },
  { lemma: 'شرح', forms: regular('شرح', 'شرح'), ambiguous: ['شرح'] },
  // «وزاد:», «وواصل:», «وختم:»: how a speaker went on, only before his words after a colon.
  { lemma: 'زاد', forms: regular('زاد', 'زيد'), colonOnly: true },
  { lemma: 'واصل', forms: regular('واصل', 'واصل'), colonOnly: true },
  { lemma: 'ختم', forms: regular('ختم', 'ختم'), preps: ['ب'], colonOnly: true },
  { lemma: 'مضى', forms: explicit(['مضى'], ['مضت'], ['مضوا']), colonOnly: true },
  { lemma: 'وجد', forms: explicit(['وجد'], ['وجدت'], ['وجدوا']), ambiguous: ['وجد'] },
  // «واكتفى بالقول إن», «واكتفت الوزارة بالإشارة إلى أن»: he said no more than (ANT: 251 «بالقول
  // إن/:», after «اكتفى» and «مكتفيا» some 40 times; the lemma introduces content ~37 times).
  { lemma: 'اكتفى', forms: explicit(['اكتفى'], ['اكتفت'], ['اكتفوا'], ['يكتفي'], ['تكتفي']), preps: ['إلى', 'على'], throughNoun: true },
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
  /** Reports only through a noun of saying after it («مكتفيا بالقول إن»). */
  throughNoun?: boolean;
  /**
   * Takes a direct object before its preposition («واصفا الخطة بأنها …», «متهمة الحزب بأنه …»), so
   * it introduces content without a comma before it even past a noun phrase.
   */
  object?: boolean;
  origin?: CueOrigin;
}

const participle = (m: string, f: string, pl: string, preps?: string[], complement?: Complement, origin?: CueOrigin): ParticipleCue => ({
  lemma: m,
  m,
  f,
  pl,
  ...(preps ? { preps } : {}),
  ...(complement ? { complement } : {}),
  ...(origin ? { origin } : {}),
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
  participle('زاعما', 'زاعمة', 'زاعمين'),
  participle('مستدركا', 'مستدركة', 'مستدركين', undefined, undefined, 'seed'),
  participle('مستطردا', 'مستطردة', 'مستطردين', undefined, undefined, 'seed'),
  participle('متابعا', 'متابعة', 'متابعين'),
  participle('مردفا', 'مردفة', 'مردفين'),
  participle('معقبا', 'معقبة', 'معقبين', undefined, undefined, 'seed'),
  participle('مختتما', 'مختتمة', 'مختتمين', ['ب'], undefined, 'seed'),
  participle('متسائلا', 'متسائلة', 'متسائلين'),
  participle('سائلا', 'سائلة', 'سائلين', undefined, undefined, 'seed'),
  participle('مرجحا', 'مرجحة', 'مرجحين', undefined, 'estimate'),
  participle('متوقعا', 'متوقعة', 'متوقعين', undefined, 'estimate'),
  participle('مستبعدا', 'مستبعدة', 'مستبعدين', undefined, undefined, 'seed'),
  participle('معربا', 'معربة', 'معربين', ['عن', 'من', 'في']),
  // ANT: «واصفا/واصفة/متهما/متهمة/مذكرا + a noun phrase of 1–3 words + بأن» ~210 times.
  { ...participle('واصفا', 'واصفة', 'واصفين', ['ب']), object: true },
  { ...participle('مذكرا', 'مذكرة', 'مذكرين', ['ب']), object: true },
  participle('معترفا', 'معترفة', 'معترفين', ['ب']),
  participle('ملمحا', 'ملمحة', 'ملمحين', ['إلى']),
  { ...participle('متهما', 'متهمة', 'متهمين', ['ب']), object: true },
  // «مبررا ذلك بأن …», «مبررا قراره بأنه …» (ANT: ~30 with content).
  { ...participle('مبررا', 'مبررة', 'مبررين', ['ب']), object: true },
  participle('مبديا', 'مبدية', 'مبدين', ['ب', 'من', 'في']),
  { ...participle('مكتفيا', 'مكتفية', 'مكتفين', ['إلى', 'على']), throughNoun: true },
  // «وتطرق إلى الاقتصاد بقوله: …»: «by saying», its pronoun the one who speaks (ANT: «بقوله/بقولها:» 107).
  participle('بقوله', 'بقولها', 'بقولهم'),
];

/**
 * Feminine participle forms that are also everyday nouns («مطالبة» a demand, «مذكرة» a memo,
 * «لافتة» a banner): after a comma they are the participle only when someone who spoke agrees.
 */
export const PARTICIPLES_ALSO_NOUNS: readonly string[] = ['مطالبة', 'متابعة', 'مذكرة', 'لافتة', 'مضيفة', 'داعية'];

/** Nouns of saying through which «اكتفى» reports: «بالقول إن», «بالإشارة إلى أن», «بالتأكيد على أن». */
export const SAYING_THROUGH: readonly string[] = ['بالقول', 'بالإشارة', 'بالتأكيد', 'بالتعليق', 'بالرد', 'بالتنويه', 'بالتوضيح', 'بالإعلان'];

/**
 * Verbal nouns of reporting verbs that take their subject and an أن-clause as the verb does: «بعد
 * إعلان الشركة أنها ستنقل …», «رغم نفي الوزارة أن …», «مزاعم الاستخبارات بأن …». ANT: «إعلان» 60,
 * «زعم» 43, «تصريح(ات)» 79, «ادعاء» 33, «تأكيد» 20, «نفي» 17, «مزاعم» 17, «تحذير» 10 times
 * followed by a definite noun and a complementizer.
 */
export const VERBAL_NOUN_CUES: readonly string[] = ['إعلان', 'تأكيد', 'تأكيدات', 'تصريح', 'تصريحات', 'زعم', 'مزاعم', 'ادعاء', 'ادعاءات', 'نفي', 'تحذير', 'تحذيرات'];

/**
 * «"…"، حسب تعبيره», «على حد قولها», «بحسب وصفه»: a marker and a noun of saying whose pronoun is
 * who spoke, named before (ANT: 628 such phrases). The marker's words, then the nouns' stems.
 */
export const PRONOUN_MARKERS: readonly (readonly string[])[] = [['حسب'], ['بحسب'], ['على', 'حد'], ['وفق']];
export const PRONOUN_MARKER_NOUNS: readonly string[] = ['تعبير', 'قول', 'وصف', 'كلام'];

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
  // «، على حد قول وزير الاقتصاد»: the marker and its noun of saying before a named source (with a
  // pronoun instead, «على حد قوله», it is a pronoun marker: PRONOUN_MARKERS).
  ['على', 'حد', 'قول'],
  ['على', 'حد', 'تعبير'],
];

/** Complementizers that open reported content, with their attached pronouns (أنه، إنها، بأنهم…). */
export const COMPLEMENTIZERS: readonly string[] = ['إن', 'أن', 'بأن', 'فإن'];
export const COMPLEMENTIZER_PRONOUNS: readonly string[] = ['', 'ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ني', 'ي', 'ك', 'كم'];
