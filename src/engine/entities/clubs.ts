/**
 * Clubs in match reports. Named by their city («فاز روما على بولونيا 2-1», «مدافع هامبورغ»): in
 * a match report a city's name that a match construction takes is the club, an organization (the
 * annotation guideline; a country standing for its national team stays a place). The names lists hold such
 * names as places, and the tagger follows them.
 *
 * A place is read as a club when the article is about sport (several words of sport,
 * lang/ar/sport.ts) and one of its mentions stands where only a team does: after a player's or a
 * host's word («لاعب روما», «على مضيفه بولونيا»), after «على» following a win or «أمام»/«مع»
 * following a match («فوزه 4-1 على روما», «خسر أمام أشبيلية»), as the subject of a result verb
 * («فاز هامبورغ») or before a table's word («ماينتس برصيد 30 نقطة»). Then every mention of that
 * name in the article is the club. Only places listed as cities are read so (lang/ar/cities.ts):
 * countries and regions never are. Named by an everyday word («الشباب», «التعاون», «الاتفاق»,
 * lang/ar/sport.ts): the word is the club where it stands in such a position (the document stage
 * finds its other mentions).
 */
import type { Token } from '../text/tokenize.js';
import { normalizeWord } from '../text/normalize.js';
import { CITY_NAMES } from '../lang/ar/cities.js';
import { CLUB_AFTER_VERBS, CLUB_AFTER_WORDS, CLUB_BEFORE_WORDS, CLUB_WORDS, MATCH_WORDS, SPORT_WORDS, WIN_WORDS } from '../lang/ar/sport.js';
import { nameLexicon, stemIn } from './lexicon-index.js';
import type { Mention } from './mention.js';
import { makeMention, nameKey } from './mention.js';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(normalizeWord));
const SPORT = set(SPORT_WORDS);
const BEFORE = set(CLUB_BEFORE_WORDS);
const WIN = set(WIN_WORDS);
const MATCH = set(MATCH_WORDS);
const VERBS = set(CLUB_AFTER_VERBS);
const AFTER = set(CLUB_AFTER_WORDS);
const CITIES: ReadonlySet<string> = new Set(CITY_NAMES);
const CLUBS = set(CLUB_WORDS);

/** Distinct sport words an article must have to be read as a match report. */
const MIN_SPORT_WORDS = 4;
/** How far before «على»/«أمام»/«مع» the result or match word may stand («فاز 3 - 1 على»). */
const RESULT_REACH = 6;

/** The word without one leading و or ف (and, for the words before a name, ب or ل). */
const bare = (w: string) => w.replace(/^[وف](?=.{3})/, '');

export function sportArticle(tokens: readonly Token[]): boolean {
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const w = bare(t.norm);
    if (SPORT.has(w)) seen.add(w);
    if (seen.size >= MIN_SPORT_WORDS) return true;
  }
  return false;
}

/** The word tokens before `i` in the same stretch of words (punctuation stops), nearest first. */
function wordsBefore(tokens: readonly Token[], i: number, n: number): string[] {
  const out: string[] = [];
  for (let k = i - 1; k >= 0 && out.length < n; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && !/^[-–]$/.test(t.text)) break;
    if (t.kind === 'word') out.push(bare(t.norm));
  }
  return out;
}

/** Whether the mention stands where a match report puts a team. */
function teamPosition(tokens: readonly Token[], m: Mention): boolean {
  const prev = tokens[m.first - 1];
  const next = tokens[m.last];
  if (next?.kind === 'word' && AFTER.has(bare(next.norm))) return true;
  if (!prev || prev.kind !== 'word') return false;
  // The name's own clitic («لروما», «بقميص …») is not the word before it.
  const p = bare(prev.norm);
  if (BEFORE.has(p) || BEFORE.has(p.replace(/^[بل]/, '')) || VERBS.has(p)) return true;
  const before = wordsBefore(tokens, m.first - 1, RESULT_REACH);
  if (p === 'علي') return before.some((w) => WIN.has(w) || WIN.has(w.replace(/^[بل]/, '')));
  if (p === 'امام' || p === 'مع') return before.some((w) => MATCH.has(w) || MATCH.has(w.replace(/^[بل]/, '')));
  return false;
}

/**
 * Turns the places of a match report that name clubs into organizations (in place), and adds the
 * clubs named by an everyday word («الشباب», «التعاون») where the report takes it as a team and
 * nothing else was read there.
 */
export function matchReportClubs(tokens: readonly Token[], found: Mention[]): void {
  if (!sportArticle(tokens)) return;
  // A city, or a place no list holds (the tagger's guess: «ماينتس»); a listed country or region
  // stands for a national team or is the place itself.
  const lex = nameLexicon();
  const unlisted = (m: Mention) => !lex.phrases.lookup(m.words).some((e) => e.type === 'LOC');
  const candidates = found.filter((m) => m.type === 'LOC' && m.last - m.first <= 2 && (CITIES.has(nameKey(m.words)) || unlisted(m)));
  const clubs = new Set(candidates.filter((m) => teamPosition(tokens, m)).map((m) => nameKey(m.words)));
  for (const m of candidates) if (clubs.has(nameKey(m.words))) m.type = 'ORG';
  const taken = new Uint8Array(tokens.length);
  for (const m of found) taken.fill(1, m.first, m.last);
  for (const t of tokens) {
    if (t.kind !== 'word' || taken[t.index]) continue;
    const club = stemIn(t.norm, CLUBS);
    if (!club) continue;
    const m = makeMention(tokens, t.index, t.index + 1, 'ORG', club.prefix, 'rule', club.stem);
    if (teamPosition(tokens, m)) found.push(m);
  }
  found.sort((a, b) => a.start - b.start);
}
