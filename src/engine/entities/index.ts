/**
 * Named entities (person, organization, location), in five steps:
 *  1. names in each sentence: the trained two-pass tagger (tagger/), the lexicon rules (rules.ts)
 *     and news outlets and bylines, read from the constructions that name them (outlets.ts);
 *     foreign acronyms spelled letter by letter with dots, over the document (acronyms.ts);
 *  2. name ends the tagger leaves short or runs on past: organization genitives, person name
 *     chains; a verb or particle ends a name, two people joined by و are two (extend.ts);
 *  3. tokens that lost the space between two names (glued.ts);
 *  4. one reading per stretch of text: an acronym and an outlet read from its construction come
 *     first, then the tagger decides where it found something, the rules fill in where it found
 *     nothing, and a longer listed name wins over the pieces inside it; in a match report, the
 *     clubs (clubs.ts);
 *  5. the document stage (document.ts): other mentions, partial names, entities with their
 *     canonical name and role.
 * Mention spans exclude attached clitics.
 */
import type { Doc } from '../doc.js';
import { CITING_WORDS, OUTLET_CONTEXT } from '../lang/ar/outlets.js';
import { AUTHORITY_FIELDS, SITE_FIELDS, SITE_KINDS, CANAL_NAMES, COMMAND_FIELDS, CONTEST_HEADS, DUAL_PLACE_HEADS, STRONG_LOC_HEADS, DESCRIBED_ORG_HEADS, DIRECTORATE_FIELDS, LEADERS_BY_SURNAME, LION_WORDS, LOCATING_WORDS, MARKET_HEADS, MEDICINE_WORDS, RIVER_NOUNS, SEATS_OF_GOVERNMENT, FACILITY_HEADS, MONTH_GIVEN_NAMES, MONTH_TIME_WORDS, MOVEMENT_OF, NAMED_AFTER_PERSON_HEADS, NAMING_WORDS } from '../lang/ar/triggers.js';
import { normalizeWord } from '../text/normalize.js';
import { stripMarks } from '../text/charset.js';
import { CONSTRUCT_HEADS, PEOPLES } from '../lang/ar/names.js';
import { CITY_NAMES } from '../lang/ar/cities.js';
import { isNationality, isNisba, nameLexicon, stemIn } from './lexicon-index.js';
import type { NameLexicon } from './lexicon-index.js';
import type { Mention } from './mention.js';
import { enclosing, makeMention, resolveOverlaps } from './mention.js';
import { modelMentions } from './tagger/tagger.js';
import { ruleMentions } from './rules.js';
import { datelines, describedKind, latinNamed, namedOutlets, quotedOrganizations, quotedPlaces, spokenTo } from './outlets.js';
import { cutAtClauseWords, cutBeforeClitickedTitles, joinCrossingPersons, cutBeforePlaceIn, cutUnnameEndings, dropBoardOf, splitApposedName, dropLeadingDescription, splitJoinedPersons, splitOrgList, splitOrgPerson, splitAtDirection, extendOrganizations, extendPersons, extendSites, trimHashtags, trimOrganizations, trimPersons, trimPlaces } from './extend.js';
import { gluedMentions } from './glued.js';
import { currencyTokens } from './currency.js';
import { splitPlacePairs } from './place-pairs.js';
import { dualPlaces } from './dual-places.js';
import { adminPlaces } from './admin-places.js';
import { isVerb } from './clause-words.js';
import { matchReportClubs, sportArticle } from './clubs.js';
import { dottedAcronyms, endBeforeAcronyms } from './acronyms.js';
import { affairsAdjective, borderOf, buildEntities, everydayOutletName, indefiniteAdjectiveOfPlace } from './document.js';
import { articleSurnames, splitKnownPersons } from './partial-names.js';
import { taggableSentences } from './sentence-ranges.js';
import { nameListBits, newsFrequency } from './tagger/word-facts.js';
import { ListBit } from './tagger/tables.js';

export { attributedOrganizations } from './attributed.js';

export function findEntities(doc: Doc): void {
  const lex = nameLexicon();
  const { tokens } = doc;
  const ranges = taggableSentences(doc);
  const sentenceEnd = new Int32Array(tokens.length);
  for (const [from, to] of ranges) sentenceEnd.fill(to, from, to);

  // 1. Names in each sentence.
  const surnames = articleSurnames(tokens, lex);
  // The tagger's spans end where they run into the clause, and two names read as one are two.
  let tagged = modelMentions(doc, ranges, lex, surnames);
  tagged = cutAtClauseWords(tokens, tagged, lex);
  tagged = cutBeforeClitickedTitles(tokens, tagged, lex);
  tagged = splitJoinedPersons(doc.text, tokens, tagged, lex, surnames);
  tagged = splitOrgPerson(tokens, tagged, lex);
  tagged = splitOrgList(tokens, tagged, lex);
  tagged = splitPlacePairs(tokens, tagged, lex);
  const rules: Mention[] = [];
  const outlets: Mention[] = datelines(doc, lex);
  for (const [from, to] of ranges) {
    rules.push(...ruleMentions(tokens, from, to, lex), ...latinNamed(tokens, from, to));
    outlets.push(...spokenTo(tokens, from, to, OUTLET_CONTEXT), ...namedOutlets(tokens, from, to, lex), ...quotedOrganizations(tokens, from, to, lex), ...quotedPlaces(tokens, from, to, lex));
  }

  // «الرقيب علي | عدنان قوقزة»: a given name the tagger left out, which a rule read.
  joinCrossingPersons(doc.text, tokens, tagged, rules, lex);

  // «جماعة غولن», «شركة توماس كوك»: the group or company called after a person is an organization.
  for (let k = 0; k < tagged.length; k++) {
    const m = tagged[k];
    const head = m.type === 'PER' && m.first > 0 && tokens[m.first - 1].end + 1 >= tokens[m.first].start ? stemIn(tokens[m.first - 1].norm, GROUP_OF) : null;
    if (head) tagged[k] = makeMention(tokens, m.first - 1, m.last, 'ORG', head.prefix, 'model', head.stem);
  }

  // A kunya («أم خالد», «أبو محمد») names a person whatever the tagger's type.
  for (const m of tagged) if (m.type !== 'PER' && m.last - m.first >= 2 && isKunya(lex, m.words)) m.type = 'PER';

  // 2. Name ends.
  extendOrganizations(tokens, tagged, lex, sentenceEnd);
  extendOrganizations(tokens, rules, lex, sentenceEnd);
  // (An organization's ل-genitive may be a verb of purpose: «نادي الشباب | لينتقل إلى …».)
  for (const list of [tagged, rules]) list.splice(0, list.length, ...dropBoardOf(tokens, dropLeadingDescription(tokens, cutAtClauseWords(tokens, list, lex), lex)));
  trimOrganizations(tokens, tagged, lex);
  trimOrganizations(tokens, rules, lex);
  // «وزارة الدفاع الأمريكية | البنتاغون»: a body described, then named.
  for (const list of [tagged, rules]) list.splice(0, list.length, ...splitApposedName(tokens, list, lex));
  trimPlaces(tokens, tagged);
  trimPlaces(tokens, rules);
  for (const list of [tagged, rules]) list.splice(0, list.length, ...splitAtDirection(tokens, cutBeforePlaceIn(tokens, list, lex), lex));
  trimHashtags(doc.text, tokens, tagged);
  trimHashtags(doc.text, tokens, rules);
  extendSites(tokens, tagged);
  extendSites(tokens, rules);
  const taken = new Uint8Array(tokens.length);
  for (const m of tagged) taken.fill(1, m.first, m.last);
  extendPersons(tokens, tagged, lex, sentenceEnd, taken);
  // (A rule reads «نجم» on as a given name: «يوسف موسى نجم | المنتخب».)
  trimPersons(tokens, tagged, lex);
  trimPersons(tokens, rules, lex);
  // («إن الوضع هادئ»: a word whose «ئ» the normalization made «ي», the name «هادي».)
  for (const list of [tagged, rules]) list.splice(0, list.length, ...cutUnnameEndings(tokens, list));

  // 3. Glued words: split even where the tagger took the token whole as one name, but not inside
  // a longer name the tagger found.
  const inLonger = new Uint8Array(tokens.length);
  for (const m of tagged) if (m.last - m.first > 1) inLonger.fill(1, m.first, m.last);
  const glued = gluedMentions(tokens, (t) => inLonger[t.index] === 1, lex);

  // 4. One reading per stretch of text. Where a lexicon or head rule reads a longer name around
  // what the tagger found («المرصد» + «السوري لحقوق الإنسان» tagged alone), the longer reading wins.
  const acronyms = dottedAcronyms(tokens, lex, tagged);
  endBeforeAcronyms(tokens, acronyms, [tagged, rules, outlets]);
  // «2.3 مليار ريال»: riyals, not Real Madrid (currency.ts).
  const currency = currencyTokens(doc);
  const found = resolveOverlaps(doc.text.length, [canals(tokens, lex), acronyms, outlets, glued, enclosing(rules, tagged), tagged, rules]).filter(
    (m) => substantial(tokens, m) && !(m.last - m.first === 1 && currency[m.first]) && !lex.commonPhrases.has(m.words.join(' ')) && !adjectiveOfPlace(tokens, m, lex) && !indefiniteAdjectiveOfPlace(tokens, m, lex) && !describedNoun(m, lex) && !movementOf(m) && !adjectiveGivenName(tokens, m, lex) && !wholeOf(tokens, m) && !loneOn(doc.text, m) && !harmingOf(tokens, m) && !eyesOf(tokens, m) && !rebuilding(tokens, m) && !ages(doc.text, m) && !arabicEnding(doc.text, m) && !organizingOf(m, lex) && !describingWords(tokens, m, lex) && !statementOf(tokens, m) && !affairsAdjective(tokens, m, lex) && !conference(tokens, m, lex) && !borderOf(tokens, m, lex) && !contestNamedAfter(tokens, m) && !namedAs(tokens, m) && !everydayOutlet(tokens, m) && !kindOrCommonWord(m, lex) && !ofAnyBody(m, lex) && !marketOfGood(tokens, m, lex) && !godAlone(m) && !peopleOrFaith(m) && !drivingOrLeading(tokens, m, lex) && !(m.type === 'ORG' && describedKind(m.words, lex)),
  );

  found.splice(0, found.length, ...siteKinds(tokens, interestsOf(tokens, found, lex), lex));
  restoreFusedArticle(tokens, found, lex);
  seatsOfPower(found);
  leadersBySurname(tokens, found, lex);
  conjoinedPlaces(tokens, found, lex);
  orgsOfCities(tokens, found, lex);
  districts(tokens, found, lex);
  dualPlaces(tokens, found, lex);
  adminPlaces(tokens, found, lex);
  facilityKinds(tokens, found);
  conjoinedOrganizations(tokens, found, lex);

  // A city or an everyday word a match report takes as a team is the club («فاز روما على
  // بولونيا», «مهاجم الشباب»).
  matchReportClubs(tokens, found);

  // 5. The document stage.
  doc.entities = buildEntities(doc, splitKnownPersons(tokens, found, lex), lex);
}

const CANALS = new Set(CANAL_NAMES.map(normalizeWord));

/** «قناة السويس»: the canal, a place, not a television channel (CANAL_NAMES), nor the body named after it. */
function canals(tokens: Doc['tokens'], lex: NameLexicon): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    // («هيئة قناة السويس» is the body that runs it.)
    if (i > 0 && stemIn(tokens[i - 1].norm, lex.orgHeads)) continue;
    const head = stemIn(tokens[i].norm, CANAL_HEAD);
    if (head && tokens[i + 1].kind === 'word' && CANALS.has(tokens[i + 1].norm) && tokens[i + 1].start - tokens[i].end <= 1) out.push(makeMention(tokens, i, i + 2, 'LOC', head.prefix, 'rule', head.stem));
  }
  return out;
}
const CANAL_HEAD: ReadonlySet<string> = new Set(['قناه']);

/**
 * «عمران | وحجة», «تفتناز، | وكفريا»: an unlisted place the tagger took with its «و» whole, right
 * after another place, is the next place of a list joined by «و» (the clitic leaves the span).
 * Not a word that is a listed name or a place's head whole («وادي», «واشنطن»), nor a verb after «و».
 */
function conjoinedPlaces(tokens: Doc['tokens'], found: Mention[], lex: NameLexicon): void {
  const placeEnds = new Set(found.filter((m) => m.type === 'LOC').map((m) => m.last));
  for (let k = 0; k < found.length; k++) {
    const m = found[k];
    const t = tokens[m.first];
    if (m.type !== 'LOC' || m.source !== 'model' || t.kind !== 'word' || !t.norm.startsWith('و') || t.norm.length < 4 || m.words[0] !== t.norm || isVerb(t.norm.slice(1), lex)) continue;
    if (lex.phrases.hasFirst(t.norm) || lex.locHeads.has(t.norm) || lex.givenNames.has(t.norm) || lex.familyNames.has(t.norm) || FACILITY_HEAD_WORDS.has(t.norm)) continue;
    const comma = m.first > 0 && tokens[m.first - 1].kind === 'punct' && /^[،,]$/.test(tokens[m.first - 1].text);
    if (!placeEnds.has(m.first) && !(comma && placeEnds.has(m.first - 1))) continue;
    found[k] = makeMention(tokens, m.first, m.last, 'LOC', 'و', m.source);
  }
}
const FACILITY_HEAD_WORDS = new Set(FACILITY_HEADS.map(normalizeWord));

const CITIES: ReadonlySet<string> = new Set(CITY_NAMES);

/**
 * «غرفة تجارة وصناعة | دبي», «آينتراخت | فرانكفورت»: an organization read as two, its name left
 * open before the city that completes it. The city joins the name after a construct ending in an
 * everyday indefinite noun («… وصناعة», not a one-word noun: «إعمار | حلب» is the rebuilding of the
 * city), and, in a match report, after a foreign club name («سبورتينغ | لشبونة»; elsewhere a city
 * after a company is where it is, and a listed name is complete: «إي باي | لندن»). Never into a
 * country or region («غوغل | الشرق الأوسط»), nor a city with the article, which may be an
 * adjective («تويتر | الزرقاء»).
 */
function orgsOfCities(tokens: Doc['tokens'], found: Mention[], lex: NameLexicon): void {
  const sport = sportArticle(tokens);
  for (let k = 0; k + 1 < found.length; k++) {
    const o = found[k];
    const c = found[k + 1];
    if (o.type !== 'ORG' || c.type !== 'LOC' || c.first !== o.last || c.words[0] !== tokens[c.first].norm || c.words[0].startsWith('ال') || !CITIES.has(c.words.join(' '))) continue;
    const last = o.words[o.words.length - 1];
    if (!/^[\u0621-\u064a]{3,}$/.test(last) || /^(و?ال|لل)/.test(last)) continue;
    // (An everyday noun ends a construct, which the city completes, even in a listed name.)
    const everyday = newsFrequency('ال' + last.replace(/^و/, '')) >= 7;
    if (everyday ? o.words.length === 1 : !sport || lex.phrases.lookup(o.words).some((e) => e.type === 'ORG')) continue;
    found[k] = makeMention(tokens, o.first, c.last, 'ORG', '', o.source, o.words[0]);
    found[k].start = o.start;
    found.splice(k + 1, 1);
  }
}

/**
 * «مديرية المحصام», «بمديرية باقم»: a directorate named by no field it runs is the district it is
 * (ANT: of some 1,250 «مديرية X», about 1,050 are Yemeni districts; the tagger and the head rule
 * read some 470 mentions as organizations, this reads ~160 of them as the place, no body among
 * them). Where the tagger reads the head alone as a place (it may, with other sentences around),
 * the head rule's organization encloses it and wins. The place is the head and its name, or the head and
 * a listed place; what follows («… المتاخمة لمدينة الحديدة», «… للقبض على») is not part of it.
 * «مديرية الأمن», «مديرية أمن إسطنبول», «مديرية الدريهمي | العامة» and a ل-genitive stay bodies.
 */
function districts(tokens: Doc['tokens'], found: Mention[], lex: NameLexicon): void {
  for (let k = 0; k < found.length; k++) {
    const m = found[k];
    if (m.type !== 'ORG' || m.last - m.first < 2 || m.words[0] !== DIRECTORATE) continue;
    const head = stemIn(tokens[m.first].norm, DIRECTORATE_SET);
    const u = tokens[m.first + 1];
    if (!head || u.kind !== 'word' || u.start - tokens[m.first].end > 1) continue;
    const w = u.norm.replace(/^#/, '');
    if (DIRECTORATE_FIELD_WORDS.has(w) || (newsFrequency(w) >= (w.startsWith('ال') ? 10 : 8) && !(nameListBits(w) & (ListBit.PlaceAlone | ListBit.PlaceWord))) || (w.startsWith('ل') && !w.startsWith('ال')) || !/^[\u0621-\u064a]{2,}$/.test(w) || isNationality(lex, w)) continue;
    // Only where the text places something there: «بمديرية X», «في/من/إلى مديرية X», «أطراف/مركز/
    // شمال مديرية X». Elsewhere a directorate may be the subject that acts («أعلنت مديرية …»).
    const before = tokens[m.first - 1];
    if (!head.prefix.endsWith('ب') && !(head.prefix === '' && before && before.kind === 'word' && before.end + 1 >= tokens[m.first].start && locating(before.norm, lex))) continue;
    const next = tokens[m.first + 2];
    if (next && next.kind === 'word' && /^(العامه|الوطنيه|الفرعيه)$/.test(next.norm)) continue;
    const listed = lex.phrases.matchAt(tokens, m.first + 1, m.last);
    const end = listed && listed.entry.type === 'LOC' && listed.prefix === '' ? m.first + 1 + listed.length : m.first + 2;
    found[k] = makeMention(tokens, m.first, end, 'LOC', head.prefix, m.source, head.stem);
  }
}
const DIRECTORATE = normalizeWord('مديرية');
const DIRECTORATE_SET: ReadonlySet<string> = new Set([DIRECTORATE]);
/** A word after which a directorate is a place: a preposition, a direction, a part of a place. */
function locating(w: string, lex: NameLexicon): boolean {
  // (The word whole first: «في» is no ف + «ي».)
  return [w, w.replace(/^[وف]/, '')].some((bare) => LOCATING.has(bare) || LOCATING.has(bare.replace(/^[بل]/, '')) || lex.directions.has(bare));
}
const LOCATING: ReadonlySet<string> = new Set(LOCATING_WORDS.map(normalizeWord));
const DIRECTORATE_FIELD_WORDS: ReadonlySet<string> = new Set(DIRECTORATE_FIELDS.map(normalizeWord));

/**
 * «فندق | فورسيزون القاهرة», «جزيرة | تيران»: the kind of a place right before its name, which
 * the tagger left out, is part of the name (ner-news annotates 31 such names with their kind, 3
 * without).
 */
function facilityKinds(tokens: Doc['tokens'], found: Mention[]): void {
  const taken = new Uint8Array(tokens.length);
  for (const m of found) taken.fill(1, m.first, m.last);
  for (let k = 0; k < found.length; k++) {
    const m = found[k];
    const h = tokens[m.first - 1];
    if (m.type !== 'LOC' || !h || h.kind !== 'word' || taken[h.index] || m.words[0] !== tokens[m.first].norm || tokens[m.first].start - h.end > 1) continue;
    const head = stemIn(h.norm, FACILITY_HEAD_WORDS);
    if (!head) continue;
    found[k] = makeMention(tokens, h.index, m.last, 'LOC', head.prefix, m.source, head.stem);
  }
}

/**
 * «انستغرام وبينترست وتامبلر.», «يونيتدهيلث وأنثيم وسيغنا»: an unlisted rare word joined by «و»
 * right after a one-word organization, where the list goes on or ends, is the list's next
 * organization (a word news uses, with or without the «و», a verb, a word with a pronoun or a
 * name the lists hold otherwise is no such member).
 */
function conjoinedOrganizations(tokens: Doc['tokens'], found: Mention[], lex: NameLexicon): void {
  const taken = new Uint8Array(tokens.length);
  for (const m of found) taken.fill(1, m.first, m.last);
  const member = (i: number): boolean => {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || taken[i] || !t.norm.startsWith('و')) return false;
    const w = t.norm.slice(1);
    if (w.length < 4 || !/^[\u0621-\u064a]+$/.test(w) || w.startsWith('ال')) return false;
    if (newsFrequency(w) > 4 || newsFrequency(t.norm) > 4 || newsFrequency('ال' + w) > 0 || nameListBits(w) !== 0 || lex.phrases.hasFirst(w) || lex.givenNames.has(w) || lex.familyNames.has(w) || isVerb(w, lex)) return false;
    // (A word with a pronoun is no name: «وحلفاؤها», «وراءك».)
    const bare = t.norm.replace(/(ها|هم|هما|كم|نا|ك)$/, '');
    if (/(ها|هم|هما|كم|نا)$/.test(w) || /ه$/.test(stripMarks(t.text)) || (bare !== t.norm && Math.max(newsFrequency(bare), newsFrequency(bare.slice(1))) >= 6)) return false;
    // (Nor a dual or plural of an everyday word: «وتعادلين».)
    if (/(ين|ان|ات|ون)$/.test(w) && newsFrequency(w.slice(0, -2)) >= 6) return false;
    // The list goes on or ends after it.
    const next = tokens[i + 1];
    return !next || (next.kind === 'punct' ? /^[،,.؛:)»"]$/.test(next.text) : next.norm.startsWith('و'));
  };
  const added: Mention[] = [];
  for (const m of found) {
    if (m.type !== 'ORG' || m.words.length !== 1) continue;
    // «… وتويتر | وسنابشات».
    for (let i = m.last; member(i); i++) {
      added.push(makeMention(tokens, i, i + 1, 'ORG', 'و', 'rule'));
      taken[i] = 1;
    }
  }
  if (!added.length) return;
  found.push(...added);
  found.sort((a, b) => a.start - b.start);
}

/**
 * A leader the news names by a surname that is an everyday word too: «الأسد» (the lion) is Bashar
 * al-Assad in an article about Syria («نظام الأسد», «بدون الأسد», «حليفها الأسد»: ANT writes
 * «الأسد» alone some 220 times in articles that never write «بشار», nearly all of them him), but
 * not in the sayings «حصة الأسد», «نصيب الأسد» (the lion's share), an animal's «عرين الأسد», or a
 * place or exercise named after the animal («ضاحية الأسد», «تدريبات الأسد المتأهب»).
 * The country must be named in the article; the tagger leaves these alone.
 */
function leadersBySurname(tokens: Doc['tokens'], found: Mention[], lex: NameLexicon): void {
  const taken = new Uint8Array(tokens.length);
  for (const m of found) taken.fill(1, m.first, m.last);
  const words = new Set<string>();
  for (const t of tokens) if (t.kind === 'word') words.add(t.norm.replace(/^(و|ب|ل|وب|ول|في)(?=ال)/, ''));
  for (const t of tokens) {
    if (t.kind !== 'word' || taken[t.index]) continue;
    const leader = stemIn(t.norm, LEADER_NAMES);
    if (!leader || (leader.prefix !== '' && leader.prefix !== 'و' && leader.prefix !== 'ل')) continue;
    if (!LEADERS.get(leader.stem)!.some((w) => words.has(w))) continue;
    const before = tokens[t.index - 1];
    if (before?.kind === 'word' && SAYINGS.has(before.norm.replace(/^[وب]/, ''))) continue;
    // A given name is the person only alone: «صالح | الصماد» is someone else; «لصالح», «في صالح»
    // (for, in favour of) and «غير صالح» (unfit) are no name.
    const after = tokens[t.index + 1];
    if (!leader.stem.startsWith('ال') && (leader.prefix === 'ل' || (before?.kind === 'word' && /^و?(غير|في)$/.test(before.norm)) || (after?.kind === 'word' && after.start - t.end <= 1 && surnameLike(after.norm, lex)))) continue;
    found.push(makeMention(tokens, t.index, t.index + 1, 'PER', leader.prefix, 'rule', leader.stem));
  }
  found.sort((a, b) => a.start - b.start);
}

/** A word after a given name that may be the family name: a listed name part or a rare word. */
function surnameLike(w: string, lex: NameLexicon): boolean {
  return lex.familyNames.has(w) || lex.givenNames.has(w) || newsFrequency(w) < 5;
}

const LEADERS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(LEADERS_BY_SURNAME).map(([name, country]) => [normalizeWord(name), country.map(normalizeWord)]));
const LEADER_NAMES: ReadonlySet<string> = new Set(LEADERS.keys());
/** Words before «الأسد» that make it the animal, a saying or a place or exercise named after it. */
const SAYINGS: ReadonlySet<string> = new Set(LION_WORDS.map(normalizeWord));

/**
 * «للوكالة الفرنسية», «للجنة الدولية للصليب الأحمر», «للرزاز»: «لل» is ل + the article whose alef
 * the spelling drops, not ل + a word opening with «ل» («لوكالة», «لجنة»). Where a name was read
 * so and its word with the article is common, the article is restored (the span keeps the whole
 * «لل»; a person's only for a listed family name; not a head in construct); names that open with «ل» («لبنان»,
 * «ليفربول», «لينا») never take the article in news.
 */
function restoreFusedArticle(tokens: Doc['tokens'], found: Mention[], lex: NameLexicon): void {
  for (let k = 0; k < found.length; k++) {
    const m = found[k];
    const t = tokens[m.first];
    const w = m.words[0];
    if (t.kind !== 'word' || !w.startsWith('ل') || /^(لل|ال)/.test(w) || !t.norm.endsWith('ل' + w)) continue;
    // ل + «الوكالة» spelt «للوكالة», or ل + «اللجنة» spelt «للجنة».
    const stem = newsFrequency('ا' + w) >= newsFrequency('ال' + w) ? 'ا' + w : 'ال' + w;
    if (newsFrequency(stem) < 6 || (m.type === 'PER' && !lex.familyNames.has(stem))) continue;
    // (Only before an adjective: a head in construct has no article, «للجنة التكنولوجيا»,
    // «للجنة الطوارئ» are ل + «لجنة».)
    const second = tokens[m.first + 1];
    if (m.last - m.first > 1 && !(second.norm.startsWith('ال') && isNisba(second.norm) && /(ي|ية|يه)$/.test(stripMarks(second.text)))) continue;
    found[k] = makeMention(tokens, m.first, m.last, m.type, t.norm.slice(0, t.norm.length - w.length), m.source, stem);
    // «للحج» (for the pilgrimage) read as ل + «لحج», the Yemeni province: restored, the word is no
    // place any list holds.
    if (m.type === 'LOC' && m.last - m.first === 1 && (nameListBits(stem) & (ListBit.PlaceAlone | ListBit.PlaceWord)) === 0 && !lex.phrases.lookup([stem]).some((e) => e.type === 'LOC')) found.splice(k--, 1);
  }
}

/** One- and two-letter "names" are tokenization debris («بي» of «بي.بي.سي»), not entities. */
const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/;

/**
 * Long runs of Latin words are not names in Arabic news (a pasted English paragraph, lorem ipsum);
 * a short Latin name («CNN», «Human Rights Watch») can be. A two-letter name is debris but for a
 * city named after its head: «محافظة إب», «مدينة قم» (ANT: ~45 times, none read before).
 */
function substantial(tokens: Doc['tokens'], m: Mention): boolean {
  // («مدينة وشي» is Wuxi, no و + «شي».)
  if (m.words.join('').length < 3) return m.type === 'LOC' && m.words.length === 1 && m.words[0].length === 2 && tokens[m.first].norm === m.words[0] && afterPlaceHead(tokens, m.first);
  return m.words.length <= 3 || m.words.some((w) => ARABIC_LETTER.test(w));
}

/** Whether the word before token `i` is a strong place head («محافظة», «بمدينة», «مدينتي»). */
function afterPlaceHead(tokens: Doc['tokens'], i: number): boolean {
  const h = tokens[i - 1];
  return h !== undefined && h.kind === 'word' && tokens[i].start - h.end <= 1 && stemIn(h.norm, NAMING_PLACE_HEADS) !== null;
}
const NAMING_PLACE_HEADS: ReadonlySet<string> = new Set([...STRONG_LOC_HEADS, ...DUAL_PLACE_HEADS].map(normalizeWord));

const MOVEMENT = new Set(MOVEMENT_OF.map(normalizeWord));

/** «حركة الملاحة الجوية», «الحركة التجارية»: movement or traffic of something, not a movement's name. */
function movementOf(m: Mention): boolean {
  return m.type === 'ORG' && m.words.length >= 2 && /^(ال)?حركه$/.test(m.words[0]) && MOVEMENT.has(m.words[1]);
}

/**
 * «تنظيم البطولة», «تنظيم الانتخابات», «تنظيم الإعلام»: organizing or regulating something, not a
 * group — unless the word after it is a listed name («تنظيم القاعدة», «تنظيم الدولة»).
 */
function organizingOf(m: Mention, lex: NameLexicon): boolean {
  if (m.type !== 'ORG' || m.words.length < 2 || m.words[0] !== 'تنظيم' || !m.words[1].startsWith('ال')) return false;
  const w = m.words[1];
  return !lex.phrases.hasFirst(w) && !(nameListBits(w) & (ListBit.OrgAlone | ListBit.OrgWord));
}

const MONTHS = new Set(MONTH_GIVEN_NAMES.map(normalizeWord));
const MONTH_TIMES = new Set(MONTH_TIME_WORDS.map(normalizeWord));

/** A verb's look: the imperfect or perfect forms that open a clause («قال», «يقول», «أكدت»). */
function isVerbLike(w: string): boolean {
  return /^[يت]/.test(w) || /(ت|وا)$/.test(w) || OUTLET_CONTEXT.has(w);
}

/**
 * A "person" that is only describing words: adjectives of nations («الصراع | العربي الإسرائيلي»,
 * «مصدر | يوناني») or a month named like a person and its time word («رمضان الماضي»).
 */
function describingWords(tokens: Doc['tokens'], m: Mention, lex: NameLexicon): boolean {
  if (m.type !== 'PER') return false;
  // (One such adjective alone after the noun it agrees with, «مصدر يوناني», «الموقف اليوناني»;
  // after a verb it may be a surname spelled so: «وقال البدري».)
  if (m.words.length === 1) {
    const w = m.words[0];
    const before = tokens[m.first - 1];
    if (everydayAfterItsNoun(tokens, m, lex)) return true;
    if (!before || before.kind !== 'word' || lex.familyNames.has(w) || !isNationality(lex, w.startsWith('ال') ? w : 'ال' + w)) return false;
    const b = before.norm.replace(/^و(?=ال)/, '');
    return w.startsWith('ال') ? b.startsWith('ال') && !lex.notName.has(b) : !b.startsWith('ال') && !lex.notName.has(b) && newsFrequency(b) >= 6 && !isVerbLike(b);
  }
  if (m.words.length === 2 && MONTHS.has(m.words[0]) && MONTH_TIMES.has(m.words[1])) return true;
  return m.words.every((w) => w.startsWith('ال') && isNationality(lex, w));
}

const CONSTRUCT = new Set(CONSTRUCT_HEADS.map(normalizeWord));

/**
 * One definite everyday word right after the definite noun it qualifies or a noun it completes
 * («الحزب | الحاكم», «الفريق | الفائز», «رجال | الدين», «ولي | الأمر»): the word is common in news
 * without its article too, which a family name seldom is («السيسي», «الحريري»); not one the name
 * lists give as a family name («الأسد», «الصدر»), nor after a title («الفريق» is a rank too).
 */
function everydayAfterItsNoun(tokens: Doc['tokens'], m: Mention, lex: NameLexicon): boolean {
  const w = m.words[0];
  const before = tokens[m.first - 1];
  if (!w.startsWith('ال') || lex.familyNames.has(w) || newsFrequency(w) < 10 || newsFrequency(w.slice(2)) < 7) return false;
  if (!before || before.kind !== 'word' || tokens[m.first].start - before.end > 1) return false;
  if (CONSTRUCT.has(before.norm) || CONSTRUCT.has(before.norm.replace(/^و/, ''))) return true;
  const b = before.norm.replace(/^[وفبل](?=ال)/, '').replace(/^لل/, 'ال');
  return b.startsWith('ال') && b.length >= 4 && !lex.notName.has(b) && !lex.titles.has(b) && !lex.givenNames.has(b);
}

const CONTESTS = new Set(CONTEST_HEADS.map(normalizeWord));

/**
 * «دوري | عبد اللطيف جميل», «بجائزة | مارك فيفيان فوي»: a contest or prize called after a person
 * (CONTEST_HEADS); «دوري أبطال | أوروبا», «كأس أمم | أفريقيا», «بطولة | أوروبا»: one called after a
 * place, which the guideline does not tag there (ANT sample of 3,000 articles: ~250 such places,
 * 200 in «دوري أبطال …»).
 */
function contestNamedAfter(tokens: Doc['tokens'], m: Mention): boolean {
  if ((m.type !== 'PER' && m.type !== 'LOC') || m.first === 0) return false;
  const before = tokens[m.first - 1];
  if (before.kind !== 'word' || tokens[m.first].start - before.end > 1) return false;
  if (m.type === 'PER') return stemIn(before.norm, CONTESTS) !== null;
  // («من بطولة فلان» is a film's star, but a place after «بطولة» is the championship.)
  if (stemIn(before.norm, PLACE_CONTESTS)) return true;
  const head = tokens[m.first - 2];
  return CONTEST_OF.has(before.norm) && head?.kind === 'word' && before.start - head.end <= 1 && stemIn(head.norm, PLACE_CONTESTS) !== null;
}
const PLACE_CONTESTS: ReadonlySet<string> = new Set([...CONTESTS, 'بطوله']);
/** «دوري أبطال …», «كأس أمم …»: the word between a contest and the place it is named after. */
const CONTEST_OF: ReadonlySet<string> = new Set(['ابطال', 'امم', 'الامم']);

/**
 * «مؤتمر باريس», «مؤتمر السفراء», «مؤتمر دعم مستقبل سوريا»: a conference is an event, which names
 * no organization (the annotation guideline; ner-news leaves «المؤتمر الدولي … لمفوضي حماية
 * البيانات» and «مؤتمر مبادرة مستقبل الاستثمار» out). ANT: ~50 such mentions in 6,000 articles
 * were read as organizations («مؤتمر باريس» 14, «مؤتمر الكويت» 6, «مؤتمر جنيف» 4). A listed body
 * («مؤتمر الأمم المتحدة للتجارة والتنمية»), one with a body inside («مؤتمر حزب …», «مؤتمر
 * الأمم المتحدة …») and the parties called «المؤتمر …» stay.
 */
function conference(tokens: Doc['tokens'], m: Mention, lex: NameLexicon): boolean {
  if (m.type !== 'ORG' || m.words.length < 2 || m.words[0] !== CONFERENCE) return false;
  if (lex.phrases.lookup(m.words).some((e) => e.type === 'ORG')) return false;
  for (let k = m.first + 1; k < m.last; k++) {
    if (stemIn(tokens[k].norm, lex.orgHeads) || lex.phrases.matchAt(tokens, k, m.last)?.entry.type === 'ORG') return false;
  }
  return true;
}
const CONFERENCE = normalizeWord('مؤتمر');

/**
 * «البيت الأبيض», «الكرملين», «الإليزيه», «داونينغ ستريت»: the seat of a government, named in news
 * for the government that speaks and acts from it, is an organization (ner-news and quotes-train:
 * «البيت الأبيض» an organization in 8 articles of 10, «الكرملين» 2 of 2, «الإليزيه» 1 of 1; the
 * name lists hold them as places too, and the place list wins there).
 */
function seatsOfPower(found: Mention[]): void {
  for (const m of found) if (m.type === 'LOC' && SEATS_OF_POWER.has(m.words.join(' '))) m.type = 'ORG';
}
const SEATS_OF_POWER: ReadonlySet<string> = new Set(SEATS_OF_GOVERNMENT.map((n) => n.split(' ').map(normalizeWord).join(' ')));

/**
 * «في بيان باسم …», «بيان صادر عن …»: «بيان» (a statement) is a given name too; after a preposition
 * or before «باسم»/«صادر» it is the statement (ANT: «في بيان» alone ~240 times before such words).
 */
function statementOf(tokens: Doc['tokens'], m: Mention): boolean {
  if (m.type !== 'PER' || m.words[0] !== 'بيان') return false;
  const before = m.first > 0 ? tokens[m.first - 1].norm : '';
  return /^و?(في|علي|على|بحسب|حسب|وفق|عبر|خلال)$/.test(before) || /^(باسم|صادر|صادرعن|مشترك|رسمي)$/.test(m.words[1] ?? '');
}

/**
 * «المعروف باسم …», «يعرف أيضا باسم …»: «باسم» (by the name of) is the given name «Basem» too;
 * after a word of naming it introduces a name, it is none (ANT: ~600 such phrases).
 */
function namedAs(tokens: Doc['tokens'], m: Mention): boolean {
  if (m.type !== 'PER' || m.words[0] !== 'باسم' || m.first === 0) return false;
  return NAMING.has(tokens[m.first - 1].norm.replace(/^و(?=.{3})/, ''));
}

const NAMING = new Set(NAMING_WORDS.map(normalizeWord));

/**
 * An outlet named by an everyday word («الغد» tomorrow, «الأخبار» the news), found by the tagger
 * alone: it is the outlet in quotation marks or after a word that reports or cites (the outlet
 * rules read «صحيفة الغد» themselves), else the word («مباراة الغد»).
 */
function everydayOutlet(tokens: Doc['tokens'], m: Mention): boolean {
  if (m.type !== 'ORG' || m.source !== 'model' || !everydayOutletName(m.words)) return false;
  const before = tokens[m.first - 1];
  if (!before) return true;
  if (before.kind === 'punct') return !/["«“']/.test(before.text);
  return !CITING_WORDS.has(before.norm.replace(/^[وف](?=.{3})/, ''));
}

/**
 * One word the tagger takes for a place or an organization that no list holds as one: a kind
 * alone («محافظة», «ولاية», «منظمة», «بنك») or, for a place, an everyday word of news («الإنسان»);
 * an unlisted place is a rare word. («المملكة» alone is the country, as the guideline and the
 * rules read it.)
 */
function kindOrCommonWord(m: Mention, lex: NameLexicon): boolean {
  // (A rule's organization cut down to its head is one too: «الحكومة | الجديدة».)
  if (m.type === 'PER' || m.words.length !== 1 || (m.source !== 'model' && !(m.source === 'rule' && m.type === 'ORG'))) return false;
  const w = m.words[0];
  if (lex.phrases.lookup([w]).some((e) => e.type === m.type)) return false;
  if (m.type === 'ORG') return lex.orgHeads.has(w) || lex.orgHeads.has(w.replace(/^ال/, ''));
  if (lex.locHeads.has(w)) return w !== 'المملكه';
  return (nameListBits(w) & (ListBit.PlaceAlone | ListBit.PlaceWord)) === 0 && newsFrequency(w) >= 10;
}

/**
 * «المجلس التنفيذي للنادي», «الإدارة العامة للشركة»: a body of a body named only by its kind
 * («the club», «the company») describes an office of whichever body the article is about; it is
 * no name of its own (ANT: ~2,000 «ال… (ال…) لل+kind» phrases: «اللجنة التنفيذية للاتحاد», «الجمعية
 * العمومية للاتحاد», «الموازنة العامة للدولة»).
 */
function ofAnyBody(m: Mention, lex: NameLexicon): boolean {
  if (m.type !== 'ORG' || m.words.length < 2 || !m.words[0].startsWith('ال')) return false;
  const last = m.words[m.words.length - 1];
  if (!last.startsWith('لل')) return false;
  const kind = last.slice(2);
  return lex.orgHeads.has(kind) || lex.orgHeads.has('ال' + kind) || lex.locHeads.has(kind) || lex.locHeads.has('ال' + kind);
}

/**
 * «سوق السيارات الصينية», «سوق العمل الأمريكية», «سوق الأسهم»: the market of a good, in a country
 * or not, is no organization (ner-news leaves «السوق الأميركية» untagged; in 3,000 ANT articles 15
 * such markets were read as bodies, «سوق العمل» most, none a body). An exchange named by its place
 * («سوق دبي المالي», «سوق الكويت للأوراق المالية») or a listed one stays.
 */
function marketOfGood(tokens: Doc['tokens'], m: Mention, lex: NameLexicon): boolean {
  if (m.type !== 'ORG') return false;
  // (The tagger may take the good without its market: «سوق | السيارات الصينية».)
  const before = tokens[m.first - 1];
  const after = m.first > 0 && before.kind === 'word' && tokens[m.first].start - before.end <= 1 && stemIn(before.norm, MARKETS) !== null && tokens[m.first].norm === m.words[0];
  const at = after ? m.first : m.first + 1;
  if (!after && (m.words.length < 2 || !MARKETS.has(m.words[0]))) return false;
  const good = m.words[at - m.first];
  if (!good.startsWith('ال') || isNisba(good) || lex.phrases.lookup(m.words).some((e) => e.type === 'ORG')) return false;
  return lex.phrases.matchAt(tokens, at, m.last)?.entry.type !== 'LOC';
}
const MARKETS: ReadonlySet<string> = new Set(MARKET_HEADS.map(normalizeWord));

/** «الأكراد», «الشيعة»: a people or a faith named alone is no organization (PEOPLES). */
function peopleOrFaith(m: Mention): boolean {
  return m.type === 'ORG' && m.words.length === 1 && PEOPLE.has(m.words[0]);
}
const PEOPLE: ReadonlySet<string> = new Set(PEOPLES.map(normalizeWord));

/**
 * «ودعوا الله», «رعاه الله»: God alone is no name, whatever a name around it in the text («حزب
 * الله», «حسن نصر الله») led the tagger to read (ANERcorp: «الله» alone is never labelled).
 */
function godAlone(m: Mention): boolean {
  return m.words.length === 1 && m.words[0] === GOD;
}
const GOD = normalizeWord('الله');

/**
 * «قيادة المرأة للسيارة», «قيادة النساء», «قيادة الدولة»: «قيادة» before what is driven or led is
 * the verbal noun, no command (ANT, 3,000 articles: some 30 such "organizations", «قيادة المرأة»
 * most). A command is named after forces or a body («قيادة القوات», «قيادة التحالف», a listed
 * organization) or a military field (COMMAND_FIELDS).
 */
function drivingOrLeading(tokens: Doc['tokens'], m: Mention, lex: NameLexicon): boolean {
  if (m.type !== 'ORG' || m.words.length < 2 || m.words[0] !== COMMAND) return false;
  const w = m.words[1];
  if (COMMAND_OF.has(w) || lex.orgHeads.has(w) || lex.orgHeads.has(w.replace(/^ال/, '')) || stemIn(w, lex.orgHeads)) return false;
  return lex.phrases.matchAt(tokens, m.first + 1, m.last)?.entry.type !== 'ORG';
}
const COMMAND = normalizeWord('قيادة');
const COMMAND_OF: ReadonlySet<string> = new Set(COMMAND_FIELDS.map(normalizeWord));

/**
 * «لمصلحة السعودية», «في مصلحة نادي الاتحاد», «مصلحة المساهمين»: «مصلحة» before anything but an
 * authority's field (AUTHORITY_FIELDS) is an interest, no body (ANT, 3,000 articles: some 30 such
 * "organizations", 5 authorities). What it is the interest of stays a name where it is one: a
 * listed name or an organization's head after it.
 */
function interestsOf(tokens: Doc['tokens'], found: Mention[], lex: NameLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of found) {
    if (m.type !== 'ORG' || m.words.length < 2 || !INTERESTS.has(m.words[0]) || AUTHORITY_OF.has(m.words[1]) || lex.phrases.lookup(m.words).some((e) => e.type === 'ORG')) {
      out.push(m);
      continue;
    }
    const listed = lex.phrases.matchAt(tokens, m.first + 1, m.last);
    const w = m.words[1];
    if (listed && listed.prefix === '' && !listed.entry.ambiguous) out.push(makeMention(tokens, m.first + 1, m.first + 1 + listed.length, listed.entry.type, '', m.source));
    // (Not a list of parties: «مصلحة الشركة والموظفين».)
    else if ((lex.orgHeads.has(w) || stemIn(w, lex.orgHeads)?.prefix === '') && !m.words.slice(2).some((x) => x.startsWith('و'))) out.push(makeMention(tokens, m.first + 1, m.last, 'ORG', '', m.source));
  }
  return out;
}
const INTERESTS: ReadonlySet<string> = new Set(['مصلحة', 'المصلحة'].map(normalizeWord));
const AUTHORITY_OF: ReadonlySet<string> = new Set(AUTHORITY_FIELDS.map(normalizeWord));

/**
 * «شبكة التواصل الاجتماعي», «موقع التوظيف الإلكتروني», «التواصل الاجتماعي»: a kind of site named by
 * its field (SITE_FIELDS) is no name; a name after it is («شبكة التواصل الاجتماعي فيسبوك»:
 * «فيسبوك»).
 */
function siteKinds(tokens: Doc['tokens'], found: Mention[], lex: NameLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of found) {
    const at = m.type !== 'ORG' ? -1 : SITE_FIELD.has(m.words[0]) ? 0 : m.words.length > 1 && SITE_KIND.has(m.words[0]) && SITE_FIELD.has(m.words[1]) ? 1 : -1;
    if (at < 0 || lex.phrases.lookup(m.words).some((e) => e.type === 'ORG')) {
      out.push(m);
      continue;
    }
    // The field's adjectives («الاجتماعي», «الإلكتروني», «المصغر»): definite words after it.
    let k = m.first + at + 1;
    while (k < m.last && tokens[k].norm.startsWith('ال')) k++;
    const name = k < m.last ? lex.phrases.matchAt(tokens, k, m.last) : null;
    if (name && name.prefix === '' && name.entry.type === 'ORG') out.push(makeMention(tokens, k, k + name.length, 'ORG', '', m.source));
    else if (k < m.last && !/^(و|لل|ل)/.test(tokens[k].norm)) out.push(makeMention(tokens, k, m.last, 'ORG', '', m.source));
  }
  return out;
}
const SITE_FIELD: ReadonlySet<string> = new Set(SITE_FIELDS.map(normalizeWord));
const SITE_KIND: ReadonlySet<string> = new Set(SITE_KINDS.map(normalizeWord));

const DESCRIBED = new Set(DESCRIBED_ORG_HEADS.map(normalizeWord));
const GROUP_OF: ReadonlySet<string> = new Set(NAMED_AFTER_PERSON_HEADS.map(normalizeWord));

/** «القوات التركية», «إدارة ترامب»: a generic noun and the nationality or person it belongs to. */
function describedNoun(m: Mention, lex: NameLexicon): boolean {
  if (m.type !== 'ORG' || m.words.length !== 2 || !DESCRIBED.has(m.words[0])) return false;
  const w = m.words[1];
  return isNationality(lex, w) || (!w.startsWith('ال') && m.words[0] === 'اداره');
}

/**
 * A lone given name that is also an adjective or a noun («سارة» pleasant, «فريد» unique, «أميرة»
 * princess) describes the word before it when it agrees with it as an adjective («مفاجأة سارة»,
 * «دفاعي فريد»), is the predicate after «إنه»/«أنها» («إنه سعيد»), and is a title before a place
 * («أميرة ويلز»).
 */
function adjectiveGivenName(tokens: Doc['tokens'], m: Mention, lex: NameLexicon): boolean {
  if (m.type !== 'PER' || m.last - m.first !== 1 || m.first === 0 || !lex.ambiguousGiven.has(m.words[0])) return false;
  const next = tokens[m.last];
  if (next?.kind === 'word' && lex.phrases.matchAt(tokens, m.last, tokens.length)?.entry.type === 'LOC') return true;
  const before = tokens[m.first - 1];
  if (before.kind !== 'word' || tokens[m.first].start - before.end > 1 || !/^[\u0621-\u064a]{3,}$/.test(before.norm)) return false;
  const b = before.norm.replace(/^[وف]/, '');
  // After «إنه»/«أنها»/«لكنه» a lone such word is the predicate: «قال إنه سعيد بالفوز» (ANT: so
  // in all but full names, «لأنه كريم شحاتة», which are not alone).
  // (A bracket after it — a photo credit, a Latin spelling — marks a name: «… حسني (أ ف ب)».)
  if (/^[بل]?(انه|انها|لكنه|لكنها)$/.test(b)) return next?.text !== '(';
  if (before.norm.length < 4) return false;
  if (lex.notName.has(b) || lex.titles.has(b) || lex.givenNames.has(b) || lex.familyNames.has(b) || /^(ال|لل)/.test(b)) return false;
  // (A kinship word with «his»/«her» names the person after it: «زوجته سارة», «ابنه فريد».)
  if (b.endsWith('ته') || KIN.has(b)) return false;
  // A genitive takes a name after any noun («عودة بركات»): only an adjective that agrees is read
  // so, a feminine one after a feminine noun or any after an indefinite adjective.
  return (b.endsWith('ه') && m.words[0].endsWith('ه')) || isNisba(b);
}

/**
 * «بهدف النيل من سمعته», «للنيل من أمن المملكة»: «النيل» before «من» is the verbal noun «harming»,
 * not the river (ANT: ~80 such phrases, the river in 5, after «نهر», «مياه», «مزيج»).
 */
function harmingOf(tokens: Doc['tokens'], m: Mention): boolean {
  if (m.type !== 'LOC' || m.words.length !== 1 || m.words[0] !== 'النيل') return false;
  const next = tokens[m.last];
  const before = tokens[m.first - 1];
  return next?.kind === 'word' && /^من(ه|ها|هم|هما|نا)?$/.test(next.norm) && !(before?.kind === 'word' && RIVER_WORDS.has(before.norm.replace(/^[وفبل]/, '')));
}
const RIVER_WORDS: ReadonlySet<string> = new Set(RIVER_NOUNS.map(normalizeWord));

/**
 * «قسم العيون», «طب العيون», «أمراض العيون»: the eyes of medicine, not the city of Laayoune (ANT:
 * some 30 «العيون» after a word of medicine or care, the city after «مدينة» or «في»).
 */
function eyesOf(tokens: Doc['tokens'], m: Mention): boolean {
  if (m.type !== 'LOC' || m.words.length !== 1 || m.words[0] !== 'العيون') return false;
  const before = tokens[m.first - 1];
  return before?.kind === 'word' && EYE_WORDS.has(before.norm.replace(/^(و|ف)?(ب|ل|لل)?/, ''));
}
const EYE_WORDS: ReadonlySet<string> = new Set(MEDICINE_WORDS.map(normalizeWord));

/**
 * «حصل المنتخب على», «نجوم الفريق وعلى رأسهم»: «على» written with «ى» alone is the preposition,
 * never the given name «علي» the normalization makes of it (a name spelled so has more parts,
 * «على خامنئي»).
 */
function loneOn(text: string, m: Mention): boolean {
  return m.type === 'PER' && m.words.length === 1 && /^[وف]?على$/.test(stripMarks(text.slice(m.start, m.end)));
}

/**
 * «على كامل الأراضي», «في كامل المنطقة»: after a preposition «كامل» is «the whole of», not the
 * given name (ANT: «على/في/من/عن كامل ال…» ~80 times, never a person).
 */
function wholeOf(tokens: Doc['tokens'], m: Mention): boolean {
  if (m.type !== 'PER' || m.first === 0 || m.words[0] !== 'كامل' || !m.words[1]?.startsWith('ال')) return false;
  return /^و?(علي|على|في|من|عن|الى|حتى)$/.test(tokens[m.first - 1].norm);
}

/**
 * «إعادة إعمار العراق»: after «إعادة» (again), «إعمار» is the rebuilding, not the developer Emaar
 * the lists hold (ANT: «إعادة إعمار» 109 times; «شركة إعمار», «إعمار العقارية» twice).
 */
function rebuilding(tokens: Doc['tokens'], m: Mention): boolean {
  if (m.type !== 'ORG' || m.last - m.first !== 1 || m.first === 0 || m.words[0] !== 'اعمار') return false;
  return /^[وبلف]{0,2}اعاده$/.test(tokens[m.first - 1].norm);
}

/**
 * «تتراوح أعمار الأطفال», «وأعمار التابعين»: «أعمار» with the hamza above is «ages»; the developer
 * Emaar is written «إعمار» (ANT: «أعمار» 70 times, never after «شركة»; 12 read as Emaar in 6,000
 * articles).
 */
function ages(text: string, m: Mention): boolean {
  return m.type === 'ORG' && m.words.length === 1 && m.words[0] === 'اعمار' && stripMarks(text.slice(m.start, m.end)).startsWith('أعمار');
}

/**
 * «أودى بحياة …» (took the lives of), read as the car maker «أودي»: a foreign name is written with a
 * final «ي»; a one-word indefinite organization written with «ى» is an Arabic word, mostly the verb
 * (ANT sample: «أودى» 17 times an organization, a verb each time).
 */
function arabicEnding(text: string, m: Mention): boolean {
  // (Not one set in quotation marks as a name: «منظمة "كفى"».)
  return m.type === 'ORG' && m.words.length === 1 && !m.words[0].startsWith('ال') && stripMarks(text.slice(m.start, m.end)).endsWith('ى') && !/["«“]\s*$/.test(text.slice(Math.max(0, m.start - 2), m.start));
}

const KIN: ReadonlySet<string> = new Set(['ابنه', 'نجله', 'والده', 'شقيقه', 'اخيه', 'اخوه', 'زوجه', 'صديقه', 'حفيده', 'عمه', 'خاله', 'جده', 'ابنها', 'نجلها']);

/** «أم خالد», «أبو محمد»: a name particle then a given name. */
function isKunya(lex: NameLexicon, words: readonly string[]): boolean {
  return (words[0] === 'ام' || words[0] === 'ابو') && lex.givenNames.has(words[1]);
}

/**
 * «الحكومة السعودية», «الأراضي السورية»: a country's adjective that agrees with the definite noun
 * before it qualifies that noun; it is not the country «السعودية».
 */
function adjectiveOfPlace(tokens: Doc['tokens'], m: Mention, lex: NameLexicon): boolean {
  if (m.type !== 'LOC' || m.last - m.first !== 1 || m.first === 0) return false;
  const w = tokens[m.first].norm;
  const before = tokens[m.first - 1];
  // (A preposition may be on the noun: «بالمرأة السعودية», «للمرأة السعودية».)
  return w.startsWith('ال') && before.kind === 'word' && /^(و|ف)?(ال|بال|لل)/.test(before.norm) && !lex.notName.has(before.norm) && isNationality(lex, w);
}
