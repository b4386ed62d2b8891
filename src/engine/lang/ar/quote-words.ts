/**
 * The words the quote stage reads besides its cues (cues.ts): what kind of speaker a phrase names,
 * what ends a speaker phrase or a reported clause, what an adjunct between a verb and its speaker
 * is made of. One record per word with every class it belongs to, written as in print; the quote
 * stage normalizes them once at load time (src/engine/quotes/word-classes.ts), so hamza, alef
 * maqsura and ta marbuta variants all match. test/engine/quotes-words.test.ts fails on a word
 * listed twice and on classes that contradict each other.
 */

export type QuoteWordClass =
  /** Time words and adverbs that sit between a verb and its speaker or after the speaker. */
  | 'time'
  /** Nouns of speech events and media: after في or ل they make an adjunct («في بيان»، «في تصريح خاص»، «لوكالة الأنباء»), and as the object of ألقى/أصدر/أدلى they end the speaker phrase. */
  | 'event'
  /** Media words after ل: «قال لـ"الوطن"», «لوكالة الأنباء», «للصحفيين». */
  | 'media'
  /** Agencies and channels named without a common noun («أبلغ مسؤول رويترز», «قال لرويترز»). Names that are also common words (العربية، الجزيرة، الفرنسية) are left out: they would cut names. */
  | 'media-name'
  /** Prepositions and particles that start an adjunct after a speaker (بعد لقاء مع …، عبر حسابه). */
  | 'adjunct-starter'
  /** Words that qualify a speech event in an adjunct («في بيان رسمي»، «في مؤتمر صحفي مشترك»، «في بيان لها»). */
  | 'adjunct-modifier'
  /** Ordinals before a speech event in an adjunct («في أول حديث له», «في آخر تصريح»). */
  | 'event-ordinal'
  /** Words after «على» that make an adjunct of place or medium («على حسابه»، «على هامش»، «على تويتر»). */
  | 'on-adjunct'
  /** Words after «من» that make a discourse adjunct («من جهته»، «من جانبها»). */
  | 'from-adjunct'
  /** Prepositions carrying a pronoun (له، عليه، فيها…): an adjunct, never the speaker. */
  | 'pronoun-prep'
  /** Periods named with a following adjective («الشهر الماضي», «العام المقبل»): a time adjunct. */
  | 'period'
  /** The adjective after a period noun. */
  | 'period-adjective'
  /** Relative pronouns: a clause about the speaker («الجيش الذي بدأ هجوما …») ends the name. */
  | 'relative'
  /** Words that join a new clause to the previous one: a reporting verb after them starts its own attribution, so the previous quote's content ends there. */
  | 'linker'
  /** Words before a verb form that show it is a noun (في رأي الخبراء، حسب الرأي). */
  | 'noun-context'
  /** Negations before a verb («لم يوضح», «لا يقول»): a negated verb reports nothing. */
  | 'negation'
  /** How someone spoke, never who: adverbial participles (مغردا عبر حسابه، مادحا) and adverbs of manner («رحب بنا بحرارة», «قال بصراحة»). */
  | 'manner'
  /** Anonymous sources: who speaks without a name. */
  | 'anonymous'
  /** Plural heads that name several people: a plural continuation (وأضافوا) may refer to them. Always with a head class. */
  | 'plural'
  /** Organizations that speak by their common name («الرئاسة», «الخارجية», «الكرملين»), besides the names stage's organization heads. */
  | 'organization'
  /** Documents that speak: «وذكر تقرير …», «وجاء في البيان …». */
  | 'document'
  /** Countries and capitals that act as speakers by metonymy («دعت فرنسا», «أعلنت موسكو»). A small fallback for typing when the names stage found nothing; it does not decide whether a quote exists. */
  | 'place'
  /** Words that pass a document's words on: «جاء في البيان أن», «ورد في التقرير». */
  | 'document-verb'
  /** Verbs that describe how a document came about («طبقا لاستطلاع أجرته مجلة …», «بحسب تقرير نشرته الوزارة»): the clause belongs to the source, so the reported content is on the other side. */
  | 'document-clause-verb'
  /** Nouns that are never the speaker of a source marker («حسب الرغبة», «وفق الخطة»): the marker means "according to" in the plain sense there. */
  | 'non-source'
  /** Addressees of an appeal («دعا الحداد المواطنين للتعاون»): plural or collective nouns that follow the speaker as the verb's object rather than being part of the speaker's name. */
  | 'addressee'
  /** Section labels that end in a colon without being a speaker («المجموعة الأولى: …», «رابط الخبر: …»). */
  | 'label'
  /** Verbs of a clause describing an anonymous source («مسؤول طلب عدم الكشف عن اسمه», «مصدر فضل عدم ذكر اسمه»): they end the speaker phrase. */
  | 'anonymity-verb'
  /** «عن فلان قوله إن»: the noun of saying after a transmitted source. */
  | 'saying-noun'
  /** Words before a quotation that show it is a name (المتحدث باسم «…»، حركة «…»، أغنية «…»). */
  | 'name-taking'
  /** A word before أن that makes it a subordinate (بعد أن، قبل أن، يمكن أن), not a reporting complementizer. */
  | 'blocks-complementizer'
  /** Words that start with ال without carrying the definite article. */
  | 'not-article'
  /** Particles, pronouns and demonstratives that can open a sentence without being its verb. */
  | 'particle'
  /** The auxiliary كان: the subject of a reporting verb may stand between it and the verb («وكان المرصد قد أفاد»). */
  | 'kana'
  /** Words between a quotation and the verb after it: «…»، هكذا قال الوزير. */
  | 'postposed-link'
  /** Nouns for the words just quoted, after a postposed link: «"…".. بهذه الكلمات علق الوزير». */
  | 'quoted-words'
  /** Indefinite adjectives that may follow an anonymous source after a marker («مصادر عدة», «مصدر أمني», «مصادر مطلعة»). */
  | 'source-adjective'
  /**
   * Adjectives that are not nisba words and may follow a speaker's head noun («الأمين العام»،
   * «الرئيس السابق»، «المرشد الأعلى»): after a verb that takes an object before its complement
   * (وصف، اتهم) they still belong to the speaker, where any other definite word opens the object.
   */
  | 'speaker-adjective'
  /** Prepositions: a phrase they open right after a verb is an adjunct, never its speaker («وقالت في شهادتها»). */
  | 'preposition'
  /** «الأخير», «الأول»: as a speaker, the person named last, or before that (quotes/coreference.ts). */
  | 'anaphor'
  /** Words that look like a source marker but are not one («فحسب»: only). */
  | 'not-marker'
  /**
   * After a comma, the journalist's own clause begins («، في حين …», «، علما بأن …», «، الأمر الذي
   * …», «، في إشارة إلى …»): reported content ends before it. Two-word entries match a pair of words.
   */
  | 'clause-break';

export interface QuoteWord {
  /** As written in print; a two-word entry («شهود عيان») is matched as a pair of tokens. */
  word: string;
  classes: readonly QuoteWordClass[];
}

const w = (word: string, ...classes: QuoteWordClass[]): QuoteWord => ({ word, classes });

export const QUOTE_WORDS: readonly QuoteWord[] = [
  // Adjectives of a speaker's name that are not nisba words (after وصف/اتهم any other definite word opens the object).
  w('العامة', 'speaker-adjective'), w('الخاصة', 'speaker-adjective'), w('السابق', 'speaker-adjective'),
  w('السابقة', 'speaker-adjective'), w('الأسبق', 'speaker-adjective'), w('الأعلى', 'speaker-adjective'),
  w('الجديد', 'speaker-adjective'), w('الجديدة', 'speaker-adjective'), w('الدائم', 'speaker-adjective'),
  w('الدائمة', 'speaker-adjective'), w('المؤقت', 'speaker-adjective'), w('المؤقتة', 'speaker-adjective'),
  w('المكلف', 'speaker-adjective'), w('المساعد', 'speaker-adjective'), w('المساعدة', 'speaker-adjective'),
  w('المنتخب', 'speaker-adjective'), w('المنتخبة', 'speaker-adjective'), w('الأكبر', 'speaker-adjective'),
  w('البارز', 'speaker-adjective'), w('البارزة', 'speaker-adjective'), w('المستقل', 'speaker-adjective'),
  w('المستقلة', 'speaker-adjective'), w('المتحدة', 'speaker-adjective'), w('المنتهية', 'speaker-adjective'),
  w('الحاكم', 'speaker-adjective'), w('الحاكمة', 'speaker-adjective'), w('المعارض', 'speaker-adjective'),
  w('المعارضة', 'speaker-adjective'), w('الكبير', 'speaker-adjective'), w('الكبرى', 'speaker-adjective'),
  w('المفوض', 'speaker-adjective'), w('المنتدب', 'speaker-adjective'), w('الدولية', 'speaker-adjective'),
  w('الثاني', 'speaker-adjective'), w('العامون', 'speaker-adjective'), w('العامين', 'speaker-adjective'),
  w('الثلاث', 'speaker-adjective'), w('الأربع', 'speaker-adjective'), w('الخمس', 'speaker-adjective'),
  w('الست', 'speaker-adjective'), w('السبع', 'speaker-adjective'), w('الثلاثة', 'speaker-adjective'),
  w('الأربعة', 'speaker-adjective'), w('الخمسة', 'speaker-adjective'), w('الستة', 'speaker-adjective'),
  w('السبعة', 'speaker-adjective'),
  // time
  // Adverbs written with ب + the article («وأصرت ميركل بالتحديد على …»): no part of who speaks.
  w('بالتحديد', 'time'), w('بالفعل', 'time'), w('بالطبع', 'time'), w('بالذات', 'time'),
  w('أمس', 'time'), w('اليوم', 'time'), w('غدا', 'time'), w('الليلة', 'time'), w('البارحة', 'time'),
  w('الآن', 'time', 'not-article'), w('حاليا', 'time'), w('سابقا', 'time'), w('لاحقا', 'time'), w('مؤخرا', 'time'),
  w('أيضا', 'time', 'linker'), w('كذلك', 'time', 'linker'), w('بدوره', 'time', 'linker'),
  // «وأضاف هنا أن»: an adverb of place after the verb, read as the time words are (never a speaker).
  w('هنا', 'time'),
  w('بدورها', 'time', 'linker'), w('بدورهم', 'time'), w('حينها', 'time'), w('وقتها', 'time'), w('آنذاك', 'time'),
  w('مجددا', 'time', 'manner'), w('مرة', 'time'), w('أخيرا', 'time'), w('صباح', 'time'), w('مساء', 'time'),
  w('ظهر', 'time'), w('فجر', 'time'), w('صباحا', 'time'), w('ظهرا', 'time'), w('يوم', 'time'), w('ليل', 'time'),
  w('ليلة', 'time'), w('الأحد', 'time'), w('الاثنين', 'time'), w('الثلاثاء', 'time'), w('الأربعاء', 'time'),
  w('الخميس', 'time'), w('الجمعة', 'time'), w('السبت', 'time'), w('الأسبوع', 'time', 'period'), w('اليومين', 'time'),
  w('بعدها', 'time'), w('المقابل', 'time'), w('حينذاك', 'time'), w('صراحة', 'time', 'manner'), w('علنا', 'time', 'manner'),

  // event
  w('بيان', 'event', 'document'), w('بيانا', 'event'), w('بيانه', 'event'), w('بيانها', 'event'),
  w('البيان', 'event', 'document'), w('تصريح', 'event'), w('تصريحا', 'event'), w('تصريحه', 'event', 'saying-noun'),
  w('تصريحها', 'event', 'saying-noun'), w('تصريحات', 'event'), w('التصريح', 'event'),
  w('مؤتمر', 'event', 'name-taking'), w('مؤتمرا', 'event'), w('المؤتمر', 'event'), w('حديث', 'event'),
  w('حديثه', 'event'), w('حديثها', 'event'), w('مقابلة', 'event'), w('مقابلته', 'event'), w('كلمة', 'event'),
  w('كلمته', 'event'), w('كلمتها', 'event'), w('لقاء', 'event'), w('اتصال', 'event'), w('مكالمة', 'event'),
  w('تغريدة', 'event', 'document'), w('تغريدات', 'event'), w('تغريدته', 'event'), w('منشور', 'event'),
  w('رسالة', 'event', 'document'), w('رسالته', 'event'), w('خطاب', 'event'), w('خطابا', 'event'), w('خطابه', 'event'),
  // «سادسا: …»: the items of a list, not speakers.
  w('أولا', 'label'), w('ثانيا', 'label'), w('ثالثا', 'label'), w('رابعا', 'label'), w('خامسا', 'label'),
  w('سادسا', 'label'), w('سابعا', 'label'), w('ثامنا', 'label'), w('تاسعا', 'label'), w('عاشرا', 'label'),
  w('حوار', 'event', 'label'), w('ندوة', 'event'), w('اجتماع', 'event'), w('جلسة', 'event'), w('تعليق', 'event'),
  w('تعليقه', 'event'), w('تعليقات', 'event'), w('إيجاز', 'event'), w('إفادة', 'event', 'document'),
  w('مداخلة', 'event'), w('حساب', 'event', 'on-adjunct'), w('حسابه', 'event', 'on-adjunct'),
  w('حسابها', 'event', 'on-adjunct'), w('صفحته', 'event', 'on-adjunct'), w('صفحتها', 'event', 'on-adjunct'),
  w('موقعه', 'event', 'on-adjunct'), w('موقعها', 'event', 'on-adjunct'), w('تقرير', 'event', 'document', 'label'),
  w('وقت', 'event'), w('حينه', 'event'), w('معرض', 'event'), w('سياق', 'event'), w('ختام', 'event'),
  w('نهاية', 'event'), w('بداية', 'event'), w('أثناء', 'event', 'adjunct-starter', 'preposition'), w('إطار', 'event'),
  w('رد', 'event'), w('رده', 'event'), w('ردها', 'event'), w('تسجيل', 'event'), w('فيديو', 'event', 'label'),
  w('شريط', 'event'), w('منشورا', 'event'),

  // media
  w('وكالة', 'media', 'name-taking'), w('صحيفة', 'media', 'name-taking'),
  w('قناة', 'media', 'on-adjunct', 'name-taking'), w('موقع', 'media', 'on-adjunct', 'name-taking', 'organization'),
  w('هيئة', 'media'), w('تلفزيون', 'media'), w('إذاعة', 'media', 'name-taking'), w('راديو', 'media'),
  w('مجلة', 'media', 'name-taking'), w('الصحفيين', 'media'), w('الصحافيين', 'media'), w('الصحافة', 'media'),
  w('الإعلام', 'media', 'anonymous'), w('وسائل', 'media', 'anonymous'), w('مراسل', 'media', 'anonymous'), w('مراسلي', 'media'),
  w('شبكة', 'media', 'name-taking'), w('برنامج', 'media', 'name-taking'), w('الوكالة', 'media'),
  w('الصحيفة', 'media'), w('القناة', 'media'), w('الموقع', 'media', 'organization'), w('المجلة', 'media'), w('التلفزيون', 'media'),

  // media-name
  w('رويترز', 'media-name'), w('فرانس برس', 'media-name'), w('أسوشيتد برس', 'media-name'),
  w('الأناضول', 'media-name'), w('سبوتنيك', 'media-name'), w('شينخوا', 'media-name'), w('بي بي سي', 'media-name'),
  w('سي إن إن', 'media-name'), w('سكاي نيوز', 'media-name'), w('واس', 'media-name'), w('سانا', 'media-name'),
  w('إرنا', 'media-name'), w('يونهاب', 'media-name'), w('بلومبرغ', 'media-name'), w('بلومبيرغ', 'media-name'),
  w('أكسيوس', 'media-name'),

  // adjunct-starter
  w('بعد', 'adjunct-starter', 'blocks-complementizer', 'particle', 'preposition'),
  w('قبل', 'adjunct-starter', 'blocks-complementizer', 'particle', 'preposition'), w('خلال', 'adjunct-starter', 'particle', 'preposition'),
  w('عقب', 'adjunct-starter', 'preposition'), w('إثر', 'adjunct-starter', 'preposition'), w('عبر', 'adjunct-starter', 'preposition'), w('أمام', 'adjunct-starter', 'preposition'),
  w('لدى', 'adjunct-starter', 'preposition'), w('مع', 'adjunct-starter', 'particle', 'preposition'),
  w('عن', 'adjunct-starter', 'noun-context', 'blocks-complementizer', 'particle', 'preposition'), w('حول', 'adjunct-starter', 'preposition'),
  w('بشأن', 'adjunct-starter', 'preposition'), w('وسط', 'adjunct-starter', 'preposition'),
  w('بحضور', 'adjunct-starter'), w('بمشاركة', 'adjunct-starter'), w('برفقة', 'adjunct-starter'),
  w('منذ', 'adjunct-starter', 'blocks-complementizer', 'particle', 'preposition'), w('حين', 'adjunct-starter', 'blocks-complementizer'),
  w('حينما', 'adjunct-starter', 'linker'), w('عندما', 'adjunct-starter', 'linker'), w('لما', 'adjunct-starter'),
  w('بينما', 'adjunct-starter', 'linker'), w('فيما', 'adjunct-starter', 'linker'),
  w('إذ', 'adjunct-starter', 'linker', 'particle'), w('إذا', 'adjunct-starter', 'particle'),
  w('كما', 'adjunct-starter', 'linker', 'particle', 'postposed-link', 'blocks-complementizer'),
  w('حيث', 'adjunct-starter', 'linker', 'particle'), w('بشكل', 'adjunct-starter'), w('بصورة', 'adjunct-starter'),
  w('ضمن', 'adjunct-starter', 'preposition'), w('لحين', 'adjunct-starter'), w('ريثما', 'adjunct-starter'), w('تعليقا', 'adjunct-starter'), w('ردا', 'adjunct-starter'),
  w('تعقيبا', 'adjunct-starter'), w('بالقول', 'adjunct-starter', 'saying-noun'), w('قائلا', 'adjunct-starter'),
  // «وقال X المعروف بأنه أكثر …:»: «known as» describes the speaker; its أن opens no words said
  // (ANT: ~15 after a speaker).
  w('المعروف', 'blocks-complementizer'), w('المعروفة', 'blocks-complementizer'), w('المعروفين', 'blocks-complementizer'),
  w('المعروفون', 'blocks-complementizer'), w('الملقب', 'blocks-complementizer'), w('الملقبة', 'blocks-complementizer'),

  // adjunct-modifier
  w('رسمي', 'adjunct-modifier', 'source-adjective'), w('رسمية', 'adjunct-modifier', 'source-adjective'),
  w('صحفي', 'adjunct-modifier'), w('صحافي', 'adjunct-modifier'), w('صحفية', 'adjunct-modifier'),
  w('صحافية', 'adjunct-modifier'), w('مشترك', 'adjunct-modifier'), w('مشتركة', 'adjunct-modifier'),
  w('خاص', 'adjunct-modifier', 'label'), w('خاصة', 'adjunct-modifier', 'source-adjective'),
  w('مقتضب', 'adjunct-modifier'), w('مقتضبة', 'adjunct-modifier'), w('مكتوب', 'adjunct-modifier'),
  w('متلفز', 'adjunct-modifier'), w('متلفزة', 'adjunct-modifier'), w('مصور', 'adjunct-modifier'),
  w('سابق', 'adjunct-modifier'), w('سابقة', 'adjunct-modifier'), w('لاحق', 'adjunct-modifier'),
  w('أخير', 'adjunct-modifier'), w('جديد', 'adjunct-modifier'), w('منفصل', 'adjunct-modifier'),
  w('هاتفي', 'adjunct-modifier'), w('هاتفية', 'adjunct-modifier'),
  w('إعلامي', 'adjunct-modifier', 'source-adjective'), w('إعلامية', 'adjunct-modifier', 'source-adjective'),
  w('مطول', 'adjunct-modifier'), w('نشر', 'adjunct-modifier', 'document-clause-verb'),
  w('نشرته', 'adjunct-modifier', 'document-clause-verb'), w('نشرها', 'adjunct-modifier', 'document-clause-verb'),
  w('أصدره', 'adjunct-modifier', 'document-clause-verb'), w('أصدرته', 'adjunct-modifier', 'document-clause-verb'),
  w('صدر', 'adjunct-modifier', 'document-clause-verb'), w('له', 'adjunct-modifier', 'pronoun-prep'),
  w('لها', 'adjunct-modifier', 'pronoun-prep'), w('لهم', 'adjunct-modifier', 'pronoun-prep'),
  w('عاجل', 'adjunct-modifier', 'label'), w('تلفزيوني', 'adjunct-modifier'), w('تلفزيونية', 'adjunct-modifier'),
  w('إذاعي', 'adjunct-modifier'), w('إذاعية', 'adjunct-modifier'), w('الرسمي', 'adjunct-modifier'),
  w('الرسمية', 'adjunct-modifier'), w('الشخصي', 'adjunct-modifier'), w('الخاص', 'adjunct-modifier', 'speaker-adjective'),
  w('مقتضبا', 'adjunct-modifier'),

  // event-ordinal
  w('أول', 'event-ordinal'), w('آخر', 'event-ordinal'), w('ثاني', 'event-ordinal'), w('أحدث', 'event-ordinal'),
  w('أولى', 'event-ordinal'),

  // on-adjunct
  w('هامش', 'on-adjunct'), w('تويتر', 'on-adjunct'), w('فيسبوك', 'on-adjunct'), w('الإنترنت', 'on-adjunct'),
  w('شاشة', 'on-adjunct'), w('منصة', 'on-adjunct', 'name-taking'), w('منبر', 'on-adjunct'), w('لسان', 'on-adjunct'),
  w('ذلك', 'on-adjunct', 'noun-context', 'particle'), w('هذا', 'on-adjunct', 'noun-context', 'particle'),
  w('هذه', 'on-adjunct', 'noun-context', 'particle'), w('ما', 'on-adjunct', 'relative', 'particle'),

  // from-adjunct
  w('جهته', 'from-adjunct'), w('جهتها', 'from-adjunct'), w('جهتهم', 'from-adjunct'), w('جانبه', 'from-adjunct'),
  w('جانبها', 'from-adjunct'), w('جانبهم', 'from-adjunct'), w('ناحيته', 'from-adjunct'), w('ناحيتها', 'from-adjunct'),
  w('طرفه', 'from-adjunct'), w('طرفها', 'from-adjunct'),

  // pronoun-prep
  w('لهما', 'pronoun-prep'), w('لنا', 'pronoun-prep'), w('لي', 'pronoun-prep'), w('لك', 'pronoun-prep'),
  w('عليه', 'pronoun-prep'), w('عليها', 'pronoun-prep'), w('عليهم', 'pronoun-prep'), w('فيه', 'pronoun-prep'),
  w('فيها', 'pronoun-prep'), w('فيهم', 'pronoun-prep'), w('منه', 'pronoun-prep'), w('منها', 'pronoun-prep'),
  w('عنه', 'pronoun-prep'), w('عنها', 'pronoun-prep'), w('عنهم', 'pronoun-prep'), w('إليه', 'pronoun-prep'),
  w('إليها', 'pronoun-prep'), w('إليهم', 'pronoun-prep'), w('معه', 'pronoun-prep'), w('معها', 'pronoun-prep'),
  w('به', 'pronoun-prep'), w('بها', 'pronoun-prep'), w('لديه', 'pronoun-prep'), w('لديها', 'pronoun-prep'),
  w('بنا', 'pronoun-prep'), w('بي', 'pronoun-prep'), w('بهم', 'pronoun-prep'), w('بكم', 'pronoun-prep'),
  w('لكم', 'pronoun-prep'), w('علينا', 'pronoun-prep'), w('إلينا', 'pronoun-prep'), w('معنا', 'pronoun-prep'),
  w('عنا', 'pronoun-prep'),

  // period
  w('الشهر', 'period'), w('العام', 'period', 'speaker-adjective'), w('السنة', 'period'), w('الموسم', 'period'), w('الصيف', 'period'),
  w('الشتاء', 'period'), w('الربيع', 'period'), w('الخريف', 'period'),

  // period-adjective
  w('الماضي', 'period-adjective'), w('الماضية', 'period-adjective'), w('المقبل', 'period-adjective', 'speaker-adjective'),
  w('المقبلة', 'period-adjective'), w('الجاري', 'period-adjective'), w('الجارية', 'period-adjective'),
  w('الحالي', 'period-adjective', 'speaker-adjective'), w('الحالية', 'period-adjective'), w('الفائت', 'period-adjective'),
  w('الفائتة', 'period-adjective'), w('المنصرم', 'period-adjective'), w('المنصرمة', 'period-adjective'),
  w('القادم', 'period-adjective'), w('القادمة', 'period-adjective'),

  // relative
  w('الذي', 'relative', 'not-article'), w('التي', 'relative', 'not-article'), w('الذين', 'relative', 'not-article'),
  w('اللذين', 'relative', 'not-article'), w('اللذان', 'relative', 'not-article'),
  w('اللتين', 'relative', 'not-article'), w('اللتان', 'relative', 'not-article'),
  w('اللواتي', 'relative', 'not-article'), w('اللاتي', 'relative', 'not-article'), w('ممن', 'relative'),
  w('مما', 'relative'), w('وهو', 'relative'), w('وهي', 'relative'),
  // («وأعلنت الشركة نتائجها، والتي قالت إنها …»: with its conjunction too; ANT: ~80 «والذي/والتي» + cue.)
  w('والذي', 'relative', 'not-article'), w('والتي', 'relative', 'not-article'), w('والذين', 'relative', 'not-article'),
  // («وما قاله الرئيس كان يعني أن»: «ما» with its conjunction is the same relative.)
  w('وما', 'relative', 'particle'),

  // linker
  w('لكن', 'linker', 'particle', 'clause-break'), w('لكنه', 'linker'), w('لكنها', 'linker'), w('لكنهم', 'linker'),
  w('ولكن', 'linker'), w('ولكنه', 'linker'), w('ولكنها', 'linker'), w('وكما', 'linker'),
  w('ثم', 'linker', 'particle'), w('وقد', 'linker', 'particle'), w('قد', 'linker', 'particle'), w('فقد', 'linker'),
  w('لقد', 'linker', 'particle'), w('بل', 'linker'), w('إلا', 'linker', 'not-article', 'blocks-complementizer'),
  w('كان', 'linker', 'particle', 'kana'), w('وكان', 'linker', 'particle', 'kana'),
  w('كانت', 'linker', 'particle', 'kana'), w('وكانت', 'linker', 'particle', 'kana'),

  // noun-context
  w('في', 'noun-context', 'blocks-complementizer', 'particle', 'preposition'),
  w('من', 'noun-context', 'blocks-complementizer', 'particle', 'preposition'),
  w('على', 'noun-context', 'blocks-complementizer', 'particle', 'preposition'),
  w('إلى', 'noun-context', 'blocks-complementizer', 'not-article', 'particle', 'preposition'), w('حسب', 'noun-context'),
  w('بحسب', 'noun-context'), w('حسبما', 'noun-context'), w('تلك', 'noun-context', 'particle'), w('أي', 'noun-context'), w('كل', 'noun-context'),

  // negation
  w('لم', 'negation', 'particle'), w('لن', 'negation', 'particle'), w('لا', 'negation', 'particle'),
  w('ولم', 'negation'), w('ولن', 'negation'), w('ولا', 'negation'), w('فلم', 'negation'), w('فلا', 'negation'),

  // manner
  w('مغردا', 'manner'), w('مغردة', 'manner'), w('مادحا', 'manner'), w('مادحة', 'manner'), w('مهاجما', 'manner'),
  w('مهاجمة', 'manner'), w('مستشهدا', 'manner'), w('متحدثا', 'manner'), w('متحدثة', 'manner'), w('معلقا', 'manner'),
  w('معلقة', 'manner'), w('مخاطبا', 'manner'), w('مخاطبة', 'manner'), w('موجها', 'manner'), w('موجهة', 'manner'),
  w('مستنكرا', 'manner'), w('مشيدا', 'manner'), w('مشيدة', 'manner'), w('منتقدا', 'manner'), w('منتقدة', 'manner'),
  w('مطمئنا', 'manner'), w('مستغربا', 'manner'), w('مشككا', 'manner'), w('مرحبا', 'manner'), w('مقرا', 'manner'), w('بحرارة', 'manner'),
  w('بشدة', 'manner'), w('بقوة', 'manner'), w('بوضوح', 'manner'), w('بصراحة', 'manner'), w('بحزم', 'manner'),
  w('بغضب', 'manner'), w('بأسف', 'manner'), w('بحسرة', 'manner'), w('بفخر', 'manner'), w('باختصار', 'manner'),
  w('بثقة', 'manner'), w('بتفاؤل', 'manner'), w('بحذر', 'manner'), w('بالتفصيل', 'manner'), w('مرارا', 'manner'),
  // «وأضاف بلهجة حادة:», «وتابع بنبرة ساخرة»: the tone he said it in (ANT: ~40 after a verb of saying).
  w('بلهجة', 'manner'), w('بنبرة', 'manner'), w('بنغمة', 'manner'), w('بصوت', 'manner'), w('بهدوء', 'manner'),
  w('بسخرية', 'manner'), w('بتهكم', 'manner'), w('بمرارة', 'manner'), w('بحماس', 'manner'), w('بحدة', 'manner'), w('بابتسامة', 'manner'),
  w('تكرارا', 'manner'), w('ضمنا', 'manner'), w('مازحا', 'manner'), w('مازحة', 'manner'), w('طويلا', 'manner'), w('مطولا', 'manner'), w('كثيرا', 'manner'),

  // anonymous
  w('مصدر', 'anonymous', 'label'), w('مصادر', 'anonymous'), w('المصدر', 'anonymous', 'label'),
  w('المصادر', 'anonymous'), w('مسؤول', 'anonymous'), w('مسؤولون', 'anonymous', 'plural'),
  w('مسؤولين', 'anonymous', 'plural'), w('مسئول', 'anonymous'), w('شهود', 'anonymous', 'plural'),
  w('شاهد', 'anonymous', 'label'), w('شهود عيان', 'anonymous'), w('وسائل إعلام', 'anonymous', 'plural'), w('سكان', 'anonymous', 'plural'),
  w('السكان', 'anonymous', 'plural', 'addressee'), w('الأهالي', 'anonymous', 'plural', 'addressee'),
  w('أهالي', 'anonymous', 'plural'), w('ناشطون', 'anonymous', 'plural'), w('ناشطين', 'anonymous', 'plural'),
  w('الناشطون', 'anonymous', 'plural'), w('خبراء', 'anonymous', 'plural'), w('الخبراء', 'anonymous', 'plural'),
  w('خبير', 'anonymous'), w('محللون', 'anonymous', 'plural'), w('المحللون', 'anonymous', 'plural'),
  w('محللين', 'anonymous', 'plural'), w('المحللين', 'anonymous', 'plural'), w('مراقبون', 'anonymous', 'plural'),
  w('المراقبون', 'anonymous', 'plural'), w('دبلوماسي', 'anonymous', 'source-adjective'),
  w('دبلوماسيون', 'anonymous', 'plural'), w('دبلوماسيين', 'anonymous', 'plural'), w('أوساط', 'anonymous'),
  w('جهات', 'anonymous'), w('مقربون', 'anonymous', 'plural'), w('المقربون', 'anonymous', 'plural'),
  w('بعض', 'anonymous'), w('أحد', 'anonymous'), w('عدد من', 'anonymous'), w('مصدر مطلع', 'anonymous'),
  w('متحدث', 'anonymous'), w('ناطق', 'anonymous'), w('مواطنون', 'anonymous', 'plural'), w('مواطن', 'anonymous'),
  w('مواطنة', 'anonymous'), w('مسعفون', 'anonymous', 'plural'), w('أطباء', 'anonymous', 'plural'),
  w('طبيب', 'anonymous'), w('عمال', 'anonymous', 'plural'), w('موظف', 'anonymous'),
  w('موظفون', 'anonymous', 'plural'), w('سياسيون', 'anonymous', 'plural'), w('مصدر أمني', 'anonymous'),
  w('عسكري', 'anonymous', 'source-adjective'), w('عسكريون', 'anonymous', 'plural'), w('قيادي', 'anonymous'),
  w('قياديون', 'anonymous', 'plural'), w('عضو', 'anonymous'), w('أعضاء', 'anonymous', 'plural'),
  w('مقاتلون', 'anonymous', 'plural'), w('ضابط', 'anonymous'), w('ضباط', 'anonymous', 'plural'),
  w('شخص', 'anonymous'), w('أشخاص', 'anonymous', 'plural'),
  // Definite words most often between a reporting verb and its complementizer in ANT that were no
  // speaker head yet («قال الباحثون إن»: 138, «العلماء» 86, «المسؤولون» 43, «الأطباء» 36…).
  w('الباحثون', 'anonymous', 'plural'), w('باحثون', 'anonymous', 'plural'), w('العلماء', 'anonymous', 'plural'),
  w('علماء', 'anonymous', 'plural'), w('المسؤولون', 'anonymous', 'plural'), w('الأطباء', 'anonymous', 'plural'),
  w('المحققون', 'anonymous', 'plural'), w('محققون', 'anonymous', 'plural'), w('الشهود', 'anonymous', 'plural'),
  w('الكثيرون', 'anonymous', 'plural'), w('المنظمون', 'anonymous', 'plural'),
  w('المدعون', 'anonymous', 'plural'), w('النقاد', 'anonymous', 'plural'), w('المنتقدون', 'anonymous', 'plural'),
  w('منتقدون', 'anonymous', 'plural'), w('المستثمرون', 'anonymous', 'plural'), w('نشطاء', 'anonymous', 'plural'),

  // organization
  w('الرئاسة', 'organization'), w('رئاسة', 'organization'), w('الخارجية', 'organization'),
  w('الداخلية', 'organization'), w('الدفاع', 'organization'), w('الكرملين', 'organization'),
  w('البيت الأبيض', 'organization'), w('البنتاغون', 'organization'), w('الإليزيه', 'organization'),
  w('الأمم المتحدة', 'organization'), w('السفارة', 'organization'), w('سفارة', 'organization'),
  w('القنصلية', 'organization'), w('النيابة', 'organization'), w('النيابة العامة', 'organization'),
  w('الوزارة', 'organization'), w('الشرطة', 'organization'), w('الجيش', 'organization'), w('البلدية', 'organization'),
  w('الأمانة', 'organization'), w('الإمارة', 'organization'), w('المحافظة', 'organization'),
  w('الحكومة', 'organization', 'addressee'), w('المجلس', 'organization'), w('البرلمان', 'organization'),
  w('الكونغرس', 'organization'), w('الاتحاد الأوروبي', 'organization'), w('حلف', 'organization'),
  w('الناتو', 'organization'), w('اليونيسف', 'organization'), w('اليونسكو', 'organization'),
  w('المفوضية', 'organization'), w('مفوضية', 'organization'), w('الصليب', 'organization'),
  w('الهلال', 'organization'), w('الدفاع المدني', 'organization'),
  // (ANT: «الادعاء» 30 times right before a complementizer; «السلطات», 124, is below with the addressees.)
  w('الادعاء', 'organization'),

  // document
  w('المسح', 'document'), w('الاستبيان', 'document'), w('التحقيقات', 'document'),
  w('التقرير', 'document'), w('تقارير', 'document'), w('التقارير', 'document'), w('بيانات', 'document'),
  w('دراسة', 'document'), w('الدراسة', 'document'), w('دراسات', 'document'), w('وثيقة', 'document'),
  w('الوثيقة', 'document'), w('وثائق', 'document'), w('الرسالة', 'document'), w('مذكرة', 'document'),
  w('المذكرة', 'document'), w('إحصائية', 'document'), w('الإحصائية', 'document'), w('إحصاءات', 'document'),
  w('الإحصاءات', 'document'), w('استطلاع', 'document'), w('الاستطلاع', 'document'), w('نتائج', 'document'),
  w('النتائج', 'document'), w('أرقام', 'document'), w('الأرقام', 'document'), w('المعطيات', 'document'),
  w('معطيات', 'document'), w('قرار', 'document'), w('القرار', 'document'), w('البلاغ', 'document'),
  w('بلاغ', 'document'), w('تحقيق', 'document'), w('التحقيق', 'document'), w('حصيلة', 'document'),
  w('الحصيلة', 'document'), w('نشرة', 'document', 'document-clause-verb'), w('النشرة', 'document'),
  w('المنشور', 'document'), w('التغريدة', 'document'), w('الرواية', 'document'),
  w('رواية', 'document', 'name-taking'),
  // What figures and findings say («إحصائيات تشير إلى أن», «مؤشرات تفيد أن», «بحسب معلومات»).
  w('إحصائيات', 'document'), w('الإحصائيات', 'document'), w('مؤشرات', 'document'), w('المؤشرات', 'document'),
  w('معلومات', 'document'), w('المعلومات', 'document'), w('أدلة', 'document'), w('الأدلة', 'document'),

  // place
  w('فرنسا', 'place'), w('روسيا', 'place'), w('تركيا', 'place'), w('إيران', 'place'), w('إسرائيل', 'place'),
  w('مصر', 'place'), w('السعودية', 'place'), w('الإمارات', 'place'), w('قطر', 'place'), w('الكويت', 'place'),
  w('البحرين', 'place'), w('عمان', 'place'), w('الأردن', 'place'), w('لبنان', 'place'), w('سوريا', 'place'),
  w('سورية', 'place'), w('العراق', 'place'), w('اليمن', 'place'), w('ليبيا', 'place'), w('تونس', 'place'),
  w('الجزائر', 'place'), w('المغرب', 'place'), w('السودان', 'place'), w('الصين', 'place'), w('اليابان', 'place'),
  w('الهند', 'place'), w('باكستان', 'place'), w('أفغانستان', 'place'), w('ألمانيا', 'place'), w('بريطانيا', 'place'),
  w('إيطاليا', 'place'), w('إسبانيا', 'place'), w('أمريكا', 'place'), w('أميركا', 'place'),
  w('الولايات المتحدة', 'place'), w('كندا', 'place'), w('البرازيل', 'place'), w('أوكرانيا', 'place'),
  w('بولندا', 'place'), w('هولندا', 'place'), w('بلجيكا', 'place'), w('السويد', 'place'), w('النرويج', 'place'),
  w('اليونان', 'place'), w('قبرص', 'place'), w('إثيوبيا', 'place'), w('الصومال', 'place'), w('نيجيريا', 'place'),
  w('كوريا', 'place'), w('واشنطن', 'place'), w('موسكو', 'place'), w('طهران', 'place'), w('أنقرة', 'place'),
  w('بكين', 'place'), w('باريس', 'place'), w('لندن', 'place'), w('برلين', 'place'), w('القاهرة', 'place'),
  w('الرياض', 'place'), w('دمشق', 'place'), w('بغداد', 'place'), w('بيروت', 'place'), w('الدوحة', 'place'),
  w('أبوظبي', 'place'), w('الخرطوم', 'place'), w('طرابلس', 'place'), w('تل أبيب', 'place'), w('كييف', 'place'),
  w('بروكسل', 'place'), w('روما', 'place'),

  // document-verb
  w('جاء', 'document-verb'), w('ورد', 'document-verb'), w('وجاء', 'document-verb'),

  // document-clause-verb
  w('نشرتها', 'document-clause-verb'), w('أجرته', 'document-clause-verb'), w('أجراه', 'document-clause-verb'),
  w('أجرتها', 'document-clause-verb'), w('أعدته', 'document-clause-verb'), w('أعده', 'document-clause-verb'),
  w('أعدها', 'document-clause-verb'), w('أصدرها', 'document-clause-verb'), w('صادر', 'document-clause-verb'),
  w('صادرة', 'document-clause-verb'), w('الصادر', 'document-clause-verb'), w('الصادرة', 'document-clause-verb'), w('صدرت', 'document-clause-verb'), w('نشرت', 'document-clause-verb'), w('أجري', 'document-clause-verb'),
  w('أعد', 'document-clause-verb'), w('وزعته', 'document-clause-verb'), w('بثته', 'document-clause-verb'),
  w('بثها', 'document-clause-verb'),

  // non-source
  w('الرغبة', 'non-source'), w('الحاجة', 'non-source'), w('الظروف', 'non-source'), w('الخطة', 'non-source'),
  w('القانون', 'non-source'), w('النظام', 'non-source'), w('الأصول', 'non-source'), w('الطلب', 'non-source'),
  w('الأولوية', 'non-source'), w('الاتفاق', 'non-source'), w('الاتفاقية', 'non-source'), w('الضوابط', 'non-source'),
  w('الشروط', 'non-source'), w('المعايير', 'non-source'), w('التوقيت', 'non-source'), w('الإمكانيات', 'non-source'),
  w('الإمكانات', 'non-source'), w('الجدول', 'non-source'), w('الموعد', 'non-source', 'label'),
  w('اللوائح', 'non-source'), w('الأنظمة', 'non-source'), w('التعليمات', 'non-source'), w('الحالة', 'non-source'),
  w('الأحوال', 'non-source'), w('المادة', 'non-source'), w('القواعد', 'non-source'),

  // addressee
  w('المواطنين', 'addressee'), w('المواطنون', 'addressee'), w('الجميع', 'addressee'), w('المجتمع', 'addressee'),
  w('الدول', 'addressee'), w('الأطراف', 'addressee'), w('المسؤولين', 'addressee'), w('الشباب', 'addressee'),
  w('الجمهور', 'addressee'), w('الناس', 'addressee'), w('المقيمين', 'addressee'), w('الزوار', 'addressee'),
  w('السلطات', 'addressee', 'organization'), w('الشركات', 'addressee'), w('المستثمرين', 'addressee'),

  // label («للمزيد: …», «اقرأ أيضا: …»: an outlet's link to another article, never who speaks; ANT: ~430)
  w('للمزيد', 'label'), w('المجموعة', 'label'), w('مجموعة', 'label', 'name-taking'), w('رابط', 'label'), w('الرابط', 'label'),
  w('تنويه', 'label'), w('ملاحظة', 'label'), w('ملحوظة', 'label'), w('اقرأ', 'label'), w('صورة', 'label'),
  w('الصورة', 'label'), w('الفيديو', 'label'), w('تحديث', 'label'), w('المكان', 'label'), w('الزمان', 'label'),
  w('التاريخ', 'label'), w('العنوان', 'label'), w('الهاتف', 'label'), w('البريد', 'label'), w('السعر', 'label'),
  w('المدة', 'label'), w('النتيجة', 'label'), w('الفئة', 'label'), w('الجولة', 'label'), w('المباراة', 'label'),
  w('المرحلة', 'label'), w('الجزء', 'label'), w('الحلقة', 'label'), w('الفصل', 'label'), w('السؤال', 'label'),
  w('الجواب', 'label'), w('س', 'label'), w('ج', 'label'), w('سؤال', 'label'), w('جواب', 'label'), w('كلمات', 'label'),
  w('ألحان', 'label'), w('إخراج', 'label'), w('بطولة', 'label'), w('إعداد', 'label'), w('تصوير', 'label'),
  w('ترجمة', 'label'), w('تأليف', 'label'), w('متابعة', 'label'), w('مقال', 'label'), w('الكاتب', 'label'),
  w('بقلم', 'label'), w('المحرر', 'label'),

  // anonymity-verb
  w('طلب', 'anonymity-verb', 'blocks-complementizer'), w('طلبت', 'anonymity-verb', 'blocks-complementizer'),
  w('طلبوا', 'anonymity-verb'), w('رفض', 'anonymity-verb', 'blocks-complementizer'),
  w('رفضت', 'anonymity-verb', 'blocks-complementizer'), w('رفضوا', 'anonymity-verb'), w('فضل', 'anonymity-verb'),
  w('فضلت', 'anonymity-verb'), w('فضلوا', 'anonymity-verb'), w('اشترط', 'anonymity-verb'),
  w('اشترطت', 'anonymity-verb'), w('اشترطوا', 'anonymity-verb'),
  // «وأوضح المصدر طالبا عدم الكشف عن اسمه»: the participle, written without its tanween.
  w('طالبا', 'anonymity-verb'), w('طالبة', 'anonymity-verb'), w('مفضلا', 'anonymity-verb'), w('مفضلة', 'anonymity-verb'),
  w('رافضا', 'anonymity-verb'), w('رافضة', 'anonymity-verb'),

  // saying-noun
  w('قوله', 'saying-noun'), w('قولها', 'saying-noun'), w('قولهم', 'saying-noun'), w('القول', 'saying-noun'),
  w('تأكيده', 'saying-noun'), w('تأكيدها', 'saying-noun'),

  // name-taking
  w('باسم', 'name-taking'), w('عنوان', 'name-taking'), w('بعنوان', 'name-taking'), w('اسم', 'name-taking'), w('حركة', 'name-taking'), w('جماعة', 'name-taking'),
  w('تنظيم', 'name-taking'), w('شركة', 'name-taking'), w('مسلسل', 'name-taking'), w('فيلم', 'name-taking'),
  w('أغنية', 'name-taking'), w('كتاب', 'name-taking'), w('حزب', 'name-taking'), w('كتلة', 'name-taking'),
  w('لجنة', 'name-taking'), w('تحالف', 'name-taking'), w('عملية', 'name-taking'), w('مبادرة', 'name-taking'),
  w('منتدى', 'name-taking'), w('حملة', 'name-taking'), w('تطبيق', 'name-taking'), w('مهرجان', 'name-taking'),
  w('قصيدة', 'name-taking'), w('ألبوم', 'name-taking'), w('لقب', 'name-taking'), w('شعار', 'name-taking'),
  w('هاشتاغ', 'name-taking'), w('وسم', 'name-taking'), w('مشروع', 'name-taking'), w('ميليشيا', 'name-taking'),
  w('فصيل', 'name-taking'), w('كتائب', 'name-taking'), w('لواء', 'name-taking'), w('جبهة', 'name-taking'),
  w('مؤسسة', 'name-taking'), w('جمعية', 'name-taking'), w('مركز', 'name-taking'), w('نادي', 'name-taking'),

  // blocks-complementizer
  w('حتى', 'blocks-complementizer', 'particle'), w('دون', 'blocks-complementizer'),
  w('بدون', 'blocks-complementizer'), w('غير', 'blocks-complementizer'), w('يمكن', 'blocks-complementizer'),
  w('ينبغي', 'blocks-complementizer'), w('يجب', 'blocks-complementizer'), w('لابد', 'blocks-complementizer'),
  w('بد', 'blocks-complementizer'), w('رغم', 'blocks-complementizer'), w('برغم', 'blocks-complementizer'),
  w('ورغم', 'blocks-complementizer'), w('وبرغم', 'blocks-complementizer'),
  w('مجرد', 'blocks-complementizer'), w('بمجرد', 'blocks-complementizer'), w('لأجل', 'blocks-complementizer'),
  w('أجل', 'blocks-complementizer'), w('يريد', 'blocks-complementizer'), w('تريد', 'blocks-complementizer'),
  w('أراد', 'blocks-complementizer'), w('أرادت', 'blocks-complementizer'), w('يحاول', 'blocks-complementizer'),
  w('حاول', 'blocks-complementizer'), w('تحاول', 'blocks-complementizer'), w('يستطيع', 'blocks-complementizer'),
  w('تستطيع', 'blocks-complementizer'), w('استطاع', 'blocks-complementizer'), w('يمكنه', 'blocks-complementizer'),
  w('يمكنها', 'blocks-complementizer'), w('كاد', 'blocks-complementizer'), w('عسى', 'blocks-complementizer'),

  // not-article
  w('ألف', 'not-article'), w('آلاف', 'not-article'), w('ألفا', 'not-article'),
  // Past verbs whose hamza normalizes away into a look of «ال» («وألقت السلطات القبض على …»; ANT:
  // ~1,000 «ألقى/ألغى/ألمح/ألحق/ألزم» forms). «الحق» (the right) keeps its article.
  w('ألقى', 'not-article'), w('ألقت', 'not-article'), w('ألقوا', 'not-article'), w('ألغى', 'not-article'),
  w('ألغت', 'not-article'), w('ألغوا', 'not-article'), w('ألمح', 'not-article'), w('ألمحت', 'not-article'),
  w('ألزم', 'not-article'), w('ألزمت', 'not-article'), w('ألحقت', 'not-article'),

  // particle
  w('و', 'particle'), w('أما', 'particle'), w('أن', 'particle'), w('هو', 'particle'), w('هي', 'particle'),
  w('هم', 'particle'), w('وفي', 'particle'), w('ومن', 'particle'), w('عند', 'particle'), w('بين', 'particle', 'preposition'),
  w('وبين', 'particle'),

  // kana
  w('فكان', 'kana'), w('فكانت', 'kana'),

  // postposed-link
  w('هكذا', 'postposed-link'), w('بهذا', 'postposed-link'), w('بهذه', 'postposed-link'),

  // quoted-words
  w('الكلمات', 'quoted-words'), w('الكلمة', 'quoted-words'), w('الكلمتين', 'quoted-words'),
  w('العبارة', 'quoted-words'), w('العبارات', 'quoted-words'), w('الجملة', 'quoted-words'),

  // document: more documents that speak («وبحسب مرسوم نشر …», «تشير التقديرات إلى أن»)
  w('مرسوم', 'document'), w('المرسوم', 'document'), w('تقديرات', 'document'), w('التقديرات', 'document'),

  // clause-break
  w('في حين', 'clause-break'), w('علما', 'clause-break'), w('الأمر الذي', 'clause-break'), w('وهو ما', 'clause-break'),
  w('في إشارة', 'clause-break'), w('وبالتالي', 'clause-break'), w('بيد', 'clause-break'),
  // «…، وذلك في تصريحات أدلى بها», «…، وذلك خلال زيارته»: the journalist places what was said
  // (ANT: «، وذلك في/خلال/عبر …» about 600).
  w('وذلك في', 'clause-break'), w('وذلك خلال', 'clause-break'), w('وذلك عبر', 'clause-break'), w('وذلك أثناء', 'clause-break'),

  // not-marker
  w('فحسب', 'not-marker'),

  // anaphor
  w('الأخير', 'anaphor'), w('الأخيرة', 'anaphor'), w('الأخيرين', 'anaphor'), w('الأخيرون', 'anaphor'), w('الأول', 'anaphor', 'speaker-adjective'),
  w('الأولى', 'anaphor', 'speaker-adjective'),

  // preposition
  w('تجاه', 'preposition'), w('ضد', 'preposition'),

  // source-adjective
  w('عدة', 'source-adjective'), w('مطلع', 'source-adjective'), w('مطلعة', 'source-adjective'),
  w('مقرب', 'source-adjective'), w('مقربة', 'source-adjective'), w('أمني', 'source-adjective'),
  w('أمنية', 'source-adjective'), w('عسكرية', 'source-adjective'), w('محلي', 'source-adjective'),
  w('محلية', 'source-adjective'), w('طبي', 'source-adjective'), w('طبية', 'source-adjective'),
  w('حكومي', 'source-adjective'), w('حكومية', 'source-adjective'), w('دبلوماسية', 'source-adjective'),
  w('سياسي', 'source-adjective'), w('سياسية', 'source-adjective'), w('أخرى', 'source-adjective'),
  w('متطابقة', 'source-adjective'), w('موثوقة', 'source-adjective'),
];

/**
 * Verbs that make or carry a speech event, written after it with its object pronoun to open a
 * relative clause («في كلمة ألقاها», «في بيان أصدره مكتبه», «خلال مقابلة أجرتها معه قناة …»,
 * «في تغريدة نشرها»): their subject made or broadcast the event, and is not who speaks. Past forms,
 * masculine and feminine, without the pronoun.
 */
export const EVENT_VERBS: readonly string[] = [
  'ألقى', 'ألقت', 'أصدر', 'أصدرت', 'أجرى', 'أجرت', 'نشر', 'نشرت', 'بث', 'بثت', 'كتب', 'كتبت', 'وجه', 'وجهت',
  'أدلى', 'أدلت', 'عقد', 'عقدت', 'نقل', 'نقلت', 'أورد', 'أوردت', 'تلا', 'تلت', 'قرأ', 'قرأت', 'حصل', 'حصلت',
  'تلقى', 'تلقت', 'اطلع', 'اطلعت', 'بعث', 'بعثت', 'أرسل', 'أرسلت', 'سجل', 'سجلت', 'نظم', 'نظمت',
];

/**
 * Words that count or quantify a group of people before the group itself («عدد من المغردين»,
 * «بعض المؤرخين», «كثير من المستخدمين»): with the plural after them, the subject of a verb.
 */
export const PEOPLE_QUANTIFIERS: readonly string[] = ['عدد', 'بعض', 'كثير', 'مجموعة', 'آلاف', 'مئات', 'عشرات', 'معظم', 'أغلب', 'غالبية', 'جميع', 'كل', 'أحد', 'إحدى'];

/**
 * Words opening an adjunct of time, place or occasion that may stand between commas after a
 * speaker («، خلال الكلمة التي ألقاها …،», «، في بيان …،»); not «عن» (the source of a relay), nor a
 * participle. Written as printed; the quote stage normalizes them.
 */
export const ASIDE_ADJUNCTS: readonly string[] = ['في', 'خلال', 'عقب', 'أثناء', 'أمام', 'بعد', 'قبل', 'لدى', 'عبر', 'وسط', 'بحضور', 'إثر'];

/** «، وهو …», «، وهي …»: a pronoun with و opening a description of the noun before the comma. */
export const ASIDE_PRONOUNS: readonly string[] = ['وهو', 'وهي', 'وهم', 'وهما'];

/**
 * «بـ"دول الحصار" في إشارة إلى …»: the journalist's gloss on what was just said, with or without a
 * comma before it; never words of the speaker (ANT: 899 «في إشارة», 385 with no comma before) nor
 * an appeal's «إلى».
 */
export const GLOSS_OPENERS: readonly string[] = ['في إشارة'];
