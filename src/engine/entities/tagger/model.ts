/**
 * The linear-chain model: weights of hashed features per label, label-transition weights, and
 * Viterbi decoding under BIO constraints (I-X only after B-X or I-X). The committed model is a
 * compact binary (quantized weights, sorted feature hashes) stored as base64 so the bundler embeds
 * it as a string; it is decoded once, into an open-addressing table for fast lookup.
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
  /** Adds the weight row of feature `h` into `out` (length L); unknown features add nothing. */
  addRow(h: number, out: Float64Array | Float32Array, scale?: number): void;
  /** Transition weights [(L + 1) * L], row L = from the sentence start. */
  readonly trans: Float32Array | Float64Array;
}

/**
 * Best label sequence for `n` tokens given emission scores `emit[i * L + y]`. Plain arrays are
 * reused across calls so tagging a long document allocates little.
 */
export function viterbi(n: number, emit: Float64Array | Float32Array, trans: Float32Array | Float64Array, out: Uint8Array = new Uint8Array(n)): Uint8Array {
  if (n === 0) return out;
  const delta = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let y = 0; y < L; y++) delta[y] = ALLOWED[L * L + y] ? trans[L * L + y] + emit[y] : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + y]) continue;
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
  const row = new Float64Array(L);
  for (let i = 0; i < n; i++) {
    row.fill(0);
    for (let k = offsets[i]; k < offsets[i + 1]; k++) w.addRow(feats[k], row);
    emit.set(row, i * L);
  }
  return emit;
}

// ---------------------------------------------------------------------------------------------
// The packed model.

const MAGIC = 0x4e45524d; // "NERM"

/** A trained model in packed form: sorted feature hashes, int16 weights, float transitions. */
export interface PackedModel {
  keys: Uint32Array;
  /** keys.length * L quantized weights. */
  weights: Int16Array;
  scale: number;
  trans: Float32Array;
}

export function pack(keys: Uint32Array, weights: Float64Array, trans: Float64Array): PackedModel {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i] / scale);
  return { keys, weights: q, scale, trans: Float32Array.from(trans) };
}

/**
 * Binary layout, little-endian: magic u32, labels u32, features u32, scale f32, transitions
 * f32[(L+1)L], then the key column as deltas (varint; keys are sorted) and the weights column by
 * label, as zigzag varints: many zeros and small values, so it stays compact before gzip.
 */
export function serialize(m: PackedModel): Uint8Array {
  const n = m.keys.length;
  const bytes: number[] = [];
  const u32 = (v: number) => bytes.push(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255);
  const varint = (v: number) => {
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    bytes.push(v);
  };
  u32(MAGIC);
  u32(L);
  u32(n);
  const f = new DataView(new ArrayBuffer(4));
  f.setFloat32(0, m.scale, true);
  for (let i = 0; i < 4; i++) bytes.push(f.getUint8(i));
  for (let i = 0; i < (L + 1) * L; i++) {
    f.setFloat32(0, m.trans[i], true);
    for (let b = 0; b < 4; b++) bytes.push(f.getUint8(b));
  }
  let prev = 0;
  for (let i = 0; i < n; i++) {
    varint(m.keys[i] - prev);
    prev = m.keys[i];
  }
  for (let y = 0; y < L; y++) {
    for (let i = 0; i < n; i++) {
      const v = m.weights[i * L + y];
      varint(v >= 0 ? v * 2 : -v * 2 - 1);
    }
  }
  return Uint8Array.from(bytes);
}

/** Open-addressing table from feature hash to weight row, built from a serialized model. */
export class PackedWeights implements Weights {
  readonly trans: Float32Array;
  private readonly table: Uint32Array;
  private readonly rowOf: Int32Array;
  private readonly w: Float32Array;
  private readonly mask: number;
  readonly size: number;

  constructor(bin: Uint8Array) {
    const dv = new DataView(bin.buffer, bin.byteOffset, bin.byteLength);
    if (dv.getUint32(0, true) !== MAGIC || dv.getUint32(4, true) !== L) throw new Error('not a NER model');
    const n = dv.getUint32(8, true);
    const scale = dv.getFloat32(12, true);
    let pos = 16;
    this.trans = new Float32Array((L + 1) * L);
    for (let i = 0; i < this.trans.length; i++, pos += 4) this.trans[i] = dv.getFloat32(pos, true);
    const varint = () => {
      let v = 0;
      let mul = 1;
      for (;;) {
        const b = bin[pos++];
        v += (b & 0x7f) * mul;
        if (b < 0x80) return v;
        mul *= 128;
      }
    };
    const keys = new Uint32Array(n);
    let prev = 0;
    for (let i = 0; i < n; i++) keys[i] = prev = prev + varint();
    this.w = new Float32Array(n * L);
    for (let y = 0; y < L; y++) {
      for (let i = 0; i < n; i++) {
        const z = varint();
        this.w[i * L + y] = (z & 1 ? -(z + 1) / 2 : z / 2) * scale;
      }
    }
    let cap = 1;
    while (cap < n * 2) cap <<= 1;
    this.mask = cap - 1;
    this.table = new Uint32Array(cap);
    this.rowOf = new Int32Array(cap);
    for (let i = 0; i < n; i++) {
      let s = Math.imul(keys[i], 0x9e3779b1) >>> 0 & this.mask;
      while (this.table[s] !== 0) s = (s + 1) & this.mask;
      this.table[s] = keys[i];
      this.rowOf[s] = i * L;
    }
    this.size = n;
  }

  addRow(h: number, out: Float64Array | Float32Array, scale = 1): void {
    let s = Math.imul(h, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const k = this.table[s];
      if (k === h) {
        const r = this.rowOf[s];
        for (let y = 0; y < L; y++) out[y] += this.w[r + y] * scale;
        return;
      }
      if (k === 0) return;
      s = (s + 1) & this.mask;
    }
  }
}

/** Base64 without relying on Node's Buffer (the engine also runs in the browser). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
