/**
 * Words that announce a name: titles before a person, heads of organization names, heads of place
 * names. Written as they appear (normalized at load time); the tagger uses them as features and the
 * document stage uses person titles to read an entity's role («مدير المرصد رامي عبد الرحمن»).
 */

/** Titles and functions written before a person's name. With and without the article. */
export const PERSON_TITLES: readonly string[] = [
  'الرئيس', 'رئيس', 'رئيسة', 'الرئيسة', 'الوزير', 'وزير', 'وزيرة', 'الوزيرة', 'الأمير', 'أمير', 'الأميرة',
  'الملك', 'ملك', 'الملكة', 'العاهل', 'الشيخ', 'شيخ', 'الشيخة', 'الدكتور', 'الدكتورة', 'د', 'المتحدث',
  'متحدث', 'المتحدثة', 'الناطق', 'ناطق', 'الناطقة', 'مدير', 'المدير', 'مديرة', 'المديرة', 'قائد', 'القائد',
  'القيادي', 'قيادي', 'القيادية', 'المستشار', 'مستشار', 'المستشارة', 'السفير', 'سفير', 'السفيرة', 'النائب',
  'نائب', 'النائبة', 'العقيد', 'اللواء', 'العميد', 'الجنرال', 'الفريق', 'المشير', 'الرائد', 'النقيب',
  'المقدم', 'الملازم', 'الرقيب', 'السيد', 'السيدة', 'الأستاذ', 'الأستاذة', 'أستاذ', 'المهندس', 'المهندسة',
  'المحامي', 'المحامية', 'الإمام', 'البابا', 'المفتي', 'الحاكم', 'حاكم', 'المحافظ', 'محافظ', 'الأمين',
  'أمين', 'المبعوث', 'مبعوث', 'المندوب', 'مندوب', 'الممثل', 'ممثل', 'المراسل', 'مراسل', 'الكاتب', 'الكاتبة',
  'الصحفي', 'الصحافي', 'الصحفية', 'الشاعر', 'الشاعرة', 'الفنان', 'الفنانة', 'اللاعب', 'لاعب', 'اللاعبة',
  'المدرب', 'مدرب', 'الزعيم', 'زعيم', 'الولي', 'ولي', 'الباحث', 'الباحثة', 'الخبير', 'خبير', 'الخبيرة',
  'المحلل', 'محلل', 'القاضي', 'قاضي', 'المدعي', 'المنسق', 'منسق', 'مساعد', 'المساعد', 'عضو', 'العضو',
  'المرشح', 'مرشح', 'المرشحة', 'المسؤول', 'مسؤول', 'رجل', 'الداعية', 'المطران', 'الحاخام', 'الكاردينال',
  'البروفيسور', 'بروفيسور', 'المخرج', 'المخرجة', 'الممثلة', 'المغني', 'المغنية', 'المطرب', 'المطربة',
  'الوكيل', 'وكيل', 'المفوض', 'مفوض', 'القنصل', 'الملحق', 'المنتج', 'الناشط', 'ناشط', 'الناشطة',
  'مؤسس', 'المؤسس', 'رئيس الوزراء', 'رئيسة الوزراء', 'ولي العهد', 'الأمين العام', 'خادم الحرمين الشريفين',
  'المتحدث باسم', 'المتحدث الرسمي باسم', 'الناطق باسم', 'الناطق الرسمي باسم',
  // Feminine and less common forms, and titles of nobility, religion, the military and sport.
  'المنسقة', 'منسقة', 'المبعوثة', 'مبعوثة', 'المندوبة', 'مندوبة', 'المراسلة', 'مراسلة', 'مستشارة',
  'المحافظة', 'القاضية', 'المدربة', 'مدربة', 'المحللة', 'المسؤولة', 'مسؤولة',
  'عضوة', 'العضوة', 'نائبة', 'الأمينة', 'المفوضة',
  'السناتور', 'سناتور', 'السيناتور', 'سيناتور', 'القس', 'الأنبا', 'البطريرك',
  'آية الله', 'حجة الإسلام', 'الملا', 'الأدميرال', 'المارشال', 'الكولونيل', 'الكابتن', 'المايسترو',
  'الأميرال', 'السلطان', 'الوالي', 'الباشا', 'البيك', 'الخديوي', 'القيصر', 'الإمبراطور',
  'الإمبراطورة', 'الحارس', 'المهاجم', 'المدافع', 'النجم', 'النجمة', 'الهداف', 'المصارع',
  'الملاكم', 'العداء', 'العداءة', 'البطل', 'البطلة', 'الروائي', 'الروائية', 'الأديب', 'الأديبة', 'المؤرخ',
  'الفيلسوف', 'الموسيقار', 'الملحن', 'الرسام', 'النحات', 'المصور', 'الإعلامي', 'الإعلامية',
  'المذيع', 'المذيعة', 'العلامة', 'الفقيه', 'المرشد', 'رئيس الحكومة', 'رئيس الجمهورية',
  'عاهل', 'ولي عهد', 'زعيمة', 'الزعيمة', 'قائدة', 'المرحوم', 'الراحل', 'الراحلة', 'الشهيد', 'الفقيد',
];

/** First words of organization names. */
export const ORG_HEADS: readonly string[] = [
  'وزارة', 'هيئة', 'جامعة', 'شركة', 'نادي', 'جيش', 'حزب', 'حركة', 'تنظيم', 'جماعة', 'مجلس', 'المرصد',
  'مرصد', 'وكالة', 'منظمة', 'بنك', 'مصرف', 'صندوق', 'اتحاد', 'الاتحاد', 'جمعية', 'مؤسسة', 'مركز', 'معهد',
  'لجنة', 'اللجنة', 'محكمة', 'المحكمة', 'برلمان', 'البرلمان', 'قوات', 'كتائب', 'ألوية', 'لواء', 'جبهة',
  'ائتلاف', 'الائتلاف', 'تحالف', 'التحالف', 'مجموعة', 'صحيفة', 'قناة', 'إذاعة', 'رابطة', 'نقابة', 'غرفة',
  'الأمانة', 'إدارة', 'سلطة', 'السلطة', 'دائرة', 'مديرية', 'بلدية', 'أكاديمية', 'كلية', 'وحدات', 'فيلق',
  'الحرس', 'حرس', 'شرطة', 'الشرطة', 'مكتب', 'الديوان', 'ديوان', 'المجلس', 'الجيش', 'الحكومة', 'حكومة',
  'الهيئة', 'المنظمة', 'الوكالة', 'الجمعية', 'المؤسسة', 'المركز', 'المعهد', 'الشركة', 'البنك', 'الصندوق',
  'الجبهة', 'الحركة', 'الحزب', 'الجماعة', 'التنظيم', 'القوات', 'مستشفى', 'المستشفى', 'مجمع', 'مدرسة',
  'المنتدى', 'منتدى', 'البورصة', 'بورصة', 'سوق', 'شبكة', 'مصلحة', 'المصلحة', 'الإدارة', 'فريق',
  'مجلة', 'منتخب', 'المنتخب', 'النادي', 'مصنع', 'مختبر', 'مكتبة', 'متحف', 'مطبعة',
  'مؤتمر', 'المؤتمر', 'قيادة', 'القيادة', 'رئاسة', 'الرئاسة', 'أمانة',
  'كتيبة', 'الكتيبة', 'فرقة', 'الفرقة', 'سرايا', 'ميليشيا', 'ميليشيات', 'تيار', 'التيار',
  'جريدة', 'الجريدة', 'الصحيفة', 'المجلة', 'القناة',
  'كتلة', 'الكتلة', 'اتحادات', 'نقابات', 'جمعيات', 'مجموعات', 'وكالات', 'شركات',
  'التلفزيون', 'تلفزيون', 'الإذاعة', 'البحرية', 'فضائية', 'الفضائية', 'بعثة', 'البعثة', 'مفوضية', 'المفوضية',
];

/** Words that open a place name or a place description («مدينة حلب», «ريف دمشق»). */
export const LOC_HEADS: readonly string[] = [
  'مدينة', 'المدينة', 'محافظة', 'المحافظة', 'قرية', 'القرية', 'بلدة', 'البلدة', 'منطقة', 'المنطقة', 'ولاية',
  'الولاية', 'إقليم', 'الإقليم', 'مقاطعة', 'حي', 'الحي', 'مخيم', 'المخيم', 'جزيرة', 'جزر', 'نهر', 'بحر',
  'جبل', 'جبال', 'سهل', 'وادي', 'صحراء', 'عاصمة', 'العاصمة', 'ريف', 'ضاحية', 'الضاحية', 'شارع', 'ساحة',
  'ميدان', 'مطار', 'ميناء', 'معبر', 'قضاء', 'ناحية', 'مركز', 'بلاد', 'دولة', 'الدولة', 'جمهورية',
  'مملكة', 'المملكة', 'إمارة', 'سلطنة', 'بحيرة', 'خليج', 'مضيق', 'قناة', 'شبه',
];

/** Compass words: «شمال سوريا», «جنوب شرق إدلب». They are not part of the place name. */
export const DIRECTIONS: readonly string[] = [
  'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'شمالا', 'جنوبا', 'شرقا',
  'غربا', 'الشمال', 'الجنوب', 'الشرق', 'الغرب', 'الوسط', 'أقصى', 'قرب', 'ضواحي', 'أطراف', 'محيط',
];

/** Words that, written after a name, introduce a role («حسن علي القيادي بجماعة …»). */
export const POST_NAME_ROLES: readonly string[] = [
  'القيادي', 'القيادية', 'المتحدث', 'المتحدثة', 'الناطق', 'الناطقة', 'رئيس', 'رئيسة', 'مدير', 'مديرة',
  'قائد', 'عضو', 'وزير', 'وزيرة', 'الوزير', 'مستشار', 'المستشار', 'أمين', 'الأمين', 'نائب', 'مسؤول',
  'المسؤول', 'الخبير', 'الباحث', 'المحلل', 'الأستاذ', 'أستاذ', 'المدير', 'الرئيس', 'القائد', 'المنسق',
  'منسق', 'مؤسس', 'المؤسس', 'سفير', 'السفير', 'مبعوث', 'المبعوث', 'مندوب', 'المندوب', 'ممثل', 'الممثل',
  'الناشط', 'الناشطة', 'الصحفي', 'الكاتب', 'مراسل', 'المراسل', 'محافظ', 'المحافظ', 'الأمير', 'أمير',
];

/**
 * Organization heads that make a name only with a nationality or a place after them («الجيش
 * التركي», «جيش إدلب الحر»), not with any definite noun («قوات النظام», «الإدارة الفنية»):
 * armies, forces, governments, national teams, federations, broadcasters, councils, ministries named
 * by their field.
 */
export const GENERIC_ORG_HEADS: readonly string[] = [
  'الحكومة', 'حكومة', 'قوات', 'القوات', 'الجيش', 'جيش', 'الشرطة', 'شرطة', 'سوق', 'فريق', 'مركز', 'المركز', 'مكتب',
  'إدارة', 'الإدارة', 'مدرسة', 'مجموعة', 'سلطة', 'السلطة', 'المجلس', 'مجلس', 'اللجنة', 'لجنة',
  'المنتخب', 'منتخب', 'الاتحاد', 'اتحاد', 'التلفزيون', 'تلفزيون', 'الإذاعة', 'إذاعة', 'البرلمان', 'برلمان', 'البحرية', 'الحرس',
  // A ministry by its field: «الخارجية التركية», «الداخلية السعودية».
  'الخارجية', 'الداخلية', 'الرئاسة',
];

/**
 * Organization heads read by the rules only (the tagger's features do not know them): «المديرية»
 * names with a ل-genitive («المديرية العامة للجوازات»), while «مديرية» alone opens a place.
 */
export const RULE_ORG_HEADS: readonly string[] = ['المديرية'];

/**
 * Words for people read before a name by the rules only (the tagger's features do not know them):
 * «الطبيب فهد المرشد», «الطفل آلان الكردي», «الشابة مريم» (ANT: ~2,000 such phrases).
 */
export const RULE_PERSON_TITLES: readonly string[] = [
  'الطبيب', 'الطبيبة', 'الجراح', 'الممرض', 'الممرضة', 'المعلم', 'المعلمة', 'الأسير', 'الأسيرة', 'المواطن',
  'المواطنة', 'الطالب', 'الطالبة', 'الشاب', 'الشابة', 'الطفل', 'الطفلة', 'المصورة', 'الشهيدة', 'السير', 'اللورد',
  'الليدي', 'البارونة',
];

/** Titles a body or a facility may be named with, with the name after them: «مستشفى الملك خالد». */
export const ROYAL_TITLES: readonly string[] = ['الملك', 'الأمير', 'الأميرة', 'الشيخ', 'الشيخة', 'السلطان', 'الإمام'];

/** Plural organization heads: with a complement they describe («شركات الأغذية»), they do not name. */
export const PLURAL_ORG_HEADS: readonly string[] = [
  'قوات', 'كتائب', 'ألوية', 'وحدات', 'شركات', 'ميليشيات', 'سرايا', 'اتحادات', 'نقابات', 'جمعيات', 'مجموعات', 'وكالات',
];

/**
 * Place heads that nearly always introduce a proper place name, and are not part of it: «قرية
 * كفرنبل» is the village Kafranbel. «منطقة» does not: it describes.
 */
export const STRONG_LOC_HEADS: readonly string[] = [
  'مدينة', 'محافظة', 'قرية', 'بلدة', 'ولاية', 'إقليم', 'مقاطعة', 'حي', 'قضاء', 'ناحية', 'مديرية',
];

/**
 * Heads of places that are named with them: a facility or a landform is «مطار دبي الدولي», «شارع
 * البرلمان», «جبل النهدين», «قناة السويس», not «دبي» or «البرلمان».
 */
export const FACILITY_HEADS: readonly string[] = [
  'مطار', 'ميناء', 'مرفأ', 'معبر', 'جسر', 'سد', 'شارع', 'ساحة', 'ميدان', 'فندق', 'ملعب', 'قصر', 'برج', 'مترو',
  'معسكر', 'قاعدة', 'وادي', 'جبل', 'جبال', 'نهر', 'بحيرة', 'جزيرة', 'جزر', 'مرتفعات', 'هضبة', 'سهل', 'صحراء', 'خليج',
  'مضيق', 'قناة',
  // A camp is named with its head: «مخيم اليرموك», «مخيم البريج» (ANT: ~400 such phrases).
  'مخيم',
];

/**
 * Words after a place's name that describe it and are not part of it: «الضفة الغربية | المحتلة»,
 * «الغوطة الشرقية | المحاصرة», «تونس | العاصمة» (ANT: these after a place ~4,000 times).
 */
export const PLACE_TRAILING_WORDS: readonly string[] = [
  'المحتل', 'المحتلة', 'المحاصر', 'المحاصرة', 'المحرر', 'المحررة', 'الشقيق', 'الشقيقة', 'العاصمة',
  // A place's position, said of it: «وادي المسيني | الواقع شرق …», «البلدة | المجاورة».
  'الواقع', 'الواقعة', 'المجاور', 'المجاورة', 'المحاذي', 'المحاذية', 'القريب', 'القريبة',
  // Said of a place for a while: «مخيم الركبان | المؤقت», «عدن العاصمة | المؤقتة».
  'المؤقت', 'المؤقتة',
  // What kind of place it is: «حرض | الحدودية», «الحديدة | الساحلية», «جبال الرخام | الاستراتيجية».
  'الحدودي', 'الحدودية', 'الساحلي', 'الساحلية', 'الجبلي', 'الجبلية', 'الاستراتيجي', 'الاستراتيجية',
];

/** Words after a facility's name that belong to it: «مطار دبي الدولي». */
export const FACILITY_TAILS: readonly string[] = ['الدولي', 'الدولية', 'الكبير', 'الكبرى', 'الجديد', 'الجديدة', 'القديم', 'القديمة'];

/**
 * Heads a city or province is named after, whatever the tagger read the name as: «بمدينة
 * مانشستر», «بإقليم خوست» (entities/admin-places.ts).
 */
export const ADMIN_PLACE_HEADS: readonly string[] = ['مدينة', 'محافظة', 'قرية', 'بلدة', 'ولاية', 'إقليم', 'مقاطعة'];

/**
 * A place's head in the dual, which names the two places after it joined by «و»: «بلدتي كفريا
 * والفوعة», «محافظتي صعدة وحجة», «منطقتي الشيب والشلامجة» (ANT: ~480 such pairs; the second place
 * was left unread in about one in six).
 */
export const DUAL_PLACE_HEADS: readonly string[] = [
  'مدينتي', 'محافظتي', 'قريتي', 'بلدتي', 'منطقتي', 'ولايتي', 'مديريتي', 'ناحيتي', 'مقاطعتي', 'جزيرتي', 'مخيمي', 'ضاحيتي',
];

/**
 * A place's head in the plural, before the places it names («محافظات إب وتعز وذمار»; ANT: ~950
 * plural heads before a list, most of them describing, «مدن أخرى»).
 */
export const PLURAL_PLACE_HEADS: readonly string[] = ['محافظات', 'مديريات', 'بلدات', 'قرى', 'مدن', 'ولايات', 'مناطق', 'مخيمات'];

/**
 * Words a place's name opens with that name nothing alone: «بيت سوا», «دار سعد», «كفر باطنا»,
 * «أبواب الحديد».
 */
export const PLACE_NAME_OPENINGS: readonly string[] = [
  'بيت', 'دار', 'تل', 'كفر', 'عين', 'دير', 'أبو', 'أم', 'بني', 'بئر', 'رأس', 'خان', 'قصر', 'باب', 'أبواب', 'جسر', 'مزرعة', 'حي', 'جبل', 'وادي', 'سوق', 'قلعة',
];

/**
 * Heads an administrative place is called by but not named with: «محافظة صعدة» is the place
 * «صعدة»; the entity's name leaves them out.
 */
export const ADMIN_LOC_HEADS: readonly string[] = [
  'مدينة', 'محافظة', 'قرية', 'بلدة', 'ولاية', 'إقليم', 'مقاطعة', 'حي', 'قضاء', 'ناحية', 'مديرية', 'منطقة', 'دول', 'دولة', 'بلدات', 'قرى', 'مدن',
];

/**
 * Organization heads that are everyday nouns too («حركة المؤشر» the index's movement, «هيئة
 * المحلفين» the jury): with one common definite word after them and nothing listed, they describe.
 */
export const WEAK_ORG_HEADS: readonly string[] = [
  'حركة', 'هيئة', 'شبكة', 'سوق', 'إدارة', 'مركز', 'مكتب', 'مجموعة', 'قيادة', 'رئاسة', 'مؤتمر', 'تيار', 'كتلة',
  'فريق', 'غرفة', 'دائرة', 'مصلحة', 'سلطة', 'لجنة', 'مجلس', 'صندوق', 'رابطة', 'مبادرة', 'برنامج',
  // «شركة الطيران», «شركة البرامج»: the airline, the software company (never a name in ner-news).
  'شركة',
];

/**
 * A body's board, written before the body's name: «رئيس مجلس إدارة | موانئ دبي العالمية»,
 * «عضو مجلس أمناء | الجمعية». The name is what follows; «إدارة» there is no head of it.
 */
export const BOARD_OF: readonly string[] = ['مجلس إدارة', 'مجلس أمناء'];

/**
 * Heads of a local office that the place it serves, written after it with «ب», makes a name:
 * «إدارة التعليم بمحافظة جدة», «مكتب العمل بالرياض» (not «حركة الاقتصاد بدبي»).
 */
export const PLACED_ORG_HEADS: readonly string[] = ['إدارة', 'مكتب', 'مركز', 'لجنة', 'مجلس', 'مديرية', 'فرع', 'شرطة', 'بلدية', 'محكمة'];

/**
 * What a directorate («مديرية») is in charge of: «مديرية الأمن», «مديرية أمن إسطنبول», «مديرية
 * الأوقاف», «مديرية صحة دمشق». After «مديرية» any other word names the district it is (in the ANT
 * news «مديرية X» is a Yemeni district some 1,050 times of 1,250: «مديرية الدريهمي», «مديرية باقم»).
 * (An indefinite everyday word no place list holds is a field too: «مديرية حرس الحدود», «مديرية
 * مكافحة المخدرات».)
 */
export const DIRECTORATE_FIELDS: readonly string[] = [
  'الأمن', 'أمن', 'الشرطة', 'شرطة', 'الشباب', 'الرياضة', 'الأوقاف', 'المراسم', 'الصحة', 'صحة', 'التربية', 'تربية',
  'التعليم', 'تعليم', 'الزراعة', 'زراعة', 'الجمارك', 'الإعلام', 'الثقافة', 'ثقافة', 'المخابرات', 'الاستخبارات',
  'الأحوال', 'الجوازات', 'السياحة', 'الآثار', 'المياه', 'النقل', 'المالية', 'مالية', 'العمليات', 'الدفاع',
  'التوجيه', 'الإشارات', 'الشؤون', 'شؤون', 'الجريمة', 'الصناعة', 'الصناعات', 'التجارة', 'الأرصاد', 'السدود',
  'البحوث', 'الأشغال', 'الخدمات', 'الطب', 'التخطيط', 'الاقتصاد', 'الري', 'البيئة', 'الكهرباء', 'الاتصالات',
  'البلديات', 'الدرك', 'الحماية', 'الإسكان', 'الطرق', 'العمل', 'الضرائب', 'المرور', 'السجون', 'الإحصاء',
  'التموين', 'الإنتاج', 'الإمداد', 'التدريب', 'التنظيم', 'الأمور', 'العلاقات', 'الإدارة', 'الموارد', 'القوى',
  'الثروة', 'الحسابات', 'المساحة', 'الدعم', 'الإغاثة', 'الاستثمار', 'التنمية', 'الأملاك', 'التراث', 'المتاحف',
  'الجنسية', 'الإقامة', 'الهجرة', 'السير', 'الأسلحة', 'المشاريع', 'البريد', 'الطاقة', 'المخدرات', 'الحدود',
  'المعلومات', 'الأدلة', 'التحقيقات', 'المباحث', 'السلامة', 'الإطفاء', 'الصيانة', 'التفتيش', 'الرقابة',
  'المشتريات', 'التسليح', 'التجنيد', 'الإسناد', 'الصحية', 'الطبية', 'العسكرية', 'الإرشاد', 'الإفتاء',
];

/**
 * Kinds of organization written before a name in quotation marks: «حزب "الكتائب"», «حركة "خمس
 * نجوم"», «منظمة "أنقذوا الأطفال"», «شركة "آنت فينانشيال"» (ANT: ~500 such phrases in 4,000
 * articles, a sixth of them missed without this). Not an initiative, an app or a platform (works
 * and products).
 */
export const QUOTED_NAME_KINDS: readonly string[] = [
  'شركة', 'شركتي', 'شركتا', 'مجموعة', 'منظمة', 'جمعية', 'مؤسسة', 'حركة', 'جماعة', 'بنك', 'مصرف', 'حزب', 'تنظيم',
  'ميليشيا', 'نادي', 'اتحاد', 'رابطة', 'نقابة', 'تحالف', 'ائتلاف', 'كتلة', 'تيار', 'جبهة', 'مركز', 'معهد', 'صندوق',
];

/**
 * Kinds of place after which a name in quotation marks is the place: «منطقة "العطفين"», «مطار
 * "رامون"». Only a singular head in construct («الساحة "الورقية"» qualifies, «مناطق "الجهاد"»
 * describes); not «مقاطعة», also a boycott («مقاطعة "يوم الصحافة"»), nor «ناحية», also an aspect
 * («من ناحية "الخبرة"»).
 */
export const QUOTED_PLACE_KINDS: readonly string[] = [
  'مدينة', 'محافظة', 'قرية', 'بلدة', 'ولاية', 'إقليم', 'حي', 'قضاء', 'مديرية', 'منطقة', 'مطار', 'ميناء', 'معبر',
  'مخيم', 'جزيرة', 'جبل', 'وادي', 'شارع', 'ساحة', 'ميدان', 'سد', 'جسر',
];

/**
 * Kinds that are part of the name when the quoted words describe the body rather than name it:
 * «تحالف "دعم الشرعية"» is the coalition's name, «تحالف "سائرون"» is «سائرون».
 */
export const NAMING_KINDS: readonly string[] = ['تحالف', 'ائتلاف'];

/** Words after an organization's name that describe it and are not part of it: «الحكومة المصرية الجديدة». */
export const ORG_TRAILING_WORDS: readonly string[] = [
  'الجديد', 'الجديدة', 'الأخير', 'الأخيرة', 'الحالي', 'الحالية', 'السابق', 'السابقة', 'المقبل', 'المقبلة',
  'المذكور', 'المذكورة', 'نفسه', 'نفسها', 'ذاته', 'ذاتها', 'المؤقت', 'المؤقتة', 'العملاق', 'العملاقة', 'الشهير',
  'الشهيرة', 'الانقلابي', 'الانقلابية', 'المعارض', 'الحاكم', 'الواسعة', 'الصدارة', 'المحظور', 'المحظورة',
  'الإرهابي', 'الإرهابية',
];

/**
 * Kinds of organization written before a proper name and not part of it: «فريق ريال مدريد» is
 * «ريال مدريد», «جماعة أحرار الشام» «أحرار الشام», «شركة هواوي» «هواوي». (Before a definite
 * word the kind is the name's head: «نادي الهلال», «منظمة العفو الدولية».)
 */
export const ORG_KIND_HEADS: readonly string[] = [
  'فريق', 'نادي', 'جماعة', 'تنظيم', 'حركة', 'شركة', 'شركتا', 'جمعية', 'ميليشيا', 'ميليشيات', 'منظمة', 'مجموعة', 'مبادرة', 'بنك', 'مصرف',
];

/**
 * Generic nouns that a nationality or a leader's name describes rather than names: «القوات
 * التركية» (Turkish forces, of whatever branch), «النظام السوري», «القنصلية السعودية», «الإدارة
 * الأمريكية», «إدارة ترامب». Not organization names in the annotation the engine is measured by
 * (an army, a government or a ministry with its nationality is: «الجيش التركي»). «السلطات التركية»:
 * the dev set lists none of its 6 such phrases, quotes-train none of its 7 (ner-news does list them).
 */
export const DESCRIBED_ORG_HEADS: readonly string[] = ['القوات', 'النظام', 'القنصلية', 'الإدارة', 'إدارة', 'السلطات'];

/**
 * Participles that open a describing clause after an organization's name («الصحيفة الموالية
 * للحكومة», «القوات المشاركة في …», «الهيئة التابعة للاتحاد»): the name ends before them.
 */
export const ORG_CLAUSE_WORDS: readonly string[] = [
  'التابع', 'التابعة', 'الموالي', 'الموالية', 'المعادي', 'المعادية', 'المشارك', 'المشاركة', 'العامل', 'العاملة',
  'المصمم', 'المصممة', 'المسؤول', 'المسؤولة', 'المعني', 'المعنية', 'المقرب', 'المقربة', 'البالغ', 'البالغة',
  'المكلف', 'المكلفة', 'المختص', 'المختصة', 'المنضوية', 'المدعوم', 'المدعومة', 'المملوكة', 'المملوك',
];

/**
 * Words after an organization's name that go on the sentence, never the name: the responsibility a
 * body claims («تبنى تنظيم داعش | المسؤولية»), the support it acts with («قوات الشرعية | بدعم
 * التحالف»), and, before a day, the night or morning something happened («الرئاسة الفرنسية | ليل
 * الاثنين»; ANT, articles 10,000–20,000: some 30 organization mentions ran on into these).
 */
export const ORG_SENTENCE_WORDS: readonly string[] = ['المسؤولية', 'مسؤولية', 'بدعم', 'بمساندة'];
export const ORG_NIGHT_WORDS: readonly string[] = ['ليل', 'ليلة', 'مساء', 'صباح', 'فجر', 'ظهر', 'عصر', 'صبيحة', 'مطلع'];
export const DAY_NAMES: readonly string[] = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'أمس', 'اليوم'];

/**
 * Verbal nouns that, behind the ل of purpose, open what a body is for or does, never its name:
 * «صندوق الطوارئ | لتوفير المياه», «التحالف | لتأمين المدينة», «الحكومة | لمعالجة التحديات». Names
 * do carry a ل + verbal noun («المركز الوطني لمكافحة الإرهاب», «الجمعية الوطنية لحماية المستهلك»,
 * «بعثة الأمم المتحدة لمساعدة العراق»): those of what a body stands for (مكافحة، حماية، دعم، تنمية،
 * تطوير، رعاية، تحرير، مساعدة، إغاثة، تمويل، تنظيم، تعزيز …) are not listed here, only the nouns of
 * one-off acts (ANT: the organization names listed and annotated hold none of these).
 */
export const PURPOSE_NOUNS: readonly string[] = [
  'توفير', 'تأمين', 'تقديم', 'استقبال', 'معالجة', 'تحقيق', 'استيراد', 'ضمان', 'إنقاذ', 'منع',
  'وقف', 'إنهاء', 'مناقشة', 'إيجاد', 'تسهيل', 'اتخاذ', 'تنفيذ', 'إجراء', 'إطلاق', 'تسليم',
  'شراء', 'حضور', 'تعويض', 'تخفيف', 'خفض', 'زيادة', 'مواجهة', 'استعادة', 'تسوية', 'إصدار',
  'بحث', 'إقامة', 'إعلان', 'استئناف', 'تجنب', 'تفادي', 'إقناع', 'سداد', 'دفع', 'جمع',
];

/**
 * What «حركة» (movement, traffic) is of when it is no organization: «حركة الملاحة الجوية», «حركة
 * المرور», «حركة التجارة الدولية», «حركة النزوح». In ANT about one «حركة» in four is followed by such
 * a noun (ملاحة 63, مرور 41, طيران 38, نقل 30, قطارات 23, تجارة 16 …), against the movements that
 * are names («حركة حماس», «حركة النهضة», «حركة الشباب»); ner-news never annotates the former.
 */
export const MOVEMENT_OF: readonly string[] = [
  'الملاحة', 'المرور', 'الطيران', 'النقل', 'القطارات', 'التجارة', 'السير', 'النزوح', 'الهجرة', 'العبور',
  'المسافرين', 'الركاب', 'المركبات', 'السيارات', 'الشاحنات', 'الطائرات', 'السفن', 'الحاويات', 'السفر',
  'التنقل', 'الأشخاص', 'الأفراد', 'المدنيين', 'اللاجئين', 'الزوار', 'الحجاج', 'السياح', 'السياحة', 'البضائع',
  'السلع', 'المواد', 'الأمتعة', 'الشحن', 'الاستيراد', 'التصدير', 'الأموال', 'الأسعار', 'الأسهم', 'السهم',
  'المؤشر', 'المؤشرات', 'التداول', 'التداولات', 'البيع', 'الشراء', 'الأسواق', 'السوق', 'المبيعات', 'الاستثمار',
  'البناء', 'الإعمار', 'العمران', 'الدخول', 'الخروج', 'الرياح', 'الاحتجاج', 'الاحتجاجات', 'الإنتاج',
  // «الحركة التجارية», «الحركة المرورية»: the same with an adjective.
  'التجارية', 'المرورية', 'الملاحية', 'السياحية', 'الجوية', 'الاقتصادية', 'الشرائية', 'الاحتجاجية',
];

/**
 * Indefinite role nouns written right after a person's name, heading a genitive that says whose
 * («ميسي نجم برشلونة», «فلان لاعب الأهلي»): the name ends before them. (ANT: «نجم» + a team or
 * «المنتخب»/«الفريق»/«كرة» far outnumbers «نجم الدين».) Read by the rules only.
 */
export const POST_NAME_GENITIVE_ROLES: readonly string[] = [
  'نجم', 'نجمة', 'لاعب', 'لاعبة', 'مهاجم', 'مدافع', 'حارس', 'هداف', 'قائد', 'مدرب', 'مدربة', 'رئيس', 'رئيسة',
  'مدير', 'مديرة', 'وزير', 'وزيرة', 'مؤسس', 'مالك', 'صاحب', 'صاحبة', 'بطل', 'بطلة', 'عضو', 'نائب', 'مستشار',
  // Kin of someone named after them: «الأمير هاري | حفيد الملكة», «… | نجل الرئيس».
  'حفيد', 'حفيدة', 'نجل', 'نجلة', 'شقيق', 'شقيقة', 'زوج', 'زوجة', 'أرملة', 'والد', 'والدة',
];

/**
 * Words that follow a name as the object of a verb of taking a post, never as a surname: «تولى
 * فلان | منصب المدير», «عُين فلان | رئيسا للوزراء». The accusative of each indefinite role noun
 * above (رئيسا، نائبا، مديرا …) is added to these where they are read (extend.ts).
 */
export const POST_OBJECT_WORDS: readonly string[] = ['منصب', 'منصبه', 'منصبها', 'مناصب'];

/**
 * Waterways named «قناة» + their name, which is not a television channel's («قناة السويس», 117 times
 * in ANT, the guideline's place; «قناة دبي» is a channel): the names after «قناة».
 */
export const CANAL_NAMES: readonly string[] = ['السويس', 'بنما', 'كيل'];

/**
 * Competitions, prizes and honours named after a person: the name after them names the contest,
 * not someone in the news («دوري عبد اللطيف جميل», «كأس محمد علي كلاي», «جائزة مارتن إينالز»;
 * the guideline lists competitions as no entity). «بطولة» is left out: «من بطولة فلان» is a film's
 * star.
 */
export const CONTEST_HEADS: readonly string[] = ['كأس', 'دوري', 'جائزة', 'مسابقة', 'وسام', 'قلادة'];

/**
 * Months that are also given names, and the time words that make them the month: «رمضان الماضي»,
 * «رجب المقبل», «رمضان المبارك» (ANT writes «رمضان» + one of these far more than a person
 * «رمضان الماضي»).
 */
export const MONTH_GIVEN_NAMES: readonly string[] = ['رمضان', 'رجب', 'شعبان'];
export const MONTH_TIME_WORDS: readonly string[] = [
  'الماضي', 'المقبل', 'القادم', 'الحالي', 'المنصرم', 'المبارك', 'الكريم', 'المعظم', 'الفائت',
];

/**
 * Words of naming before «باسم» (by the name of): «المعروف باسم», «يعرف أيضا باسم», «المسجل باسم»
 * (ANT: المعروف/ة 198, تعرف/يعرف/عرف/ت 231, المسجل 26, أيضا 16, إعلاميا/محليا/اختصارا/رسميا ~30).
 */
export const NAMING_WORDS: readonly string[] = [
  'المعروف', 'المعروفة', 'المعروفين', 'معروف', 'معروفة', 'يعرف', 'تعرف', 'عرف', 'عرفت', 'يعرفون', 'المسجل', 'المسجلة',
  'مسجلا', 'المسمى', 'المسماة', 'يسمى', 'تسمى', 'سمي', 'سميت', 'أيضا', 'إعلاميا', 'محليا', 'اختصارا', 'رسميا', 'شعبيا',
];

/**
 * Heads that make an organization of the person's name after them: «جماعة غولن», «شركة توماس
 * كوك», «مجموعة عبد اللطيف جميل» (a group or a company called after its founder).
 */
export const NAMED_AFTER_PERSON_HEADS: readonly string[] = ['جماعة', 'شركة', 'مجموعة', 'مصرف', 'بنك'];

/**
 * Leaders the news names by a surname that is an everyday word too, with the words that show an
 * article is about their country (entities/index.ts `leadersBySurname`).
 */
export const LEADERS_BY_SURNAME: Readonly<Record<string, readonly string[]>> = {
  الأسد: ['سوريا', 'سورية', 'السوري', 'السورية', 'السوريين', 'دمشق'],
  البشير: ['السودان', 'السوداني', 'السودانية', 'الخرطوم'],
  // Ali Abdullah Saleh, in an article about the Houthis (ANT: 47 lone «صالح» read so, ~44 him).
  صالح: ['الحوثي', 'الحوثيين', 'الحوثية'],
  // Michel Aoun and Nabih Berri («عون» help, «بري» of the land) in an article about Lebanon.
  عون: ['لبنان', 'اللبناني', 'اللبنانية', 'اللبنانيين'],
  بري: ['لبنان', 'اللبناني', 'اللبنانية', 'اللبنانيين'],
};

/** Words before «الأسد» that make it the animal, a saying or a place or exercise named after it. */
export const LION_WORDS: readonly string[] = ['حصة', 'نصيب', 'عرين', 'ذيل', 'قلب', 'لقب', 'أشبال', 'زئير', 'قفص', 'ضاحية', 'تدريبات', 'مناورات', 'تمرين'];

/** Words after which «مديرية X» is a place the text puts something in: prepositions, directions, parts of a place. */
export const LOCATING_WORDS: readonly string[] = ['في', 'من', 'إلى', 'على', 'بين', 'نحو', 'باتجاه', 'داخل', 'قرب', 'حتى', 'عن', 'مركز', 'أطراف', 'مناطق', 'قرى', 'جبهات', 'جبهة', 'محيط', 'معظم', 'سماء', 'تحرير', 'تطهير', 'اقتحام', 'أبناء', 'سكان', 'أهالي'];

/** Seats of government that news names for the government speaking from them (organizations). */
export const SEATS_OF_GOVERNMENT: readonly string[] = ['البيت الأبيض', 'الكرملين', 'الإليزيه', 'قصر الإليزيه', 'داونينغ ستريت', 'داوننغ ستريت', 'البنتاغون'];

/** Words before «النيل» that make it the river, not «النيل من» (harming). */
export const RIVER_NOUNS: readonly string[] = ['نهر', 'مياه', 'ماء', 'مزيج', 'ضفاف', 'وادي', 'دلتا'];

/** Words of medicine or care before «العيون» (the eyes, not Laayoune). */
export const MEDICINE_WORDS: readonly string[] = ['قسم', 'طب', 'أمراض', 'مرض', 'جراحة', 'مستشفى', 'مركز', 'صحة', 'عيادة', 'عيادات', 'مجال', 'أطباء', 'طبيب', 'استشاري', 'مرضى', 'تجميل', 'علاج', 'فحص', 'قطرة', 'قرنيات', 'ماكياج', 'مكياج'];

/**
 * A market, which names no body where it is the market of a good («سوق السيارات الصينية», «سوق
 * العمل الأمريكية», «سوق الأسهم»); an exchange is named by its place («سوق دبي المالي»).
 */
export const MARKET_HEADS: readonly string[] = ['سوق', 'السوق', 'أسواق', 'الأسواق'];

/**
 * What an authority called «مصلحة» is named after («مصلحة الضرائب», «مصلحة السجون», «مصلحة الأحوال
 * المدنية»). Before anything else the word is an interest («لمصلحة السعودية», «في مصلحة الشعب»,
 * «مصلحة المساهمين»; ANT, 31,400 articles: «مصلحة الضرائب/السجون/الجمارك» some 60, the interest of a
 * country, a people or a party far more).
 */
export const AUTHORITY_FIELDS: readonly string[] = [
  'الضرائب', 'السجون', 'الجمارك', 'الأرصاد', 'الأحوال', 'الشؤون', 'الإحصاء', 'الإحصاءات', 'التنظيف', 'السكك',
  'الطب', 'الآثار', 'المياه', 'الكهرباء', 'الموانئ', 'الجوازات', 'الدمغة', 'الشهر', 'الري', 'المساحة',
  'الخبراء', 'الأموال', 'الصرف', 'الدفاع', 'الأمن', 'الزكاة', 'الطيران', 'البريد', 'الهجرة', 'التسجيل',
  'الإيرادات', 'العقاري',
];

/**
 * Fields that make a kind of website, network or company, no name: «شبكة التواصل الاجتماعي»,
 * «موقع التوظيف الإلكتروني», «منصة التدوين المصغر» (ANT, articles 10,000–20,000: «شبكة/شركة التواصل
 * الاجتماعي» and «التواصل الاجتماعي» alone some 50 organization mentions, «موقع التوظيف» 20; ner-news
 * lists none). The name comes after the kind where there is one: «… التواصل الاجتماعي فيسبوك».
 */
export const SITE_FIELDS: readonly string[] = ['التواصل', 'التوظيف', 'التدوين', 'المواعدة', 'التسوق', 'الدردشة', 'المراسلة'];

/** Kinds of site, network or company a field of SITE_FIELDS follows. */
export const SITE_KINDS: readonly string[] = [
  'شبكة', 'الشبكة', 'شبكات', 'شركة', 'الشركة', 'شركات', 'موقع', 'الموقع', 'مواقع', 'منصة', 'المنصة', 'منصات', 'تطبيق', 'التطبيق', 'تطبيقات', 'وسائل', 'عمالقة',
];

/**
 * What a military command is named after, besides an organization's head («قيادة القوات», «قيادة
 * التحالف»): «قيادة المنطقة الخامسة», «قيادة المحور», «قيادة العمليات المشتركة», «قيادة الأركان».
 * After any other word «قيادة» is driving or leading («قيادة المرأة للسيارة», «قيادة الدولة»).
 */
export const COMMAND_FIELDS: readonly string[] = [
  'المنطقة', 'منطقة', 'المحور', 'محور', 'العمليات', 'عمليات', 'الأركان', 'أركان', 'الأسطول', 'أسطول', 'القطاع', 'قطاع',
  'العامة', 'الأمن', 'أمن', 'الدفاع', 'المعسكر', 'الثورة', 'الحملة', 'المقاومة',
];
