/**
 * Writes the model file the engine reads in place (src/engine/entities/tagger/model-file.ts): the
 * two passes' weights over one sorted key column, each weight quantized to one byte through a
 * per-pass codebook (μ-law bins, each bin's value the mean of the weights it holds, so small
 * weights keep their resolution), the transitions, and the word and phrase tables.
 */
import { L } from '../../src/engine/entities/tagger/model.js';
import { FORMAT_VERSION, SECTIONS, sectionId } from '../../src/engine/entities/tagger/model-file.js';
import type { ModelMeta, SectionName } from '../../src/engine/entities/tagger/model-file.js';
import { bucketIndex } from '../../src/engine/entities/tagger/tables.js';
import type { TableColumns } from '../../src/engine/entities/tagger/tables.js';

export interface PassWeights {
  /** Sorted feature hashes and their weights (keys.length × L). */
  keys: Uint32Array;
  weights: Float64Array;
  trans: Float64Array;
}

const MU = 255;

/** Codes in [-127, 127] for `w` (0 stays exactly 0) and the codebook (index code + 128). */
function quantize(w: Float64Array): { codes: Int8Array; book: Float32Array } {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]));
  const codes = new Int8Array(w.length);
  const sum = new Float64Array(256);
  const count = new Float64Array(256);
  const denom = Math.log1p(MU);
  for (let i = 0; i < w.length; i++) {
    const x = w[i];
    if (x === 0 || max === 0) continue;
    let c = Math.round((127 * Math.log1p((MU * Math.abs(x)) / max)) / denom);
    if (c === 0) continue;
    c = Math.sign(x) * c;
    codes[i] = c;
    sum[c + 128] += x;
    count[c + 128]++;
  }
  const book = new Float32Array(256);
  for (let k = 0; k < 256; k++) {
    const c = k - 128;
    book[k] = count[k] ? sum[k] / count[k] : c === 0 ? 0 : Math.sign(c) * (max / MU) * Math.expm1((Math.abs(c) * denom) / 127);
  }
  book[128] = 0;
  return { codes, book };
}

/** Merges two passes' key columns: pass rows of features a pass does not have are zero. */
function mergePasses(a: PassWeights, b: PassWeights): { keys: Uint32Array; wa: Float64Array; wb: Float64Array } {
  const all = new Set<number>([...a.keys, ...b.keys]);
  const keys = Uint32Array.from(all).sort();
  const wa = new Float64Array(keys.length * L);
  const wb = new Float64Array(keys.length * L);
  const fill = (p: PassWeights, out: Float64Array) => {
    let j = 0;
    for (let i = 0; i < p.keys.length; i++) {
      while (keys[j] !== p.keys[i]) j++;
      for (let y = 0; y < L; y++) out[j * L + y] = p.weights[i * L + y];
    }
  };
  fill(a, wa);
  fill(b, wb);
  return { keys, wa, wb };
}

export interface ModelParts {
  meta: ModelMeta;
  passes: [PassWeights, PassWeights];
  tables: TableColumns;
  lexicon: unknown;
}

export function writeModelFile(parts: ModelParts): Uint8Array {
  const { keys, wa, wb } = mergePasses(parts.passes[0], parts.passes[1]);
  const qa = quantize(wa);
  const qb = quantize(wb);
  const wgts = new Int8Array(keys.length * 2 * L);
  for (let i = 0; i < keys.length; i++) {
    for (let y = 0; y < L; y++) {
      wgts[i * 2 * L + y] = qa.codes[i * L + y];
      wgts[i * 2 * L + L + y] = qb.codes[i * L + y];
    }
  }
  const book = new Float32Array(512);
  book.set(qa.book, 0);
  book.set(qb.book, 256);
  const tran = new Float32Array(2 * (L + 1) * L);
  tran.set(parts.passes[0].trans, 0);
  tran.set(parts.passes[1].trans, (L + 1) * L);
  const bytes = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const content: Record<SectionName, Uint8Array> = {
    meta: new TextEncoder().encode(JSON.stringify(parts.meta)),
    keys: bytes(keys),
    kidx: bytes(bucketIndex(keys)),
    wgts: bytes(wgts),
    book: bytes(book),
    tran: bytes(tran),
    wkey: bytes(parts.tables.words.keys),
    widx: bytes(bucketIndex(parts.tables.words.keys)),
    wval: bytes(parts.tables.words.values),
    wlex: bytes(parts.tables.words.lex),
    pkey: bytes(parts.tables.phrases.keys),
    pidx: bytes(bucketIndex(parts.tables.phrases.keys)),
    pval: bytes(parts.tables.phrases.flags),
    gkey: bytes(parts.tables.gazetteer.keys),
    gidx: bytes(bucketIndex(parts.tables.gazetteer.keys)),
    gval: bytes(parts.tables.gazetteer.flags),
    skey: bytes(parts.tables.skeletons.keys),
    sidx: bytes(bucketIndex(parts.tables.skeletons.keys)),
    sval: bytes(parts.tables.skeletons.values),
    rlex: new TextEncoder().encode(JSON.stringify(parts.lexicon)),
  };
  const head = 12 + SECTIONS.length * 12;
  let size = head;
  const offsets: number[] = [];
  for (const s of SECTIONS) {
    size = (size + 3) & ~3;
    offsets.push(size);
    size += content[s].byteLength;
  }
  const out = new Uint8Array((size + 3) & ~3);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, 0x4252454e, true);
  dv.setUint32(4, FORMAT_VERSION, true);
  dv.setUint32(8, SECTIONS.length, true);
  SECTIONS.forEach((s, k) => {
    dv.setUint32(12 + k * 12, sectionId(s), true);
    dv.setUint32(16 + k * 12, offsets[k], true);
    dv.setUint32(20 + k * 12, content[s].byteLength, true);
    out.set(content[s], offsets[k]);
  });
  return out;
}

/** The model file with one section's content replaced (the others byte for byte). */
export function replaceSection(file: Uint8Array, name: SectionName, content: Uint8Array): Uint8Array {
  const dv = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const sections: Uint8Array[] = [];
  for (let k = 0; k < SECTIONS.length; k++) {
    const o = dv.getUint32(16 + k * 12, true);
    const n = dv.getUint32(20 + k * 12, true);
    sections.push(SECTIONS[k] === name ? content : file.subarray(o, o + n));
  }
  const head = 12 + SECTIONS.length * 12;
  let size = head;
  const offsets: number[] = [];
  for (const c of sections) {
    size = (size + 3) & ~3;
    offsets.push(size);
    size += c.byteLength;
  }
  const out = new Uint8Array((size + 3) & ~3);
  out.set(file.subarray(0, 12));
  const ov = new DataView(out.buffer);
  SECTIONS.forEach((s, k) => {
    ov.setUint32(12 + k * 12, sectionId(s), true);
    ov.setUint32(16 + k * 12, offsets[k], true);
    ov.setUint32(20 + k * 12, sections[k].byteLength, true);
    out.set(sections[k], offsets[k]);
  });
  return out;
}

/**
 * The model file without the features whose weights are all smaller than `min` in both passes
 * (after quantization): the same pruning as training's, applied to a file already written.
 */
export function pruneModelFile(bytes: Uint8Array, min: number): { file: Uint8Array; kept: number; of: number } {
  // A copy of our own: a Node Buffer's slices are views into a shared pool.
  const file = Uint8Array.from(bytes);
  const dv = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const section = (name: SectionName) => {
    const k = SECTIONS.indexOf(name);
    const o = dv.getUint32(16 + k * 12, true);
    return file.slice(o, o + dv.getUint32(20 + k * 12, true));
  };
  const keys = new Uint32Array(section('keys').buffer);
  const codes = new Int8Array(section('wgts').buffer);
  const book = new Float32Array(section('book').buffer);
  const keep: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    let m = 0;
    for (let y = 0; y < 2 * L; y++) m = Math.max(m, Math.abs(book[(y < L ? 0 : 256) + codes[i * 2 * L + y] + 128]));
    // The bias feature (hash 1) stays whatever its weight: the O-bias lives on it.
    if (m >= min || keys[i] === 1) keep.push(i);
  }
  const k2 = Uint32Array.from(keep, (i) => keys[i]);
  const w2 = new Int8Array(keep.length * 2 * L);
  keep.forEach((i, j) => w2.set(codes.subarray(i * 2 * L, (i + 1) * 2 * L), j * 2 * L));
  let out = replaceSection(file, 'keys', new Uint8Array(k2.buffer));
  out = replaceSection(out, 'kidx', new Uint8Array(bucketIndex(k2).buffer));
  out = replaceSection(out, 'wgts', new Uint8Array(w2.buffer));
  return { file: out, kept: keep.length, of: keys.length };
}
