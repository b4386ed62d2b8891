/**
 * Name ends: read on where the tagger leaves a name short (an organization's ل-genitive, a
 * person's further name parts), cut back where it runs on into description («الحكومة المصرية
 * | الجديدة», «الجمعية الدولية لمكافحة الإيدز | والأستاذة») or into its clause («الهيئة | أكدت»,
 * clause-words.ts), and split where one span is two names («بلحسن | والعامري», «المحكمة العليا |
 * إياس الساموك», «رينو | وبيجو»).
 */
import type { Token } from '../text/tokenize.js';
import type { NameLexicon } from './lexicon-index.js';
import { isNationality, isNisba } from './lexicon-index.js';
import type { Mention } from './mention.js';
import { endMentionAt, makeMention } from './mention.js';
import { isAdverb, isDetachedClitic, isJoinedPronoun, isParticleToken, isVerb } from './clause-words.js';
import { normalizeWord } from '../text/normalize.js';
import { stripMarks } from '../text/charset.js';
import { NOT_NAME_ENDINGS, NOT_NAME_PARTS } from '../lang/ar/names.js';
import { ADMIN_LOC_HEADS, BOARD_OF, DAY_NAMES, ORG_NIGHT_WORDS, ORG_SENTENCE_WORDS, FACILITY_HEADS, RULE_PERSON_TITLES, ORG_CLAUSE_WORDS, ORG_TRAILING_WORDS, PLACE_TRAILING_WORDS, POST_NAME_GENITIVE_ROLES, POST_NAME_ROLES, POST_OBJECT_WORDS, PURPOSE_NOUNS } from '../lang/ar/triggers.js';
import { stemIn } from './lexicon-index.js';
import { nameListBits, newsFrequency } from './tagger/word-facts.js';
import { TEAM_EPITHETS, TEAM_HEADS, TEAM_SIDES, TEAM_FIELDS, TEAM_SPORT_HEADS, TEAM_TIME_ADJECTIVES } from '../lang/ar/sport.js';
import { ListBit } from './tagger/tables.js';

/**
 * Organization names often end in a genitive with ل + article the tagger leaves out
 * («الهيئة العامة | للإحصاء», «المجلس الأعلى | للشؤون الإسلامية»): take it in, with the
 * nationality adjectives after it.
 */
export function extendOrganizations(tokens: readonly Token[], mentions: Mention[], lex: NameLexicon, sentenceEnd: Int32Array): void {
  for (const m of mentions) {
    // One-word names («التنظيم») take no genitive: «التنظيم للخروج» is a verbal phrase.
    if (m.type !== 'ORG' || m.source === 'glued' || m.words.length < 2) continue;
    const limit = sentenceEnd[m.first];
    if (openConstruct(tokens, m, lex, limit)) {
      m.words.push(tokens[m.last].norm);
      m.last++;
      m.end = tokens[m.last - 1].end;
    }
    // A national Red Crescent or Red Cross society is named with its nationality: «الهلال الأحمر
    // الكردي», «الهلال الأحمر العربي السوري» (ANT: some 100 «الهلال الأحمر» + nationality).
    if (SOCIETIES.has(m.words.slice(-2).join(' '))) {
      let k = m.last;
      while (k < limit && k - m.last < 2 && tokens[k].kind === 'word' && isNationality(lex, tokens[k].norm)) k++;
      for (let q = m.last; q < k; q++) m.words.push(tokens[q].norm);
      if (k > m.last) {
        m.last = k;
        m.end = tokens[k - 1].end;
      }
    }
    let j = m.last;
    const t = tokens[j];
    // A listed name is complete: «مجلس الأمن | للاجتماع», «الأمم المتحدة | للشرق» (a longer
    // listed name, «الأمم المتحدة للطفولة», is read by the lexicon rule).
    if (listedOrganization(m, lex)) continue;
    if (!t || j >= limit || t.kind !== 'word' || !t.norm.startsWith('لل') || t.norm.length < 5 || lex.notName.has(t.norm) || lex.notName.has('ال' + t.norm.slice(2)) || TIME_WORDS.has('ال' + t.norm.slice(2))) continue;
    j++;
    while (j < limit && tokens[j].kind === 'word' && tokens[j].norm.startsWith('ال') && isNisba(tokens[j].norm)) j++;
    for (let k = m.last; k < j; k++) m.words.push(tokens[k].norm);
    m.last = j;
    m.end = tokens[j - 1].end;
  }
}

const SOCIETIES: ReadonlySet<string> = new Set(['الهلال الأحمر', 'الصليب الأحمر'].map((p) => p.split(' ').map(normalizeWord).join(' ')));

function listedOrganization(m: Mention, lex: NameLexicon): boolean {
  return lex.phrases.lookup(m.words).some((e) => e.type === 'ORG' && !e.ambiguous);
}

/**
 * A name cut after an indefinite noun that a definite noun completes: «شرطة مكافحة | الإرهاب»,
 * «وزارة شؤون | المرأة». After an organization head, an indefinite everyday noun (not a listed or
 * rare name) cannot end the name; an adjective («هواوي الصينية») or a time word does not complete it.
 */
function openConstruct(tokens: readonly Token[], m: Mention, lex: NameLexicon, limit: number): boolean {
  const last = tokens[m.last - 1];
  const next = tokens[m.last];
  if (m.last >= limit || !next || next.kind !== 'word' || last.kind !== 'word' || next.start - last.end > 1) return false;
  const w = last.norm;
  // Only after an Arabic head: a foreign name runs on into its description («مانشستر يونايتد | الهامة»).
  if (!lex.orgHeads.has(m.words[0]) || !/^[\u0621-\u064a]{3,}$/.test(w) || /^(و?ال|لل)/.test(w) || isNisba(w) || lex.phrases.lookup([w]).length || newsFrequency(w) < 7) return false;
  const n = next.norm;
  return n.startsWith('ال') && n.length >= 4 && !isNisba(n) && !lex.notName.has(n) && !lex.titles.has(n) && !lex.phrases.matchAt(tokens, m.last, limit);
}

/** «الاتحاد الأوروبي | للفترة المقبلة»: a time word after ل is no genitive of the name. */
const TIME_WORDS: ReadonlySet<string> = new Set(['الفتره', 'المره', 'الموسم', 'المرحله', 'السنه', 'الدوره', 'الولايه', 'الجوله', 'الاسبوع', 'الشهر', 'العام', 'اليوم']);

/**
 * Arabic names chain given names (name, father, grandfather): a person's mention takes in up to two
 * following words that are unambiguous given or family names («حسن حاج | علي»), where no other
 * mention (`taken`) stands.
 */
export function extendPersons(tokens: readonly Token[], mentions: Mention[], lex: NameLexicon, sentenceEnd: Int32Array, taken: Uint8Array): void {
  for (const m of mentions) {
    if (m.type !== 'PER' || m.source === 'glued') continue;
    let j = m.last;
    while (j < sentenceEnd[m.first] && j - m.last < 2 && !taken[j]) {
      const t = tokens[j];
      if (t.kind !== 'word' || t.start - tokens[j - 1].end > 1) break;
      // «علي» between two names is the preposition («فاز كافلنيكوف علي مويا»), also spelled with ى.
      const next = tokens[j + 1];
      const ali = t.norm === 'علي' && (t.text.endsWith('ى') || (next?.kind === 'word' && !lex.notName.has(next.norm) && !stemIn(next.norm, lex.postRoles)));
      const given = lex.givenNames.has(t.norm) && !lex.ambiguousGiven.has(t.norm) && !ali;
      if (!given && !lex.familyNames.has(t.norm) && !(j === m.first + 1 && firstName(m.words[0], lex) && foreignSurname(t, lex))) break;
      j++;
    }
    for (let k = m.last; k < j; k++) m.words.push(tokens[k].norm);
    if (j > m.last) {
      m.last = j;
      m.end = tokens[j - 1].end;
    }
  }
}

/**
 * A person the tagger opens one name part late, which a rule reads from its start but ends early
 * («الرقيب علي | عدنان قوقزة»: the rule «علي عدنان», the tagger «عدنان قوقزة»): the two readings
 * cross, and the person runs from the rule's start to the tagger's end.
 */
export function joinCrossingPersons(text: string, tokens: readonly Token[], tagged: Mention[], rules: readonly Mention[], lex: NameLexicon): void {
  const byFirst = new Map<number, Mention>();
  for (const m of tagged) if (m.type === 'PER' && m.source !== 'glued') byFirst.set(m.first, m);
  for (const r of rules) {
    // (Only given names left out, written with no clitic: not a title or a description read
    // with them, «الحاكم المحلي | سعيد …», nor the end of a hashtag, «#ردوا_علي».)
    if (r.type !== 'PER' || tokens[r.first].norm !== r.words[0] || text[tokens[r.first].start - 1] === '_') continue;
    for (let k = r.first + 1; k < r.last; k++) {
      const m = byFirst.get(k);
      if (!m || m.last <= r.last) continue;
      if (!r.words.slice(0, k - r.first).every((w) => (lex.givenNames.has(w) && !lex.ambiguousGiven.has(w)) || w === 'علي')) break;
      m.words.unshift(...r.words.slice(0, k - r.first));
      m.first = r.first;
      m.start = r.start;
      break;
    }
  }
}

/**
 * A given name alone then a word the news almost never writes («نيكلاس زوله», «رافاييل فاران»):
 * a foreign surname, not an everyday word (those are frequent), a described noun («ال…») or a verb
 * with its object («محمود يبعدها»).
 */
function firstName(w: string, lex: NameLexicon): boolean {
  const bits = nameListBits(w);
  return !lex.familyNames.has(w) && (lex.givenNames.has(w) || ((bits & ListBit.PersonFirst) !== 0 && (bits & ListBit.PersonLast) === 0));
}

export function foreignSurname(t: Token, lex: NameLexicon): boolean {
  const w = t.norm;
  if (!/^[\u0621-\u064a]{3,}$/.test(w) || /^(ال|لل|و|ب|ي)/.test(w) || /(ها|هم|هما)$/.test(w) || lex.notName.has(w) || lex.titles.has(w) || lex.phrases.hasFirst(w)) return false;
  // Unseen in news, or a surname of the name lists that news seldom writes otherwise («كالين»).
  const f = newsFrequency(w);
  return (f === 0 || ((nameListBits(w) & ListBit.PersonLast) !== 0 && f <= 7)) && !isVerb(w, lex);
}

const TRAILING = new Set(ORG_TRAILING_WORDS.map(normalizeWord));
const CLAUSE = new Set(ORG_CLAUSE_WORDS.map(normalizeWord));
const PURPOSE = new Set(PURPOSE_NOUNS.map(normalizeWord));

/**
 * ل + a verbal noun of purpose («لتوفير», «لتأمين»), or ل + a noun with its object pronoun
 * («لتقديمه», «لدعمها»: a name holds no pronoun), which opens what the body is for, not its name.
 */
function purposeClause(t: Token): boolean {
  const w = t.norm;
  if (t.kind !== 'word' || !w.startsWith('ل') || w.startsWith('لل') || w.length < 4) return false;
  if (PURPOSE.has(w.slice(1))) return true;
  const written = stripMarks(t.text);
  const bare = /^ل[\u0621-\u064a]{3,}(ه|ها|هم|هما)$/.test(written) ? w.slice(1).replace(/(ه|ها|هم|هما)$/, '') : '';
  return bare.length >= 3 && (PURPOSE.has(bare) || newsFrequency('ال' + bare) >= 5);
}

/**
 * Cuts describing words and a joined title or given name off the end of organization names: a
 * describing clause («الصحيفة | الموالية للحكومة»), a purpose clause («صندوق الطوارئ | لتوفير
 * المياه»), describing adjectives («الحكومة المصرية |
 * الجديدة»), and the adjectives after a foreign name that is complete without them («شركة هواوي |
 * الصينية», «نادي موناكو | الفرنسي»).
 */
export function trimOrganizations(tokens: readonly Token[], mentions: Mention[], lex: NameLexicon): void {
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.source === 'glued') continue;
    let j = m.last;
    j = Math.min(j, teamNameEnd(tokens, m, lex));
    for (let k = m.first + 1; k < j; k++) if (CLAUSE.has(tokens[k].norm) || sentenceGoesOn(tokens, m.first, k) || purposeClause(tokens[k]) || afterNamedNationality(tokens, m.first, k, lex) || objectAfterNationality(tokens, k, lex)) j = k;
    while (j - m.first > 1) {
      const t = tokens[j - 1];
      const joined = t.norm.startsWith('و') && (stemIn(t.norm, lex.titles)?.prefix === 'و' || (lex.givenNames.has(t.norm.slice(1)) && !t.norm.startsWith('وال')));
      const time = t.norm.startsWith('لل') && TIME_WORDS.has('ال' + t.norm.slice(2));
      if (TRAILING.has(t.norm) || joined || time || afterForeignName(tokens, m.first, j - 1, lex)) j--;
      else break;
    }
    if (j === m.last) continue;
    endMentionAt(tokens, m, j);
  }
}

const SENTENCE_WORDS: ReadonlySet<string> = new Set(ORG_SENTENCE_WORDS.map(normalizeWord));
const NIGHT: ReadonlySet<string> = new Set(ORG_NIGHT_WORDS.map(normalizeWord));
const DAYS: ReadonlySet<string> = new Set(DAY_NAMES.map(normalizeWord));

/**
 * The sentence goes on at `k` (ORG_SENTENCE_WORDS): «تنظيم داعش | المسؤولية», «الرئاسة الفرنسية |
 * ليل الاثنين» (a time of day only before a day: «نادي ليل» is Lille; «فجر ليبيا» a name).
 */
function sentenceGoesOn(tokens: readonly Token[], first: number, k: number): boolean {
  const w = tokens[k].norm;
  if (k < first + 2) return false;
  if (SENTENCE_WORDS.has(w)) return true;
  const next = tokens[k + 1];
  return NIGHT.has(w) && next !== undefined && next.kind === 'word' && DAYS.has(next.norm);
}

const TEAMS: ReadonlySet<string> = new Set(TEAM_HEADS.map(normalizeWord));
const SIDES: ReadonlySet<string> = new Set(TEAM_SIDES.map(normalizeWord));
const TEAM_TIME: ReadonlySet<string> = new Set(TEAM_TIME_ADJECTIVES.map(normalizeWord));
const EPITHETS: ReadonlySet<string> = new Set(TEAM_EPITHETS.map(normalizeWord));
const FIELDS: ReadonlySet<string> = new Set(TEAM_FIELDS.map(normalizeWord));
const SPORT_HEADS: ReadonlySet<string> = new Set(TEAM_SPORT_HEADS.map(normalizeWord));

/**
 * Where a team's name ends (lang/ar/sport.ts TEAM_HEADS): the head, the team's own name (a listed
 * name, one definite word, or foreign words, an everyday word with its genitive: «نادي اتحاد
 * العاصمة»), then adjectives, its sport («لكرة القدم») and its side («للسيدات»). What comes after
 * is the sentence: «منتخب مصر | للتأهل», «نادي رينجرز | المنافس», «منتخب كرواتيا | الكثير من
 * الفرص» (ANT, 3,000 articles: some 25 such). `m.last` when the mention is no team or ends there.
 */
function teamNameEnd(tokens: readonly Token[], m: Mention, lex: NameLexicon): number {
  const head = stemIn(tokens[m.first].norm, TEAMS);
  if (!head || m.last - m.first < 3 || listedOrganization(m, lex)) return m.last;
  let k = m.first + 1;
  if (!head.stem.startsWith('ال')) {
    const listed = lex.phrases.matchAt(tokens, k, m.last);
    if (listed && listed.prefix === '') k += listed.length;
    if (k === m.first + 1 && definite(tokens[k])) k++;
    else {
      // Foreign words, up to the first Arabic article or ل-phrase («نادي توتنهام هوتسبير»); an
      // everyday Arabic word alone takes its definite genitive («اتحاد العاصمة», «شباب الأهلي»), a
      // rare foreign one does not.
      const first = tokens[k].norm;
      while (k < m.last && tokens[k].kind === 'word' && !(definite(tokens[k]) || tokens[k].norm.startsWith('لل')) && !(k > m.first + 1 && purposeWord(tokens[k].norm))) k++;
      if (!listed && k === m.first + 2 && k < m.last && definite(tokens[k]) && newsFrequency(first) >= 8 && !lex.phrases.hasFirst(first)) k++;
    }
  }
  while (k < m.last) {
    const w = tokens[k].norm;
    if (tokens[k].kind !== 'word') break;
    if (w.startsWith('ال') && (isNisba(w) || EPITHETS.has(w)) && !TEAM_TIME.has(w)) k++;
    else if (SIDES.has(w)) k++;
    // A field, and one joined to it: «للسيارات والسياحة».
    else if (FIELDS.has(w)) k += k + 1 < m.last && tokens[k + 1].norm.startsWith('وال') ? 2 : 1;
    else if (SPORT_HEADS.has(w) && k + 1 < m.last) k += 2;
    // A foreign name after the kind: «النادي الصيني داليان ييفانغ» (not a definite word joined by
    // «و»: «نادي الأسير | والحركة الأسيرة»).
    else if (!definite(tokens[k]) && !/^(ل|وال)/.test(w) && newsFrequency(w) < 8 && !lex.notName.has(w)) k++;
    else break;
  }
  return k;
}

/** Written with the article: not a foreign name in «أل», «إل» («كريو أليكساندرا»). */
function definite(t: Token): boolean {
  return t.norm.startsWith('ال') && !/^[أإآ]/.test(stripMarks(t.text));
}

/** ل + a word news writes with the article: «لإخراج» (الإخراج), not a foreign «ليفربول». */
function purposeWord(w: string): boolean {
  return w.startsWith('ل') && newsFrequency('ال' + w.slice(1)) >= 4;
}

/**
 * A definite plural or a listed place right after the nationality that closes an organization's
 * name is what the sentence goes on with (the verb's object, a date), not a part of the name:
 * «وزارة الدفاع السعودية | المناورات», «الحكومة البريطانية | المعارضين», «وزارة العدل النيجيرية |
 * الاثنين», «وزارة الدفاع الأمريكية | الصين». (Names go on after a nationality with adjectives:
 * «القوات اليمنية المشتركة», «الجيش السوري الحر».)
 */
function objectAfterNationality(tokens: readonly Token[], k: number, lex: NameLexicon): boolean {
  const t = tokens[k];
  if (t.kind !== 'word' || !t.norm.startsWith('ال') || !isNationality(lex, tokens[k - 1].norm) || isNationality(lex, t.norm)) return false;
  return /(ات|ين|ون)$/.test(t.norm) || lex.phrases.lookup([t.norm]).some((e) => e.type === 'LOC' && !e.ambiguous);
}

/**
 * A ل-phrase at `k` after a head, a noun it governs and a nationality: «وزارة الخزانة الأميركية |
 * لمواصلة العمل», «وزارة الصحة العراقية | لتمويل …». The nationality closes such a name; what a
 * ل-phrase adds to a name follows its head and adjectives («الاتحاد السعودي لكرة القدم», «الجمعية
 * الخيرية السعودية لرعاية الأيتام»), not a governed noun.
 */
function afterNamedNationality(tokens: readonly Token[], first: number, k: number, lex: NameLexicon): boolean {
  const t = tokens[k];
  if (k - 2 <= first || t.kind !== 'word' || !t.norm.startsWith('ل') || t.norm.length < 4) return false;
  const noun = tokens[k - 2].norm;
  // («الاتحاد العام التونسي للشغل»: «العام» is the head's adjective.)
  return isNationality(lex, tokens[k - 1].norm) && noun.startsWith('ال') && !isNisba(noun) && !isNationality(lex, noun) && !GENERAL.has(noun);
}
const GENERAL: ReadonlySet<string> = new Set(['العام', 'العامة'].map(normalizeWord));

/**
 * A nationality adjective at `k` that follows an indefinite name word: «هواوي الصينية», «ريال مدريد
 * الإسباني», «بورتو البرتغالي». (After a definite word it may be the name:
 * «منظمة العفو الدولية», «الجيش السوري».)
 */
function afterForeignName(tokens: readonly Token[], first: number, k: number, lex: NameLexicon): boolean {
  if (!isNationality(lex, tokens[k].norm)) return false;
  let b = k - 1;
  while (b > first && isNationality(lex, tokens[b].norm)) b--;
  // A one-word foreign name counts too («بورتو البرتغالي»), not a head («هيئة الإسرائيلية»…).
  // Nor a place's kind: what follows it is the name, whatever its ending («قصر الإليزيه»).
  if (b === first && (lex.orgHeads.has(tokens[b].norm) || stemIn(tokens[b].norm, lex.orgHeads) || FACILITY_WORDS.has(tokens[b].norm))) return false;
  // (After a compass word the adjective is the place's: «حلف شمال الأطلسي».)
  return b >= first && tokens[b].kind !== 'punct' && !/^(ال|لل|و?ال)/.test(tokens[b].norm) && !lex.directions.has(tokens[b].norm);
}

const GENITIVE_ROLES = new Set(POST_NAME_GENITIVE_ROLES.map(normalizeWord));

/**
 * Cuts an indefinite role noun and what follows it off the end of a person's name when a word
 * names whose: «ليونيل ميسي | نجم» (برشلونة). Not «نجم الدين», a name.
 */
export function trimPersons(tokens: readonly Token[], mentions: Mention[], lex: NameLexicon): void {
  for (const m of mentions) {
    if (m.type !== 'PER' || m.source === 'glued' || m.last - m.first < 2) continue;
    const last = tokens[m.last - 1];
    const next = tokens[m.last];
    if (!GENITIVE_ROLES.has(last.norm) || !next || next.kind !== 'word' || next.start - last.end > 1 || next.norm === 'الدين') continue;
    // The role's genitive is definite («نجم المنتخب») or a listed name («نجم برشلونة»).
    // (Or an organization's kind: «نجم | فريق باير ليفركوزن».)
    if (!(next.norm.startsWith('ال') && next.norm.length >= 4) && !lex.phrases.matchAt(tokens, m.last, tokens.length) && !lex.orgHeads.has(next.norm) && !lex.titles.has(next.norm) && !lex.titles.has('ال' + next.norm)) continue;
    m.words.length--;
    m.last--;
    m.end = tokens[m.last - 1].end;
  }
}

/**
 * A post taken, not a surname: «منصب» and the accusative of an indefinite role noun («رئيسا»,
 * «نائبا»; not of one ending in «ة», whose accusative is written the same).
 */
const POST_OBJECTS = new Set([
  ...POST_OBJECT_WORDS,
  ...[...POST_NAME_ROLES, ...POST_NAME_GENITIVE_ROLES].filter((r) => !r.startsWith('ال') && !r.endsWith('ة')).map((r) => r + 'ا'),
].map(normalizeWord));

/**
 * The word as written ends the way no name does («هادئ», «لاجئ»: see NOT_NAME_ENDINGS), is a
 * post taken (POST_OBJECTS), or goes on the sentence (NOT_NAME_PARTS: «أردوغان | الآن»; not the
 * given name written alike but for its hamza, «آلان», «ألان»).
 */
function unnameEnding(t: Token, bare = t.norm): boolean {
  const w = stripMarks(t.text);
  // (`bare`: the word without its clitic, «والآن» at a mention's start.)
  const part = NOT_PARTS.has(bare) && !/^[أإآ]/.test(w.slice(w.length - bare.length));
  return t.kind === 'word' && (NOT_NAME_ENDINGS.some((e) => w.endsWith(e)) || POST_OBJECTS.has(t.norm) || part);
}
const NOT_PARTS: ReadonlySet<string> = new Set(NOT_NAME_PARTS.map(normalizeWord));
const PARTICLES: ReadonlySet<string> = new Set(['عبد', 'ابو', 'بن', 'ابن', 'ام', 'بنت', 'ال']);

/**
 * A person's name stops before a word written with an ending no name has: «طارق | لاجئ من حمص»,
 * before a post the person takes: «تولى سامي | منصب المدير», «عين سامي | رئيسا للجنة», or before
 * what goes on the sentence: «أردوغان | الآن»; a "name"
 * that starts with one is none («إن الوضع هادئ», read as the name «هادي»).
 */
export function cutUnnameEndings(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  return mentions.filter((m) => {
    if (m.type !== 'PER') return true;
    let j = m.first;
    // (A name particle takes the word after it whatever it is: «كمال عبد المعروف».)
    while (j < m.last && !(unnameEnding(tokens[j], j === m.first ? m.words[0] : tokens[j].norm) && !(j > m.first && PARTICLES.has(tokens[j - 1].norm)))) j++;
    if (j === m.last) return true;
    if (j === m.first) return false;
    endMentionAt(tokens, m, j);
    return true;
  });
}

const PLACE_TRAILING = new Set(PLACE_TRAILING_WORDS.map(normalizeWord));

/** Cuts describing words off the end of place names: «الجولان | المحتل», «تونس | العاصمة». */
export function trimPlaces(tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== 'LOC' || m.source === 'glued') continue;
    let j = m.last;
    while (j - m.first > 1 && PLACE_TRAILING.has(tokens[j - 1].norm)) j--;
    if (j === m.last) continue;
    endMentionAt(tokens, m, j);
  }
}

/**
 * «مديرية الدريهمي | جنوب الحديدة», «سحار | وسط صعدة»: a place (or a body read with it) runs on
 * into where it lies — a compass word and the larger place. Two names: the first ends before the
 * compass word, the larger place is named on its own. (Not where the compass word opens the name after a kind alone: «دولة جنوب
 * السودان».)
 */
export function splitAtDirection(tokens: readonly Token[], mentions: Mention[], lex: NameLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    out.push(m);
    if ((m.type !== 'LOC' && m.type !== 'ORG') || m.source === 'glued') continue;
    for (let k = m.first + 1; k < m.last - 1; k++) {
      const w = tokens[k].norm;
      if (!lex.directions.has(w) || w.startsWith('ال')) continue;
      // (An organization only where an administrative kind opens it, before a listed place:
      // «مديرية سحار | وسط صعدة»; «حلف شمال الأطلسي» is one name.)
      if (m.type === 'ORG' && (!ADMIN.has(m.words[0]) || lex.phrases.matchAt(tokens, k + 1, m.last)?.entry.type !== 'LOC')) break;
      // (Nor after compass words only: «جنوب شرق آسيا» is one region.)
      if ((k === m.first + 1 && (lex.locHeads.has(m.words[0]) || FACILITY_WORDS.has(m.words[0]))) || m.words.slice(0, k - m.first).every((x) => lex.directions.has(x))) break;
      out.push(makeMention(tokens, k + 1, m.last, 'LOC', '', m.source));
      endMentionAt(tokens, m, k);
      break;
    }
  }
  return out;
}

/**
 * A place's or a person's name ends before a listed place written with «ب» (in): «مطار هيثرو |
 * بلندن», «قصر السلام | بجدة», «التقى سامي | بالرياض»; the place after it is a name of its own. What is left may be only the kind of a
 * site («مطار | بماليزيا»): no name then (returns the mentions kept).
 */
export function cutBeforePlaceIn(tokens: readonly Token[], mentions: Mention[], lex: NameLexicon): Mention[] {
  return mentions.filter((m) => {
    if ((m.type !== 'LOC' && m.type !== 'PER') || m.source === 'glued') return true;
    for (let k = m.first + 1; k < m.last; k++) {
      const p = lex.phrases.matchAt(tokens, k);
      if (!p || p.prefix !== 'ب' || p.entry.type !== 'LOC' || p.entry.ambiguous) continue;
      if (k === m.first + 1 && (lex.locHeads.has(m.words[0]) || lex.orgHeads.has(m.words[0]) || FACILITY_WORDS.has(m.words[0]))) return false;
      endMentionAt(tokens, m, k);
      break;
    }
    return true;
  });
}

/**
 * A name written as a hashtag («#حزب_الله العسكري») ends where the hashtag does: at the first
 * space, not at an «_».
 */
export function trimHashtags(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.last - m.first < 2 || text[tokens[m.first].start - 1] !== '#') continue;
    let j = m.first + 1;
    while (j < m.last && text.slice(tokens[j - 1].end, tokens[j].start) === '_') j++;
    if (j === m.last) continue;
    endMentionAt(tokens, m, j);
  }
}

/** «العربية.نت»: a site named after its outlet keeps «.نت» in its name. */
export function extendSites(tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    const dot = tokens[m.last];
    const net = tokens[m.last + 1];
    if (m.type !== 'ORG' || !dot || !net || dot.text !== '.' || net.norm !== 'نت' || dot.start !== tokens[m.last - 1].end || net.start !== dot.end) continue;
    m.words.push('نت');
    m.last += 2;
    m.end = net.end;
  }
}

const FACILITY_WORDS = new Set(FACILITY_HEADS.map(normalizeWord));
const ADMIN = new Set(ADMIN_LOC_HEADS.map(normalizeWord));

/**
 * Relative pronouns and «known as» words: a name never holds one, what follows describes it
 * («مازدا ودايهاتسو | اللتان …», «مستشفى دائرة سالزبري | الذين …», «حسين البكلي | المكنى أبو زينب»).
 */
const RELATIVES: ReadonlySet<string> = new Set(
  ['الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'المكنى', 'المكناة', 'الملقب', 'الملقبة'].map(normalizeWord),
);

/**
 * The tagger sometimes runs a name into the clause around it. A name ends before a verb
 * («الهيئة | أكدت العثور», «التحالف | فشلتا»), a word with tanween («وادي المسيني | نهائياً») or a
 * preposition written apart («أحمد خالد | لـ"العربية.نت"»);
 * a person's name also before a particle or «و» + a pronoun («بريان آكتون | وهو مؤسس …»); and no name
 * opens with a particle («إن | النبي»). A one-word "name" that is a verb or a particle is none
 * («سيتأهل», «يمر»): it is dropped (returns the mentions kept).
 */
export function cutAtClauseWords(tokens: readonly Token[], mentions: Mention[], lex: NameLexicon): Mention[] {
  const out: Mention[] = [];
  for (let m of mentions) {
    if (m.source === 'glued') {
      out.push(m);
      continue;
    }
    let first = m.first;
    // (Not where a listed name opens with such a word: «بان كي مون» is no «بأن» + «كي مون».)
    const listed = (lex.phrases.matchAt(tokens, m.first, m.last)?.length ?? 0) >= 2;
    while (first < m.last && ((!listed && isParticleToken(tokens[first], lex)) || isDetachedClitic(tokens[first]))) first++;
    if (first === m.last) continue;
    if (first > m.first) m = makeMention(tokens, first, m.last, m.type, '', m.source);
    // (A longer name may open with a word written like a verb: «فكرت أوزار», Fikret.)
    if ((isVerb(tokens[m.first].norm, lex) || isAdverb(tokens[m.first], lex)) && m.last - m.first === 1) continue;
    for (let k = m.first + 1; k < m.last; k++) {
      if (!isVerb(tokens[k].norm, lex) && !isAdverb(tokens[k], lex) && !isDetachedClitic(tokens[k]) && !RELATIVES.has(tokens[k].norm) && !(m.type === 'PER' && (isParticleToken(tokens[k], lex) || isJoinedPronoun(tokens[k])))) continue;
      endMentionAt(tokens, m, k);
      // (What is left may be only the kind of a name: «ميناء | استراتيجيا».)
      if (k === m.first + 1 && (lex.locHeads.has(m.words[0]) || lex.orgHeads.has(m.words[0]) || FACILITY_WORDS.has(m.words[0]))) m.last = m.first;
      break;
    }
    if (m.last > m.first) out.push(m);
  }
  return out;
}

/**
 * A person's name ends before a title written with a proclitic: «التقى الوزير أحمد سالم | بالسفير
 * خالد مراد», «سامي حداد | للوزير», «الأمير سعود | والملك …». A name's later word takes no
 * preposition or «و»; the title opens the next phrase (ANT: 480 name + clitic + title pairs, none a
 * name but the surnames the lists hold, «فوزير», «فولي»). A given name after the title opens the
 * next person.
 */
export function cutBeforeClitickedTitles(tokens: readonly Token[], mentions: Mention[], lex: NameLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    out.push(m);
    if (m.type !== 'PER' || m.source === 'glued') continue;
    for (let k = m.first + 1; k < m.last; k++) {
      if (!clitickedTitle(tokens[k], lex)) continue;
      if (k + 1 < m.last && lex.givenNames.has(tokens[k + 1].norm)) out.push(makeMention(tokens, k + 1, m.last, 'PER', '', m.source));
      endMentionAt(tokens, m, k);
      break;
    }
  }
  return out;
}

/** «بالسفير», «للوزير», «والمخرج», «كنائب»: a title behind a proclitic, not a name that reads so. */
function clitickedTitle(t: Token, lex: NameLexicon): boolean {
  const w = t.norm;
  if (t.kind !== 'word' || lex.givenNames.has(w) || lex.familyNames.has(w) || lex.phrases.hasFirst(w) || nameListBits(w) !== 0) return false;
  const r = stemIn(w, lex.titles);
  // (Not «ف», which opens more foreign surnames than clauses inside a name: «فوزير».)
  return r !== null && r.prefix !== '' && r.prefix !== 'ف' && r.stem.replace(/^ال/, '').length >= 3;
}

/**
 * Two people joined by و that the tagger reads as one («بلعيد والبراهمي», «سامي وأحمد»): the name
 * is split where a word is و + a given or family name or a surname of the article (`surnames`), unless the
 * whole word is a given name itself («وسام», «وليد»).
 */
export function splitJoinedPersons(text: string, tokens: readonly Token[], mentions: Mention[], lex: NameLexicon, surnames: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    out.push(m);
    if (m.type !== 'PER' || m.source === 'glued') continue;
    for (let k = m.first + 1; k < m.last; k++) {
      const w = tokens[k].norm;
      // (Words of one hashtag are one name: «#منى_واصف».)
      if (!w.startsWith('و') || lex.givenNames.has(w) || lex.familyNames.has(w) || text[tokens[k].start - 1] === '_') continue;
      const stem = w.slice(1);
      // (A given name that is also a word, «نور», is a person too where it closes the pair.)
      if (!surnames.has(stem) && !lex.familyNames.has(stem) && !(lex.givenNames.has(stem) && (!lex.ambiguousGiven.has(stem) || k === m.last - 1))) continue;
      out.push(makeMention(tokens, k, m.last, 'PER', 'و', m.source, stem));
      endMentionAt(tokens, m, k);
      break;
    }
  }
  return out;
}

/**
 * An organization or a place the tagger runs on into the person named after it, as a spokesman's
 * role or a title is written («المتحدث باسم المحكمة العليا | إياس الساموك», «ملكة إنجلترا |
 * اليزابيث الثانية»): the name ends at its definite word or its listed place, and the given name
 * and what follows are a person. Not after a title, where a body is named after a person («جامعة
 * الملك | سعود», «مؤسسة الأمير | سلطان»).
 */
export function splitOrgPerson(tokens: readonly Token[], mentions: Mention[], lex: NameLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    out.push(m);
    if ((m.type !== 'ORG' && m.type !== 'LOC') || m.source === 'glued') continue;
    for (let k = m.first + 1; k < (m.type === 'LOC' ? m.last : m.last - 1); k++) {
      const w = tokens[k].norm;
      const b = tokens[k - 1].norm;
      if (!lex.givenNames.has(w) || lex.ambiguousGiven.has(w) || lex.titles.has(b) || lex.particles.has(w)) continue;
      // (An organization ends at its definite word; a place where a listed place ends, «ملكة
      // إنجلترا | اليزابيث الثانية».)
      const place = m.type === 'LOC' && lex.phrases.matchAt(tokens, m.first, k)?.length === k - m.first;
      if (m.type === 'ORG' ? !/^(ال|لل)/.test(b) : !place) continue;
      if (lex.phrases.matchAt(tokens, m.first, m.last)?.length === m.last - m.first) break;
      out.push(makeMention(tokens, k, m.last, 'PER', '', m.source));
      endMentionAt(tokens, m, k);
      break;
    }
  }
  return out;
}

/**
 * Organizations listed with و that the tagger reads as one («رينو وبيجو وبومباردييه»): where the
 * name does not open with a head («هيئة كهرباء ومياه دبي» is one) and a word is و + a listed
 * organization («وبيجو»), the list is split there, and every و-word after it starts a name too.
 */
export function splitOrgList(tokens: readonly Token[], mentions: Mention[], lex: NameLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.source === 'glued' || m.last - m.first < 2 || lex.orgHeads.has(m.words[0]) || stemIn(m.words[0], lex.orgHeads)) {
      out.push(m);
      continue;
    }
    const cuts: number[] = [];
    for (let k = m.first + 1; k < m.last; k++) {
      const w = tokens[k].norm;
      if (!w.startsWith('و') || w.startsWith('وال') || lex.phrases.hasFirst(w)) continue;
      const listed = lex.phrases.lookup([w.slice(1)]).some((e) => e.type === 'ORG') || (nameListBits(w.slice(1)) & ListBit.OrgAlone) !== 0;
      if (listed || cuts.length > 0) cuts.push(k);
    }
    if (cuts.length === 0) {
      out.push(m);
      continue;
    }
    let from = m.first;
    for (const k of [...cuts, m.last]) {
      out.push(from === m.first ? makeMention(tokens, from, k, 'ORG', '', m.source, m.words[0]) : makeMention(tokens, from, k, 'ORG', 'و', m.source, tokens[from].norm.slice(1)));
      from = k;
    }
  }
  return out;
}

/**
 * A nationality or a title written before a person's name is a description, not part of it:
 * «الويلزي | غاريث بيل», «السير | أليكس فيرغسون» (the role finder reads it back as the person's
 * description).
 * Not a surname spelled so, nor a name that would be left one word short of two.
 */
export function dropLeadingDescription(tokens: readonly Token[], mentions: Mention[], lex: NameLexicon): Mention[] {
  return mentions.map((m) => {
    if (m.type !== 'PER' || m.source === 'glued' || m.last - m.first < 2) return m;
    const w = m.words[0];
    if (!w.startsWith('ال') || lex.familyNames.has(w) || lex.givenNames.has(w)) return m;
    // Two words: a nationality before a one-word name («الأوروغوياني | مورا»), not a title.
    if (m.last - m.first === 2 ? !isNationality(lex, w) : !isNationality(lex, w) && !lex.titles.has(w) && !RULE_TITLES.has(w)) return m;
    return makeMention(tokens, m.first + 1, m.last, 'PER', '', m.source);
  });
}

const RULE_TITLES: ReadonlySet<string> = new Set(RULE_PERSON_TITLES.map(normalizeWord));

const BOARDS: ReadonlySet<string> = new Set(BOARD_OF.map((phrase) => phrase.split(' ').map(normalizeWord).join(' ')));

/**
 * «رئيس مجلس إدارة موانئ دبي العالمية»: an organization read from the board's «إدارة» on is the
 * body after it (ANT: 8 of 8 such readings in 3,000 articles); the board is an office of it.
 */
export function dropBoardOf(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.type !== 'ORG' || m.last - m.first < 2) return m;
    // (The board read with the name: «مجلس إدارة موانئ دبي العالمية».)
    if (m.last - m.first >= 3 && m.source !== 'glued' && BOARDS.has(`${m.words[0]} ${m.words[1]}`)) return makeMention(tokens, m.first + 2, m.last, 'ORG', '', m.source);
    if (m.first === 0) return m;
    const before = tokens[m.first - 1];
    if (before.kind !== 'word' || !BOARDS.has(`${before.norm.replace(/^[وفبل](?=مجلس)/, '')} ${m.words[0]}`)) return m;
    return makeMention(tokens, m.first + 1, m.last, 'ORG', '', m.source);
  });
}

/**
 * A body described and then named in apposition, read as one name: «وزارة الدفاع الأمريكية |
 * البنتاغون», «وكالة الفضاء | ناسا», «الرئاسة الروسية | الكرملين». The last word is a listed
 * organization of one word, after a definite word (a definite noun takes no genitive: «وكالة
 * أنباء رويترز» is one name); both parts are names of their own, but for a company's description.
 */
export function splitApposedName(tokens: readonly Token[], mentions: Mention[], lex: NameLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const k = m.last - 1;
    const last = tokens[k];
    const apposed =
      m.type === 'ORG' && m.source !== 'glued' && m.last - m.first >= 3 && last.kind === 'word' && tokens[k - 1].kind === 'word' && tokens[k - 1].norm.startsWith('ال') &&
      lex.phrases.lookup([last.norm]).some((e) => e.type === 'ORG' && !e.ambiguous);
    if (!apposed) {
      out.push(m);
      continue;
    }
    endMentionAt(tokens, m, k);
    // (A company described before its name, «شركة البرمجيات | مايكروسوفت», is only the name.)
    if (!COMPANY.has(m.words[0])) out.push(m);
    out.push(makeMention(tokens, k, k + 1, 'ORG', '', m.source));
  }
  return out;
}

const COMPANY: ReadonlySet<string> = new Set(['شركه', 'الشركه']);
