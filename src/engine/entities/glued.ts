/**
 * Glued words: news text sometimes loses the space between two words («فرنساروسيا»). This
 * proposes a split when a token is unknown as a whole but reads as two known halves. It is
 * lexicon-driven and conservative: a token that is itself a known word (with or without its
 * clitics) is never split, each half needs at least three letters, and halves that are not
 * names must both be frequent words.
 */
import type { Token } from '../text/tokenize.js';
import { originalOffset } from '../text/tokenize.js';
import { CLITIC_POLICIES, findReading, readings } from '../text/clitics.js';
import type { NameLexicon, NameType } from './lexicon-index.js';
import type { Mention } from './mention.js';

interface GluedPart {
  /** Span of the part in the original text (clitics of the part included). */
  start: number;
  end: number;
  text: string;
  /** Normalized part, and the normalized proclitics at its start ('' when none). */
  norm: string;
  prefix: string;
  /** Normalized stem the lexicon knows. */
  stem: string;
}

export interface GluedSplit {
  parts: [GluedPart, GluedPart];
  /** True when both halves are names (the case entities use). */
  names: boolean;
}

export interface GluedLexicon {
  /** True when the normalized word is a known name (place, person, organization). */
  isName(norm: string): boolean;
  /** True when the normalized word is a known, frequent ordinary word. */
  isWord(norm: string): boolean;
}

const MIN_PART = 3;

/** The stem under which a normalized half is known, allowing proclitics on it («وروسيا» → روسيا). */
function knownStem(norm: string, known: (w: string) => boolean, clitics: boolean): { stem: string; prefix: string } | null {
  if (known(norm)) return { stem: norm, prefix: '' };
  if (!clitics) return null;
  const s = findReading(norm, known, { ...CLITIC_POLICIES.proclitics, prefixRequired: true, minStem: MIN_PART });
  return s && { stem: s.stem, prefix: s.prefix };
}

/** True when some reading of the whole word (clitics and pronoun suffixes removed) is known. */
function knownWhole(norm: string, lex: GluedLexicon): boolean {
  for (const s of readings(norm)) if (lex.isName(s.stem) || lex.isWord(s.stem)) return true;
  return false;
}

/** Where in `token.text` normalized index `k` starts (the cut point between the two halves). */
function cutAt(token: Token, k: number): number {
  return originalOffset(token, k);
}

/**
 * A split of `token` into two known halves, or null. Names are preferred over ordinary words;
 * among several name splits, the one with the most balanced halves wins.
 */
export function proposeSplit(token: Token, lex: GluedLexicon): GluedSplit | null {
  if (token.kind !== 'word') return null;
  const norm = token.norm;
  if (norm.length < 2 * MIN_PART || norm.length > 30) return null;
  if (knownWhole(norm, lex)) return null;
  let best: { k: number; left: { stem: string; prefix: string }; right: { stem: string; prefix: string }; names: boolean } | null = null;
  for (let k = MIN_PART; k <= norm.length - MIN_PART; k++) {
    const a = norm.slice(0, k);
    const b = norm.slice(k);
    const la = knownStem(a, lex.isName, true);
    const lb = la ? knownStem(b, lex.isName, true) : null;
    if (la && lb && (lb.prefix === '' || lb.prefix === 'و')) {
      if (!best || !best.names || Math.abs(norm.length - 2 * k) < Math.abs(norm.length - 2 * best.k)) best = { k, left: la, right: lb, names: true };
      continue;
    }
    if (best?.names) continue;
    const wa = knownStem(a, lex.isWord, false);
    const wb = wa ? knownStem(b, lex.isWord, false) : null;
    // Two ordinary words: only when exactly one split works, so an ambiguous cut is never guessed.
    if (wa && wb) {
      if (best) return null;
      best = { k, left: wa, right: wb, names: false };
    }
  }
  if (!best) return null;
  const cut = cutAt(token, best.k);
  if (cut <= token.start || cut >= token.end) return null;
  const part = (start: number, end: number, n: string, r: { stem: string; prefix: string }): GluedPart => ({
    start,
    end,
    text: token.text.slice(start - token.start, end - token.start),
    norm: n,
    prefix: r.prefix,
    stem: r.stem,
  });
  return {
    parts: [part(token.start, cut, norm.slice(0, best.k), best.left), part(cut, token.end, norm.slice(best.k), best.right)],
    names: best.names,
  };
}

/** The type of a single normalized word the lexicons know as a name, or null. */
export function singleWordName(lex: NameLexicon, norm: string): NameType | null {
  for (const e of lex.phrases.lookup([norm])) if (!e.ambiguous) return e.type;
  // A three-letter given name («يون», «كيم») is too easily the tail of an ordinary word (لبنانيون).
  if (lex.givenNames.has(norm) && !lex.ambiguousGiven.has(norm) && norm.length >= 4) return 'PER';
  return null;
}

function gluedLexicon(lex: NameLexicon): GluedLexicon {
  return {
    isName: (w) => singleWordName(lex, w) !== null,
    isWord: (w) => lex.notName.has(w) || lex.titles.has(w) || lex.orgHeads.has(w) || lex.locHeads.has(w),
  };
}

/** Words known not to split (most words): the check is costly and words repeat across pages. */
const unsplit = new Set<string>();

/** Mentions inside glued tokens («فرنساروسيا» → فرنسا، روسيا) among tokens no other mention covers. */
export function gluedMentions(tokens: readonly Token[], covered: (t: Token) => boolean, lex: NameLexicon): Mention[] {
  const out: Mention[] = [];
  const glex = gluedLexicon(lex);
  for (const t of tokens) {
    if (t.kind !== 'word' || t.norm.length < 6 || unsplit.has(t.norm) || covered(t)) continue;
    const split = proposeSplit(t, glex);
    if (!split) {
      if (unsplit.size > 100_000) unsplit.clear();
      unsplit.add(t.norm);
    }
    if (!split || !split.names) continue;
    const types = split.parts.map((p) => singleWordName(lex, p.stem));
    // Two given names glued («محمدعلي») are one person's name, not two entities.
    if (types[0] === 'PER' && types[1] === 'PER') continue;
    split.parts.forEach((p, k) => {
      const type = types[k];
      if (!type) return;
      const start = originalOffset({ ...t, start: p.start, end: p.end, text: p.text }, p.prefix.length);
      out.push({ type, first: t.index, last: t.index + 1, start, end: p.end, words: [p.stem], source: 'glued' });
    });
  }
  return out;
}
