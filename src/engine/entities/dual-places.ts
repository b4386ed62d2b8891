/**
 * «بلدتي كفريا والفوعة», «محافظتي صعدة وحجة», «بين مدينتي الوجه وأملج»: a place's head in the
 * dual names two places, the second after «و». An adjective would agree in the dual
 * («الحدوديتين»), so the singular words after the head are the names, even everyday ones
 * («محافظتي البيضاء والجوف», «قريتي زيارة وعقيبه»), which the tagger reads as nothing, or as one
 * person or organization («منطقتي الزريجي والدير»).
 */
import type { Token } from '../text/tokenize.js';
import { normalizeWord } from '../text/normalize.js';
import { DUAL_PLACE_HEADS, PLACE_NAME_OPENINGS } from '../lang/ar/triggers.js';
import type { NameLexicon } from './lexicon-index.js';
import { isNationality, stemIn } from './lexicon-index.js';
import type { Mention } from './mention.js';
import { makeMention } from './mention.js';
import { isVerb } from './clause-words.js';
import { newsFrequency } from './tagger/word-facts.js';

const HEADS: ReadonlySet<string> = new Set(DUAL_PLACE_HEADS.map(normalizeWord));
const OPENINGS: ReadonlySet<string> = new Set(PLACE_NAME_OPENINGS.map(normalizeWord));

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
  // The second: «و» + a word (a direction, «وسط البلاد», or a word news writes with «و» far more
  // often than without is something else), and the word after it where the name goes on.
  const w = c.norm.slice(1);
  if (!nameWord(lex, c, w) || lex.directions.has(c.norm) || newsFrequency(c.norm) > newsFrequency(w) + 2) return null;
  // «قريتي الصغيرة وبيتي»: "my village …and my house".
  if (!w.startsWith('ال') && /ي$/.test(w) && newsFrequency(w.slice(0, -1)) >= 8) return null;
  const second = lex.phrases.matchAt(tokens, j, tokens.length);
  let end = j + 1;
  if (second && second.prefix === 'و' && second.entry.type === 'LOC') end = j + second.length;
  else if (OPENINGS.has(w) && nameWord(lex, tokens[j + 1], tokens[j + 1]?.norm ?? '') && adjacent(c, tokens[j + 1])) end = j + 2;
  return { first: [i + 1, j], second: [j, end] };
}

/**
 * Adds the two places after each dual head; a mention the tagger or a rule read over them (none a
 * place of its own span) gives way, and a place read with the head («قريتي الخوين») loses it.
 */
export function dualPlaces(tokens: readonly Token[], found: Mention[], lex: NameLexicon): void {
  let changed = false;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !stemIn(t.norm, HEADS)) continue;
    const pair = pairAfter(lex, tokens, i);
    if (!pair) continue;
    const places = [makeMention(tokens, pair.first[0], pair.first[1], 'LOC', '', 'rule'), makeMention(tokens, pair.second[0], pair.second[1], 'LOC', 'و', 'rule')];
    const from = i;
    const to = pair.second[1];
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
