/**
 * Training: an averaged structured perceptron over the linear-chain model (Collins 2002), decoded
 * with the same constrained Viterbi as tagging. Deterministic for a given seed: the sentence order
 * of each epoch comes from a seeded generator, and nothing else is random.
 */
import { L, emissions, viterbi } from '../../src/engine/entities/tagger/model.js';
import type { Weights } from '../../src/engine/entities/tagger/model.js';

export interface TrainSentence {
  feats: Uint32Array;
  offsets: Uint32Array;
  gold: Uint8Array;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are dropped (smaller model, less noise). */
  minCount: number;
  /** Called after each epoch with the averaged weights so far (for held-out curves). */
  onEpoch?: (epoch: number, averaged: DenseModel) => void;
}

/** Deterministic generator (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trained weights by dense feature id, with the hash of each id. */
export class DenseModel implements Weights {
  constructor(
    readonly keys: Uint32Array,
    readonly index: Map<number, number>,
    readonly w: Float64Array,
    readonly trans: Float64Array,
  ) {}

  addRow(h: number, out: Float64Array | Float32Array, at: number): void {
    const id = this.index.get(h);
    if (id === undefined) return;
    const r = id * L;
    for (let y = 0; y < L; y++) out[at + y] += this.w[r + y];
  }

  /**
   * Lowers the score of O on every token by `delta` (through the bias feature, present on every
   * token): trades the perceptron's high precision for recall without touching the tagger.
   */
  withOBias(delta: number, biasHash = 1): DenseModel {
    const id = this.index.get(biasHash);
    const w = Float64Array.from(this.w);
    if (id !== undefined) w[id * L] -= delta;
    return new DenseModel(this.keys, this.index, w, this.trans);
  }

  /** Rows with any weight of magnitude ≥ `min`, keys sorted (the packed model's columns). */
  pruned(min: number): { keys: Uint32Array; weights: Float64Array } {
    const rows: number[] = [];
    for (let id = 0; id < this.keys.length; id++) {
      let keep = false;
      for (let y = 0; y < L && !keep; y++) keep = Math.abs(this.w[id * L + y]) >= min;
      if (keep) rows.push(id);
    }
    rows.sort((a, b) => this.keys[a] - this.keys[b]);
    const keys = new Uint32Array(rows.length);
    const weights = new Float64Array(rows.length * L);
    rows.forEach((id, i) => {
      keys[i] = this.keys[id];
      for (let y = 0; y < L; y++) weights[i * L + y] = Math.abs(this.w[id * L + y]) >= min ? this.w[id * L + y] : 0;
    });
    return { keys, weights };
  }
}

export function trainPerceptron(data: readonly TrainSentence[], opts: TrainOptions): DenseModel {
  // Dense ids for features seen at least minCount times.
  const counts = new Map<number, number>();
  for (const s of data) for (const h of s.feats) counts.set(h, (counts.get(h) ?? 0) + 1);
  const index = new Map<number, number>();
  const keyList: number[] = [];
  for (const [h, c] of counts) {
    if (c >= opts.minCount) {
      index.set(h, keyList.length);
      keyList.push(h);
    }
  }
  const F = keyList.length;
  const ids = data.map((s) => {
    const out = new Int32Array(s.feats.length);
    for (let k = 0; k < s.feats.length; k++) out[k] = index.get(s.feats[k]) ?? -1;
    return out;
  });
  const w = new Float64Array(F * L);
  const u = new Float64Array(F * L); // Σ c·Δw, for averaging
  const T = (L + 1) * L;
  const tw = new Float64Array(T);
  const tu = new Float64Array(T);
  let c = 1;
  const live = new DenseModel(Uint32Array.from(keyList), index, w, tw);
  const rand = mulberry32(opts.seed);
  const order = data.map((_, i) => i);
  const averaged = (): DenseModel => {
    const aw = new Float64Array(F * L);
    for (let i = 0; i < aw.length; i++) aw[i] = w[i] - u[i] / c;
    const at = new Float64Array(T);
    for (let i = 0; i < T; i++) at[i] = tw[i] - tu[i] / c;
    return new DenseModel(live.keys, index, aw, at);
  };
  const emit = (s: TrainSentence, sid: Int32Array, n: number): Float64Array => {
    const e = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) {
        const id = sid[k];
        if (id < 0) continue;
        const r = id * L;
        for (let y = 0; y < L; y++) e[i * L + y] += w[r + y];
      }
    }
    return e;
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const si of order) {
      const s = data[si];
      const sid = ids[si];
      const n = s.gold.length;
      const pred = viterbi(n, emit(s, sid, n), tw);
      let same = true;
      for (let i = 0; i < n && same; i++) same = pred[i] === s.gold[i];
      if (!same) {
        for (let i = 0; i < n; i++) {
          const g = s.gold[i];
          const p = pred[i];
          if (g !== p) {
            for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) {
              const id = sid[k];
              if (id < 0) continue;
              w[id * L + g] += 1;
              u[id * L + g] += c;
              w[id * L + p] -= 1;
              u[id * L + p] -= c;
            }
          }
          const gp = i === 0 ? L : s.gold[i - 1];
          const pp = i === 0 ? L : pred[i - 1];
          if (gp !== pp || g !== p) {
            tw[gp * L + g] += 1;
            tu[gp * L + g] += c;
            tw[pp * L + p] -= 1;
            tu[pp * L + p] -= c;
          }
        }
      }
      c++;
    }
    opts.onEpoch?.(epoch, averaged());
  }
  return averaged();
}

/** Tags sentences (flat hashed features) with any weights. */
export function decodeAll(w: Weights, data: readonly { feats: Uint32Array; offsets: Uint32Array }[]): Uint8Array[] {
  return data.map((s) => {
    const n = s.offsets.length - 1;
    return viterbi(n, emissions(w, s.feats, s.offsets, n), w.trans);
  });
}
