/**
 * Words of the clause around a name, which a name never runs into: verbs («أكدت», «سيتأهل»),
 * adverbs («نهائياً», «إلكترونيا») and particles («إن», «التي»). The tagger sometimes takes them
 * in («الهيئة | أكدت العثور»); extend.ts cuts names there.
 */
import type { Token } from '../text/tokenize.js';
import { normalizeWord } from '../text/normalize.js';
import type { NameLexicon } from './lexicon-index.js';
import { lexiconName } from './lexicon-index.js';
import { VERB_FORMS } from '../lang/ar/verbs.js';
import { NOT_NAME_TIME_WORDS, NOT_NAME_WORDS } from '../lang/ar/names.js';
import { stripMarks } from '../text/charset.js';
import { nameListBits, newsFrequency } from './tagger/word-facts.js';
import { ListBit } from './tagger/tables.js';

let verbs: ReadonlySet<string> | null = null;

/** A word the name lists or the lexicon hold as a name («يزيد», «حكمت», «تدمر» are verbs too). */
function listedName(w: string, lex: NameLexicon): boolean {
  return lexiconName(lex, w) || nameListBits(w) !== 0;
}

/**
 * A word news writes as a verb (the derived table lang/ar/verbs.ts), unless a name list holds it.
 * Read off the table through a conjunction («وأكدت»), the ل of purpose or the future س
 * («لينتقل», «سيتأهل»), another person or number of the imperfect («تقصد», «يؤجلان» for «يقصد»,
 * «يؤجل»), the dual past («فشلتا» for «فشلت») and an object pronoun («تقصده») — unless the bare form is a noun as well, which takes the
 * article («تقدمه»: «التقدم»), and never across a prefix and an ending at once («ليبرمان» is no
 * ل + «يبرمان»).
 */
export function isVerb(norm: string, lex: NameLexicon): boolean {
  verbs ??= new Set(VERB_FORMS);
  if (listedName(norm, lex)) return false;
  // The past of two women or bodies: «فشلتا», «وأكدتا» (the table has «فشلت»).
  if (norm.length > 4 && norm.endsWith('تا') && (verbs.has(norm.slice(0, -1)) || (/^[وف]/.test(norm) && verbs.has(norm.slice(1, -1))))) return true;
  let w = norm;
  if (!verbs.has(w) && w.length > 3 && /^[وف]/.test(w)) w = w.slice(1);
  const prefixed = !verbs.has(w) && w.length > 4 && /^[لس][يتن]/.test(w);
  if (prefixed) w = w.slice(1);
  if (verbs.has(w)) {
    if (lexiconName(lex, w) || lex.particles.has(w)) return false;
    return (nameListBits(w) & (ListBit.PlaceAlone | ListBit.OrgAlone)) === 0;
  }
  if (!/^[يتن]/.test(w)) return false;
  const bare = prefixed ? w : w.replace(/(هما|هم|ها|هن|كم|نا|ني|ه)$/, '').replace(/(ان|ون|وا)$/, '');
  if (bare.length < 3 || newsFrequency('ال' + bare) >= 6) return false;
  const known = (f: string) => verbs!.has(f);
  return (known(bare) || ['ي', 'ت', 'ن'].some((p) => known(p + bare.slice(1)))) && !lex.givenNames.has(w) && !lex.familyNames.has(w) && nameListBits(w) === 0;
}

/**
 * An adverb, never a name's word: one written with tanween («نهائياً», «دوماً»), or a relation
 * adjective in the accusative written without it («إلكترونيا», «رسميا»: the word less its alef
 * is common with the article, «الإلكتروني»), unless the name lists hold it («روسيا», «كولومبيا»).
 */
export function isAdverb(t: Token, lex: NameLexicon): boolean {
  if (/[\u064b-\u064d]/.test(t.text)) return true;
  const w = t.norm;
  if (w.length < 5 || !w.endsWith('يا') || nameListBits(w) !== 0 || lex.phrases.hasFirst(w) || lex.givenNames.has(w)) return false;
  return newsFrequency('ال' + w.slice(0, -1)) >= 8;
}

const NOT_CUT = new Set(NOT_NAME_TIME_WORDS.map(normalizeWord));

/**
 * A particle, pronoun or other word that is never part of a name («إن», «التي»): time words (a
 * paper may be «اليوم») and given names spelled like one («علي») aside.
 */
function isParticle(norm: string, lex: NameLexicon): boolean {
  return lex.notName.has(norm) && !NOT_CUT.has(norm) && !lex.givenNames.has(norm);
}

/** The never-name words written with «آ» («آخر»): the others are never written so. */
const MADDA_NOT_NAME = new Set(NOT_NAME_WORDS.filter((w) => w.startsWith('آ')).map(normalizeWord));

/**
 * isParticle for a token as written: «آن», «آنا» (Anne, Anna) are no «أن», «أنا», although the
 * letter normalization spells them alike («قالت آن رافيل», «آنا بيرنز»).
 */
export function isParticleToken(t: Token, lex: NameLexicon): boolean {
  return isParticle(t.norm, lex) && (!stripMarks(t.text).startsWith('آ') || MADDA_NOT_NAME.has(t.norm));
}

/**
 * A preposition written apart with a tatweel, «لـ», «بـ» («قال أحمد خالد لـ"العربية.نت"»): it
 * governs what follows and is never a name's word (ANT: «لـ» 2,142 times, «بـ» 3,708; the tagger
 * ran a name into one about once in 300 articles).
 */
export function isDetachedClitic(t: Token): boolean {
  return t.kind === 'word' && /^[وفبلك][\u064b-\u0652]*\u0640+$/.test(t.text);
}

/** «وهو», «فهي», «وهم»: a pronoun after «و» or «ف», which opens a clause about the name before it. */
export function isJoinedPronoun(t: Token): boolean {
  return t.kind === 'word' && /^[وف](هو|هي|هم|هما|هن)$/.test(t.norm);
}
