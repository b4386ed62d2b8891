/**
 * Reading an attribution after a reporting cue: Arabic news puts the verb first, then the speaker
 * (with role, adjuncts, relative clauses…), then what introduces the content — a complementizer
 * (إن/أن/بأن), a colon, or a quotation mark. This walks those few tokens once, left to right:
 *
 *   وقال | في بيان | المتحدث باسم الوزارة | أمس | لـ«الأيام» | إن …
 *   cue    lead adjunct   speaker             stop  tail          trigger
 */
import type { Token } from '../text/tokenize.js';
import type { QuotedSpan } from './marks.js';
import type { QuoteContext } from './context.js';
import { MAX_ASIDE, asideClose, isPunct, mentionsIn, personFrom, quoteOpenAt, relativeAsideClose, relativeAsideOpen } from './context.js';
import type { Gender, VerbCue } from '../lang/ar/cues.js';
import type { CueHit } from './cue-index.js';
import { cueAt, isSayingThrough } from './cue-index.js';
import { C, W, blocksComplementizer, isElative, classOf, hasArticle, headClass, is, isCompanion, isDocumentHead, isHeadAsWritten, isKnownHead, isNameTakingWord, isNisba, isObjectPronoun, isPeriod, isPreposition, isWord, opensGloss, opensJournalistClause, opensTopic, pluralOfPeople, withoutConj } from './word-classes.js';
import { adjunctLength, findToken, isDemonstrative, isEventNoun, tokensUntil } from './adjuncts.js';
import { objectAfterGroup } from './subject.js';
import { CLITIC_POLICIES, readings } from '../text/clitics.js';
import { normalizeWord } from '../text/normalize.js';
import { POSITION_NOUNS } from '../lang/ar/sport.js';
import { ASIDE_ADJUNCTS, EVENT_VERBS } from '../lang/ar/quote-words.js';
import { isContentQuote, isName, isQuotedComplement, wordCount } from './quotations.js';

export type Trigger =
  /** A complementizer at `tok` (إن، أنه، بأن…); content follows it. */
  | { type: 'comp'; tok: number }
  /** A colon at `tok`; content follows it. */
  | { type: 'colon'; tok: number }
  /** A quotation that is the content itself. */
  | { type: 'quote'; tok: number; span: QuotedSpan }
  /** An appeal's or estimate's complement: content starts at character `start`. */
  | { type: 'phrase'; tok: number; start: number }
  /** A quotation just before the cue («…»، قال الوزير). */
  | { type: 'before'; tok: number; span: QuotedSpan };

export interface Attribution {
  /** Token range [first, last) of the speaker named after the cue, or null. */
  speaker: [number, number] | null;
  trigger: Trigger | null;
  /** End of the cue's own words (the verb plus a preposition it governs: «أشار إلى»). */
  cueEnd: number;
  /** Who passed the words on («نقلت الصحيفة عن مصدر», «قالت الوكالة نقلا عن مسؤول»): a token range. */
  relay?: [number, number];
  /** «نقلت الصحيفة عنه قوله»: the source is a pronoun, someone named before, of this gender and number. */
  pronounSource?: { gender: Gender; plural: boolean };
  /** The document the words were given in («في بيان», «في تقرير»): its noun, normalized. */
  cited?: string;
}

/** Pronouns after عن that stand for a relayed source: «عنه», «عنها», «عنهم». */
const SOURCE_PRONOUNS: Readonly<Record<string, { gender: Gender; plural: boolean }>> = {
  عنه: { gender: 'm', plural: false },
  عنها: { gender: 'f', plural: false },
  عنهم: { gender: 'm', plural: true },
  عنهما: { gender: 'm', plural: true },
};

/** Longest stretch of tokens examined after a cue: keeps each attribution constant-time. */
const WINDOW = 48;
/** Longest speaker phrase in tokens («رئيس مجلس إدارة … ومالك شركة … الأمير فلان»). */
const MAX_SPEAKER = 16;
/** Most words read after the speaker before a quotation that is the verb's complement («وصف أداء فريقه بـ«…»»). */
const MAX_OBJECT_WORDS = 4;
/** Farther from the speaker, a quotation is what was said only when it says this much. */
const MIN_FAR_QUOTE_WORDS = 4;

/** «رئيس الوزراء بالوكالة», «الأمين العام بالنيابة»: acting, part of a title after ب. */
const ACTING = new Set(['بالوكاله', 'بالنيابه']);

/** «دون/بدون/عدم ذكر اسمه»: a verbal noun of withholding a name follows these. */
const VERBAL_NOUN_BEFORE_SOURCE = new Set(['دون', 'بدون', 'عدم']);

/** Words that end a speaker phrase being read: what follows is an adjunct, a clause or the verb's object. */
const SPEAKER_STOPS =
  W.TIME | W.ADJUNCT_STARTER | W.RELATIVE | W.MANNER | W.PRONOUN_PREP | W.SAYING_NOUN | W.LINKER | W.ANONYMITY_VERB | W.MEDIA_NAME | W.DOCUMENT_CLAUSE_VERB;

/**
 * «كلمته», «حديثه», «رسالتها»: a speech event with its owner's pronoun, read on the written form
 * («حديثة», recent, normalizes like «حديثه»).
 */
function ownSpeechEvent(t: Token): boolean {
  return t.kind === 'word' && is(t, W.EVENT) && /..(ه|ها|هم|هما)$/.test(t.text) && !hasArticle(t.norm);
}

/** Whether a word closes a noun phrase: a definite word, or the last word of a name. */
function closesPhrase(ctx: QuoteContext, t: Token): boolean {
  return t.kind === 'word' && (hasArticle(t.norm) || mentionsIn(ctx, t.start, t.end).some((m) => m.end === t.end));
}

/** Whether token k ends a speaker phrase that is being read. */
function stopsSpeaker(ctx: QuoteContext, k: number, limit: number, hit: CueHit): boolean {
  const t = ctx.tokens[k];
  // («قال 60٪ من المجيبين إن»: the percent sign belongs to the share of people who spoke.)
  if (t.kind === 'punct') return t.text !== '(' && t.text !== '.' && t.text !== '%' && t.text !== '٪';
  if (t.kind !== 'word') return false;
  const cls = classOf(t);
  // «مسعود أوزيل لاعب وسط المنتخب»: a player's position, not «amid».
  if (t.norm === 'وسط' && k > 0 && POSITION_BEFORE.has(ctx.tokens[k - 1].norm)) return false;
  // («أبلغ مسؤول رويترز أن»: an outlet's name after the speaker is whom it was told; after its
  // kind it is the outlet's own name: «وذكرت وكالة الأناضول أن», «إذاعة بي بي سي».)
  if (cls & W.MEDIA_NAME && is(ctx.tokens[k - 1], W.MEDIA | W.MEDIA_NAME)) return false;
  if (cls & SPEAKER_STOPS) return true;
  // «ويقول الخبراء دوماً إن»: a word written with the accusative tanween is an adverb or a
  // circumstantial, never part of who speaks.
  if (t.text.includes('\u064b')) return true;
  // «وقال نتانياهو مصرحا إن»: a participle of saying, written without its tanween, is how he spoke.
  if (cueAt(t)?.kind === 'participle' && t.norm.endsWith('ا')) return true;
  // «عن مصادر دون الكشف عن هويتها»: the source's wish to stay unnamed is no part of it.
  if (VERBAL_NOUN_BEFORE_SOURCE.has(t.norm) && ctx.tokens[k + 1]?.kind === 'word') return true;
  // «واكتفى المدرب بالإشارة إلى أن»: the noun of saying ends the speaker.
  if (hit.entry.throughNoun && isSayingThrough(t)) return true;
  if (isPeriod(t, ctx.tokens[k + 1])) return true;
  if (hit.kind === 'verb' && hit.entry.speechEvent && cls & W.EVENT) return true;
  // «واختتم الوزير كلمته بالقول:»: a speech event with its owner's pronoun is what he said it in,
  // never part of who he is.
  if (ownSpeechEvent(t)) return true;
  // «ورحب الوزير بالقرار»: the verb's ب written on a definite noun opens its object (but not a name,
  // «بالأمم المتحدة», nor «بالوكالة/بالنيابة»: acting, part of a title).
  if (hit.preps.has('ب') && /^بال../.test(t.norm) && !ACTING.has(t.norm) && mentionsIn(ctx, t.start, t.end).length === 0) return true;
  // «أشار فلان إلى أن», «شدد الوزير على "…"»: the governed preposition closes the name.
  if (hit.preps.has(t.norm) && (is(ctx.tokens[k + 1], W.COMPLEMENTIZER) || quoteOpenAt(ctx, k + 1))) return true;
  // «وحذر المحللون من خطر …»: the governed preposition before a plain noun opens the object (a
  // place, a body or a title after it still belongs to the name: «المبعوث الخاص إلى سوريا»).
  if (hit.kind === 'verb' && hit.preps.has(t.norm) && k + 1 < limit) {
    const n = ctx.tokens[k + 1];
    if (n.kind === 'word' && mentionsIn(ctx, n.start, n.end).length === 0 && !isKnownHead(headClass(n.norm, ctx.tokens[k + 2]?.norm))) return true;
  }
  // «ووصف الوزير سعيد عادل الاتفاق بـ…», «ولفت فلان النظر إلى», «وصفت الوزارة الاتهامات بـ…»:
  // after the full name of a person or body, a plain definite word is the verb's object (a
  // title after the name still describes it).
  if (hit.kind === 'verb' && k > 0 && hasArticle(t.norm) && mentionsIn(ctx, t.start, t.end).length === 0) {
    const prev = ctx.tokens[k - 1];
    const head = headClass(t.norm, ctx.tokens[k + 1]?.norm);
    if (!head.title && !head.anonymous && !head.organization && mentionsIn(ctx, prev.start, prev.end).some((m) => m.type !== 'location' && m.end === prev.end)) return true;
  }
  // «ووصف الكرملين هذه الاتهامات بأنها …», «واعتبر الباحثون هذه النظرة …», «وقال الوزير هذا
  // الأسبوع إن»: a demonstrative after a speaker closed by a definite word or a name opens the
  // verb's object or an adjunct of time («وقال هذا المسؤول» names the speaker; «زعماء هذه الدول»
  // is a genitive; «مطور التقنية هذه فيل باتلر»: a demonstrative after its noun, the name goes on).
  if (isDemonstrative(t.norm) && k > 0 && closesPhrase(ctx, ctx.tokens[k - 1]) && !ctx.cues[k - 1] && !personFrom(ctx, k + 1, limit)) return true;
  if (hit.kind === 'verb' && objectAfterName(ctx, k)) return true;
  if (hit.kind === 'verb' && objectAfterGroup(ctx, k)) return true;
  if (adjunctAfterPerson(ctx, k, hit)) return true;
  if (hit.kind === 'verb' && hit.entry.object && opensObject(ctx, k)) return true;
  // «أكد فلان … تقرير المرصد»: a document after the name is the verb's object, not part of the speaker.
  // («أظهرت أحدث بيانات الوزارة أن»: after an elative the document is its genitive, the speaker.)
  if (isDocumentHead(t.norm) && !hasArticle(t.norm) && !isElative(ctx.tokens[k - 1]?.norm ?? '')) return true;
  // («وأكدت الوزارة تقريرا للصحيفة أن»: a document in the accusative, «تقريرا», «بيانا», too.)
  if (t.norm.length > 4 && t.norm.endsWith('ا') && isDocumentHead(t.norm.slice(0, -1)) && hasArticle(ctx.tokens[k - 1]?.norm ?? '')) return true;
  if (titleGenitive(ctx, k)) return false;
  return adjunctLength(ctx, k, limit) > 0;
}

/**
 * «المدير السابق لوكالة الاستخبارات المركزية», «المدير العام لوكالة الطاقة الذرية»: after a title,
 * ل + a body's kind with a definite genitive that is no outlet's word names whose title it is, not
 * to whom it was said («قال الوزير لوكالة رويترز», «… لوكالة الأنباء»).
 */
function titleGenitive(ctx: QuoteContext, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k];
  const next = tokens[k + 1];
  if (t.kind !== 'word' || !next || next.kind !== 'word' || !/^ل[^ل]/.test(t.norm) || !hasArticle(next.norm) || is(next, W.MEDIA | W.MEDIA_NAME)) return false;
  const stem = t.norm.slice(1);
  if (!headClass(stem, next.norm).organization) return false;
  // An outlet is to whom it was said («لصحيفة الحياة», «لوكالة الأنباء»); of the outlets' kinds only
  // «وكالة» also names other bodies («وكالة الاستخبارات», «وكالة الطاقة الذرية»).
  if (isWord(stem, W.MEDIA) && (stem !== 'وكاله' || next.norm === 'الانباء')) return false;
  let j = k - 1;
  while (j > 0 && k - j < 3 && tokens[j].kind === 'word' && hasArticle(tokens[j].norm) && !headClass(tokens[j].norm).title) j--;
  return tokens[j]?.kind === 'word' && headClass(tokens[j].norm).title;
}

const POSITION_BEFORE: ReadonlySet<string> = new Set(POSITION_NOUNS.map(normalizeWord));

/** Words starting with ب that belong to a title («المتحدث باسم», «رئيس الوزراء بالوكالة»), never a verbal noun. */
const TITLE_GENITIVES: ReadonlySet<string> = new Set(['باسم', 'بالوكالة', 'بالنيابة'].map(normalizeWord));

/** Prepositions that, right after a person's name, open an adjunct («في مستهل محادثاته», «خلال زيارته»). */
const AFTER_PERSON = new Set(['في', 'خلال', 'امام', 'عبر', 'اثناء', 'لدي']);

/**
 * «وقال ترمب في مستهل محادثاته», «وقال بالوتا لمحطة إذاعية»: right after a person's name, a
 * preposition or a ل-word opens an adjunct or the addressee, not a part of who speaks (a title with
 * its «في» stands after the name: «فلان رئيس قطاع البحوث في الشركة»).
 */
function adjunctAfterPerson(ctx: QuoteContext, k: number, hit: CueHit): boolean {
  const t = ctx.tokens[k];
  const prev = ctx.tokens[k - 1];
  if (t.kind !== 'word' || !prev || prev.kind !== 'word') return false;
  // («على» as written: its normalized form is also the name «علي».)
  if (!AFTER_PERSON.has(t.norm) && t.text !== 'على' && !addresseeLam(t.norm, hit)) return false;
  if (mentionsIn(ctx, t.start, t.end).some((m) => m.start < t.start)) return false;
  const person = mentionsIn(ctx, prev.start, prev.end).find((m) => m.type === 'person' && m.end === prev.end);
  if (!person) return false;
  // («مركز الملك سلمان للإغاثة»: a person's name inside a body's name goes on with it.)
  let j = k - 1;
  while (j > 0 && k - j < 8 && ctx.tokens[j].start > person.start) j--;
  const before = ctx.tokens[j - 1];
  return !(before && before.kind === 'word' && !hasArticle(before.norm) && headClass(before.norm, ctx.tokens[j].norm).organization);
}

/** «لمحطة», «للصحفيين»: a word with ل that the verb does not govern («دعا فلان لوقف …» reads its content there). */
function addresseeLam(norm: string, hit: CueHit): boolean {
  // (The first letter alone rules out most words before the patterns are tried.)
  return norm[0] === 'ل' && (/^ل[^ا]../.test(norm) || /^لل../.test(norm)) && !hit.preps.has('ل') && !(hit.kind === 'verb' && hit.entry.appealPrefix?.includes('ل'));
}

/**
 * «أعلنت كوريا الشمالية وقف تجاربها», «أعلنت المفوضية عدم مشاركتها», «ردت الخارجية مستغربة
 * المواقف»: after the name of a place or a body, a plain word without ال (no name, no speaker word,
 * no preposition) heading a noun phrase — a definite word or a word with a pronoun after it — opens
 * the verb's object. (A name the names stage missed, «مجلس الشيوخ تشاك شومر», «صحيفة نيويورك
 * بوست», is followed by another bare word or by the trigger.)
 */
function objectAfterName(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k];
  const prev = ctx.tokens[k - 1];
  const next = ctx.tokens[k + 1];
  if (t.kind !== 'word' || !prev || prev.kind !== 'word' || !next) return false;
  if (hasArticle(t.norm) || /^[فبل]/.test(t.norm) || is(t, W.PREPOSITION | W.PARTICLE | W.NAME_TAKING | W.COMPLEMENTIZER) || ctx.cues[k]) return false;
  // «وأكدت وزارة الدفاع وجود "متمردة …"»: a plain noun with the quoted words after it.
  if (next.kind !== 'word') return !!quoteOpenAt(ctx, k + 1) && !isKnownHead(headClass(t.norm)) && !isNisba(t.norm) && mentionsIn(ctx, t.start, t.end).length === 0 && mentionsIn(ctx, prev.start, prev.end).some((m) => m.type !== 'person' && m.end === prev.end);
  // («ومسؤولون», «ووزير»: a conjoined speaker; «وقف» is a word of its own.)
  if (t.norm.startsWith('و') && (hasArticle(t.norm.slice(1)) || isKnownHead(headClass(t.norm.slice(1), next.norm)))) return false;
  // (The pronoun read on the surface: a final ه in the normalized form may be a ة.)
  if (!(hasArticle(next.norm) || /..(ها|هم|هما|ه)$/.test(next.text)) || is(next, W.COMPLEMENTIZER | W.PREPOSITION) || mentionsIn(ctx, t.start, next.end).length > 0) return false;
  if (isKnownHead(headClass(t.norm, next.norm)) || isNisba(t.norm)) return false;
  return mentionsIn(ctx, prev.start, prev.end).some((m) => m.type !== 'person' && m.end === prev.end);
}

/**
 * «الصحفيين», «المراسلين», «المسؤولين»: a definite sound plural of people in -ين (a nisba's «-يين»
 * or a participle's «م…ين»), never a subject, whose plural ends in -ون; not a singular verbal noun
 * («التموين», «التأمين») nor a word joined by و to a name before it.
 */
function isPluralOfPeopleInYn(norm: string): boolean {
  return /^ال(.{2,}يين|م.{3,}ين)$/.test(norm);
}

/**
 * «وصفت وزارة الداخلية المصرية الأنباء المتداولة بـ«…»», «وصف الإعلام الرسمي اتهامات ناشطين
 * بأنها …», «ووصفت طهران العقوبات بأنها …»: after a verb that takes an object before its
 * complement, a noun phrase that cannot continue the speaker's opens the object. After a name or
 * a definite word, that is a plain word (no name, no speaker word, no preposition) that is no
 * adjective of the word before it (a nisba word or a listed adjective: «الأمين العام», «الرئيس
 * السابق», «الدول الخمس») and, without ال, no name after a title («الدكتور إبرسول», «رئيسة
 * الوزراء ماي»).
 */
function opensObject(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k];
  const prev = ctx.tokens[k - 1];
  if (t.kind !== 'word' || prev.kind !== 'word' || ctx.cues[k]) return false;
  // A name found there is no object, unless the names stage ran a body's name on over it: after
  // a nisba word («وزارة الخارجية السورية الاتهامات») a plain definite noun ends the name.
  const inName = mentionsIn(ctx, t.start, t.end);
  const afterName = mentionsIn(ctx, prev.start, prev.end).some((m) => m.end === prev.end);
  // («وتوعد رئيس الوزراء الإسرائيلي إيران»: after a definite word that ends a description, a place
  // or a body named is no genitive and no apposition of a person: it is the object.)
  if (inName.some((m) => m.start === t.start && m.type !== 'person') && hasArticle(prev.norm) && !afterName) return true;
  if (inName.some((m) => m.start === t.start) || (inName.length > 0 && !(hasArticle(prev.norm) && isNisba(prev.norm) && hasArticle(t.norm)))) return false;
  // «وأبلغ المتحدث الصحفيين أن», «وأبلغ فينغر المراسلين»: after a name or a definite word, a
  // definite plural in -ين is no subject's word (a subject's plural ends in -ون, and an adjective
  // agrees with its noun): the verb's object. So is an indefinite accusative after them («وأبلغ
  // الوزير مؤتمرا صحفيا أن»), unless a title may be naming its person with it (ANT: «أبلغ …
  // الصحفيين/الصحافيين» 64, «… مؤتمرا صحفيا» 17).
  if ((afterName || hasArticle(prev.norm)) && inName.length === 0 && isPluralOfPeopleInYn(t.norm) && !isPluralOfPeopleInYn(withoutConj(prev.norm))) return true;
  // (After a title, only with an indefinite adjective after it: «الوزير مؤتمرا صحفيا».)
  const next = ctx.tokens[k + 1];
  const speakerEnds = afterName || (hasArticle(prev.norm) && (!headClass(prev.norm).title || (next?.kind === 'word' && !hasArticle(next.norm) && next.norm.endsWith('يا'))));
  if (speakerEnds && inName.length === 0 && !hasArticle(t.norm) && t.norm.length >= 5 && /[^ه]ا$/.test(t.text.replace(/[\u064b-\u0652]/g, '')) && !/(نا|هما)$/.test(t.norm) && !is(t, W.TIME | W.MANNER | W.PARTICLE | W.PREPOSITION)) return true;
  // «واعتبر محللون القرار …», «وانتقد محللون عسكريون الخطة»: a sound plural keeping its ن heads
  // no construct, so a definite word after it is no genitive: a noun opens the object.
  if (!afterName && !hasArticle(prev.norm) && prev.norm.length >= 5 && prev.norm.endsWith('ون') && hasArticle(t.norm) && !isNisba(t.norm)) return true;
  // («للمعلمين», «بالوزارة»: a definite noun after its preposition ends a phrase too.)
  if (!afterName && !hasArticle(prev.norm) && !/^و?(لل|بال)../.test(prev.norm)) return false;
  // A document is a usual object («وصف القرار بأنه»); a title or a body goes on with the speaker.
  const head = headClass(t.norm, ctx.tokens[k + 1]?.norm);
  // «المتحدث باسم الوزارة»: باسم continues the title; «لمنظمة …» is its genitive.
  if (t.norm === 'باسم' || t.norm.startsWith('و') || readings(t.norm, CLITIC_POLICIES.preposition).length > 0) return false;
  // «اتهمت وزارة الخارجية الأمريكية جماعة "أنصار الله" بـ…»: after a phrase closed by a definite
  // word, a body's kind without the article is neither its genitive nor its adjective: the object.
  if (head.organization && !head.title && !hasArticle(t.norm) && !is(t, W.PARTICLE | W.PREPOSITION)) return true;
  if (head.title || head.anonymous || head.organization || is(t, W.PARTICLE | W.PREPOSITION | W.COMPLEMENTIZER)) return false;
  if (hasArticle(t.norm)) return !isNisba(t.norm) && !isCompanion(t.norm, C.SPEAKER_ADJECTIVE);
  // «الدكتور إبرسول»: after a title, a plain word may be a name the names stage missed.
  const before = ctx.tokens[k - 2];
  return afterName || !(isKnownHead(headClass(prev.norm, t.norm)) || (before?.kind === 'word' && !hasArticle(before.norm) && isKnownHead(headClass(before.norm, prev.norm))));
}

/** The subject [a, b) read after a verb, up to where a noun phrase opens its object (opensObject). */
export function subjectWithoutObject(ctx: QuoteContext, [a, b]: [number, number]): [number, number] {
  const { tokens } = ctx;
  const end = tokens[b - 1].end;
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k];
    // A quoted name after its kind or a title runs on whatever its words («مدير "صندوق إعادة
    // إعمار …"», «القاضي "حتب مري آخت"»).
    const q = quoteOpenAt(ctx, k);
    const kind = tokens[k - 1];
    if (q && q.close >= 0 && kind.kind === 'word' && (isNameTakingWord(kind.norm) || headClass(kind.norm).title)) {
      while (k + 1 < b && tokens[k + 1].start <= q.close) k++;
      // After it, a plain noun heading a definite phrase is the object («… تأخر المقاول»).
      const u = tokens[k + 1];
      const v = tokens[k + 2];
      if (k + 2 < b && u.kind === 'word' && v.kind === 'word' && !hasArticle(u.norm) && hasArticle(v.norm) && !is(u, W.PREPOSITION | W.PARTICLE | W.NAME_TAKING) && readings(u.norm, CLITIC_POLICIES.preposition).length === 0 && !isKnownHead(headClass(u.norm, v.norm)) && mentionsIn(ctx, u.start, u.end).length === 0) return [a, k + 1];
      continue;
    }
    // «ونفت دمشق ذلك»: a demonstrative after the subject is the verb's object.
    if (isDemonstrative(t.norm)) return [a, k];
    // «رد المدافع سيرجيو راموس على ما جاء …»: a preposition right after a person's name opens
    // what he answered, not more of him.
    const prev = tokens[k - 1];
    if (isPreposition(t) && mentionsIn(ctx, prev.start, prev.end).some((m) => m.type === 'person' && m.end === prev.end)) return [a, k];
    if (!opensObject(ctx, k)) continue;
    // «زعيمة اليمين المتطرف الفرنسي مارين لوبن»: after a definite word that may be an adjective,
    // a person named further on is who the title describes, unless one was named before already.
    const personAfter = hasArticle(t.norm) && mentionsIn(ctx, t.start, end).some((m) => m.type === 'person' && m.start >= t.start);
    if (personAfter && mentionsIn(ctx, tokens[a].start, prev.end).length === 0) continue;
    return [a, k];
  }
  return [a, b];
}

/**
 * At token k, a speech event introduced by its preposition («في بيان», «خلال مقابلة», «من خلال
 * كلمة», with «رسمي/صحفي» after it) followed by a verb carrying its object pronoun («ألقاها»,
 * «بثها», «أصدره»): the token of that verb, where the event's relative clause starts, or k.
 */
function eventClauseAt(ctx: QuoteContext, k: number, limit: number): number {
  const { tokens } = ctx;
  const t = tokens[k];
  if (t.kind !== 'word') return k;
  let p = k;
  if (withoutConj(t.norm) === 'من' && tokens[k + 1]?.norm === 'خلال') p += 2;
  else if (isPreposition(t)) p += 1;
  else return k;
  if (p >= limit || tokens[p].kind !== 'word' || !isEventNoun(tokens[p].norm)) return k;
  p++;
  // («أصدره» is listed among the event's modifiers as well.)
  while (p < limit && is(tokens[p], W.ADJUNCT_MODIFIER) && !isEventVerb(tokens[p])) p++;
  if (p >= limit || !isEventVerb(tokens[p])) return k;
  // The clause runs over «معه/لها», its subject (a name or definite words) and a time word.
  let e = p + 1;
  while (e < limit && is(tokens[e], W.PRONOUN_PREP)) e++;
  const subject = e;
  while (e < limit && e < subject + MAX_EVENT_SUBJECT) {
    const u = tokens[e];
    // «نقلتها صحيفة "سبورت" الإسبانية»: the name a kind takes in quotation marks.
    const q = e > subject && isNameTakingWord(tokens[e - 1].norm) ? quoteOpenAt(ctx, e) : undefined;
    if (q && q.close >= 0) {
      e += tokensUntil(ctx, e, q.close + 1);
      continue;
    }
    if (u.kind !== 'word' || ctx.cues[e] || is(u, W.COMPLEMENTIZER | W.PREPOSITION | W.TIME)) break;
    if (!(hasArticle(u.norm) || mentionsIn(ctx, u.start, u.end).length > 0 || (e === subject && isKnownHead(headClass(u.norm, tokens[e + 1]?.norm))))) break;
    e++;
  }
  while (e < limit && is(tokens[e], W.TIME)) e += isPeriod(tokens[e], tokens[e + 1]) ? 2 : 1;
  return e;
}

/** Most words of the subject of a speech event's relative clause («التلفزيون الرسمي السوري»). */
const MAX_EVENT_SUBJECT = 5;

const EVENT_VERB_SET: ReadonlySet<string> = new Set(EVENT_VERBS.map(normalizeWord));

/** «ألقاها», «أصدره», «بثها»: an event verb with its object pronoun. */
function isEventVerb(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const stem = t.norm.replace(/(هما|هم|ها|ه)$/, '');
  return stem !== t.norm && stem.length >= 2 && EVENT_VERB_SET.has(stem);
}

/**
 * A prepositional phrase right after the verb, before any speaker: «في شهادتها», «خلال مؤتمر
 * صحفي», «في حديث لوسائل إعلام ألمانية». It runs until a word that may start a speaker (a name, a
 * title, a known speaker word), a comma or what introduces the content. When its noun carries a
 * pronoun («بعد لقائه», «في حديثها») the speaker is that pronoun, named earlier: the phrase then
 * runs on to the trigger, over any name it governs.
 */
function leadPhrase(ctx: QuoteContext, k: number, limit: number): { length: number; pronoun: boolean } | null {
  const { tokens } = ctx;
  if (!isPreposition(tokens[k])) return null;
  const head = tokens[k + 1];
  // The preposition governs its first noun, whatever it is («خلال مؤتمر», «عن ترامب»).
  if (!head || head.kind !== 'word' || k + 1 >= limit || ctx.cues[k + 1] || is(head, W.COMPLEMENTIZER)) return null;
  const pronoun = readings(head.norm, CLITIC_POLICIES.all).some((r) => r.suffix !== '');
  let e = k + 2;
  while (e < limit && e < k + 10) {
    const t = tokens[e];
    // «في مارس/آذار 2018»: dates run on over their numbers and slashes.
    if (t.kind === 'number' || isPunct(t, '/')) {
      e++;
      continue;
    }
    if (t.kind !== 'word' || ctx.cues[e] || is(t, W.COMPLEMENTIZER | W.TIME | W.LINKER | W.RELATIVE) || isPreposition(t)) break;
    if (!pronoun && mayStartSpeaker(ctx, e)) break;
    e++;
  }
  return { length: e - k, pronoun };
}

/**
 * «للصحفيين», «لوزير الخارجية الأمريكي»: a word with the preposition ل right after the verb is
 * whom the words were addressed to (with the genitives after it), unless it is a name or a known
 * speaker word that merely starts with ل («لبنان», «لجنة»). Its length in tokens, or 0.
 */
function addresseeLength(ctx: QuoteContext, k: number, limit: number): number {
  const t = ctx.tokens[k];
  if (t.kind !== 'word' || readings(t.norm, CLITIC_POLICIES.preposition).length === 0) return 0;
  // The whole word must not itself be a speaker word («لجنة»), but the noun after ل may be one («لموقع»).
  if (mentionsIn(ctx, t.start, t.end).some((m) => m.start === t.start) || isHeadAsWritten(t.norm)) return 0;
  let e = k + 1;
  while (e < limit && e < k + 4 && ctx.tokens[e].kind === 'word' && hasArticle(ctx.tokens[e].norm) && !ctx.cues[e]) e++;
  // «لموقع فرانس انفو الإلكتروني», «لوسائل إعلام ألمانية»: an outlet's name or an indefinite
  // genitive runs on to what introduces the content, unless a speaker starts first.
  // After an outlet's noun («لموقع», «لوكالة») a name is the outlet's, not the speaker.
  if (e === k + 1) {
    const outlet = headClass(t.norm).organization;
    let f = e;
    while (f < limit && f < k + 6) {
      const u = ctx.tokens[f];
      if (u.kind !== 'word' || ctx.cues[f] || is(u, W.COMPLEMENTIZER | W.TIME | W.LINKER | W.RELATIVE | W.ADJUNCT_STARTER) || isPreposition(u)) break;
      if (outlet ? isKnownHead(headClass(u.norm, ctx.tokens[f + 1]?.norm)) : mayStartSpeaker(ctx, f)) break;
      f++;
    }
    const after = ctx.tokens[f];
    if (f > e && f < limit && (is(after, W.COMPLEMENTIZER) || isPunct(after, ':') || quoteOpenAt(ctx, f))) return f - k;
  }
  return e - k;
}

/**
 * Whether the phrase [a, b) read as the speaker of a verb that takes an object is that object
 * alone: one noun phrase — a definite noun with its adjectives («الحفلات», «المحاكمة الأخيرة»), or
 * a noun with its genitives («اجتماع وزراء مجموعة السبع») — not opening with the name of a person or
 * body, nor with a title or an anonymous source, with the verb's complement right after it («بأنه», «بـ"…"»). A name followed by
 * more words («اتهمت مالاوي مادونا»), a definite noun after a definite phrase («السلطات البريطانية
 * الحكومة») or an indefinite noun with its adjective («فتاة تونسية») is a subject.
 */
function loneObject(r: Reading, [a, b]: [number, number]): boolean {
  const { ctx } = r;
  const { tokens } = ctx;
  const after = tokens[b];
  // (A bare «أن» after the phrase makes it the subject: «تنفي السلطات التركية أن …».)
  const direct = !!after && (!!quoteOpenAt(ctx, b) || (after.kind === 'word' && (r.hit.preps.has(after.norm) || after.norm.startsWith('ب'))));
  const head = tokens[a];
  if (head.kind !== 'word') return false;
  // «وأبلغ الصحفيين: "…"», «وأبلغ المراسلين أن …»: a definite plural in -ين alone is never the
  // subject (a subject's plural ends in -ون), whatever introduces the content after it.
  const accusativePlural = b === a + 1 && isPluralOfPeopleInYn(head.norm) && mentionsIn(ctx, head.start, head.end).length === 0;
  if (accusativePlural && !!after && (isPunct(after, ':') || is(after, W.COMPLEMENTIZER))) return true;
  if (!direct) return false;
  const names = mentionsIn(ctx, head.start, tokens[b - 1].end);
  if (names.some((m) => (m.start <= head.start && m.type !== 'location') || m.end < tokens[b - 1].end)) return false;
  const h = headClass(head.norm, tokens[a + 1]?.norm);
  // «اتهم المحتجون»: a plural in the nominative is a subject.
  if (h.title || h.organization || h.anonymous || h.plural || head.norm.endsWith('ون')) return false;
  if (!hasArticle(head.norm) && !(b > a + 1 && tokens[a + 1].kind === 'word' && !isNisba(tokens[a + 1].norm))) return false;
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k];
    // («بيان للمجلس هذه الخطوة»: a demonstrative opens the object after the subject.)
    if (t.kind !== 'word' || is(t, W.PARTICLE)) return false;
    if (hasArticle(t.norm) && hasArticle(tokens[k - 1].norm) && !isNisba(t.norm) && !isCompanion(t.norm, C.SPEAKER_ADJECTIVE)) return false;
  }
  return true;
}


/** Whether a speaker may start at token k: a person or organization named there, or a known speaker word. */
function mayStartSpeaker(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (mentionsIn(ctx, t.start, t.end).some((m) => m.start >= t.start && (m.type === 'person' || m.type === 'organization'))) return true;
  const h = headClass(t.norm, ctx.tokens[k + 1]?.norm);
  return h.title || h.organization || h.anonymous || h.document;
}

/**
 * «الرئيس الأمريكي، دونالد ترامب، أن»: a person's name after the comma that ends a speaker phrase,
 * followed by another comma or what introduces the content. The token after the name, or -1.
 */
function appositiveName(ctx: QuoteContext, k: number, limit: number): number {
  if (!ctx.tokens[k] || k >= limit) return -1;
  const person = personFrom(ctx, k, limit);
  if (!person) return -1;
  const e = person[1];
  const after = ctx.tokens[e];
  if (e >= limit || !after) return e;
  return isPunct(after, '،,:') || is(after, W.COMPLEMENTIZER) || quoteOpenAt(ctx, e) ? e : -1;
}

function hasAppealPrefix(t: Token, prefixes: readonly string[]): boolean {
  if (t.kind !== 'word') return false;
  for (const p of prefixes) if (t.norm.startsWith(p) && t.norm.length >= p.length + 3) return true;
  return false;
}

/** The sentence's last token, extended over a following quotation when the sentence ends in a colon. */
function scanLimit(ctx: QuoteContext, i: number): number {
  const { tokens } = ctx;
  let s = ctx.tokSentence[i];
  let last = ctx.sentLast[s];
  const cap = i + WINDOW;
  while (last < cap && s + 1 < ctx.sentFirst.length) {
    const lastTok = tokens[last - 1];
    const next = tokens[last];
    // A colon ending the sentence introduces what follows; a dot glued to the next word («بي.بي.سي»)
    // was an abbreviation, not a sentence end.
    const colon = isPunct(lastTok, ':');
    const glued = isPunct(lastTok, '.') && next && next.start === lastTok.end && next.kind === 'word';
    if (!colon && !glued) break;
    s++;
    last = ctx.sentLast[s];
  }
  return Math.min(last, cap);
}

/** The state of one attribution being read, token by token. */
interface Reading {
  ctx: QuoteContext;
  /** The cue's token, and what it is. */
  i: number;
  hit: CueHit;
  /** Where reading started, where it must stop, and the token being read. */
  from: number;
  limit: number;
  k: number;
  phase: 'lead' | 'speaker' | 'tail';
  spFirst: number;
  spLast: number;
  cueEnd: number;
  entry: VerbCue | null;
  /** An appeal (دعا إلى، طالب بـ): its content may be a prepositional phrase. */
  appeal: boolean;
  appealPrefix: readonly string[];
  /** Prepositions a verbal noun that is the content starts with (أفاد بمقتل، تعهد بمقاضاة). */
  phrasePrefix: readonly string[];
  relay: [number, number] | null;
  pronounSource: { gender: Gender; plural: boolean } | null;
  cited: string | null;
  /** Words read in the tail that are no adjunct: the verb's object and what governs a quotation. */
  objectWords: number;
}

/**
 * Reads what follows the cue at token i: the speaker it names (if any) and what introduces the
 * content. `from` is where reading starts (after «جاء في» it is the document's first word).
 */
export function readAttribution(ctx: QuoteContext, i: number, hit: CueHit, from = i + 1): Attribution {
  const r = startReading(ctx, i, hit, from);
  while (r.k < r.limit) {
    const step = quotationStep(r);
    if (step === 'stop') break;
    if (step === 'next') continue;
    const trigger = step ?? triggerAt(r);
    if (trigger) return finish(r, trigger);
    // Another reporting cue starts another attribution. (Punctuation needs no test: the scan stays
    // inside the sentence, so a dot met here is an abbreviation, «د.» or «بي.بي.سي».)
    // «… أما X "…"»: «أما» opens another clause, with words of its own (and ends any speaker).
    if (r.k > i && opensTopic(ctx.tokens[r.k])) break;
    // «… الكاتب يكتب مقالات لها، وأن كلماته …»: after the verb's object, «، وأن» joins a clause to
    // an attribution made before, not to this verb.
    if (r.phase !== 'lead' && r.k > r.from && isPunct(ctx.tokens[r.k], '،,') && /^و(ان|بان)$/.test(ctx.tokens[r.k + 1]?.norm ?? '')) break;
    // «وتابع قائلا نحن مستعدون للحوار، علما أن الحكومة …»: the journalist's own clause after a
    // comma («، علما أن», «، في حين») is no complement of this verb. («، وذلك في بيان» is where
    // it was said: read on.)
    if (r.k > r.from && isPunct(ctx.tokens[r.k], '،,') && ctx.tokens[r.k + 1]?.norm !== 'وذلك' && opensJournalistClause(ctx.tokens, r.k + 1)) break;
    if (r.k > r.from && opensGloss(ctx.tokens, r.k) && !isPunct(ctx.tokens[r.k - 1], '(')) break;
    if (r.phase !== 'lead' && r.k > r.from && skipAside(r)) continue;
    if (r.k === r.from && skipRelayingMarker(r)) continue;
    if (r.k > i && (ctx.cues[r.k] || (ctx.relativeCues[r.k] && reportsBeforeComma(ctx, r.k, r.limit)))) {
      // (A cue inside an aside or an adjunct that says nothing before its comma describes the speaker.)
      const embedded = (): boolean => inRelativeAside(ctx, r.from, r.k, r.limit) || (r.phase === 'tail' && insideAdjunct(ctx, r.k, r.limit));
      if (r.phase !== 'lead' && !saysBeforeComma(ctx, r.k, r.limit) && embedded()) {
        readTail(r);
        continue;
      }
      if (!sayingGoesOn(r)) break;
      continue;
    }
    if (r.phase === 'lead' && readLead(r)) continue;
    if (r.phase === 'speaker') readSpeaker(r);
    else readTail(r);
  }
  return objectAsContent(r, finish(r, null));
}

function startReading(ctx: QuoteContext, i: number, hit: CueHit, from: number): Reading {
  const { tokens } = ctx;
  let cueEnd = tokens[i].end;
  const afterCue = tokens[i + 1];
  if (afterCue && afterCue.kind === 'word' && hit.preps.has(afterCue.norm) && from === i + 1) cueEnd = afterCue.end;
  const entry = hit.kind === 'verb' ? hit.entry : null;
  return {
    ctx,
    i,
    hit,
    from,
    limit: scanLimit(ctx, i),
    k: from,
    // A participle names no speaker of its own: what follows it is its object or its content.
    phase: hit.kind === 'participle' ? 'tail' : 'lead',
    spFirst: -1,
    spLast: -1,
    cueEnd,
    entry,
    appeal: entry ? entry.complement === 'appeal' : hit.kind === 'participle' && hit.complement === 'appeal',
    appealPrefix: entry ? (entry.appealPrefix ?? []) : hit.preps.has('ب') ? ['ب'] : [],
    phrasePrefix: entry?.phrasePrefix ?? [],
    relay: null,
    pronounSource: null,
    cited: null,
    objectWords: 0,
  };
}

/**
 * «وكتبت الممثلة، روز ماكغوان، تقول إن», «ومضى ماكرون يقول إن»: a present form of «قال» right
 * before what introduces the content is how the speaker went on, not a new attribution (ANT: ~60
 * after a verb and its speaker). Ends the speaker there and reads on.
 */
function sayingGoesOn(r: Reading): boolean {
  const { ctx, k } = r;
  const hit = ctx.cues[k];
  // (The same speaker: «كتبت … تقول», never «كتبت … يقول» nor a plural «… يقولون».)
  if (!hit || hit.kind !== 'verb' || !hit.present || hit.prefix || hit.entry.lemma !== 'قال' || hit.plural || hit.gender !== r.hit.gender || r.hit.plural) return false;
  const next = ctx.tokens[k + 1];
  if (!next || !(is(next, W.COMPLEMENTIZER) || isPunct(next, ':') || quoteOpenAt(ctx, k + 1))) return false;
  if (r.phase === 'speaker') r.spLast = k;
  r.phase = 'tail';
  r.k = k + 1;
  return true;
}

/** «بالاستعانة», «للمزيد»: a definite noun after ب or ل, not a name the names stage found. */
function prepositionalHead(ctx: QuoteContext, t: Token): boolean {
  return /^(بال|لل)../.test(t.norm) && !mentionsIn(ctx, t.start, t.end).some((m) => m.start === t.start);
}

/**
 * «وكتبت على صفحتها بموقع "إنستغرام" أن»: ب on an outlet's or a body's head word («بموقع», «بلجنة»)
 * says where the words were given, never who gave them (a name the names stage found at it may
 * still be one: «بشار», «بلال»).
 */
function placeOfWriting(ctx: QuoteContext, t: Token): boolean {
  if (t.kind !== 'word' || !t.norm.startsWith('ب') || mentionsIn(ctx, t.start, t.end).some((m) => m.start === t.start)) return false;
  const stem = t.norm.slice(1);
  // (A body or an outlet, not a title: «يقول بولي» is no ب + «ولي».)
  return stem.length > 2 && (isWord(stem, W.MEDIA) || headClass(stem).organization);
}

/**
 * Whether the cue at k introduces words of its own before the next comma («روسيا التي أعلنت عبر
 * المتحدث أنها …»), rather than sitting in an aside («الشرطة، التي عبرت عن تعازيها، إنها …»).
 */
function reportsBeforeComma(ctx: QuoteContext, k: number, limit: number): boolean {
  for (let j = k + 1; j < limit && j < k + 12; j++) {
    const t = ctx.tokens[j];
    if (isPunct(t, '،,')) return false;
    if (is(t, W.COMPLEMENTIZER) || isPunct(t, ':')) return true;
  }
  return false;
}

/**
 * Whether token k sits inside a relative aside about the speaker, read from `from` («وقال نصرالله،
 * الذي كان يتحدث أمام …، إن»). A cue inside such an aside describes the speaker; the verb's own
 * content comes after the aside (ANT: ~320 relative asides between a subject and إن/أن, one in six
 * with a cue of their own).
 */
function inRelativeAside(ctx: QuoteContext, from: number, k: number, limit: number): boolean {
  const open = relativeAsideOpen(ctx.tokens, k, from);
  return open >= 0 && relativeAsideClose(ctx.tokens, open, limit) > k;
}

const ASIDE_ADJUNCT_WORDS: ReadonlySet<string> = new Set(ASIDE_ADJUNCTS.map(normalizeWord));

/**
 * At a comma opening an aside about the speaker whose closing comma is followed by what introduces
 * the content («وأكد المدرب، الذي قال إن …، أن», «وقال الرئيس، الذي سبق أن التقى …، إن»): the
 * aside's cues and complementizers are its own; reading goes on after it.
 */
function skipAside(r: Reading): boolean {
  const { ctx, k } = r;
  if (!isPunct(ctx.tokens[k], '،,')) return false;
  // («وقال الرئيس، وفقا لما نقلته الوكالة، إن»: a source marker between commas that relays is such
  // an aside; «، نقلا عن مسؤول،» names the source who speaks, read as the speaker.)
  // («وقال المحافظ، خلال الكلمة التي ألقاها …، إن»: so is an adjunct between commas.)
  const next = ctx.tokens[k + 1];
  const marker = !!ctx.markers[k + 1] && next.norm !== 'نقلا';
  const adjunct = !!next && next.kind === 'word' && ASIDE_ADJUNCT_WORDS.has(next.norm);
  const end = marker || adjunct ? asideClose(ctx.tokens, k, r.limit) : relativeAsideClose(ctx.tokens, k, r.limit);
  if (end < 0) return false;
  // («…، لموقع النادي إن»: to whom it was said may stand before what it introduces.)
  let a = end + 1;
  a += adjunctLength(ctx, a, r.limit);
  const after = ctx.tokens[a];
  if (!(is(after, W.COMPLEMENTIZER) || isPunct(after, ':'))) return false;
  if (r.phase === 'speaker') {
    r.spLast = k;
    r.phase = 'tail';
  }
  // («، في بيان …،»: the document the words were given in, for a later «وقال البيان».)
  r.k = k + 1;
  noteDocument(r);
  r.k = end + 1;
  return true;
}

/**
 * «وأضاف وفقا لما نقلته الوكالة: "…"»: a relaying marker right after a verb with no speaker, up to
 * the colon or complementizer, says who passed the words on; the verb's speaker is the one named
 * before, and reading goes on after the marker («نقلا عن …» names the speaker and is read as one).
 */
function skipRelayingMarker(r: Reading): boolean {
  const { ctx, k } = r;
  // (After a verb that passes words on, «نقلت على لسان فلان», the marker names the speaker.)
  if (!ctx.markers[k] || ctx.tokens[k].norm === 'نقلا' || r.hit.kind !== 'verb' || r.entry?.transmit || r.entry?.relays) return false;
  for (let j = k + 1; j < r.limit && j <= k + MAX_ASIDE; j++) {
    const t = ctx.tokens[j];
    if (isPunct(t, '،,.')) return false;
    if (isPunct(t, ':') || is(t, W.COMPLEMENTIZER)) {
      r.k = j;
      return true;
    }
  }
  return false;
}

/**
 * «وقال المندوب في اجتماع مغلق دعت إليه فرنسا، إن», «وقال مصدر ردا على سؤال عما إذا كانت واشنطن
 * دعت الحكومة …، إن»: a verb inside the adjunct after the speaker, with no و/ف and no comma before
 * it, whose clause a comma closes right before a bare complementizer, describes the adjunct; the
 * complementizer is the first verb's.
 */
function insideAdjunct(ctx: QuoteContext, k: number, limit: number): boolean {
  const { tokens } = ctx;
  const hit = ctx.cues[k];
  if (!hit || hit.kind !== 'verb' || hit.prefix || isPunct(tokens[k - 1], '،,:')) return false;
  for (let j = k + 1; j < limit && j <= k + MAX_SPEAKER; j++) {
    if (!isPunct(tokens[j], '،,')) continue;
    const after = tokens[j + 1];
    return !!after && is(after, W.COMPLEMENTIZER) && !/^[وف]/.test(after.norm);
  }
  return false;
}

/** Whether the cue at k introduces words, or quotes them («يصفها البعض بـ"…"،»), before the next comma. */
function saysBeforeComma(ctx: QuoteContext, k: number, limit: number): boolean {
  for (let j = k + 1; j < limit && j < k + 12; j++) {
    const t = ctx.tokens[j];
    if (isPunct(t, '،,')) return false;
    if (is(t, W.COMPLEMENTIZER) || isPunct(t, ':') || quoteOpenAt(ctx, j)) return true;
  }
  return false;
}

/** The attribution read so far, ending with `trigger` (or none). */
function finish(r: Reading, trigger: Trigger | null): Attribution {
  const { tokens } = r.ctx;
  if (r.phase === 'speaker') r.spLast = r.k;
  const spLast = Math.min(r.spLast, r.spFirst + MAX_SPEAKER);
  let speaker: [number, number] | null = r.spFirst >= 0 && spLast > r.spFirst ? [r.spFirst, spLast] : null;
  // «وقال // إن …»: stray punctuation between the verb and what it introduces names nobody.
  if (speaker && !namesAnything(tokens, speaker)) speaker = null;
  // «وطالب بالاستعانة …», «وقال بالهاتف إن»: a definite noun after ب or ل names nobody; the
  // verb's speaker was named before (ANT: ~20 in 1,500 articles, each passed on to continuations).
  if (speaker && (prepositionalHead(r.ctx, tokens[speaker[0]]) || placeOfWriting(r.ctx, tokens[speaker[0]]))) speaker = null;
  // «ووصف ذلك بأنه …»: a demonstrative alone is the verb's object or what was just said, no speaker.
  if (speaker && speaker[1] - speaker[0] === 1 && isDemonstrative(withoutConj(tokens[speaker[0]].norm))) speaker = null;
  if (speaker && r.appeal) speaker = trimAddressee(r.ctx, speaker);
  // «ودعا الجميع إلى …»: the addressee alone, no speaker named («وطالبت الدول الأربع …» is one).
  // («ودعت الحكومة إلى …», «وطالبت السلطات بـ…»: a feminine noun after a feminine verb is its subject.)
  if (speaker && r.appeal && isWord(tokens[speaker[0]].norm, W.ADDRESSEE) && !modified(r.ctx, speaker) && !agreesAsSubject(tokens[speaker[0]].norm, r.hit)) speaker = null;
  // «ووصف الاجتماع بأنه …», «ووصفت المناطق بـ"…"»: after a verb that takes an object, a lone
  // phrase that names nobody (no person or body, no speaker word) is the object; the speaker was
  // named before.
  if (speaker && trigger && r.entry?.object && r.hit.kind === 'verb' && !r.hit.objectPronoun && speaker[0] === r.from && loneObject(r, speaker)) speaker = null;
  const att: Attribution = { speaker, trigger, cueEnd: r.cueEnd };
  if (r.relay) att.relay = r.relay;
  if (r.pronounSource && !speaker) att.pronounSource = r.pronounSource;
  if (r.cited) att.cited = r.cited;
  return att;
}

/**
 * A quotation at the token being read: the content itself (a trigger), or a name in guillemets
 * that is skipped over ('next'; it may open the speaker), or an unclosed one that ends reading.
 */
function quotationStep(r: Reading): Trigger | 'next' | 'stop' | null {
  const { ctx, k } = r;
  const q = quoteOpenAt(ctx, k);
  if (!q) return null;
  // «حذر تقرير من تداعيات … انتشار فيروس "اتش آي في"»: a few quoted words deep in the verb's
  // object are a name or a term, not what was said.
  const far = r.objectWords > MAX_OBJECT_WORDS;
  if (far && wordCount(ctx.text, q.innerStart, q.innerEnd) < MIN_FAR_QUOTE_WORDS) {
    if (q.close < 0) return 'stop';
    r.k += tokensUntil(ctx, k, q.close + 1);
    return 'next';
  }
  // One quoted word after a verb is a term («تحدث عن «الشتات»»), not what was said…
  if (isContentQuote(ctx, q, k) && wordCount(ctx.text, q.innerStart, q.innerEnd) >= 2) return { type: 'quote', tok: k, span: q };
  // …unless it is the verb's whole complement after a preposition («وصفه بـ«الخطأ»»), which then
  // ends the speaker.
  if (r.hit.kind === 'verb' && !far && isQuotedComplement(ctx, q, k)) {
    if (r.phase === 'speaker') {
      r.spLast = k - 1;
      r.phase = 'tail';
    }
    return { type: 'quote', tok: k, span: q };
  }
  // «وشدد على "رؤية جديدة" للتعاون», «مشيرا إلى "انتصار استراتيجي" و"نقطة تحول" في …»,
  // «انتقدت الوزيرة، الخميس، "هوس" الإعلام»: words quoted in the verb's complement, right after
  // its preposition or its speaker, make the complement a statement (indirect: only part is quoted).
  if (!far && !isName(ctx, q) && opensComplement(r, k)) {
    if (r.phase === 'speaker') {
      r.spLast = k;
      r.phase = 'tail';
    }
    return { type: 'phrase', tok: k, start: ctx.tokens[k].start };
  }
  if (r.phase === 'lead') {
    r.phase = 'speaker';
    r.spFirst = k;
  }
  if (q.close < 0) return 'stop';
  r.k += tokensUntil(ctx, k, q.close + 1);
  return 'next';
}

/** Whether a quotation at token k opens the verb's complement: right after its own preposition, or right after its speaker and adjuncts. */
function opensComplement(r: Reading, k: number): boolean {
  if (r.entry?.speechEvent || r.entry?.colonOnly) return false;
  const prev = r.ctx.tokens[k - 1];
  if (prev && prev.kind === 'word' && r.hit.preps.has(prev.norm)) return true;
  return r.phase === 'tail' && r.objectWords === 0 && r.spFirst >= 0;
}

/**
 * «قالت من قبل إنها …», «أكد من قبل أن الحكومة …»: «من قبل» before the complementizer at k is
 * "earlier", when the complementizer is إن or a noun follows it («من قبل أن يولد» is "before").
 */
function earlierAdverb(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.norm !== 'قبل' || tokens[k - 2]?.norm !== 'من') return false;
  return tokens[k].text.startsWith('إ') || /^ال/.test(tokens[k + 1]?.norm ?? '');
}

/** What introduces the content at the token being read: a colon, a complementizer, an appeal's phrase. */
function triggerAt(r: Reading): Trigger | null {
  const { ctx, k, i, hit } = r;
  const { tokens } = ctx;
  const t = tokens[k];
  if (isPunct(t, ':')) return { type: 'colon', tok: k };
  // («قالت شبكة سي إن إن إن», «وقال بان كي مون إن»: an «إن» or «بان» inside a name the names stage
  // found, or opening one of several words, is part of the name.)
  if (is(t, W.COMPLEMENTIZER) && !ctx.answers.has(k) && !mentionsIn(ctx, t.start, t.end).some((m) => m.start < t.start || (m.end > t.end && m.type !== 'location'))) {
    const prev = tokens[k - 1];
    const governed = k - 1 === i || (prev.kind === 'word' && hit.preps.has(prev.norm));
    if (governed || !blocksComplementizer(prev) || earlierAdverb(tokens, k)) return { type: 'comp', tok: k };
  }
  if (r.appeal && (r.spFirst >= 0 || hit.kind === 'participle' || k === r.from) && t.kind === 'word') {
    const isTo = t.norm === 'الي' || (t.norm === 'علي' && r.entry?.preps?.includes('على'));
    // «يدعو إلى مزيد من …»: right after the verb, إلى opens the content, not an adjunct.
    if (isTo && tokens[k + 1] && !is(tokens[k + 1], W.COMPLEMENTIZER)) return { type: 'phrase', tok: k, start: tokens[k + 1].start };
    // (Right after the verb only a definite noun: «وطالب بالاستعانة بـ…»; «طالب بلال …» names.)
    if (!isTo && (k > r.from || prepositionalHead(ctx, t)) && hasAppealPrefix(t, r.appealPrefix) && mentionsIn(ctx, t.start, t.end).length === 0) {
      return { type: 'phrase', tok: k, start: t.start };
    }
  }
  // «أفادت مصادر بمقتل …», «وتعهد بمقاضاة …»: a verbal noun after the verb's preposition.
  if (r.phrasePrefix.length > 0 && t.kind === 'word' && (r.spFirst >= 0 || k === r.from) && hasAppealPrefix(t, r.phrasePrefix)) {
    // «القائم بأعمال السفارة» is a title: its «بأعمال» belongs to the speaker; so does «باسم» of
    // «المتحدث باسم …» («وأفاد المتحدث باسم الوزارة بأن»: ANT: ~30 «أفاد الناطق/المتحدث باسم»).
    if (k > 0 && ctx.tokens[k - 1].norm === 'القايم') return null;
    if (TITLE_GENITIVES.has(t.norm)) return null;
    // «انقسامات في باقي أنحاء أوروبا»: right after a preposition the word is its object.
    if (k > r.from && isPreposition(ctx.tokens[k - 1])) return null;
    const noun = t.norm.slice(1);
    const plain = !is(t, W.ADJUNCT_STARTER | W.TIME) && !isPreposition(t) && !isKnownHead(headClass(t.norm)) && !isKnownHead(headClass(noun));
    if (plain && mentionsIn(ctx, t.start, t.end).length === 0) return { type: 'phrase', tok: k, start: t.start };
  }
  return null;
}

/**
 * Before the speaker: adjuncts, the verb's own preposition, a manner word. True when the token was
 * dealt with; false when it opens the speaker (the phase is then 'speaker').
 */
function readLead(r: Reading): boolean {
  const { ctx, k, i, hit } = r;
  const t = ctx.tokens[k];
  // «وأشار إلى أن», «شدد على ضرورة أن»: the verb's own preposition comes after any speaker.
  // «نقلت عن مصادر قولها إن», «لكن الوكالة نقلت عن أربعة أشخاص قولهم إن»: right after a verb of
  // transmission «عن» opens the source, who speaks.
  const source = ctx.tokens[k + 1];
  if (r.entry?.transmit && k === i + 1 && t.norm === 'عن' && k + 1 < r.limit && (source.kind === 'word' || source.kind === 'number') && !is(source, W.SAYING_NOUN | W.COMPLEMENTIZER)) {
    r.phase = 'speaker';
    r.spFirst = k + 1;
    r.k = k + 1;
    return true;
  }
  if (t.kind === 'word' && hit.preps.has(t.norm)) {
    r.phase = 'tail';
    r.k++;
    return true;
  }
  // «وأشار لوجود ممثل العراق …»: right after a verb that takes إلى, ل on a plain noun stands for
  // it — the verb's object opens, and the speaker was named before (not «لوكالة الأنباء», to whom).
  if (k === i + 1 && t.kind === 'word' && hit.preps.has('الي') && /^ل[^ال]../.test(t.norm) && !isHeadAsWritten(t.norm) && !mentionsIn(ctx, t.start, t.end).length && !readings(t.norm, CLITIC_POLICIES.preposition).some((x) => isKnownHead(headClass(x.stem)) || isWord(x.stem, W.MEDIA))) {
    r.phase = 'tail';
    r.k++;
    return true;
  }
  // «ودعا من خلال كلمة بثها التلفزيون …», «وأضاف في بيان أصدره المكتب …»: the speech event's own
  // relative clause names who broadcast or issued it, not who speaks; reading goes on after it.
  const event = eventClauseAt(ctx, k, r.limit);
  if (event > k) {
    r.k = event;
    return true;
  }
  const n = adjunctLength(ctx, k, r.limit);
  if (n > 0) {
    noteDocument(r);
    r.k += n;
    return true;
  }
  // «صرح لفرانس24»: a number glued to the word before it ends that word (an outlet's name).
  if (t.kind === 'number' && k > 0 && ctx.tokens[k - 1].end === t.start) {
    r.k++;
    return true;
  }
  // «ذكرت نقلا عن مصادر أن»: the source follows, and nobody relays.
  if (t.norm === 'نقلا') {
    const m = ctx.markers[k];
    if (m && m.next < r.limit) {
      r.phase = 'speaker';
      r.spFirst = m.next;
      r.k = m.next;
      return true;
    }
  }
  // «وقال للصحفيين», «وقالت لوزير الخارجية»: to whom it was said, with its genitives.
  const addressee = addresseeLength(ctx, k, r.limit);
  if (addressee > 0) {
    r.k += addressee;
    return true;
  }
  const pp = leadPhrase(ctx, k, r.limit);
  if (pp) {
    r.k += pp.length;
    // «وقال بعد لقائه الرئيس إن»: the pronoun is the speaker, named before; nobody is named here.
    if (pp.pronoun) r.phase = 'tail';
    return true;
  }
  // «وتابع يقول: …»: a present form of saying after the verb is how he spoke, not who.
  const saying = t.kind === 'word' ? cueAt(t) : null;
  if (saying && saying.kind === 'verb' && saying.present && k === i + 1) {
    r.k++;
    return true;
  }
  // «وأضاف مشيرا إلى مواجهة …»: a participle right after the verb is how he went on, with its
  // object after it; the speaker was named before.
  // («متحدثة باسم …» is a spokeswoman, a title, not the participle of تحدث.)
  if (saying && saying.kind === 'participle' && k === i + 1 && !isKnownHead(headClass(t.norm, ctx.tokens[k + 1]?.norm))) {
    r.phase = 'tail';
    r.k++;
    return true;
  }
  // «وختم حديثه بالقول إن»: his own speech event right after the verb; the speaker was named before.
  if (ownSpeechEvent(t)) {
    r.phase = 'tail';
    r.k++;
    return true;
  }
  // «واصفا إياها بـ«…»», «متهما إياه بأنه»: the object pronoun; the speaker was named before.
  if (isObjectPronoun(t.norm)) {
    r.phase = 'tail';
    r.k++;
    return true;
  }
  // «قالت لنا والحديث يدور …»: a word with و opens a circumstantial clause, never a speaker.
  // («وقال والكوم فون سانشيز»: a person's name the names stage read after و is the speaker.)
  const circumstantial = t.kind === 'word' && t.norm.startsWith('و') && hasArticle(t.norm) && !mentionsIn(ctx, t.start, t.end).some((m) => m.type === 'person');
  // («وقالت متحدثة باسم الوزارة»: before «باسم» the manner word «متحدثة» is a spokeswoman.)
  const spokesperson = ctx.tokens[k + 1]?.norm === 'باسم';
  if ((is(t, W.ADJUNCT_STARTER | W.MANNER | W.SAYING_NOUN | W.RELATIVE) && !spokesperson) || circumstantial || isPunct(t, ')')) {
    r.phase = 'tail';
    return true;
  }
  // «وتوقع وصول عدد السائحين إلى …»: after a verb of estimate, a word that names nobody (no name,
  // no speaker word) is what is estimated; the speaker was named before.
  if (r.entry?.complement === 'estimate' && k === r.from && t.kind === 'word' && !hasArticle(t.norm) && !mayStartSpeaker(ctx, k) && !pluralOfPeople(t.norm) && mentionsIn(ctx, t.start, t.end).length === 0) {
    r.phase = 'tail';
    return true;
  }
  r.phase = 'speaker';
  r.spFirst = k;
  return false;
}

/** Inside the speaker phrase: read on until a word that ends it (a bracketed aside stays in). */
function readSpeaker(r: Reading): void {
  const { ctx, k } = r;
  const t = ctx.tokens[k];
  // «قالت الصحيفة نقلا عن مصادر إن»: the sources speak, the newspaper relays; so between commas
  // («وقالت الوكالة، نقلا عن مصادر أمنية، إن»).
  const aside = isPunct(t, '،,') && ctx.tokens[k + 1]?.norm === 'نقلا' ? 1 : 0;
  if (k > r.spFirst && ctx.tokens[k + aside].norm === 'نقلا') {
    const m = ctx.markers[k + aside];
    if (m && m.next < r.limit) {
      r.spLast = k;
      relayFrom(r);
      r.spFirst = m.next;
      r.k = m.next;
      return;
    }
  }
  // «وقال بيان صادر عن الجيش إن», «قال تقرير أعدته شركة … إن»: the document's issuer speaks (ANT:
  // 118 reporting verbs with a document «صادر/صدر عن …»); the document is where the words were given.
  if (k > r.spFirst && is(t, W.DOCUMENT_CLAUSE_VERB) && isDocumentHead(ctx.tokens[r.spFirst].norm)) {
    const prep = ctx.tokens[k + 1]?.norm;
    const by = prep === 'عن' || prep === 'من' ? k + 2 : k + 1;
    if (by < r.limit && mayStartSpeaker(ctx, by)) {
      r.cited ??= withoutConj(ctx.tokens[r.spFirst].norm);
      r.spFirst = by;
      r.k = by;
      return;
    }
  }
  if (k > r.spFirst && stopsSpeaker(ctx, k, r.limit, r.hit)) {
    r.spLast = k;
    r.phase = 'tail';
    // «قال وزير الخارجية الروسي، سيرغي لافروف، إن»: the name in apposition is who speaks.
    const name = isPunct(t, '،,') ? appositiveName(ctx, k + 1, r.limit) : -1;
    if (name > 0) {
      r.spFirst = k + 1;
      r.spLast = name;
      r.k = name;
    }
    return;
  }
  if (isPunct(t, '(')) {
    const close = findToken(ctx, k, r.limit, ')');
    if (close < 0) {
      r.spLast = k;
      r.phase = 'tail';
      return;
    }
    r.k = close + 1;
    return;
  }
  r.k++;
}

/** «ما جاء/ورد في تقرير»: what a document said, not where the speaker said it. */
const CAME_IN: ReadonlySet<string> = new Set(['جاء', 'جاءت', 'ورد', 'وردت']);

/** «في بيان»: the document the words were given in, for a later «وأضاف البيان». */
function noteDocument(r: Reading): void {
  const t = r.ctx.tokens[r.k];
  const noun = r.ctx.tokens[r.k + 1];
  // («نفى ما جاء في تقرير …»: the document he answered is not his.)
  const said = r.ctx.tokens[r.k - 1];
  if (said?.kind === 'word' && CAME_IN.has(withoutConj(said.norm))) return;
  if ((t.norm === 'في' || t.norm === 'وفي') && noun?.kind === 'word' && isDocumentHead(noun.norm)) r.cited ??= noun.norm;
}

/** After the speaker: an adjunct, a relative clause, a participle's object… until the trigger. */
function readTail(r: Reading): void {
  const { ctx } = r;
  const t = ctx.tokens[r.k];
  noteDocument(r);
  const transmit = !!r.entry?.transmit;
  if ((transmit || r.entry?.relays) && t.kind === 'word') {
    // «نقلت الوكالة عن مصدر», «ذكرت الصحيفة عن مسؤول أن»: the source after عن speaks, the subject
    // relays (after ذكر/أفاد only a name or a speaker word: «أفادت عن مقتل …» names no source).
    const next = r.k + 1;
    // (Once only: «عن مصدر طلب عدم الكشف عن اسمه» names no second source.)
    const toSource = !r.relay && (t.norm === 'عن' || (transmit && t.norm === 'الي'));
    if (toSource && next < r.limit && (transmit || mayStartSpeaker(ctx, next))) {
      relayFrom(r);
      r.phase = 'speaker';
      r.spFirst = next;
      r.k = next;
      return;
    }
    // «نقلت الصحيفة عنه قوله إن»: the source is the one the pronoun stands for.
    const pronoun = SOURCE_PRONOUNS[t.norm];
    const saying = ctx.tokens[next];
    if (pronoun && (transmit || is(saying, W.SAYING_NOUN))) {
      relayFrom(r);
      r.spFirst = -1;
      r.pronounSource = pronoun;
    }
  }
  // Adjuncts after the speaker («، الخميس،», «في بيان») are not the verb's object.
  const n = adjunctLength(ctx, r.k, r.limit);
  if (n > 0) {
    r.k += n;
    return;
  }
  if (t.kind === 'word') r.objectWords++;
  r.k++;
}

/** Whether the tokens [a, b) hold a word or a number, not punctuation alone. */
function namesAnything(tokens: readonly Token[], [a, b]: [number, number]): boolean {
  for (let k = a; k < b; k++) if (tokens[k].kind !== 'punct') return true;
  return false;
}

/** The speaker read so far only passes the words on: it becomes the relay. */
function relayFrom(r: Reading): void {
  if (r.spFirst >= 0 && r.spLast > r.spFirst) r.relay = [r.spFirst, Math.min(r.spLast, r.spFirst + MAX_SPEAKER)];
}

/** Without a trigger, an estimate's or a participle's object may be its content. */
function objectAsContent(r: Reading, result: Attribution): Attribution {
  const { ctx, i, hit } = r;
  if (r.entry?.complement === 'estimate' && result.speaker) return estimateObject(ctx, result, r.limit);
  // «، متوقعة استمرار الهطول»: a participle of estimate takes its object right away.
  const obj = ctx.tokens[i + 1];
  if (hit.kind === 'participle' && hit.complement === 'estimate' && obj && obj.kind === 'word' && i + 1 < r.limit && !is(obj, W.COMPLEMENTIZER)) {
    return { speaker: null, trigger: { type: 'phrase', tok: i + 1, start: obj.start }, cueEnd: r.cueEnd };
  }
  return result;
}

/** Words of quantity that take «من» and a plural: «العديد من المسؤولين», «عدد من النواب». */
const PARTITIVES = new Set(['العديد', 'عدد', 'مجموعه', 'كثير', 'الكثير', 'اكثر', 'معظم', 'غالبيه', 'اغلب', 'بعض', 'جميع']);

/**
 * «دعا الحداد المواطنين للتعاون», «دعا البابا المسيحيين والمسلمين إلى …»: the addressee after the
 * speaker is not part of the name. It starts at a listed addressee or a definite human plural.
 */
function trimAddressee(ctx: QuoteContext, [a, b]: [number, number]): [number, number] {
  for (let k = a + 1; k < b; k++) {
    const t = ctx.tokens[k];
    if (t.kind !== 'word') continue;
    // («طالب بعض المستخدمين الوزير بـ…»: the plural after «بعض», «أحد» is its genitive; after «العديد
    // من», «عدد من» its partitive.)
    const quantified = (k === a + 1 && headClass(ctx.tokens[a].norm, t.norm).anonymous) || (k === a + 2 && ctx.tokens[a + 1].norm === 'من' && PARTITIVES.has(withoutConj(ctx.tokens[a].norm)));
    const plural = hasArticle(t.norm) && t.norm.length >= 7 && (t.norm.endsWith('ين') || t.norm.endsWith('ون')) && !quantified;
    if ((isWord(t.norm, W.ADDRESSEE) && !quantified) || plural) return [a, k];
    // «دعا الرئيس الأمريكي إيران إلى …»: a named place or body after a phrase closed by a definite
    // word is the object («وزير خارجية قطر» keeps its genitive).
    const prev = ctx.tokens[k - 1];
    // («الأمين العام للأمم المتحدة»: a body after ل+ال is the title's genitive, not the object.)
    if (prev.kind === 'word' && hasArticle(prev.norm) && !hasArticle(t.norm) && !t.norm.startsWith('لل')) {
      const m = mentionsIn(ctx, t.start, t.end)[0];
      if (m && m.start === t.start && m.type !== 'person') return [a, k];
    }
  }
  return [a, b];
}

/**
 * Whether an addressee word right after a feminine singular verb agrees with it as its subject:
 * a feminine noun («الحكومة») or a sound feminine plural («السلطات»), not «الشعب», «المواطنين»
 * or a broken plural («الدول»), which the verb's own subject (she) may address.
 */
function agreesAsSubject(norm: string, hit: CueHit): boolean {
  if (hit.kind !== 'verb' || hit.gender !== 'f' || hit.plural) return false;
  return norm.endsWith('ه') || norm.endsWith('ات');
}

/**
 * «السلطات المحلية», «الدول الأربع»: an addressee word with a definite modifier after it is a
 * subject. The object plural (المواطنين) and «الجميع» never are.
 */
function modified(ctx: QuoteContext, [a, b]: [number, number]): boolean {
  const head = ctx.tokens[a].norm;
  if (head === 'الجميع' || head.endsWith('ين')) return false;
  const next = ctx.tokens[a + 1];
  return a + 1 < b && next.kind === 'word' && hasArticle(next.norm) && !isWord(next.norm, W.ADDRESSEE);
}

/**
 * «يقدر المحللون زيادة العرض …», «توقعت الأرصاد هطول أمطار»: an estimate whose content is a plain
 * noun phrase. The speaker is the head and its definite modifiers; the object starts at the next word.
 */
function estimateObject(ctx: QuoteContext, att: Attribution, limit: number): Attribution {
  const { tokens } = ctx;
  const [a] = att.speaker!;
  // «وقُدّر عدد المشاركين بنحو ألف»: without a known speaker word this is the passive, not an estimate.
  const head = tokens[a];
  if (!isKnownHead(headClass(head.norm)) && mentionsIn(ctx, head.start, head.end).length === 0) return att;
  let b = a + 1;
  while (b < limit && b < a + 6) {
    const t = tokens[b];
    if (t.kind !== 'word') break;
    const inName = mentionsIn(ctx, t.start, t.end).length > 0;
    if (!(hasArticle(t.norm) || inName)) break;
    b++;
  }
  let k = b;
  for (let guard = 0; guard < 3 && k < limit; guard++) {
    const t = tokens[k];
    if (is(t, W.TIME)) k++;
    else if (is(t, W.ADJUNCT_STARTER)) k += 2;
    else break;
  }
  const obj = tokens[k];
  if (k >= limit || !obj || obj.kind !== 'word' || ctx.cues[k] || is(obj, W.COMPLEMENTIZER)) return att;
  return { speaker: [a, b], trigger: { type: 'phrase', tok: k, start: obj.start }, cueEnd: att.cueEnd };
}

