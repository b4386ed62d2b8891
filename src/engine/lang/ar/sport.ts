/**
 * Words of match reports that tell a club named by its city («فاز روما على بولونيا», «مدافع
 * هامبورغ») from the city (entities/clubs.ts). A country standing for its national team stays a
 * place (the annotation guideline); only cities and towns are read so.
 */

/**
 * Words of a sports report: an article with several of them is about sport. Singular and plural,
 * with and without the article.
 */
export const SPORT_WORDS: readonly string[] = [
  'مباراة', 'المباراة', 'مباريات', 'المباريات', 'الدوري', 'دوري', 'هدف', 'هدفا', 'الهدف', 'هدفين', 'أهداف',
  'الأهداف', 'نقطة', 'نقاط', 'النقاط', 'المدرب', 'الملعب', 'ملعب', 'الموسم', 'الجولة', 'المرحلة', 'البطولة',
  'بطولة', 'اللاعب', 'اللاعبين', 'لاعبي', 'المنتخب', 'النادي', 'التعادل', 'الفوز', 'الدقيقة', 'ركلة', 'ركلات',
  'مرمى', 'المرمى', 'الشوط', 'الصدارة', 'الترتيب', 'المسابقة', 'الكأس', 'كأس',
];

/**
 * Words right before a club's name that a city's name never follows in a match report: its
 * players and staff («لاعب روما», «مدافع هامبورغ», «بقميص برشلونة»), its host or guest in a
 * match («على مضيفه بولونيا», «أمام ضيفه روما»).
 */
export const CLUB_BEFORE_WORDS: readonly string[] = [
  'لاعب', 'لاعبا', 'لاعبو', 'لاعبي', 'مدافع', 'مدافعا', 'مهاجم', 'مهاجما', 'هداف', 'جناح', 'مرمى', 'مدرب',
  'مدربا', 'قميص', 'بقميص', 'صفوف', 'مضيفه', 'ضيفه', 'مستضيفه', 'منافسه', 'غريمه',
];

/**
 * Match results, written before «على» and the loser («فاز … على», «بعد فوزه 3-1 على»), before
 * «أمام» and the winner or the opponent («خسر … أمام», «تعادله أمام»), or before «مع» («تعادل
 * … مع»): stems after the article or a clitic.
 */
export const WIN_WORDS: readonly string[] = ['فاز', 'فوز', 'فوزه', 'فوزها', 'فوزا', 'الفوز', 'تغلب', 'انتصر', 'انتصار', 'انتصاره', 'يفوز', 'تفوق', 'يتفوق', 'يتغلب', 'ينتصر'];
export const MATCH_WORDS: readonly string[] = [
  'خسر', 'خسارة', 'خسارته', 'الخسارة', 'هزيمة', 'هزيمته', 'الهزيمة', 'سقط', 'سقوطه', 'تعادل', 'التعادل', 'تعادله',
  'مباراة', 'مباراته', 'المباراة', 'لقاء', 'يلعب', 'لعب', 'يواجه', 'واجه', 'مواجهة', 'مواجهته', 'يلتقي', 'التقى',
];

/** Verbs of a match result whose subject a club's name is, right after them («فاز هامبورغ», «وهبط كولونيا»). */
export const CLUB_AFTER_VERBS: readonly string[] = [
  'فاز', 'يفوز', 'تغلب', 'يتغلب', 'خسر', 'يخسر', 'تعادل', 'يتعادل', 'هبط', 'يهبط', 'تأهل', 'يتأهل', 'انتصر',
  'هزم', 'يهزم', 'سحق', 'اكتسح', 'أقصى', 'ودع', 'يواجه', 'واجه', 'يلتقي', 'التقى',
];

/** Words right after a club's name in a table or a fixture: «ماينتس برصيد 30 نقطة», «روما ضيفا على». */
export const CLUB_AFTER_WORDS: readonly string[] = ['برصيد', 'ضيفا', 'متصدر', 'متذيل'];

/**
 * Clubs whose names are everyday words («الشباب» youth, «التعاون» cooperation, «الخليج» the
 * Gulf): a club only where a match report takes the word as a team (entities/clubs.ts). Clubs of
 * the Saudi, Gulf and Arab leagues that news names by the word alone (not those named like a
 * country or a nationality, «الكويت», «المصري», nor «أحد», which is «one» far more often).
 */
export const CLUB_WORDS: readonly string[] = [
  'الهلال', 'النصر', 'الاتحاد', 'الأهلي', 'الشباب', 'الاتفاق', 'التعاون', 'الفتح', 'الرائد', 'الفيصلي', 'القادسية',
  'الخليج', 'الوحدة', 'العروبة', 'هجر', 'الباطن', 'الفيحاء', 'الحزم', 'الطائي', 'النهضة', 'الشعلة',
  'الزمالك', 'الإسماعيلي', 'الترجي', 'الوداد', 'الرجاء', 'الجزيرة', 'الوصل', 'الريان', 'السد', 'الغرافة',
  'الدحيل', 'السالمية', 'المقاولون', 'الزوراء', 'الوحدات',
];

/**
 * A player's position written with a word that is also a preposition: «لاعب وسط» (midfielder),
 * «خط وسط» (midfield; ANT: «لاعب وسط» 290, «خط وسط» and the plurals 104). After these nouns «وسط» is
 * part of the title, not «amid» opening an adjunct.
 */
export const POSITION_NOUNS: readonly string[] = ['لاعب', 'لاعبا', 'لاعبة', 'لاعبو', 'لاعبي', 'خط'];

/** Heads of a club's name, which news drops to name the club by its word alone («نادي | الشباب»). */
export const CLUB_HEADS: readonly string[] = ['نادي', 'فريق'];

/**
 * Heads of a team's name («منتخب كرواتيا», «نادي رينجرز», «المنتخب المصري»): after the team's
 * own name the name goes on only with an adjective («الإسباني», «الأولمبي»), its sport («لكرة
 * القدم») or the side it fields (TEAM_SIDES); anything else is the sentence going on («منتخب مصر |
 * للتأهل», «نادي رينجرز | المنافس»).
 */
export const TEAM_HEADS: readonly string[] = ['نادي', 'فريق', 'منتخب', 'النادي', 'الفريق', 'المنتخب'];

/** The side a team fields, written with ل after its name: «منتخب الولايات المتحدة للسيدات». */
export const TEAM_SIDES: readonly string[] = ['للسيدات', 'للرجال', 'للشباب', 'للناشئين', 'للناشئات', 'للشابات', 'للمحترفين', 'للهواة', 'للصم'];

/**
 * What a club or team is for, named with ل after its name: a sport («المنتخب السعودي للكاراتيه»,
 * «نادي الإمارات للغولف») or a club's field («نادي دبي للصحافة», «النادي اللبناني للسيارات».
 */
export const TEAM_FIELDS: readonly string[] = [
  'للكاراتيه', 'للتايكوندو', 'للجودو', 'للسباحة', 'للتنس', 'للجمباز', 'للملاكمة', 'للمصارعة', 'للرماية',
  'للفروسية', 'للدراجات', 'للشطرنج', 'للهوكي', 'للرجبي', 'للكريكيت', 'للغولف', 'للجولف', 'للسيارات',
  'للصحافة', 'للإعلام', 'للثقافة', 'للفنون', 'للقراءة', 'للطيران', 'للضباط', 'للرياضة', 'للرياضات', 'للإبحار',
];

/** A sport of two words after a team's name: «لكرة القدم», «للكرة الطائرة», «لألعاب القوى». */
export const TEAM_SPORT_HEADS: readonly string[] = ['لكرة', 'للكرة', 'لألعاب', 'للريشة'];

/**
 * Adjectives that are not nisbas and still belong to a team's name: the first team, its colours and
 * nicknames («المنتخب الأخضر», «نادي الغواصة الصفراء», «نادي السيدة العجوز»).
 */
export const TEAM_EPITHETS: readonly string[] = [
  'الأول', 'الأخضر', 'الأحمر', 'الأبيض', 'الأزرق', 'الأصفر', 'الخضراء', 'الحمراء', 'البيضاء', 'الزرقاء', 'الصفراء',
  'الحمر', 'الخضر', 'الزرق', 'العجوز',
];

/** Words after a team's name that look like its adjective and describe it in time: «نادي الوحدة | الحالي». */
export const TEAM_TIME_ADJECTIVES: readonly string[] = ['الحالي', 'الماضي', 'الحالية', 'الماضية'];
