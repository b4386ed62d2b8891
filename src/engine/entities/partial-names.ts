/**
 * The shorter names by which a longer one is referred to later: a person by the last part(s) of
 * the name («عبد الرحمن» after «رامي عبد الرحمن»), an organization or place by its first word(s)
 * («المرصد» after «المرصد السوري لحقوق الإنسان»).
 */
import type { Token } from '../text/tokenize.js';
import type { NameLexicon, NameType } from './lexicon-index.js';
import type { Mention } from './mention.js';
import { makeMention, nameKey } from './mention.js';
import { isNationality, lexiconName } from './lexicon-index.js';
import { normalizeWord } from '../text/normalize.js';
import { GENERIC_ORG_HEADS, WEAK_ORG_HEADS } from '../lang/ar/triggers.js';
import { nameListBits, newsFrequency } from './tagger/word-facts.js';
import { ListBit } from './tagger/tables.js';
import { CLUB_HEADS } from '../lang/ar/sport.js';

const ORDINALS: ReadonlySet<string> = new Set(['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر']);

/** Definite heads too generic to stand for one organization when alone. */
const SHARED_HEADS: ReadonlySet<string> = new Set(
  [...GENERIC_ORG_HEADS, ...WEAK_ORG_HEADS.map((h) => 'ال' + h), 'الجماعة', 'البنك', 'الشركة', 'الوزارة', 'الهيئة', 'المنظمة', 'الجمعية', 'الحزب', 'الحركة', 'المحكمة', 'الجامعة'].map(normalizeWord),
);

/**
 * A single word that is too common or too short to be searched for across the document: a name
 * found once as «المصري» must not turn every «المصري» (Egyptian) into a name, nor «سعيد» every
 * «سعيد» (happy).
 */
export function weakKey(lex: NameLexicon, words: readonly string[], searching = true): boolean {
  if (words.length !== 1) return false;
  const w = words[0];
  // (A mention found on its own may still join a full name by such a word: «الطيب» after «عثمان الطيب».)
  if (searching && lex.ambiguousGiven.has(w)) return true;
  // («الله» ends theophoric names, «نصر الله», «عبد الله», and alone is God.)
  return w.length < 3 || w === 'الله' || lex.notName.has(w) || lex.titles.has(w) || lex.orgHeads.has(w) || lex.locHeads.has(w) || lex.directions.has(w) || lex.particles.has(w) || isNationality(lex, w);
}

/**
 * Partial keys of a `type` name made of `words`. `joining`: keys a mention found on its own may
 * join by (a lone last name too), rather than keys to search for.
 */
export function partialKeys(lex: NameLexicon, type: NameType, words: readonly string[], joining = false): string[][] {
  const out: string[][] = [];
  const n = words.length;
  if (n < 2) return out;
  if (type === 'PER') {
    for (let k = 1; k < n; k++) {
      // Never cut inside a compound name («عبد | الرحمن», «بن | سلمان»).
      if (lex.particles.has(words[k - 1])) continue;
      const part = words.slice(k);
      // A lone given name («علي», also على normalized) names too many people to search for; but a
      // mention found on its own that is the last name of a full one («الطيب» after «عثمان الطيب»)
      // is that person.
      const lastName = joining && k === n - 1 && part[0].length >= 3;
      if (part.length === 1 && !lastName && (lex.givenNames.has(part[0]) || part[0].length < 4)) continue;
      if (weakKey(lex, part, !joining)) continue;
      // A regnal number («عبد الله الثاني») or an everyday word no name list holds («سائق») is
      // no surname to search for.
      if (part.length === 1 && !joining && (ORDINALS.has(part[0]) || (newsFrequency(part[0]) >= 9 && nameListBits(part[0]) === 0 && !lex.familyNames.has(part[0])))) continue;
      out.push(part);
    }
  } else {
    // «تنظيم داعش», «جماعة أحرار الشام»: the name without its indefinite head; likewise
    // «محافظة صعدة»: the place by its name alone.
    // Not where the rest is a common plural («مجلس | الوزراء», «مجلس | النواب»).
    const head = (type === 'ORG' && lex.orgHeads.has(words[0])) || (type === 'LOC' && lex.locHeads.has(words[0]));
    const rest = words.slice(1);
    // Nor where it is one of the commonest words of news («حزب | الله», «مجلس | الأمن», «حرس |
    // الحدود»: written some 2,000 times in the ANT news); a ministry by its field («وزارة |
    // الخارجية») does stand for it.
    const everyday = rest.length === 1 && (rest[0] === 'الله' || (rest[0].startsWith('ال') && !rest[0].endsWith('يه') && newsFrequency(rest[0]) >= 12 && nameListBits(rest[0]) === 0));
    if (head && !words[0].startsWith('ال') && !weakKey(lex, rest) && !everyday && !(rest.length === 1 && /(اء|ون|ين|ات)$/.test(rest[0])) && !(!joining && fieldWord(lex, words))) out.push(rest);
    for (let k = n - 1; k >= 1; k--) {
      const part = words.slice(0, k);
      const last = part[part.length - 1];
      if (lex.notName.has(last) || lex.particles.has(last) || last.startsWith('ل') && !last.startsWith('ال')) continue;
      if (part.length === 1) {
        // «المرصد» stands for the observatory; an indefinite head («وزارة») or a compass word does not,
        // nor a head every organization of its kind shares («الحكومة», «الجماعة», «البنك»).
        if (!part[0].startsWith('ال') || lex.directions.has(part[0]) || (weakKey(lex, part) && !lex.orgHeads.has(part[0]))) continue;
        if (type === 'ORG' && SHARED_HEADS.has(part[0])) continue;
        // An everyday noun that opens a name («القوة الجوية», «الملعب التونسي», «العالم
        // الإسلامي») does not stand for it alone; a head that does («المرصد») is listed as one.
        if (!joining && !lex.orgHeads.has(part[0]) && !lex.locHeads.has(part[0]) && newsFrequency(part[0]) >= 9 && !lex.phrases.lookup(part).length) continue;
        if (type === 'LOC' && lex.locHeads.has(part[0])) continue;
      }
      out.push(part);
    }
  }
  return out;
}


/**
 * «وزارة | النقل», «جمعية | الأطفال», «كلية | الاقتصاد»: the field a body is named by, an everyday
 * definite noun whose bare form is common too, stands for the body only where the text read it so
 * itself; searched for, it would turn every «العمل» (work) and «الأطفال» (children) of the article
 * into the ministry or the society (ANT, 3,000 articles: 149 such mentions, «ورش العمل», «سوق
 * العمل»). A ministry by an adjective («الخارجية») and a name the lists hold alone («الحوثي»,
 * «القاعدة») are searched for, and so is a club's («نادي | الشباب»), which news names by it alone.
 */
function fieldWord(lex: NameLexicon, words: readonly string[]): boolean {
  if (words.length !== 2 || CLUBS.has(words[0])) return false;
  const w = words[1];
  if (!w.startsWith('ال') || w.endsWith('يه') || lex.phrases.lookup([w]).length) return false;
  if (nameListBits(w) & ~(ListBit.OrgWord | ListBit.PlaceWord)) return false;
  return newsFrequency(w) >= 7 && newsFrequency(w.slice(2)) >= 7;
}
const CLUBS: ReadonlySet<string> = new Set(CLUB_HEADS.map(normalizeWord));

/**
 * Words the article writes right after a given name («شكري | بلعيد», «محمد | البراهمي»): surnames
 * there, and so wherever else the article writes them, alone or joined by و.
 */
export function articleSurnames(tokens: readonly Token[], lex: NameLexicon): ReadonlySet<string> {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const before = tokens[i - 1];
    if (t.kind !== 'word' || before.kind !== 'word' || t.start - before.end !== 1) continue;
    const given = lex.givenNames.has(before.norm) || (before.norm.startsWith('و') && lex.givenNames.has(before.norm.slice(1)));
    // (و + a known name after a given name is a second person: «مون | وترامب».)
    const joined = t.norm.startsWith('و') && lexiconName(lex, t.norm.slice(1));
    if (given && !joined && !lex.givenNames.has(t.norm) && !weakKey(lex, [t.norm], false)) out.add(t.norm);
  }
  // (Nor is و + a surname of the article: «ميغان ماركل» … «هاري | وماركل».)
  for (const w of out) if (w.startsWith('و') && out.has(w.slice(1))) out.delete(w);
  return out;
}

/**
 * A person's name that is two people the article names apart elsewhere: a subject and its object
 * («وساندت مديحة يسري | محمد فوزي»), or a given name that is also a word before a full name
 * («حياة | مديحة يسري», her life). Split where the tail is a full name found on its own and the
 * head is one too, or only a given name that is also a word (which is then dropped).
 */
export function splitKnownPersons(tokens: readonly Token[], found: readonly Mention[], lex: NameLexicon): Mention[] {
  const full = new Set<string>();
  for (const m of found) if (m.type === 'PER' && m.words.length >= 2) full.add(nameKey(m.words));
  const out: Mention[] = [];
  for (const m of found) {
    if (m.type !== 'PER' || m.words.length < 3 || m.source === 'glued') {
      out.push(m);
      continue;
    }
    let split = false;
    for (let k = 1; k <= m.words.length - 2 && !split; k++) {
      const head = m.words.slice(0, k);
      if (!full.has(nameKey(m.words.slice(k)))) continue;
      const bothNamed = full.has(nameKey(head));
      const wordHead = k === 1 && lex.ambiguousGiven.has(head[0]);
      if (!bothNamed && !wordHead) continue;
      const cut = m.first + k;
      if (bothNamed) out.push({ ...m, words: head, last: cut, end: tokens[cut - 1].end });
      out.push(makeMention(tokens, cut, m.last, 'PER', '', m.source));
      split = true;
    }
    if (!split) out.push(m);
  }
  return out;
}
