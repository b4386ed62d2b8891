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

export interface GluedPart {
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
