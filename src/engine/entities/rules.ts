/**
 * Names found from the lexicons alone: gazetteer phrases, titles followed by a name, given names
 * with their following name parts, organization heads with their complements, and place heads
 * («قرية …»). Precise rather than complete: the trained tagger finds the rest, and these rules
 * back it up where the lexicons are sure.
 */
import type { Token } from '../text/tokenize.js';
import { normalizeWord } from '../text/normalize.js';
import type { NameLexicon } from './lexicon-index.js';
import { nameLexicon, stemIn } from './lexicon-index.js';
import type { Mention } from './mention.js';
import { makeMention } from './mention.js';

const MAX_NAME_TOKENS = 5;

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

/** Proclitic prefix under which the token's stem is a given name, or null. */
function givenName(lex: NameLexicon, t: Token): { prefix: string; stem: string; ambiguous: boolean } | null {
  const hit = stemIn(t.norm, lex.givenNames);
  // «على» (the preposition) and «علي» (the name) meet in one normalized form; the letter tells.
  if (hit && hit.stem === 'علي' && t.text.endsWith('ى')) return null;
  if (hit) return { prefix: hit.prefix, stem: hit.stem, ambiguous: lex.ambiguousGiven.has(hit.stem) };
  const p = stemIn(t.norm, lex.particles);
  if (p && (p.stem === 'عبد' || p.stem === 'ابو')) return { prefix: p.prefix, stem: p.stem, ambiguous: false };
  return null;
}

/** Organization complement: definite words, «لحقوق الإنسان»-style genitives, known places. */
function orgEnd(lex: NameLexicon, tokens: readonly Token[], i: number, limit: number): number {
  let j = i + 1;
  while (j < limit && j - i < MAX_NAME_TOKENS) {
    const t = tokens[j];
    if (!isWord(t) || lex.notName.has(t.norm) || lex.titles.has(t.norm)) break;
    const definite = (t.norm.startsWith('ال') || t.norm.startsWith('لل')) && t.norm.length >= 4;
    const genitive = (t.norm.startsWith('لل') || t.norm.startsWith('ل')) && isWord(tokens[j + 1]) && tokens[j + 1].norm.startsWith('ال');
    const place = lex.phrases.matchAt(tokens, j, limit);
    if (place && !place.entry.ambiguous && place.prefix === '') {
      j += place.length;
      continue;
    }
    if (!definite && !genitive) break;
    j++;
  }
  return j;
}

/** Heads that make an organization only with a name after them, not with any definite noun. */
const GENERIC_ORG_HEADS = new Set([
  'الحكومه', 'حكومه', 'قوات', 'القوات', 'الجيش', 'جيش', 'الشرطه', 'شرطه', 'سوق', 'فريق', 'مركز', 'المركز', 'مكتب',
  'اداره', 'الاداره', 'مدرسه', 'مجموعه', 'سلطه', 'السلطه', 'المجلس', 'مجلس', 'اللجنه', 'لجنه',
  // National teams, federations, broadcasters: «المنتخب الألماني», «الاتحاد الفرنسي», «التلفزيون السعودي».
  'المنتخب', 'منتخب', 'الاتحاد', 'اتحاد', 'التلفزيون', 'تلفزيون', 'الاذاعه', 'اذاعه', 'البرلمان', 'برلمان', 'البحريه', 'الحرس',
]);

const PLURAL_HEADS: ReadonlySet<string> = new Set(
  ['قوات', 'كتائب', 'ألوية', 'وحدات', 'شركات', 'ميليشيات', 'سرايا', 'اتحادات', 'نقابات', 'جمعيات', 'مجموعات', 'وكالات'].map(normalizeWord),
);

/** Heads that nearly always introduce a proper place name. «منطقة» does not: it describes. */
const STRONG_LOC_HEADS: ReadonlySet<string> = new Set(
  ['مدينة', 'محافظة', 'قرية', 'بلدة', 'ولاية', 'إقليم', 'مقاطعة', 'حي', 'مخيم', 'جزيرة', 'نهر', 'جبل', 'قضاء', 'ناحية', 'بحيرة', 'مطار', 'ميناء', 'معبر'].map(normalizeWord),
);

/** Nationality or relation adjective: السوري، التركية، الأمريكيين are not names but qualify one. */
function isNisba(norm: string): boolean {
  return norm.length >= 5 && /(ي|يه|يين|يون)$/.test(norm);
}

export function ruleMentions(tokens: readonly Token[], from: number, to: number, lex: NameLexicon = nameLexicon()): Mention[] {
  const out: Mention[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i];
    if (!isWord(t)) {
      i++;
      continue;
    }
    const phrase = lex.phrases.matchAt(tokens, i, to);
    if (phrase && !phrase.entry.ambiguous) {
      let end = i + phrase.length;
      // A listed «حزب التجمع» inside «حزب التجمع الوطني»: a name led by a head word takes the
      // adjectives that follow it.
      if (phrase.entry.type === 'ORG' && lex.orgHeads.has(phrase.stem)) {
        while (end < to && isWord(tokens[end]) && tokens[end].norm.startsWith('ال') && isNisba(tokens[end].norm) && tokens[end].start - tokens[end - 1].end <= 1) end++;
      }
      out.push(makeMention(tokens, i, end, phrase.entry.type, phrase.prefix, 'lexicon', phrase.stem));
      i = end;
      continue;
    }
    // Title, then up to three describing words, then a given name: «الرئيس السوري بشار الأسد».
    const titlePhrase = lex.titlePhrases.matchAt(tokens, i, to);
    const title = titlePhrase ? titlePhrase.length : stemIn(t.norm, lex.titles) ? 1 : 0;
    if (title) {
      let found = -1;
      for (let j = i + title; j < Math.min(to, i + title + 4); j++) {
        const u = tokens[j];
        if (!isWord(u) || lex.notName.has(u.norm)) break;
        const g = givenName(lex, u);
        if (g && g.prefix === '') {
          found = j;
          break;
        }
        if (lex.phrases.matchAt(tokens, j, to)?.entry.type === 'PER') {
          found = j;
          break;
        }
      }
      if (found >= 0) {
        const known = lex.phrases.matchAt(tokens, found, to);
        let end = known && known.entry.type === 'PER' ? found + known.length : personEnd(lex, tokens, found, to);
        // After a title, a definite word right after a lone given name is the family name
        // («المخرج عامر الحمود»), unless it reads as a feminine or plural noun or is listed.
        const u = tokens[end];
        if (end === found + 1 && end < to && plainWord(lex, u) && u.norm.startsWith('ال') && u.norm.length >= 5 && !/(ه|ات|ون|ين)$/.test(u.norm) && !lex.phrases.matchAt(tokens, end, to) && u.start - tokens[end - 1].end <= 1) end++;
        out.push(makeMention(tokens, found, end, 'PER', '', 'rule'));
        i = end;
        continue;
      }
      i += title;
      continue;
    }
    const g = givenName(lex, t);
    if (g) {
      const end = personEnd(lex, tokens, i, to);
      if (end - i >= 2 || !g.ambiguous) {
        if (end - i >= 2) {
          out.push(makeMention(tokens, i, end, 'PER', g.prefix, 'rule', g.stem));
          i = end;
          continue;
        }
      }
    }
    const head = stemIn(t.norm, lex.orgHeads);
    // A definite or plural head with a complement is usually a description («الإدارة الفنية»,
    // «شركات الأغذية»); only armies and forces with a nationality are kept from those.
    // «قوات الجيش السوري»: the name starts at the inner head.
    const innerHead = head && GENERIC_ORG_HEADS.has(head.stem) && i + 1 < to && GENERIC_ORG_HEADS.has(tokens[i + 1].norm);
    if (head && !innerHead && !PLURAL_HEADS.has(head.stem)) {
      let end = orgEnd(lex, tokens, i, to);
      // A definite head is a name when a ل-genitive completes it («الهيئة العامة للإحصاء»), not
      // when only adjectives follow («الإدارة الفنية»).
      if (head.stem.startsWith('ال') && !GENERIC_ORG_HEADS.has(head.stem)) {
        // …and something stands between them: «التنظيم للخروج» is a verbal phrase.
        let g = i + 2;
        while (g < end && !tokens[g].norm.startsWith('ل')) g++;
        if (g >= end) end = i + 1;
      }
      // Armies, forces, governments make a name only with a nationality: «الجيش التركي».
      // Armies, forces, governments are names with a nationality or a place: «الجيش التركي»,
      // «جيش إدلب الحر»; not with any definite noun («قوات النظام»).
      let withPlace = false;
      for (let k = i + 1; k < end && !withPlace; k++) withPlace = lex.phrases.matchAt(tokens, k, end)?.entry.type === 'LOC';
      if (GENERIC_ORG_HEADS.has(head.stem) && !withPlace) {
        while (end > i + 1 && !isNisba(tokens[end - 1].norm)) end--;
        if (head.stem.endsWith('حكومه')) end = i + 1;
      }
      if (end > i + 1) {
        out.push(makeMention(tokens, i, end, 'ORG', head.prefix, 'rule', head.stem));
        i = end;
        continue;
      }
    }
    const loc = stemIn(t.norm, STRONG_LOC_HEADS);
    if (loc) {
      const u = tokens[i + 1];
      const known = i + 1 < to ? lex.phrases.matchAt(tokens, i + 1, to) : null;
      // Present-tense verbs (ت…/ي…) follow heads too («مدينة تقع»); only listed places may start so.
      if (i + 1 < to && isWord(u) && !lex.notName.has(u.norm) && !u.norm.startsWith('ال') && !lex.locHeads.has(u.norm) && !lex.directions.has(u.norm) && (known || !/^[تي]/.test(u.norm))) {
        const end = known && known.entry.type === 'LOC' ? i + 1 + known.length : i + 2;
        // Plural and adjective-looking words («مدينة كبيرة», «قرى») are descriptions, not names.
        if (!/(ه|ات|ين|ون)$/.test(u.norm) || known) {
          out.push(makeMention(tokens, i + 1, end, 'LOC', '', 'rule'));
          i = end;
          continue;
        }
      }
    }
    i++;
  }
  return out;
}

const OPENING_MARKS = new Set(['«', '“', '"', '‘', "'"]);
const CLOSING_FOR: Record<string, string> = { '«': '»', '“': '”', '"': '"', '‘': '’', "'": "'" };

/**
 * The outlet someone spoke to: «قال لـ«الأيام» إن…», «في تصريح لـ"عكاظ"». One to three words in
 * quote marks right after ل, with a reporting verb or a word like تصريح just before, name a
 * newspaper, channel or agency, which the tagger rarely knows.
 */
export function outletMentions(tokens: readonly Token[], from: number, to: number, context: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  for (let i = from; i + 3 < to; i++) {
    const l = tokens[i];
    if (!isWord(l) || l.norm !== 'ل') continue;
    const open = tokens[i + 1];
    if (open.kind !== 'punct' || !OPENING_MARKS.has(open.text)) continue;
    let close = -1;
    for (let k = i + 2; k < Math.min(to, i + 6); k++) {
      if (tokens[k].kind === 'punct') {
        if (tokens[k].text === CLOSING_FOR[open.text] || (open.text === '“' && tokens[k].text === '"')) close = k;
        break;
      }
      if (!isWord(tokens[k])) break;
    }
    if (close < i + 3) continue;
    let cued = false;
    for (let k = Math.max(from, i - 3); k < i && !cued; k++) {
      const w = tokens[k].norm.replace(/^[وف]/, '');
      cued = context.has(tokens[k].norm) || context.has(w);
    }
    if (cued) out.push(makeMention(tokens, i + 2, close, 'ORG', '', 'rule'));
  }
  return out;
}
