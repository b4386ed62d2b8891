/**
 * Names found from the lexicons alone: gazetteer phrases, titles followed by a name, given names
 * with their following name parts, organization heads with their complements, and place heads
 * («قرية …»). Precise rather than complete: the trained tagger finds the rest, and these rules
 * back it up where the lexicons are sure.
 */
import type { Token } from '../text/tokenize.js';
import { normalizeWord } from '../text/normalize.js';
import { stripMarks } from '../text/charset.js';
import { ADMIN_LOC_HEADS, ROYAL_TITLES, RULE_PERSON_TITLES, FACILITY_HEADS, FACILITY_TAILS, GENERIC_ORG_HEADS, PLACED_ORG_HEADS, PLURAL_ORG_HEADS, RULE_ORG_HEADS, STRONG_LOC_HEADS, WEAK_ORG_HEADS } from '../lang/ar/triggers.js';
import type { NameLexicon } from './lexicon-index.js';
import { isNationality, isNisba, nameLexicon, stemIn } from './lexicon-index.js';
import type { Mention } from './mention.js';
import { makeMention } from './mention.js';
import { nameListBits, newsFrequency, ownWord } from './tagger/word-facts.js';
import { ListBit } from './tagger/tables.js';
import { isVerb } from './clause-words.js';
import { foreignSurname } from './extend.js';

const MAX_NAME_TOKENS = 5;
/** Organization names run longer: «الإدارة العامة للخدمات الطبية للقوات المسلحة». */
const MAX_ORG_TOKENS = 8;

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** A token that may continue a person's name after its first part. */
function nameContinues(lex: NameLexicon, tokens: readonly Token[], j: number, prev: string): boolean {
  const t = tokens[j];
  if (!isWord(t)) return false;
  const w = t.norm;
  if (lex.notName.has(w) || lex.titles.has(w) || lex.postRoles.has(w) || lex.orgHeads.has(w) || lex.locHeads.has(w)) return false;
  if (lex.particles.has(prev)) return true; // «عبد» / «بن» always take the next word
  if (lex.particles.has(w) || lex.givenNames.has(w)) return true;
  // Family names with the article are usually nisba forms: الحريري، القحطاني، الأسدي.
  if (w.startsWith('ال') && w.length >= 5 && w.endsWith('ي')) return true;
  return false;
}

/** A word that may be part of a name whose end a role word marks: not a function word, title or head. */
function plainWord(lex: NameLexicon, t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  const w = t.norm;
  // «علي» (the name) and «على» (the preposition) share a normalized form; the letter tells.
  if (lex.givenNames.has(w) && !t.text.endsWith('ى')) return true;
  return !(lex.notName.has(w) || lex.titles.has(w) || lex.postRoles.has(w) || lex.orgHeads.has(w) || lex.locHeads.has(w) || lex.directions.has(w));
}

/** End (exclusive) of a person's name starting at `i`. */
function personEnd(lex: NameLexicon, tokens: readonly Token[], i: number, limit: number): number {
  let j = i + 1;
  let prev = tokens[i].norm;
  while (j < limit && j - i < MAX_NAME_TOKENS && nameContinues(lex, tokens, j, prev)) {
    prev = tokens[j].norm;
    j++;
  }
  // A trailing particle («أبو» at the end) is not a name part.
  while (j - 1 > i && lex.particles.has(tokens[j - 1].norm)) j--;
  // A name with its role in apposition: «حسن حاج علي القيادي في …», «سالم الكعبي رئيس …». Up to
  // two more plain words before the role word are the rest of the name.
  for (let k = j; k < Math.min(limit, j + 3, i + MAX_NAME_TOKENS + 1); k++) {
    const t = tokens[k];
    if (isWord(t) && stemIn(t.norm, lex.postRoles) && t.start - tokens[k - 1].end <= 1) return k;
    if (!plainWord(lex, t) || t.start - tokens[k - 1].end > 1 || /^[يت]/.test(t.norm) && !lex.givenNames.has(t.norm)) break;
  }
  return j;
}

/**
 * Proclitic prefix under which the token's stem is a given name, or null. `next` is the token
 * after it.
 */
function givenName(lex: NameLexicon, t: Token, next?: Token): { prefix: string; stem: string; ambiguous: boolean } | null {
  const hit = stemIn(t.norm, lex.givenNames);
  // «على» (the preposition) and «علي» (the name) meet in one normalized form; the letter tells —
  // but many writers spell the preposition «علي» too: before a definite noun that is no name
  // («علي الأسباني», «علي الأرض») it is the preposition.
  if (hit && hit.stem === 'علي') {
    if (t.text.endsWith('ى')) return null;
    const n = next?.kind === 'word' ? next.norm : '';
    if (n.startsWith('ال') && !lex.familyNames.has(n) && !lex.givenNames.has(n) && !lex.phrases.lookup([n]).some((e) => e.type === 'PER')) return null;
  }
  // «لدينا» (we have) is an everyday word far more common than ل + «دينا».
  if (hit && hit.prefix !== '' && ownWord(t.norm, hit.stem)) return null;
  if (hit) {
    const n = next?.kind === 'word' ? next.norm : '';
    // «المتحدث باسم الجيش», «المعروف باسم …»: in news «باسم» is «in the name of» nearly always
    // (ANT: under one time in a hundred a given name); it names someone only before a name part.
    if (hit.stem === 'باسم' && !lex.givenNames.has(n) && !lex.familyNames.has(n)) return null;
    // «الأمين العام» is a title, not the given name «الأمين».
    if (hit.stem.startsWith('ال') && n === 'العام') return null;
    return { prefix: hit.prefix, stem: hit.stem, ambiguous: lex.ambiguousGiven.has(hit.stem) };
  }
  const p = stemIn(t.norm, lex.particles);
  if (p && (p.stem === 'عبد' || p.stem === 'ابو')) return { prefix: p.prefix, stem: p.stem, ambiguous: false };
  // «أم خالد»: a kunya with a given name is a person; «أم» alone is a mother.
  if (p && p.stem === 'ام' && next?.kind === 'word' && lex.givenNames.has(next.norm)) return { prefix: p.prefix, stem: p.stem, ambiguous: false };
  return null;
}

/**
 * Organization complement: definite words, «لحقوق الإنسان»-style genitives, known places, and
 * definite words joined by و («مؤسسة الموانئ والجمارك والمنطقة الحرة»).
 */
function orgEnd(lex: NameLexicon, tokens: readonly Token[], i: number, limit: number, head?: string): number {
  let j = NAMED_AFTER.has(stemIn(tokens[i].norm, NAMED_AFTER)?.stem ?? '') ? royalName(lex, tokens, i + 1, limit) : i + 1;
  if (head !== undefined && j === i + 1) j = genitiveChain(lex, tokens, j, limit, WEAK_HEADS.has(head) || head === 'تنظيم');
  let inGenitive = false;
  while (j < limit && j - i < MAX_ORG_TOKENS) {
    const t = tokens[j];
    if (!isWord(t) || lex.notName.has(t.norm) || lex.titles.has(t.norm)) break;
    const joined = j > i + 1 && t.norm.startsWith('وال') && t.norm.length >= 6 && /^و?ال/.test(tokens[j - 1].norm) && t.start - tokens[j - 1].end <= 1;
    const definite = ((t.norm.startsWith('ال') || t.norm.startsWith('لل')) && t.norm.length >= 4) || joined;
    const genitive = (t.norm.startsWith('لل') || (t.norm.startsWith('ل') && !lex.notName.has(t.norm.slice(1)))) && isWord(tokens[j + 1]) && tokens[j + 1].norm.startsWith('ال');
    const place = lex.phrases.matchAt(tokens, j, limit);
    // (A person's name ends the organization's: «إدارة ماكرون | الإدارة الأمريكية».)
    if (place && !place.entry.ambiguous && place.prefix === '' && place.entry.type !== 'PER') {
      j += place.length;
      continue;
    }
    // The body of an administrative area, right after the head: «أمانة منطقة الرياض», «شرطة
    // منطقة القصيم», «بلدية مدينة نيويورك» (the area's word makes a place of an ambiguous name).
    // (Not the centre of one: «مركز مدينة البصرة».)
    const area = j === i + 1 && ADMIN_HEADS.has(t.norm) && !CENTRES.has(tokens[i].norm.replace(/^[وفبل]/, '')) ? lex.phrases.matchAt(tokens, j + 1, limit) : null;
    if (area && area.entry.type === 'LOC' && area.prefix === '') {
      j += 1 + area.length;
      continue;
    }
    if (!definite && !genitive) break;
    // After a genitive with ل the name goes on with adjectives («للخدمات الطبية», «للقوات
    // المسلحة»), not with a definite noun, which begins what follows it («… للجوازات | الخبر»).
    if (inGenitive && t.norm.startsWith('ال') && !joined && !isNisba(t.norm) && !t.norm.startsWith('الم')) break;
    if (t.norm.startsWith('لل')) inGenitive = true;
    // «لحقوق الإنسان»: the ل-word's own genitive comes next, then adjectives only.
    else if (t.norm.startsWith('ل') && !t.norm.startsWith('ال')) {
      inGenitive = false;
      j++;
      if (j < limit && isWord(tokens[j]) && tokens[j].norm.startsWith('ال')) j++;
      inGenitive = true;
      continue;
    }
    j++;
  }
  return j;
}

/**
 * «مستشفى الملك سلمان», «جامعة الأمير سطام», «مطار الملك خالد»: a body or a facility named after a
 * king, prince or sheikh takes the royal title and the name (ANT: ~300 after مركز/جامعة/مطار/
 * مستشفى…). Returns where the name ends (`j` when there is none).
 */
function royalName(lex: NameLexicon, tokens: readonly Token[], j: number, limit: number): number {
  const t = tokens[j];
  if (j + 1 >= limit || !isWord(t) || !ROYAL.has(t.norm) || !isWord(tokens[j + 1])) return j;
  const g = givenName(lex, tokens[j + 1], tokens[j + 2]);
  if (!g || g.prefix !== '') return j;
  return personEnd(lex, tokens, j + 1, limit);
}
const ROYAL: ReadonlySet<string> = new Set(ROYAL_TITLES.map(normalizeWord));
const RULE_TITLES: ReadonlySet<string> = new Set(RULE_PERSON_TITLES.map(normalizeWord));
/** Bodies named after a person («مستشفى الملك خالد»); not an office («إدارة الأمير فهد»: his administration). */
const NAMED_AFTER: ReadonlySet<string> = new Set(['مستشفى', 'جامعة', 'مركز', 'كلية', 'مجمع', 'مؤسسة', 'معهد', 'مدرسة', 'مكتبة', 'متحف', 'صندوق', 'برنامج', 'مبادرة'].map(normalizeWord));

/**
 * After an indefinite head, a chain of up to three indefinite nouns that a definite noun or a
 * listed place completes: «مكتب تحقيقات حوادث الطيران», «هيئة كهرباء ومياه دبي», «هيئة كبار
 * العلماء». Returns where the complement goes on (`j` when there is no such chain). Present verbs
 * («لجنة تضم …», «مركز يقدم …») and function words end it.
 */
function genitiveChain(lex: NameLexicon, tokens: readonly Token[], j: number, limit: number, weakHead: boolean): number {
  let k = j;
  while (k < limit && k - j < 3) {
    const t = tokens[k];
    if (!isWord(t) || t.start - tokens[k - 1].end > 1 || !/^[\u0621-\u064a]{3,}$/.test(t.norm)) return j;
    // «جماعة ودعوا», «بعثة أوروبية ستزور»: a conjunction right after the head, a future verb and an
    // indefinite adjective («لجنة دولية») are no part of a genitive chain.
    if (t.norm.startsWith('وال') || (k === j && t.norm.startsWith('و')) || /^س[يتن]/.test(t.norm) || indefiniteAdjective(t.norm)) return j;
    const w = k > j && t.norm.startsWith('و') ? t.norm.slice(1) : t.norm;
    const known = lex.phrases.matchAt(tokens, k, limit);
    if (w.startsWith('ال') || w.startsWith('ل') || known?.entry.type === 'LOC') break;
    // A preposition opens a phrase of its own: «دائرة بلدية | بمختلف جهات البلاد».
    if (/^[بك]/.test(w) && newsFrequency(w.slice(1)) > newsFrequency(w)) return j;
    if (lex.notName.has(w) || lex.titles.has(w) || lex.titlePhrases.matchAt(tokens, k, limit) || lex.locHeads.has(w) || lex.postRoles.has(w) || lex.orgHeads.has(w) || lex.directions.has(w) || isNationality(lex, w) || /^[يتن]/.test(w) && w.length < 5 || w.startsWith('ي')) return j;
    k++;
  }
  if (k === j || k >= limit) return j;
  const t = tokens[k];
  const place = lex.phrases.matchAt(tokens, k, limit);
  const listed = place && place.prefix === '' && place.entry.type === 'LOC';
  // A nationality after a foreign name describes it («صحيفة تايمز البريطانية»); it does not
  // complete a genitive.
  if (!isWord(t) || !(listed || (t.norm.startsWith('ال') && t.norm.length >= 4 && !lex.notName.has(t.norm) && !(isNationality(lex, t.norm) && !WORLD.has(t.norm))))) return j;
  // A head that is an everyday noun too («حركة», «شبكة», «تنظيم» the act of organizing) names only
  // with a rare word, a listed place or a nationality in its complement: «حركة أبناء الشعب
  // اليمني» no, «شبكة مياه الشرب» no, «هيئة كهرباء ومياه دبي» yes.
  if (!weakHead) return k;
  const after = tokens[k + 1];
  const named = listed || isNationality(lex, t.norm) || (isWord(after) && isNationality(lex, after.norm));
  for (let x = j; x <= k && !named; x++) if (newsFrequency(tokens[x].norm) < 6) return k;
  return named ? k : j;
}

/**
 * «أوروبية», «دولية», «حكومية»: an indefinite relation adjective; not the masdars that end alike
 * («حماية», «تنمية», «توعية»).
 */
function indefiniteAdjective(w: string): boolean {
  return isNisba(w) && !/^(ال|لل|ل)/.test(w) && !/اي?ه?$/.test(w.slice(0, -1)) && !(/^ت/.test(w) && w.length === 5 && w.endsWith('يه'));
}

/** Relation adjectives of the world, not of a country: «شركة جميرا العالمية», «وكالة … الدولية». */
const WORLD: ReadonlySet<string> = new Set(['العالمي', 'العالميه', 'الدولي', 'الدوليه']);

const COMMAND_HEADS: ReadonlySet<string> = new Set(['قياده', 'رياسه']);

/**
 * An office's head (lang/ar/triggers.ts) and its definite complement, then the place the body
 * serves, with «ب»: «إدارة التعليم | بمحافظة جدة», «إدارة الصحة | بالمدينة», «مركز التأهيل
 * الشامل | بجازان». The place makes the body a particular one; it is not part of the name (the
 * annotated news mostly writes «إدارة الصحة», «مكتب تحقيقات الطيران» without it).
 */
function placedIn(lex: NameLexicon, tokens: readonly Token[], head: string, i: number, end: number, to: number): boolean {
  if (!PLACED_HEADS.has(head) || end <= i + 1 || end >= to || !tokens[i + 1].norm.startsWith('ال')) return false;
  const t = tokens[end];
  if (!isWord(t) || !t.norm.startsWith('ب') || t.start - tokens[end - 1].end > 1) return false;
  const place = lex.phrases.matchAt(tokens, end, to);
  if (place && place.prefix === 'ب' && place.entry.type === 'LOC') return true;
  const area = t.norm.slice(1);
  if (ADMIN_HEADS.has(area)) return lex.phrases.matchAt(tokens, end + 1, to)?.entry.type === 'LOC';
  return area.startsWith('ال') && ADMIN_HEADS.has(area.slice(2));
}

/**
 * A committee named by its field and an adjective: «لجنة العلاقات الخارجية», «لجنة السياسة
 * النقدية», «لجنة الحج العليا» (in a sample of 400 ANT sentences with «لجنة ال… ال…», 235 read no
 * name there, most of them such committees). Not a jury («لجنة التحكيم»), nor where the adjective
 * only places it («التابعة», «الخاصة») or is no adjective (a time word, a relative).
 */
function committee(lex: NameLexicon, tokens: readonly Token[], head: string, i: number, to: number): boolean {
  if (head !== 'لجنه' || i + 2 >= to) return false;
  const [u, v] = [tokens[i + 1], tokens[i + 2]];
  if (!isWord(u) || !isWord(v) || !u.norm.startsWith('ال') || !v.norm.startsWith('ال') || v.start - u.end > 1 || u.start - tokens[i].end > 1) return false;
  // «للجنة المحلية المنظمة»: an adjective after it makes «اللجنة» definite, a committee described.
  if (u.norm.length < 5 || v.norm.length < 5 || u.norm.endsWith('يه') || NOT_COMMITTEE.has(u.norm) || NOT_COMMITTEE.has(v.norm) || lex.notName.has(v.norm)) return false;
  return /(يه|ه|ي|يين)$/.test(v.norm) && !isNationality(lex, u.norm) && !isVerb(v.norm, lex);
}

const NOT_COMMITTEE: ReadonlySet<string> = new Set(
  ['التحكيم', 'التابعه', 'الخاصه', 'المكلفه', 'المعنيه', 'الماضي', 'الماضيه', 'الحاليه', 'الحالي', 'الجديده', 'الاولي', 'الثانيه', 'الثالثه', 'السابقه', 'المقبله', 'التاليه', 'المذكوره', 'نفسها', 'ذاتها'],
);

/** «مركز مدينة …» is the centre of a town, not a body of it. */
const CENTRES: ReadonlySet<string> = new Set(['مركز', 'المركز', 'وسط']);
/** Generic heads that take no genitive chain (an office, a team of something). */
const NO_CHAIN: ReadonlySet<string> = new Set(['اداره', 'منتخب', 'فريق', 'مجموعه', 'حكومه', 'جيش', 'قوات', 'سوق']);
const CONTINENTS: ReadonlySet<string> = new Set(['افريقيا', 'اسيا', 'اوروبا', 'امريكا', 'اميركا', 'استراليا', 'اوربا']);
const DIRECTION_NAMES: ReadonlySet<string> = new Set(['جنوب السودان', 'جنوب سيناء', 'شمال سيناء', 'جنوب افريقيا', 'جنوب اسيا']);

const normSet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(normalizeWord));
const GENERIC_HEADS = normSet(GENERIC_ORG_HEADS);
const PLURAL_HEADS = normSet(PLURAL_ORG_HEADS);
const WEAK_HEADS = normSet(WEAK_ORG_HEADS);
const PLACED_HEADS = normSet(PLACED_ORG_HEADS);
const LOC_HEADS = normSet(STRONG_LOC_HEADS);
const RULE_HEADS = normSet(RULE_ORG_HEADS);
const ADMIN_HEADS = normSet(ADMIN_LOC_HEADS);

/** What a rule read at a token: the mention it found (if any) and where reading goes on. */
interface Reading {
  mention?: Mention;
  next: number;
}

/** A rule tries to read a name at token `i` of a sentence ending at `to`; null when it does not apply. */
type Rule = (lex: NameLexicon, tokens: readonly Token[], i: number, to: number) => Reading | null;

/** A listed name («الأمم المتحدة», «بوتين»), unless it is also an everyday word. */
const listedName: Rule = (lex, tokens, i, to) => {
  const phrase = lex.phrases.matchAt(tokens, i, to);
  if (!phrase || phrase.entry.ambiguous) return null;
  let end = i + phrase.length;
  // «دول الخليج» listed, «الخليج العربي» too: in «دول الخليج العربي» the head is read past and the
  // longer name after it wins.
  if (phrase.length >= 2 && ADMIN_HEADS.has(phrase.entry.words[0])) {
    const inner = lex.phrases.matchAt(tokens, i + 1, to);
    if (inner && !inner.entry.ambiguous && i + 1 + inner.length > end) return { next: i + 1 };
  }
  // «شمال سوريا» listed: the part of a country is named by the country («جنوب إدلب» → إدلب, as
  // the annotation guideline says); a continent's part («شمال أفريقيا») and the countries and
  // provinces named so («جنوب السودان», «جنوب سيناء») keep the compass word.
  if (phrase.length >= 2 && phrase.entry.type === 'LOC' && lex.directions.has(phrase.entry.words[0]) && !DIRECTION_NAMES.has(phrase.entry.words.join(' '))) {
    const inner = lex.phrases.matchAt(tokens, i + 1, to);
    if (inner && inner.entry.type === 'LOC' && !inner.entry.ambiguous && inner.prefix === '' && i + 1 + inner.length === end && !CONTINENTS.has(inner.entry.words[0])) return { next: i + 1 };
  }
  // A listed «حزب التجمع» inside «حزب التجمع الوطني»: a name led by a head word takes the
  // adjectives that follow it.
  // A nationality is not part of a name that is complete without it («حزب الله اللبناني»).
  if (phrase.entry.type === 'ORG' && lex.orgHeads.has(phrase.stem)) {
    while (end < to && isWord(tokens[end]) && tokens[end].norm.startsWith('ال') && isNisba(tokens[end].norm) && !isNationality(lex, tokens[end].norm) && tokens[end].start - tokens[end - 1].end <= 1) end++;
  }
  return { mention: makeMention(tokens, i, end, phrase.entry.type, phrase.prefix, 'lexicon', phrase.stem), next: end };
};

/**
 * A title, then up to three describing words, then a given name: «الرئيس السوري بشار الأسد». A
 * title with no name after it is read past.
 */
const titledPerson: Rule = (lex, tokens, i, to) => {
  const titlePhrase = lex.titlePhrases.matchAt(tokens, i, to);
  const titleWord = titlePhrase ? null : (stemIn(tokens[i].norm, lex.titles) ?? stemIn(tokens[i].norm, RULE_TITLES));
  const title = titlePhrase ? titlePhrase.length : titleWord ? 1 : 0;
  if (!title) return null;
  let found = -1;
  // Right after a title «علي» spelt with «ي» is the name whatever follows («الشاعر علي سباع»,
  // «الحارس علي الحبسي»): ANT writes 138 such, the preposition only after a feminine word
  // («المحافظة علي» keeping, never a man's title) — a man's name takes no feminine title — and
  // before a nationality, which comes before the name, not after it («تغلب اللاعب علي الإسباني»).
  const feminine = (titlePhrase ? tokens[i + title - 1].norm : (titleWord?.stem ?? '')).endsWith('ه');
  for (let j = i + title; j < Math.min(to, i + title + 4); j++) {
    const u = tokens[j];
    const v = tokens[j + 1];
    const ali = j === i + title && !feminine && isWord(u) && u.norm === 'علي' && !stripMarks(u.text).endsWith('ى') && !(isWord(v) && isNationality(lex, v.norm) && !lex.familyNames.has(v.norm));
    if (!isWord(u) || (lex.notName.has(u.norm) && !ali)) break;
    const g = givenName(lex, u, tokens[j + 1]);
    if ((g && g.prefix === '') || ali || lex.phrases.matchAt(tokens, j, to)?.entry.type === 'PER') {
      found = j;
      break;
    }
  }
  if (found < 0) return { next: i + title };
  const known = lex.phrases.matchAt(tokens, found, to);
  // (A listed «علي» alone does not end «علي عبدالله صالح».)
  let end = known && known.entry.type === 'PER' && (known.length > 1 || tokens[found].norm !== 'علي') ? found + known.length : personEnd(lex, tokens, found, to);
  // After an indefinite title, a lone given name that is also an adjective describes: «رجل تقي».
  const indefinite = titleWord !== null && !titleWord.stem.startsWith('ال');
  if (indefinite && end === found + 1 && found === i + 1 && lex.ambiguousGiven.has(tokens[found].norm)) return { next: found };
  // After a title, a definite word right after a lone given name is the family name
  // («المخرج عامر الحمود»), unless it reads as a feminine or plural noun or is listed.
  const u = tokens[end];
  if (end === found + 1 && end < to && plainWord(lex, u) && u.norm.startsWith('ال') && u.norm.length >= 5 && !/(ه|ات|ون|ين)$/.test(u.norm) && !lex.phrases.matchAt(tokens, end, to) && u.start - tokens[end - 1].end <= 1) end++;
  // So is a word the news almost never writes: «الطبيب علي | قمحاوي», «الشاعر علي | سباع».
  else if (end === found + 1 && end < to && isWord(u) && u.start - tokens[end - 1].end <= 1 && !lex.ambiguousGiven.has(u.norm) && foreignSurname(u, lex)) end++;
  return { mention: makeMention(tokens, found, end, 'PER', '', 'rule'), next: end };
};

/** A given name with at least one more name part after it: «حسن حاج علي». */
const namedPerson: Rule = (lex, tokens, i, to) => {
  const g = givenName(lex, tokens[i], tokens[i + 1]);
  if (!g) return null;
  const end = personEnd(lex, tokens, i, to);
  if (end - i < 2) return null;
  return { mention: makeMention(tokens, i, end, 'PER', g.prefix, 'rule', g.stem), next: end };
};

/** An organization head with its complement: «الهيئة العامة للإحصاء», «الجيش التركي». */
const headedOrganization: Rule = (lex, tokens, i, to) => {
  const head = stemIn(tokens[i].norm, lex.orgHeads) ?? stemIn(tokens[i].norm, GENERIC_HEADS) ?? stemIn(tokens[i].norm, RULE_HEADS);
  if (!head || PLURAL_HEADS.has(head.stem)) return null;
  // «قوات الجيش السوري»: the name starts at the inner head.
  if (GENERIC_HEADS.has(head.stem) && i + 1 < to && GENERIC_HEADS.has(tokens[i + 1].norm)) return null;
  const u = tokens[i + 1];
  // An indefinite head with a ل-phrase describes: «مؤتمر للمستثمرين», «محكمة لخدمة الإسلام».
  if (!head.stem.startsWith('ال') && isWord(u) && (u.norm.startsWith('لل') || (u.norm.startsWith('ل') && isWord(tokens[i + 2]) && tokens[i + 2].norm.startsWith('ال')))) return null;
  // «وزير الخارجية البريطاني»: a masculine adjective after a feminine field agrees with the
  // minister before it; it is a title, not the ministry.
  if (head.stem.startsWith('ال') && head.stem.endsWith('ه') && isWord(u) && u.norm.endsWith('ي') && isNationality(lex, u.norm)) return null;
  // «قيادة الناتو», «بقيادة الولايات المتحدة»: the command of a named body, or «led by» it; the
  // named body is the name.
  if (COMMAND_HEADS.has(head.stem) && isWord(u) && lex.phrases.matchAt(tokens, i + 1, to)?.prefix === '') return null;
  // (An indefinite generic head takes a genitive chain that a nationality or a place completes,
  // the trim below keeps: «مكتب تحقيقات حوادث الطيران البريطاني»; not an office or a team of
  // something: «إدارة ملف …», «منتخب بلاده …».)
  const chained = !head.stem.startsWith('ال') && !(GENERIC_HEADS.has(head.stem) && NO_CHAIN.has(head.stem));
  let end = orgEnd(lex, tokens, i, to, chained ? head.stem : undefined);
  // A definite head is a name when a ل-genitive completes it («الهيئة العامة للإحصاء»), not
  // when only adjectives follow («الإدارة الفنية»)…
  if (head.stem.startsWith('ال') && !GENERIC_HEADS.has(head.stem)) {
    // …and something stands between them: «التنظيم للخروج» is a verbal phrase.
    let g = i + 2;
    while (g < end && !tokens[g].norm.startsWith('ل')) g++;
    if (g >= end) end = i + 1;
  }
  // Armies, forces, governments, ministries named by their field are names with a nationality or a
  // place: «الجيش التركي», «الحكومة اليمنية», «الخارجية التركية», «جيش إدلب الحر»; not with any
  // definite noun («قوات النظام») or adjective («المركز الثاني», «الإدارة الفنية»).
  let withPlace = NAMED_AFTER.has(head.stem) && royalName(lex, tokens, i + 1, to) > i + 1;
  for (let k = i + 1; k < end && !withPlace; k++) withPlace = lex.phrases.matchAt(tokens, k, end)?.entry.type === 'LOC';
  // An adjective with a ل-genitive after it completes one too: «الإدارة الجهوية للصحة».
  // So does «العامة»: «الإدارة العامة للخدمات الطبية».
  const genitive = end > i + 2 && (isNisba(tokens[i + 1].norm) || tokens[i + 1].norm === 'العامه') && tokens[i + 2].norm.startsWith('لل');
  const placed = placedIn(lex, tokens, head.stem, i, end, to);
  if (GENERIC_HEADS.has(head.stem) && !withPlace && !genitive && !placed && committee(lex, tokens, head.stem, i, to)) end = isWord(tokens[i + 3]) && tokens[i + 3].norm.startsWith('لل') ? Math.max(end, i + 3) : i + 3;
  else if (GENERIC_HEADS.has(head.stem) && !withPlace && !genitive && !placed) {
    while (end > i + 1 && !isNationality(lex, tokens[end - 1].norm)) end--;
  }
  if (end <= i + 1) return null;
  // A weak head with one common word describes («حركة المؤشر», «هيئة المحلفين», «شركة البرامج»,
  // «حركة المسلحين»), unless listed or placed. (With a nationality it names: «الرئاسة المصرية»,
  // «السلطة الفلسطينية».) Common is some 130 times in the ANT news («البرامج», «المسلحين»): a
  // sample of 1,500 ANT articles loses 15 such descriptions (and «التنمية» spread from one) for 2
  // names («رابطة المحترفين»).
  if (end === i + 2 && !placed && WEAK_HEADS.has(head.stem.replace(/^ال/, '')) && newsFrequency(tokens[i + 1].norm) >= 8 && !isNationality(lex, tokens[i + 1].norm)) {
    const w = tokens[i + 1].norm;
    if (!lex.phrases.hasFirst(w) && !(nameListBits(w) & (ListBit.OrgAlone | ListBit.OrgWord))) return null;
  }
  return { mention: makeMention(tokens, i, end, 'ORG', head.prefix, 'rule', head.stem), next: end };
};

/**
 * A present-tense verb's look after a place's head («مدينة | تقع», «وادي | يمتد»): a word opening
 * with ت or ي that is a known verb or no rare word; a rare one is a name («وادي تمناع», «بلدة
 * تفتناز», ANT frequency 0).
 */
function verbShaped(w: string, lex: NameLexicon): boolean {
  return /^[تي]/.test(w) && (isVerb(w, lex) || newsFrequency(w) >= 3);
}

/**
 * «محافظة البيضاء», «قرية الحصبة», «بلدة الهري»: after a strong place head a definite word is the
 * place's name where a list holds it as a place, even one too common to read alone («البيضاء» the
 * white, ANT: «محافظة البيضاء» 126 times, «الشرقية» 11), or, after a governorate, village or town,
 * where it is a rare word that is not a plural («قرية المشارفة», «بلدة الهري»; not «ولاية الرئيس»
 * a president's term, «ناحية الشكل» as to form). Returns the name's end, or 0.
 */
function definitePlace(lex: NameLexicon, tokens: readonly Token[], head: string, i: number, to: number): number {
  const u = tokens[i + 1];
  if (!isWord(u) || !u.norm.startsWith('ال') || u.start - tokens[i].end > 1 || lex.notName.has(u.norm) || lex.directions.has(u.norm) || lex.locHeads.has(u.norm)) return 0;
  const listed = lex.phrases.matchAt(tokens, i + 1, to);
  if (listed && listed.prefix === '') return listed.entry.type === 'LOC' ? i + 1 + listed.length : 0;
  if (!TOWN_HEADS.has(head) || u.norm.length < 5 || /(ات|ين|ون)$/.test(u.norm) || newsFrequency(u.norm) >= 7 || nameListBits(u.norm) & (ListBit.OrgAlone | ListBit.PersonFirst | ListBit.PersonOther)) return 0;
  return i + 2;
}
const TOWN_HEADS = normSet(['محافظة', 'قرية', 'بلدة']);

/** A strong place head and the name after it: «قرية كفرنبل», «مخيم اليرموك» is listed. */
const headedPlace: Rule = (lex, tokens, i, to) => {
  const head = stemIn(tokens[i].norm, LOC_HEADS);
  if (!head || i + 1 >= to) return null;
  const u = tokens[i + 1];
  const known = lex.phrases.matchAt(tokens, i + 1, to);
  const definite = definitePlace(lex, tokens, head.stem, i, to);
  if (definite) return { mention: makeMention(tokens, i + 1, definite, 'LOC', '', 'rule'), next: definite };
  // Present-tense verbs (ت…/ي…) follow heads too («مدينة تقع»); only listed places may start so.
  if (!isWord(u) || lex.notName.has(u.norm) || u.norm.startsWith('ال') || lex.locHeads.has(u.norm) || lex.directions.has(u.norm) || (!known && verbShaped(u.norm, lex))) return null;
  // Plural and adjective-looking words («مدينة كبيرة», «قرى») are descriptions, not names; so are
  // everyday words («مطار دولي», «مخيم صغير»): an unlisted place is a rare word in news.
  if (!known && (/(ه|ات|ين|ون)$/.test(u.norm) || newsFrequency(u.norm) >= 9)) return null;
  const end = known && known.entry.type === 'LOC' ? i + 1 + known.length : i + 2;
  return { mention: makeMention(tokens, i + 1, end, 'LOC', '', 'rule'), next: end };
};

/**
 * A facility or landform and its name, the head included: «مطار دبي الدولي», «شارع البرلمان»,
 * «جبل النهدين». The name is a listed place, or one or two words that are not everyday words.
 */
const facility: Rule = (lex, tokens, i, to) => {
  const head = stemIn(tokens[i].norm, FACILITIES);
  if (!head || i + 1 >= to || hamzaOfAnotherWord(tokens[i], head.prefix)) return null;
  // («قصر الملك لويس» is the king's palace, not one named after him.)
  let end = head.stem === 'قصر' ? i + 1 : royalName(lex, tokens, i + 1, to);
  const known = lex.phrases.matchAt(tokens, end, to);
  if (end > i + 1) {
    // (Named after a king: «مطار الملك خالد».)
  } else if (known && known.prefix === '' && !known.entry.ambiguous) end += known.length;
  else {
    while (end < to && end - i <= 2) {
      const u = tokens[end];
      if (!isWord(u) || lex.notName.has(u.norm) || lex.titles.has(u.norm) || lex.directions.has(u.norm) || lex.locHeads.has(u.norm) || isNationality(lex, u.norm) || verbShaped(u.norm, lex)) break;
      // An unlisted indefinite name is a rare word: «مطار كبير» describes, «معسكر العمد» and
      // «شارع البرلمان» name. (A person's name is common as a name: «مطار بلاك | بوش».)
      const personal = end > i + 1 && (lex.familyNames.has(u.norm) || lex.phrases.lookup([u.norm]).some((e) => e.type === 'PER'));
      if (!u.norm.startsWith('ال') && !personal && (newsFrequency(u.norm) >= 9 || /(ات|ين|ون)$/.test(u.norm))) break;
      // «قاعدة جماهيرية», «معبر حدودي», «ميناء إريتري»: an indefinite adjective the news also writes
      // with «ال» describes the facility; a name so ended is seldom written so («ملعب ويمبلي»).
      if (!u.norm.startsWith('ال') && !personal && /(ي|يه|ية)$/.test(u.norm) && (isNationality(lex, u.norm) || newsFrequency('ال' + u.norm) >= 5)) break;
      // «قاعدة للأقلام», «قاعدة المقرضين»: a ل-phrase or a definite plural of people describes.
      if ((u.norm.startsWith('ل') && !u.norm.startsWith('ال')) || (u.norm.startsWith('ال') && /(ين|ون)$/.test(u.norm) && !lex.phrases.matchAt(tokens, end, to))) break;
      // «ميناء المخا | بقارب», «وادي حيران | وعبس»: a ب + everyday word is how, where or with what
      // («بغداد», «باب» are names and words of their own); a word after «و» names something else.
      if (end > i + 1 && /^[بو]/.test(u.norm) && !lex.phrases.matchAt(tokens, end, to) && (u.norm.startsWith('و') || newsFrequency(u.norm.slice(1)) > newsFrequency(u.norm))) break;
      end++;
    }
  }
  if (end === i + 1) return null;
  while (end < to && FACILITY_TAIL.has(tokens[end].norm)) end++;
  return { mention: makeMention(tokens, i, end, 'LOC', head.prefix, 'rule', head.stem), next: end };
};
const FACILITIES = normSet(FACILITY_HEADS);
/** Whether a head spelled without hamza on its alif is written with one: «وأدى» (and it led to) is no «وادي». */
function hamzaOfAnotherWord(t: Token, prefix: string): boolean {
  const written = stripMarks(t.text).slice(prefix.length);
  return /[أإآ]/.test(written) && !FACILITY_SPELLINGS.has(written);
}
const FACILITY_SPELLINGS: ReadonlySet<string> = new Set(FACILITY_HEADS.filter((h) => /[أإآ]/.test(h)));
const FACILITY_TAIL = normSet(FACILITY_TAILS);

/**
 * «بريف حلب», «ريف دير الزور الشرقي»: the countryside of a listed place is that place (as «جنوب
 * إدلب» is «إدلب»: ner-news and quotes-train list «حلب», «حمص», «دير الزور» there, 7 times of 7);
 * «ريف دمشق», a province, is named whole.
 */
const countryside: Rule = (lex, tokens, i, to) => {
  const head = stemIn(tokens[i].norm, RIF);
  if (!head || i + 1 >= to) return null;
  const place = lex.phrases.matchAt(tokens, i + 1, to);
  if (!place || place.prefix !== '' || place.entry.type !== 'LOC' || place.entry.ambiguous) return null;
  const end = i + 1 + place.length;
  if (place.entry.words.join(' ') !== PROVINCE) return { mention: makeMention(tokens, i + 1, end, 'LOC', '', 'rule'), next: end };
  return { mention: makeMention(tokens, i, end, 'LOC', head.prefix, 'rule', head.stem), next: end };
};
const RIF: ReadonlySet<string> = new Set(['ريف']);
const PROVINCE = 'دمشق';

/**
 * «المملكة» alone, no country or adjective after it, is the country the article is about (the
 * annotation guideline lists it as a place; 11 of 12 dev tuning articles that write it alone list
 * it); «المملكة القابضة», «المملكة المتحدة» are other names.
 */
const kingdom: Rule = (lex, tokens, i, to) => {
  const k = stemIn(tokens[i].norm, KINGDOM);
  if (!k) return null;
  const u = tokens[i + 1];
  if (i + 1 < to && isWord(u) && u.start - tokens[i].end <= 1 && (/^(ال|لل)/.test(u.norm) || lex.phrases.matchAt(tokens, i + 1, to))) return null;
  return { mention: makeMention(tokens, i, i + 1, 'LOC', k.prefix, 'rule', k.stem), next: i + 1 };
};
const KINGDOM: ReadonlySet<string> = new Set(['المملكه']);

/** «العربية.نت», «مصراوي.نت»: a word with «.نت» written onto it is a news site. */
const site: Rule = (lex, tokens, i, to) => {
  const dot = tokens[i + 1];
  const net = tokens[i + 2];
  if (i + 2 >= to || !dot || !net || dot.text !== '.' || net.norm !== 'نت' || dot.start !== tokens[i].end || net.start !== dot.end) return null;
  // The site keeps its article: «للعربية.نت» is ل + «العربية.نت».
  const w = tokens[i].norm;
  if (w.startsWith('لل')) return { mention: makeMention(tokens, i, i + 3, 'ORG', 'ل', 'rule', 'ال' + w.slice(2)), next: i + 3 };
  const prefix = /^[وبلف]ال/.test(w) ? w[0] : '';
  return { mention: makeMention(tokens, i, i + 3, 'ORG', prefix, 'rule'), next: i + 3 };
};

/**
 * An airline named «الخطوط الجوية» and its nationality (ANT: «القطرية» 43, «السعودية» 25,
 * «البريطانية» 17, «الفرنسية» 13, «الكويتية» 5): the tagger reads some, not «الكويتية»,
 * «الملكية المغربية» and, in some sentences, «السعودية».
 */
const airline: Rule = (lex, tokens, i, to) => {
  const head = stemIn(tokens[i].norm, AIRLINE_HEAD);
  if (!head || i + 2 >= to || tokens[i + 1].norm !== AIRLINE_WORD) return null;
  let end = i + 2;
  while (end < to && end - i < 4 && isWord(tokens[end]) && (isNationality(lex, tokens[end].norm) || tokens[end].norm === ROYAL_ADJ)) end++;
  // (A continent's are airlines at large: «الخطوط الجوية الأوروبية».)
  if (end === i + 2 || !isNationality(lex, tokens[end - 1].norm) || REGIONAL.has(tokens[end - 1].norm)) return null;
  return { mention: makeMention(tokens, i, end, 'ORG', head.prefix, 'rule', head.stem), next: end };
};
const REGIONAL: ReadonlySet<string> = new Set(['الأوروبية', 'الأفريقية', 'الإفريقية', 'الآسيوية', 'الخليجية', 'العربية', 'الغربية', 'الدولية', 'العالمية', 'المحلية'].map(normalizeWord));
const AIRLINE_HEAD: ReadonlySet<string> = new Set([normalizeWord('الخطوط')]);
const AIRLINE_WORD = normalizeWord('الجوية');
const ROYAL_ADJ = normalizeWord('الملكية');

/**
 * «الجامعة العبرية», «الجامعة الأميركية», «للجامعة اليسوعية»: «الجامعة» named by a nationality or
 * relation adjective is that university (ANT: ~90 such phrases besides «الجامعة العربية», the
 * league, which is listed; ~45 were read, mostly spelled as the lexicon has them). Not a kind of
 * university («الجامعة الطبية», «الجامعة الحكومية»).
 */
const university: Rule = (lex, tokens, i, to) => {
  const head = stemIn(tokens[i].norm, UNIVERSITY);
  if (!head || i + 1 >= to) return null;
  let end = i + 1;
  while (end < to && end - i < 3 && isWord(tokens[end]) && tokens[end].start - tokens[end - 1].end <= 1 && tokens[end].norm.startsWith('ال') && tokens[end].norm.endsWith('يه') && isNisba(tokens[end].norm) && !UNIVERSITY_KINDS.has(tokens[end].norm)) end++;
  if (end === i + 1) return null;
  return { mention: makeMention(tokens, i, end, 'ORG', head.prefix, 'rule', head.stem), next: end };
};
const UNIVERSITY: ReadonlySet<string> = new Set([normalizeWord('الجامعة')]);
const UNIVERSITY_KINDS: ReadonlySet<string> = normSet([
  'الطبية', 'الشرعية', 'الوصية', 'الحكومية', 'الأهلية', 'الحالية', 'الرسمية', 'الدراسية', 'الأكاديمية', 'العلمية',
  'التعليمية', 'الجامعية', 'الصيفية', 'الرياضية', 'الطلابية', 'الإدارية', 'السنوية', 'الحقيقية', 'الإلكترونية',
  'الافتراضية', 'العالمية', 'الدولية', 'المحلية', 'الخارجية', 'الداخلية', 'الثانية', 'الأولى', 'المركزية', 'الوحيدة',
  'الخليجية', 'الإقليمية', 'المعنية', 'الفرعية', 'التقنية', 'المفتوحة', 'البحثية', 'المالية', 'الفنية',
]);

/** The rules in the order they are tried at each word; the first that applies reads there. */
const RULES: readonly Rule[] = [site, listedName, countryside, facility, titledPerson, namedPerson, headedOrganization, airline, university, kingdom, headedPlace];

export function ruleMentions(tokens: readonly Token[], from: number, to: number, lex: NameLexicon = nameLexicon()): Mention[] {
  const out: Mention[] = [];
  let i = from;
  while (i < to) {
    let next = i + 1;
    if (isWord(tokens[i])) {
      for (const rule of RULES) {
        const r = rule(lex, tokens, i, to);
        if (!r) continue;
        if (r.mention) out.push(r.mention);
        next = r.next;
        break;
      }
    }
    i = next;
  }
  return out;
}
