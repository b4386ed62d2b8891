/**
 * News outlets and the people who write for them, read from the constructions news uses for them:
 * - the outlet someone spoke to: «قال لـ«الأيام» إن…», «في تصريح لـ"عكاظ"» (`spokenTo`);
 * - an outlet named after the word for its kind: «صحيفة «الوئام»», «قناة الجزيرة الفضائية»,
 *   «وكالة الأنباء السعودية» — the name is what follows the word (`namedOutlets`);
 * - datelines and bylines at the head of a paragraph: «الرياض - واس:», «دمشق (رويترز) -»,
 *   «آسيا العتروس - تونس» (`datelines`).
 * The tagger rarely knows outlets (many are everyday words: «الوطن», «الحياة», «الرياض»), and the
 * annotation guideline names an outlet without the word for its kind.
 */
import type { Doc } from '../doc.js';
import type { Token } from '../text/tokenize.js';
import { normalizeWord } from '../text/normalize.js';
import { DESCRIBED_KINDS, DESCRIBING_ADJECTIVES, INTERVIEW_WORDS, MEDIA_HEADS, OUTLET_DESCRIPTORS, OUTLET_HEADS } from '../lang/ar/outlets.js';
import { NAMING_KINDS, QUOTED_NAME_KINDS, QUOTED_PLACE_KINDS } from '../lang/ar/triggers.js';
import { MONTHS } from '../lang/ar/dates.js';
import type { NameLexicon } from './lexicon-index.js';
import { PhraseIndex, isNationality, isNisba, stemIn } from './lexicon-index.js';
import type { Mention } from './mention.js';
import { makeMention } from './mention.js';
import { nameListBits, newsFrequency } from './tagger/word-facts.js';
import { ListBit } from './tagger/tables.js';

const OPENING_MARKS = new Set(['«', '“', '"', '‘', "'"]);
const CLOSING_FOR: Record<string, string> = { '«': '»', '“': '”', '"': '"', '‘': '’', "'": "'" };
const DASHES = new Set(['-', '–', '—', '/']);

/** Index of the mark closing the one at `open`, within `max` words, or -1. */
function closingMark(tokens: readonly Token[], open: number, to: number, max: number): number {
  const mark = tokens[open].text;
  for (let k = open + 1; k < Math.min(to, open + 2 + max); k++) {
    const t = tokens[k];
    if (t.kind === 'punct') return k > open + 1 && (t.text === CLOSING_FOR[mark] || (mark === '“' && t.text === '"')) ? k : -1;
    if (t.kind !== 'word' && t.kind !== 'latin') return -1;
  }
  return -1;
}

/**
 * Outlet mentions in the sentence [from, to): someone spoke to them, «لـ«…»» or «إلى "…"» after a
 * reporting word (`context`: lang/ar/outlets.ts), «مع "…"» after a word of an interview («في
 * مقابلة خاصة مع "العربية"»).
 */
export function spokenTo(tokens: readonly Token[], from: number, to: number, context: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  for (let i = from; i + 3 < to; i++) {
    const l = tokens[i];
    if (l.kind !== 'word' || (l.norm !== 'ل' && l.norm !== 'الي' && l.norm !== 'مع')) continue;
    const cue = l.norm === 'مع' ? INTERVIEW_WORDS : context;
    const open = tokens[i + 1];
    if (open.kind !== 'punct' || !OPENING_MARKS.has(open.text)) continue;
    const close = closingMark(tokens, i + 1, to, 3);
    if (close < 0) continue;
    let cued = false;
    for (let k = Math.max(from, i - 3); k < i && !cued; k++) {
      const w = tokens[k].norm.replace(/^[وف]/, '');
      cued = cue.has(tokens[k].norm) || cue.has(w);
    }
    if (cued) out.push(makeMention(tokens, i + 2, close, 'ORG', '', 'rule'));
  }
  return out;
}

interface OutletWords {
  heads: PhraseIndex;
  descriptors: ReadonlySet<string>;
}

let words: OutletWords | null = null;
function outletWords(): OutletWords {
  if (words) return words;
  const heads = new PhraseIndex();
  for (const h of OUTLET_HEADS) heads.add(h, 'ORG');
  return (words = { heads, descriptors: new Set(OUTLET_DESCRIPTORS.map(normalizeWord)) });
}

/** Heads whose everyday sense is common («موقع الحادث», «قناة السويس», «شبكة الطرق»): only a quoted or listed name follows. */
const LOOSE_HEADS = new Set(['قناه', 'شبكه', 'موقع', 'وكاله'].map(normalizeWord));
/** Kinds the mention keeps and the entity's name leaves out (roles.ts). */
const MEDIA = new Set(MEDIA_HEADS.map(normalizeWord));

/** The outlet's name after its kind: «صحيفة «الوئام»», «صحيفة الحياة اللندنية» → الوئام، الحياة. */
export function namedOutlets(tokens: readonly Token[], from: number, to: number, lex: NameLexicon): Mention[] {
  const { heads, descriptors } = outletWords();
  const out: Mention[] = [];
  for (let i = from; i < to - 1; i++) {
    const head = heads.matchAt(tokens, i, to);
    if (!head) continue;
    // A listed name that begins with the kind («وكالة تونس إفريقيا للأنباء») is read whole by the
    // lexicon rule.
    const whole = lex.phrases.matchAt(tokens, i, to);
    if (whole && whole.entry.type === 'ORG' && !whole.entry.ambiguous && whole.length > head.length + 1) {
      i += whole.length - 1;
      continue;
    }
    let j = i + head.length;
    if (j >= to) break;
    const start = j;
    if (tokens[j].kind === 'punct' && OPENING_MARKS.has(tokens[j].text)) {
      const close = closingMark(tokens, j, to, 4);
      if (close > j + 1) out.push(makeMention(tokens, j + 1, close, 'ORG', '', 'rule'));
      i = Math.max(i, close);
      continue;
    }
    // Unquoted: a listed name, or (after a newspaper's kind) up to three name-like words.
    const listed = lex.phrases.matchAt(tokens, j, to);
    // A news agency is named with its kind and its country: «وكالة الأنباء السعودية», «وكالة
    // أنباء الأناضول» (ANT: «وكالة الأنباء» + a nationality over 2,000 times).
    if (head.length === 2) {
      let k = j;
      // (An adjective of its own before the country: «وكالة الأنباء المركزية الكورية».)
      if (j + 1 < to && tokens[j].kind === 'word' && tokens[j].norm.startsWith('ال') && isNisba(tokens[j].norm) && !isNationality(lex, tokens[j].norm) && !descriptors.has(tokens[j].norm) && tokens[j + 1].kind === 'word' && isNationality(lex, tokens[j + 1].norm)) k++;
      while (k < to && k - j < 2 && tokens[k].kind === 'word' && isNationality(lex, tokens[k].norm)) k++;
      if (k === j && listed && listed.prefix === '' && listed.entry.type !== 'PER') k = j + listed.length;
      if (k > j) {
        out.push(makeMention(tokens, i, k, 'ORG', head.prefix, 'rule', head.stem));
        i = k - 1;
        continue;
      }
    }
    const loose = head.length === 1 && LOOSE_HEADS.has(head.stem);
    const media = head.length === 1 && MEDIA.has(head.stem);
    if (listed && listed.prefix === '' && (!loose || lex.phrases.lookup(listed.entry.words).some((e) => e.type === 'ORG'))) {
      out.push(media ? makeMention(tokens, i, j + listed.length, 'ORG', head.prefix, 'rule', head.stem) : makeMention(tokens, j, j + listed.length, 'ORG', '', 'rule'));
      i = j + listed.length - 1;
      continue;
    }
    // After «قناة», «شبكة», «موقع»: a name the organization lists hold, or one an outlet's
    // descriptor follows («قناة الجزيرة الفضائية»).
    if (loose) {
      const t = tokens[j];
      const u = tokens[j + 1];
      const org = t.kind === 'word' && (nameListBits(t.norm) & ListBit.OrgAlone) !== 0;
      const described = t.kind === 'word' && t.norm.startsWith('ال') && u !== undefined && j + 1 < to && descriptors.has(u.norm);
      // An agency's country is part of its name: «وكالة الصحافة الفرنسية», «وكالة الفضاء الأوروبية».
      const end = head.stem === 'وكاله' && t.norm.startsWith('ال') && u !== undefined && j + 1 < to && isNationality(lex, u.norm) ? j + 2 : j + 1;
      if (org || described) out.push(media ? makeMention(tokens, i, end, 'ORG', head.prefix, 'rule', head.stem) : makeMention(tokens, j, end, 'ORG', '', 'rule'));
      continue;
    }
    while (j < to && j - start < 3) {
      const t = tokens[j];
      if ((t.kind !== 'word' && t.kind !== 'latin') || lex.notName.has(t.norm) || descriptors.has(t.norm) || isNationality(lex, t.norm) || lex.titles.has(t.norm)) break;
      // A verb (present tense) or an indefinite common noun does not start a newspaper's name.
      if (j === start && t.kind === 'word' && !t.norm.startsWith('ال') && !lex.phrases.hasFirst(t.norm)) break;
      // «صحيفة الأيام تقريرا قالت فيه»: after an Arabic (definite) name, an indefinite accusative
      // is the verb's object («صحيفة كورييري ديلاسيرا» is a name throughout).
      if (j > start && tokens[start].norm.startsWith('ال') && t.kind === 'word' && !t.norm.startsWith('ال') && t.norm.endsWith('ا') && t.norm.length >= 4 && !lex.phrases.hasFirst(t.norm)) break;
      j++;
    }
    // The mention keeps the outlet's kind («صحيفة الوئام»); the entity is named without it (roles.ts).
    if (j > start) out.push(media ? makeMention(tokens, i, j, 'ORG', head.prefix, 'rule', head.stem) : makeMention(tokens, start, j, 'ORG', '', 'rule'));
    i = Math.max(i, j - 1);
  }
  return out;
}

/**
 * Datelines and bylines at the head of a paragraph: «الرياض - واس:», «القاهرة (رويترز) -» name
 * the place and the agency (a listed organization, or the words in brackets); «آسيا العتروس - تونس» names
 * the writer, whose name may be a place's too.
 */
export function datelines(doc: Doc, lex: NameLexicon): Mention[] {
  const { tokens } = doc;
  const out: Mention[] = [];
  let k = 0;
  for (const p of doc.paragraphs) {
    while (k < tokens.length && tokens[k].end <= p.start) k++;
    const first = k;
    let end = first;
    while (end < tokens.length && tokens[end].start < p.end && end - first < 12) end++;
    if (end - first < 3) continue;
    // The head of the paragraph: the whole of a short one, or what comes before a colon
    // («… - سبق - الرياض: أصدر …»).
    let headEnd = end >= tokens.length || tokens[end].start >= p.end ? end : -1;
    for (let c = first + 2; c < end && headEnd < 0; c++) if (tokens[c].text === ':') headEnd = c;
    if (headEnd > first) {
      const header = headerOutlet(tokens, first, headEnd, lex);
      if (header) {
        out.push(header);
        continue;
      }
    }
    const place = lex.phrases.matchAt(tokens, first, end);
    const dash = (i: number) => i < end && tokens[i].kind === 'punct' && DASHES.has(tokens[i].text);
    let after = place ? first + place.length : first;
    if (tokens[after]?.text === '،' || tokens[after]?.text === ',') after++;
    if (place && place.entry.type === 'LOC' && (dash(after) || tokens[after]?.text === '(')) {
      let j = after;
      const bracket = tokens[j]?.text === '(' ? j : -1;
      if (dash(j)) j++;
      const open = tokens[j]?.text === '(' ? j : bracket;
      if (open === j) j++;
      const nameStart = j;
      while (j < end && j - nameStart < 3 && (tokens[j].kind === 'word' || tokens[j].kind === 'latin')) j++;
      if (j === nameStart) continue;
      const closed = open >= 0 && tokens[j]?.text === ')';
      const agency = lex.phrases.matchAt(tokens, nameStart, j);
      if (closed || (agency && agency.entry.type === 'ORG' && agency.length === j - nameStart)) {
        // The dateline's city is the place the story is filed from, whatever the tagger makes of
        // a capital before an agency («واشنطن (CNN)» is no metonymy for the government).
        out.push(makeMention(tokens, first, first + place.length, 'LOC', place.prefix, 'rule', place.stem), makeMention(tokens, nameStart, j, 'ORG', '', 'rule'));
      }
      continue;
    }
    // A byline: two or three name words, a dash, a listed place, and nothing else on the line.
    let j = first;
    while (j < end && j - first < 3 && tokens[j].kind === 'word' && !lex.notName.has(tokens[j].norm)) j++;
    if (j - first < 2 || !dash(j)) continue;
    const where = lex.phrases.matchAt(tokens, j + 1, end);
    if (where && where.entry.type === 'LOC' && j + 1 + where.length === end && end - first < 8) out.push(makeMention(tokens, first, j, 'PER', '', 'rule'));
  }
  return out;
}


/** Words of a date in a dateline: «26 شوال 1436 هـ الموافق 11 أغسطس 2015 م». */
const DATE_WORDS: ReadonlySet<string> = new Set([...MONTHS.flatMap((m) => m.names.flatMap((n) => n.split(' '))), 'ه', 'م', 'الموافق'].map(normalizeWord));
const SEPARATORS = new Set([...DASHES, ':', '،', ',', '(', ')']);

/**
 * A whole short line at the head of a paragraph that names an outlet among its parts: «الرياض 26
 * شوال 1436 هـ واس» (a place and a date, then the agency), «سلوى حداد – النهار» or «كمال
 * يوسف - النهار - بيروت» (a writer, the outlet, a place), «النهار – بيروت». One part is read as
 * the outlet only when the others are a listed place, a date or a writer's name.
 */
function headerOutlet(tokens: readonly Token[], first: number, end: number, lex: NameLexicon): Mention | null {
  // Place and date, then the agency.
  const place = lex.phrases.matchAt(tokens, first, end);
  if (place && place.entry.type === 'LOC') {
    let j = first + place.length;
    let dated = 0;
    while (j < end && (tokens[j].kind === 'number' || DATE_WORDS.has(tokens[j].norm) || SEPARATORS.has(tokens[j].text))) {
      if (tokens[j].kind === 'number') dated++;
      j++;
    }
    const rest = nameWords(tokens, j, end, lex);
    if (dated >= 2 && rest > 0 && j + rest === end) return makeMention(tokens, j, end, 'ORG', '', 'rule');
  }
  // Parts between dashes: exactly one that is neither a place nor a writer is the outlet.
  const parts: [number, number][] = [];
  let s = first;
  for (let k = first; k <= end; k++) {
    if (k < end && !(tokens[k].kind === 'punct' && DASHES.has(tokens[k].text))) continue;
    let e = k;
    while (e > s && tokens[e - 1].kind === 'punct' && (tokens[e - 1].text === ':' || tokens[e - 1].text === '.')) e--;
    if (e > s) parts.push([s, e]);
    s = k + 1;
  }
  if (parts.length < 2 || parts.length > 3) return null;
  let outlet: [number, number] | null = null;
  for (const [a, b] of parts) {
    const listed = lex.phrases.matchAt(tokens, a, b);
    const isPlace = listed !== null && listed.entry.type === 'LOC' && listed.length === b - a;
    const writer = b - a >= 2 && b - a <= 3 && nameWords(tokens, a, b, lex) === b - a && lex.givenNames.has(tokens[a].norm);
    if (isPlace || writer) continue;
    // (The outlet's name may be an everyday word: «اليوم», «سبق».)
    if (outlet || b - a > 2 || tokens.slice(a, b).some((t) => (t.kind !== 'word' && t.kind !== 'latin') || lex.titles.has(t.norm))) return null;
    outlet = [a, b];
  }
  return outlet && makeMention(tokens, outlet[0], outlet[1], 'ORG', '', 'rule');
}

/** How many tokens from `from` (up to `to`, at most two) are name-like words. */
function nameWords(tokens: readonly Token[], from: number, to: number, lex: NameLexicon): number {
  let j = from;
  while (j < to && j - from < 3 && (tokens[j].kind === 'word' || tokens[j].kind === 'latin') && !lex.notName.has(tokens[j].norm) && !lex.titles.has(tokens[j].norm)) j++;
  return j - from;
}

const KINDS: ReadonlySet<string> = new Set(DESCRIBED_KINDS.map(normalizeWord));
const DESCRIBING: ReadonlySet<string> = new Set(DESCRIBING_ADJECTIVES.map(normalizeWord));

/**
 * «الصحيفة البريطانية», «شركة ألمانية», «الوكالة الروسية», «القناة الرسمية»: a kind of outlet or
 * company with only a nationality or plain adjectives after it describes one and names none (ANT:
 * ~35 such phrases in 3,000 articles; the annotated news lists none as a name).
 */
export function describedKind(words: readonly string[], lex: NameLexicon): boolean {
  if (words.length < 2 || !KINDS.has(words[0])) return false;
  // An adjective agrees with its noun in definiteness; a definite word after an indefinite kind is
  // a genitive, the name: «قناة العربية», «صحيفة الرياض».
  const definite = words[0].startsWith('ال');
  return words.slice(1).every((w) => w.startsWith('ال') === definite && (DESCRIBING.has(w) || isNationality(lex, definite ? w : 'ال' + w)));
}

const QUOTED_KINDS: ReadonlySet<string> = new Set(QUOTED_NAME_KINDS.map(normalizeWord));
const NAMING: ReadonlySet<string> = new Set(NAMING_KINDS.map(normalizeWord));
/** Words that make what the marks hold a clause, not a name: «جمعية "عليها أن تترشح"». Normalized. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['ان', 'انه', 'انها', 'الذي', 'التي', 'الذين', 'لا', 'لم', 'لن', 'قد', 'سوف', 'عليها', 'عليه', 'هو', 'هي', 'الي', 'في', 'من', 'عن', 'علي', 'مع']);

/**
 * An organization named in quotation marks right after its kind (lang/ar/triggers.ts): «حزب
 * "الكتائب"», «منظمة "أنقذوا الأطفال"» — the name is what the marks hold, up to five words. Not
 * an adjective in quotes («منظمة "إرهابية"», «جماعة "نازية جديدة"») nor a clause (a function word
 * inside).
 */
export function quotedOrganizations(tokens: readonly Token[], from: number, to: number, lex: NameLexicon): Mention[] {
  return namesAfterKind(tokens, from, to, QUOTED_KINDS, 5, (i, open, close, words) => {
    const first = words[0].norm;
    if (words.some((w) => w.kind === 'word' && CLAUSE_WORDS.has(w.norm))) return null;
    if (words.every((w) => w.kind === 'word' && !w.norm.startsWith('ال') && isNisba(w.norm)) || (!first.startsWith('ال') && isNisba(first) && words.length <= 2 && words.every((w) => w.kind === 'word'))) return null;
    // (One everyday word no list holds as a name is a description in quotes: «فريق "مقاومة"».)
    if (words.length === 1 && words[0].kind === 'word' && !first.startsWith('ال') && newsFrequency(first) >= 9 && nameListBits(first) === 0) return null;
    // (A coalition described by everyday words is named with its kind: «تحالف "دعم الشرعية"».)
    const kind = stemIn(tokens[i].norm, NAMING);
    if (kind && words[0].kind === 'word' && !first.startsWith('ال') && newsFrequency(first) >= 9 && nameListBits(first) === 0) {
      return makeMention(tokens, i, close + 1, 'ORG', kind.prefix, 'rule', kind.stem);
    }
    return makeMention(tokens, open + 1, close, 'ORG', '', 'rule');
  });
}

/**
 * Each name in quotation marks right after a word of a kind in `heads` (up to `max` words between
 * the marks), offered to `read`, which gives its mention or null; a name read is skipped past.
 */
function namesAfterKind(
  tokens: readonly Token[],
  from: number,
  to: number,
  heads: ReadonlySet<string>,
  max: number,
  read: (kind: number, open: number, close: number, words: readonly Token[]) => Mention | null,
): Mention[] {
  const out: Mention[] = [];
  for (let i = from; i + 2 < to; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !stemIn(t.norm, heads)) continue;
    const open = i + 1;
    if (tokens[open].kind !== 'punct' || !OPENING_MARKS.has(tokens[open].text)) continue;
    const close = closingMark(tokens, open, to, max);
    if (close < 0) continue;
    const mention = read(i, open, close, tokens.slice(open + 1, close));
    if (!mention) continue;
    out.push(mention);
    i = close;
  }
  return out;
}

/**
 * A place named in quotation marks right after its kind (QUOTED_PLACE_KINDS): «منطقة "العطفين"»,
 * «قرية "آل صبحان"», «مطار "رامون" الدولي» (ANT: of 400 such phrases, 270 were not read as a
 * place, 80 of them as an organization). The name is what the marks hold, up to three words, not
 * the kind (as the annotators list it). Not an everyday word («غرب منطقة "محلي"»), an adjective
 * («إقليم "مستقل"»), a clause, nor a listed organization or person («ولاية "داعش"», «مطار "شارل
 * ديغول"»).
 */
export function quotedPlaces(tokens: readonly Token[], from: number, to: number, lex: NameLexicon): Mention[] {
  return namesAfterKind(tokens, from, to, QUOTED_PLACE_HEADS, 3, (_, open, close, words) => {
    const first = words[0].norm;
    if (words.some((w) => w.kind !== 'word' || CLAUSE_WORDS.has(w.norm) || lex.notName.has(w.norm)) || isNationality(lex, first)) return null;
    // (A rare word shaped as an adjective is a name: «حي "محمودية"».)
    if (!first.startsWith('ال') && ((isNisba(first) && newsFrequency(first) >= 4) || newsFrequency(first) >= 9) && nameListBits(first) === 0) return null;
    // (A one-word given name is the place's own: «مطار "رامون"».)
    if (lex.phrases.lookup(words.map((w) => w.norm)).some((e) => e.type !== 'LOC') || (nameListBits(first) & ListBit.OrgAlone) !== 0 || (words.length > 1 && lex.givenNames.has(first))) return null;
    return makeMention(tokens, open + 1, close, 'LOC', '', 'rule');
  });
}
const QUOTED_PLACE_HEADS: ReadonlySet<string> = new Set(QUOTED_PLACE_KINDS.map(normalizeWord));

/** Kinds before a name written in Latin letters: the organizations' (quoted names) and the outlets'. */
const LATIN_KINDS: ReadonlySet<string> = new Set([...QUOTED_NAME_KINDS, ...MEDIA_HEADS].map(normalizeWord));
/** Marks inside a Latin name when glued to its words: «Change.org», «AT&T», «Wi-Fi». */
const LATIN_JOINERS = new Set(['.', '&', '-']);

/**
 * An organization or an outlet named in Latin letters right after its kind: «شركة Recorded
 * Future», «موقع Change.org», «منظمة PKK» (ANT: ~120 such phrases in 6,000 articles, a quarter of
 * them missed without this). The name is the run of Latin words, up to four.
 */
export function latinNamed(tokens: readonly Token[], from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let i = from; i + 1 < to; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || tokens[i + 1].kind !== 'latin' || !stemIn(t.norm, LATIN_KINDS)) continue;
    let j = i + 2;
    let words = 1;
    while (j < to && words < 4) {
      const u = tokens[j];
      if (u.kind === 'latin') ((words += 1), (j += 1));
      else if (u.kind === 'punct' && LATIN_JOINERS.has(u.text) && j + 1 < to && u.start === tokens[j - 1].end && tokens[j + 1].kind === 'latin' && tokens[j + 1].start === u.end) j += 1;
      else break;
    }
    out.push(makeMention(tokens, i + 1, j, 'ORG', '', 'rule'));
    i = j - 1;
  }
  return out;
}
