/**
 * Document memory for the second tagging pass (stacking, after Krishnan & Manning 2006): how the
 * first pass labelled the other occurrences of a word's stem in the same document. A name the
 * first pass recognised in one clear context («قال المدرب جوزيه») then lends its label to the
 * mentions it missed («ويخشى جوزيه»). Training computes the first pass out-of-fold, so the memory
 * is as noisy as it will be at tagging time.
 */
import { MEMORY_VALUES, featureStem } from './features.js';
import { L, LABELS } from './model.js';

/** Sentences on each side that count as the same document (ANERcorp has no article breaks). */
export const MEMORY_WINDOW = 12;

const TYPES = ['O', 'PERS', 'LOC', 'ORG', 'MISC'];
/** Label id → index into TYPES. */
const TYPE_OF = Array.from({ length: L }, (_, y) => TYPES.indexOf(y === 0 ? 'O' : LABELS[y].slice(2)));

const codeOf = (s: string): number => MEMORY_VALUES.indexOf(s);
const O_CODE = TYPES.map((t) => codeOf('o' + t));
/** [type][clear][three] → code. */
const TYPE_CODE = TYPES.map((t) => [codeOf(t + 'h'), codeOf(t + 'h3'), codeOf(t + 'l'), codeOf(t + 'l3')]);

function describe(c: Int32Array, row: number | undefined, selfType: number): number {
  if (row === undefined) return 0;
  const at = (t: number) => c[row + t] - (t === selfType ? 1 : 0);
  let total = 0;
  for (let t = 0; t < TYPES.length; t++) total += at(t);
  if (total <= 0) return 0;
  let best = 0;
  let bestN = -1;
  let named = 0;
  for (let t = 0; t < TYPES.length; t++) {
    const n = at(t);
    if (n > bestN) {
      bestN = n;
      best = t;
    }
    if (t > 0) named += n;
  }
  if (best === 0 && named > 0) {
    // Mostly O, but named somewhere: say which type, weakly.
    let nt = 1;
    for (let t = 2; t < TYPES.length; t++) if (at(t) > at(nt)) nt = t;
    return O_CODE[nt];
  }
  return TYPE_CODE[best][(bestN / total >= 0.75 ? 0 : 2) + (total >= 3 ? 1 : 0)];
}

/**
 * Memory values per token (null where the stem occurs nowhere else), for every sentence, from the
 * first-pass labels `first`.
 */
export function memoryValues(sentences: readonly (readonly string[])[], first: readonly Uint8Array[], window = MEMORY_WINDOW): (string | null)[][] {
  const stems = sentences.map((s) => s.map(featureStem));
  return memoryCodes(stems, first, window).map((codes) => Array.from(codes, (c) => MEMORY_VALUES[c]));
}

/** `memoryValues` as codes into MEMORY_VALUES, from the words' feature stems. */
export function memoryCodes(stems: readonly (readonly string[])[], first: readonly Uint8Array[], window = MEMORY_WINDOW): Uint8Array[] {
  const n = stems.length;
  // Counts per stem over a sliding window of sentences: stem → its row in `counts`.
  const rowOf = new Map<string, number>();
  let total = 0;
  for (const st of stems) total += st.length;
  const counts = new Int32Array((total + 1) * TYPES.length);
  const addSentence = (i: number, sign: number) => {
    const st = stems[i];
    for (let k = 0; k < st.length; k++) {
      const w = st[k];
      if (w.length < 2) continue;
      let r = rowOf.get(w);
      if (r === undefined) rowOf.set(w, (r = rowOf.size * TYPES.length));
      counts[r + TYPE_OF[first[i][k]]] += sign;
    }
  };
  const out: Uint8Array[] = [];
  let lo = 0;
  let hi = -1; // window currently covers [lo, hi]
  for (let i = 0; i < n; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(n - 1, i + window);
    while (hi < to) addSentence(++hi, 1);
    while (lo < from) addSentence(lo++, -1);
    const st = stems[i];
    const codes = new Uint8Array(st.length);
    for (let k = 0; k < st.length; k++) if (st[k].length >= 2) codes[k] = describe(counts, rowOf.get(st[k]), TYPE_OF[first[i][k]]);
    out.push(codes);
  }
  return out;
}
