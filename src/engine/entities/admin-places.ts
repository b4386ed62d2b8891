/**
 * «بمدينة مانشستر», «مدينة روما الإيطالية», «بإقليم خوست», «مدينة كوراشيكي»: a city or province
 * named after its administrative head is the place, where the tagger read the club, a body or a
 * person there (ANT: of 3,000 such heads and names, ~70 read so, half of them the place alone).
 * Not the place of a body that owns it («شرطة مدينة لندن», «مجلس محافظة الأنبار», «نادي مدينة
 * روما»), a city named after a king («مدينة الملك عبدالعزيز للعلوم والتقنية»), nor a person's
 * term («ولاية ترمب», «ولاية يلين») or a boycott of a company named in the article («مقاطعة
 * فيرجين»).
 */
import type { Token } from '../text/tokenize.js';
import { normalizeWord } from '../text/normalize.js';
import { stripMarks } from '../text/charset.js';
import { ADMIN_PLACE_HEADS, FACILITY_HEADS, ROYAL_TITLES } from '../lang/ar/triggers.js';
import type { NameLexicon } from './lexicon-index.js';
import { stemIn } from './lexicon-index.js';
import type { Mention } from './mention.js';
import { makeMention } from './mention.js';

const HEADS: ReadonlySet<string> = new Set(ADMIN_PLACE_HEADS.map(normalizeWord));
/** A person's term of office is «ولاية» too. */
const TERM = normalizeWord('ولاية');
const BOYCOTT = normalizeWord('مقاطعة');
const OWNERS: ReadonlySet<string> = new Set([...FACILITY_HEADS, 'استاد', 'ملعب'].map(normalizeWord));
const ROYAL: ReadonlySet<string> = new Set(ROYAL_TITLES.map(normalizeWord));

/** Whether `words` name a person the lists know, or open with a given name. */
function personal(lex: NameLexicon, words: readonly string[]): boolean {
  return lex.givenNames.has(words[0]) || lex.familyNames.has(words[0]) || lex.phrases.lookup(words).some((e) => e.type === 'PER');
}

export function adminPlaces(tokens: readonly Token[], found: Mention[], lex: NameLexicon): void {
  for (let k = 0; k < found.length; k++) {
    const m = found[k];
    if (m.type === 'LOC') continue;
    // The head is the mention's first word or the word right before it.
    const inside = m.last - m.first >= 2 && stemIn(tokens[m.first].norm, HEADS) !== null && m.words[0] === stemIn(tokens[m.first].norm, HEADS)!.stem;
    const h = inside ? m.first : m.first - 1;
    const ht = tokens[h];
    if (!ht || ht.kind !== 'word' || (!inside && tokens[m.first].start - ht.end > 1)) continue;
    const head = stemIn(ht.norm, HEADS);
    // (Written with «ة»: «ولائه» is "his loyalty", spelled like «ولاية» once normalized.)
    if (!head || !stripMarks(ht.text).endsWith('ة')) continue;
    const owner = tokens[h - 1];
    if (head.prefix === '' && owner && owner.kind === 'word' && ht.start - owner.end <= 1 && (stemIn(owner.norm, lex.orgHeads) || stemIn(owner.norm, OWNERS))) continue;
    const name = tokens.slice(h + 1, m.last).map((t) => t.norm);
    if (!name.length || name.length > 3 || ROYAL.has(name[0]) || name.some((w) => stemIn(w, lex.orgHeads) !== null || !/^[\u0621-\u064a]{2,}$/.test(w))) continue;
    // (A person after a city's office may be named with it: «المدعية العامة لمدينة بو | سيسيل جنساك».)
    if (m.type === 'PER' && (head.stem === TERM || name.length > 1 || personal(lex, name))) continue;
    // («مقاطعة» is a boycott too: «مقاطعة فيرجين» of the company the article names.)
    if (head.stem === BOYCOTT && found.some((o) => o !== m && o.type === 'ORG' && o.words[0] === name[0])) continue;
    // (A name the lists hold as a body only stays one.)
    const listed = lex.phrases.lookup(name);
    if (listed.length && !listed.some((e) => e.type === 'LOC')) continue;
    found[k] = makeMention(tokens, h + 1, m.last, 'LOC', '', m.source);
  }
}
