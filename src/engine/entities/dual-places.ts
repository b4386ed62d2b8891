/**
 * «بلدتي كفريا والفوعة», «محافظتي صعدة وحجة», «بين مدينتي الوجه وأملج»: a place's head in the
 * dual names two places, the second after «و». An adjective would agree in the dual
 * («الحدوديتين»), so the singular words after the head are the names, even everyday ones
 * («محافظتي البيضاء والجوف», «قريتي زيارة وعقيبه»), which the tagger reads as nothing, or as one
 * person or organization («منطقتي الزريجي والدير»). A head in the plural names a list of places
 * the same way («محافظات إب وتعز وذمار»), where one of them is listed.
 */
import type { Token } from '../text/tokenize.js';
import { normalizeWord } from '../text/normalize.js';
import { DUAL_PLACE_HEADS, PLACE_NAME_OPENINGS, PLURAL_PLACE_HEADS } from '../lang/ar/triggers.js';
import type { NameLexicon } from './lexicon-index.js';
import { isNationality, stemIn } from './lexicon-index.js';
import type { Mention } from './mention.js';
import { makeMention } from './mention.js';
import { isVerb } from './clause-words.js';
import { newsFrequency } from './tagger/word-facts.js';

const HEADS: ReadonlySet<string> = new Set(DUAL_PLACE_HEADS.map(normalizeWord));
const OPENINGS: ReadonlySet<string> = new Set(PLACE_NAME_OPENINGS.map(normalizeWord));
const PLURAL_HEADS: ReadonlySet<string> = new Set(PLURAL_PLACE_HEADS.map(normalizeWord));

/** A word that may be part of a place's name here: no verb, particle, direction or adjective of a nation. */
function nameWord(lex: NameLexicon, t: Token | undefined, w: string): boolean {
  if (!t || t.kind !== 'word' || !/^[\u0621-\u064a]{2,}$/.test(w)) return false;
  return !lex.notName.has(w) && !lex.directions.has(w) && !lex.locHeads.has(w) && !isNationality(lex, w) && !isVerb(w, lex);
}

/** Whether `b` follows `a` with at most a space between them. */
function adjacent(a: Token, b: Token): boolean {
  return b.start - a.end <= 1;
}

/** The two places after a dual head at `i`, as token ranges, or null. */
function pairAfter(lex: NameLexicon, tokens: readonly Token[], i: number): { first: [number, number]; second: [number, number] } | null {
  // The first place: one to three words up to the word opening with «و».
  let j = i + 1;
  while (j < tokens.length && j - i <= 3 && tokens[j].kind === 'word' && adjacent(tokens[j - 1], tokens[j]) && !tokens[j].norm.startsWith('و')) {
    if (!nameWord(lex, tokens[j], tokens[j].norm)) return null;
    j++;
  }
  const c = tokens[j];
  if (j === i + 1 || !c || c.kind !== 'word' || !c.norm.startsWith('و') || !adjacent(tokens[j - 1], c)) return null;
  // The first place is a listed name or a name's words; more than one unlisted word must open a
  // place's name («دار سعد», «قمر الدين قاريز» is listed).
  const listed = lex.phrases.matchAt(tokens, i + 1, j);
  const listedPlace = listed !== null && listed.prefix === '' && listed.length === j - i - 1 && listed.entry.type === 'LOC';
  if (j - i > 2 && !listedPlace && !OPENINGS.has(tokens[i + 1].norm)) return null;
  const end = joinedPlaceEnd(lex, tokens, j);
  return end ? { first: [i + 1, j], second: [j, end] } : null;
}

/**
 * The end of the place «و» joins at token `j` to the one before, or 0: «و» + a word (a direction,
 * «وسط البلاد», or a word news writes with «و» far more often than without is something else),
 * and the word after it where the name goes on.
 */
function joinedPlaceEnd(lex: NameLexicon, tokens: readonly Token[], j: number): number {
  const c = tokens[j];
  const w = c.norm.slice(1);
  if (!nameWord(lex, c, w) || lex.directions.has(c.norm) || newsFrequency(c.norm) > newsFrequency(w) + 2) return 0;
  // «قريتي الصغيرة وبيتي»: "my village …and my house".
  if (!w.startsWith('ال') && /ي$/.test(w) && newsFrequency(w.slice(0, -1)) >= 8) return 0;
  const listed = lex.phrases.matchAt(tokens, j, tokens.length);
  if (listed && listed.prefix === 'و' && listed.entry.type === 'LOC') return j + listed.length;
  if (OPENINGS.has(w) && nameWord(lex, tokens[j + 1], tokens[j + 1]?.norm ?? '') && adjacent(c, tokens[j + 1])) return j + 2;
  return j + 1;
}

/**
 * Whether the word at `k` completes the word before it: «ومدقق | حسابات» (an auditor of accounts)
 * is no place; a function word, a verb, a direction or a definite adjective may follow a name.
 */
function inConstruct(lex: NameLexicon, tokens: readonly Token[], k: number): boolean {
  const u = tokens[k];
  if (!u || u.kind !== 'word' || !adjacent(tokens[k - 1], u)) return false;
  return !(lex.notName.has(u.norm) || lex.directions.has(u.norm) || u.norm.startsWith('ال') || u.norm.startsWith('و') || isVerb(u.norm, lex));
}

/** A verb's look on a word no list holds: the past «أكلت», «تباينت», «قالوا», the imperfect «يقولون». */
function verbLike(w: string): boolean {
  return /(ت|وا)$/.test(w) || /^ي/.test(w);
}

/**
 * «محافظات إب وتعز وذمار», «قرى المدب والغرزة»: the places a plural head names, joined by «و» or
 * commas, as token ranges with the «و» they carry. A plural head describes as often («مدن أخرى»,
 * «قرى سياحية»): one of the places at least must be listed.
 */
function listAfter(lex: NameLexicon, tokens: readonly Token[], i: number): { range: [number, number]; prefix: string }[] | null {
  const items: { range: [number, number]; prefix: string }[] = [];
  let j = i + 1;
  let listed = false;
  if (tokens[j]?.kind !== 'word' || !adjacent(tokens[i], tokens[j])) return null;
  for (;;) {
    const t = tokens[j];
    const joined = t.norm.startsWith('و') && items.length > 0;
    const known = lex.phrases.matchAt(tokens, j, tokens.length);
    let end: number;
    if (joined) end = joinedPlaceEnd(lex, tokens, j);
    else if (known && known.prefix === '' && known.entry.type === 'LOC') end = j + known.length;
    // («مناطق كاليمن وسوريا»: areas like Yemen.)
    else end = nameWord(lex, t, t.norm) && !t.norm.startsWith('و') && !(known && known.prefix !== '') ? j + 1 : 0;
    const isListed = known !== null && known.entry.type === 'LOC' && end === j + known.length;
    // An unlisted place here is a rare word without a pronoun: «مناطق القدس | وأكلت», «مدن الغوطة
    // | والخاضعة», «محافظات دمشق | وريفها» go on otherwise.
    const w = joined ? t.norm.slice(1) : t.norm;
    if (end && !isListed && (newsFrequency(w) >= 6 || /(ها|هم|هما)$/.test(w) || PLURAL_HEADS.has(w) || verbLike(w) || inConstruct(lex, tokens, end))) end = 0;
    // What follows a list closed by «و» is the sentence going on: «… وصعدة، | ويقطع».
    if (!end) {
      if (items.length && items[items.length - 1].prefix === 'و') break;
      return null;
    }
    if (isListed && !known.entry.ambiguous) listed = true;
    items.push({ range: [j, end], prefix: joined ? 'و' : '' });
    // The list goes on after a comma or at a word opening with «و»; it ends with the «و» item.
    const next = tokens[end];
    if (next && next.kind === 'punct' && /^[،,]$/.test(next.text) && tokens[end + 1]?.kind === 'word' && adjacent(next, tokens[end + 1])) j = end + 1;
    else if (next && next.kind === 'word' && next.norm.startsWith('و') && adjacent(tokens[end - 1], next)) j = end;
    else break;
    if (items.length > 6) return null;
  }
  return items.length >= 2 && items[items.length - 1].prefix === 'و' && listed ? items : null;
}

/**
 * Adds the places after each dual or plural head; a mention the tagger or a rule read over them
 * (none a place of its own span) gives way, and a place read with the head («قريتي الخوين») or
 * two read as one («فلوريدا وألاباما») are each place alone.
 */
export function dualPlaces(tokens: readonly Token[], found: Mention[], lex: NameLexicon): void {
  let changed = false;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const dual = stemIn(t.norm, HEADS);
    const pair = dual ? pairAfter(lex, tokens, i) : null;
    const items = pair ? [{ range: pair.first, prefix: '' }, { range: pair.second, prefix: 'و' }] : stemIn(t.norm, PLURAL_HEADS) ? listAfter(lex, tokens, i) : null;
    if (!items) continue;
    const places = items.map((x) => makeMention(tokens, x.range[0], x.range[1], 'LOC', x.prefix, 'rule'));
    const from = i;
    const to = items[items.length - 1].range[1];
    // (A mention running past the pair is read otherwise: «… وحجة | خلال» stays as it was, unless
    // it ends on the pair's dual adjective, «ولوهانسك | الأوكرانيتين».)
    const within = (m: Mention) => m.first >= from && (m.last <= to || (m.last === to + 1 && /تين$/.test(tokens[to].norm)));
    const over = found.filter((m) => m.first < to && m.last > from + 1);
    if (over.some((m) => !within(m))) continue;
    const kept = over.filter((m) => m.type === 'LOC' && places.some((p) => p.start === m.start && p.end === m.end));
    for (const m of over) if (!kept.includes(m)) found.splice(found.indexOf(m), 1);
    for (const p of places) if (!kept.some((m) => m.start === p.start)) found.push(p);
    changed = true;
  }
  if (changed) found.sort((a, b) => a.start - b.start || b.end - a.end);
}
