/**
 * Tables for telling Arabic from the other languages written in Arabic script (`sample-language.ts`).
 * Words are compared exactly as written (no normalization: Persian ی and Arabic ي are different
 * evidence), so common spelling variants are listed side by side.
 *
 * Everything is built on first use, inside a function: this module is part of the script that
 * runs on every page, and most pages have no Arabic script and never need the tables.
 */

export interface LanguageTables {
  strongForeignLetters: ReadonlySet<number>;
  weakForeignLetters: ReadonlySet<number>;
  arabicWords: ReadonlySet<string>;
  otherWords: ReadonlySet<string>;
}

let tables: LanguageTables | null = null;

export function languageTables(): LanguageTables {
  if (tables) return tables;
  const codes = (s: string): Set<number> => new Set(Array.from(s, (ch) => ch.codePointAt(0)!));
  /**
   * Letters of Persian, Urdu, Pashto, Kurdish, Sindhi, Uyghur… that standard Arabic never writes.
   * (ڤ is left out: Maghrebi Arabic writes it in foreign names.)
   */
  const strongForeignLetters = codes('پچژگٹڈڑںےۓۀہۂەۆێڵڕۇۋۈېٺٽٿڀڦڄڃڇڍڊڌڏڳڱښڅځډړږګڼۍ');
  /** Persian keheh and yeh: also typed by Arabic writers on Persian keyboards, so weak alone. */
  const weakForeignLetters = codes('کی');
  /** Very frequent Arabic function words (with and without hamza). */
  const arabicWords = new Set([
    'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'أن', 'ان', 'إن', 'أنه', 'انه', 'إنه', 'التي', 'الذي', 'الذين',
    'هذا', 'هذه', 'ذلك', 'تلك', 'كان', 'كانت', 'قال', 'وقال', 'قالت', 'بين', 'بعد', 'قبل', 'حتى', 'لم', 'لن',
    'لا', 'ما', 'وفي', 'كما', 'أو', 'او', 'قد', 'وقد', 'عند', 'منذ', 'خلال', 'وأن', 'ضد', 'حول', 'لدى', 'ثم',
    'عليه', 'عليها', 'فيه', 'فيها', 'منه', 'له', 'لها', 'ولا', 'إذا', 'اذا', 'لكن', 'غير', 'وهو', 'وهي', 'هو',
    'هي', 'أي', 'وذلك', 'التى', 'الى', 'إلا', 'الا', 'يكون', 'حيث', 'وإن', 'وان', 'أيضا', 'ايضا',
  ]);
  /**
   * Function words of Persian, Urdu, Pashto and Sorani Kurdish. None is also an Arabic word of
   * any frequency (به، هم، اما، من، و are left out for that reason). Persian written with Arabic ي/ك
   * (older sites) is listed too.
   */
  const otherWords = new Set([
    // Persian
    'است', 'این', 'اين', 'را', 'که', 'كه', 'می', 'مي', 'های', 'هاي', 'شد', 'شده', 'برای', 'براي', 'بود', 'کرد',
    'كرد', 'از', 'تا', 'اند', 'در', 'با', 'یک', 'يك', 'خود', 'کند', 'گفت', 'وی', 'نیز', 'نيز', 'باید', 'همه',
    'چه', 'پس', 'شود', 'کرده', 'آنها', 'ایران', 'دارد', 'بر', 'هر',
    // Urdu
    'کے', 'کی', 'ہے', 'میں', 'اور', 'سے', 'نے', 'کو', 'پر', 'کہ', 'بھی', 'یہ', 'وہ', 'ہیں', 'تھا', 'گیا', 'کا',
    // Pashto
    'ته', 'چې', 'دا', 'یې', 'څخه', 'کې', 'دې', 'لپاره', 'وو',
    // Sorani Kurdish
    'لە', 'بۆ', 'ئەو', 'کە', 'ئەم', 'دەکات', 'بە',
  ]);
  tables = { strongForeignLetters, weakForeignLetters, arabicWords, otherWords };
  return tables;
}
