/**
 * The linear-chain model: weights of hashed features per label, label-transition weights, and
 * Viterbi decoding under BIO constraints (I-X only after B-X or I-X). The committed model is one
 * binary file read in place (model-file.ts).
 */

export const LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export const L = LABELS.length;

/** allowed[prev * L + cur]; prev = L stands for the sentence start. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let c = 0; c < L; c++) {
      const cur = LABELS[c];
      if (cur.startsWith('I-')) {
        const prev = p < L ? LABELS[p] : 'O';
        a[p * L + c] = prev !== 'O' && prev.slice(2) === cur.slice(2) ? 1 : 0;
      } else a[p * L + c] = 1;
    }
  }
  return a;
})();

/** Weight lookup by feature hash. */
export interface Weights {
  /** Adds the weight row of feature `h` into `out[at..at + L)`; unknown features add nothing. */
  addRow(h: number, out: Float64Array | Float32Array, at: number): void;
  /** Transition weights [(L + 1) * L], row L = from the sentence start. */
  readonly trans: Float32Array | Float64Array;
  /**
   * Optional: a `RowsAdder` for this pass and `other` that finds a feature once for both (when
   * they share their keys, as the passes of the model file do); undefined otherwise.
   */
  joinedWith?(other: Weights): RowsAdder | undefined;
}

/**
 * Adds the rows of feature `h` of several passes at once: pass k's into `out[at + k × stride ..)`.
 * Each output element receives one addition per feature, so the sums are those of `addRow`.
 */
export type RowsAdder = (h: number, out: Float64Array | Float32Array, at: number, stride: number) => void;

export function rowsAdder(passes: readonly Weights[]): RowsAdder {
  const joined = passes.length === 2 ? passes[0].joinedWith?.(passes[1]) : undefined;
  if (joined) return joined;
  if (passes.length === 1) {
    const [w] = passes;
    return (h, out, at) => w.addRow(h, out, at);
  }
  return (h, out, at, stride) => {
    for (let k = 0; k < passes.length; k++) passes[k].addRow(h, out, at + k * stride);
  };
}

/** For each label, the labels allowed before it (ALLOWED), in order. */
const ALLOWED_BEFORE: readonly Int32Array[] = Array.from({ length: L }, (_, y) => Int32Array.from(Array.from({ length: L }, (_, p) => p).filter((p) => ALLOWED[p * L + y])));

/** Work arrays of viterbi, grown as needed and kept across calls. */
let delta = new Float64Array(64 * L);
let back = new Uint8Array(64 * L);

/**
 * Best label sequence for `n` tokens given emission scores `emit[i * L + y]`. The work arrays are
 * reused across calls so tagging a long document allocates little.
 */
export function viterbi(n: number, emit: Float64Array | Float32Array, trans: Float32Array | Float64Array, out: Uint8Array = new Uint8Array(n)): Uint8Array {
  if (n === 0) return out;
  if (delta.length < n * L) {
    delta = new Float64Array(2 * n * L);
    back = new Uint8Array(2 * n * L);
  }
  for (let y = 0; y < L; y++) delta[y] = ALLOWED[L * L + y] ? trans[L * L + y] + emit[y] : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      const before = ALLOWED_BEFORE[y];
      for (let j = 0; j < before.length; j++) {
        const p = before[j];
        const v = delta[prevBase + p] + trans[p * L + y];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[base + y] = best + emit[base + y];
      back[base + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    const v = delta[(n - 1) * L + y];
    if (v > best) {
      best = v;
      arg = y;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
  return out;
}

/** Emission scores of a sentence from its flat hashed features. */
export function emissions(w: Weights, feats: Uint32Array, offsets: Uint32Array, n: number): Float64Array {
  const emit = new Float64Array(n * L);
  for (let i = 0; i < n; i++) for (let k = offsets[i]; k < offsets[i + 1]; k++) w.addRow(feats[k], emit, i * L);
  return emit;
}
