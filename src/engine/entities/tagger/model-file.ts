/**
 * The names model as one binary file (`models/ner-model.bin`), read in place: every section is a
 * typed array over the file's bytes, so loading costs no decoding, no parsing and no table
 * building — the first analysis of a fresh worker pays only for reading the file.
 *
 * Layout, little-endian, every section 4-byte aligned:
 *   u32 magic «NERB», u32 format version, u32 section count, then per section u32 id, u32 byte
 *   offset, u32 byte length; then the sections:
 *   - `meta`: UTF-8 JSON (`ModelMeta`);
 *   - `keys`: u32[n], the feature hashes of both passes, sorted; `kidx` their bucket index
 *     (tables.ts `bucketIndex`: each sorted column comes with one, `widx`, `pidx`…, so loading
 *     counts nothing);
 *   - `wgts`: i8[n × 2L], per feature the quantized weights of pass 1 then pass 2;
 *   - `book`: f32[2 × 256], each pass's codebook (weight code → weight);
 *   - `tran`: f32[2 × (L+1)L], each pass's transition weights;
 *   - `wkey`/`wval`/`wlex`: u32[m] sorted hashes of normalized words, their packed entry (cluster,
 *     name lists, frequency) and their classes in the hand-written lexicons (tables.ts);
 *   - `pkey`/`pval`: u32[k] sorted hashes of name-list phrases and their prefixes, u8[k] flags;
 *   - `gkey`/`gval`: the same for the hand-written gazetteer;
 *   - `skey`/`sval`: u32 hashes of one-word names' consonant skeletons and their types;
 *   - `rlex`: UTF-8 JSON, the rules' name lexicon (entities/lexicon-index.ts `PackedLexicon`).
 */
import { L } from './model.js';
import type { RowsAdder, Weights } from './model.js';
import { SortedKeys } from './tables.js';
import type { TableColumns } from './tables.js';

const MAGIC = 0x4252454e; // "NERB"
export const FORMAT_VERSION = 1;

export const SECTIONS = ['meta', 'keys', 'kidx', 'wgts', 'book', 'tran', 'wkey', 'widx', 'wval', 'wlex', 'pkey', 'pidx', 'pval', 'gkey', 'gidx', 'gval', 'skey', 'sidx', 'sval', 'rlex'] as const;
export type SectionName = (typeof SECTIONS)[number];

/** What the file says about itself (also committed as ner-model.meta.json). */
export interface ModelMeta {
  [key: string]: unknown;
}

export function sectionId(name: string): number {
  return name.charCodeAt(0) | (name.charCodeAt(1) << 8) | (name.charCodeAt(2) << 16) | (name.charCodeAt(3) << 24);
}

/** The weights of one pass, looked up in the shared sorted key column. */
class PassWeights implements Weights {
  readonly trans: Float32Array;
  constructor(
    private readonly keys: SortedKeys,
    private readonly codes: Int8Array,
    private readonly book: Float32Array,
    private readonly base: number,
    trans: Float32Array,
  ) {
    this.trans = trans;
  }

  addRow(h: number, out: Float64Array | Float32Array, at: number): void {
    const i = this.keys.indexOf(h);
    if (i < 0) return;
    const r = i * 2 * L + this.base;
    for (let y = 0; y < L; y++) out[at + y] += this.book[this.codes[r + y] + 128];
  }

  /** Both passes' rows sit side by side under one key: one lookup serves the two. */
  joinedWith(other: Weights): RowsAdder | undefined {
    if (!(other instanceof PassWeights) || other.keys !== this.keys || other.codes !== this.codes) return undefined;
    const { keys, codes } = this;
    const [a, b] = [this, other];
    const bookA = a.book;
    const bookB = b.book;
    const baseA = a.base;
    const baseB = b.base;
    return (h, out, at, stride) => {
      const i = keys.indexOf(h);
      if (i < 0) return;
      const r = i * 2 * L;
      for (let y = 0; y < L; y++) {
        out[at + y] += bookA[codes[r + baseA + y] + 128];
        out[at + stride + y] += bookB[codes[r + baseB + y] + 128];
      }
    };
  }
}

export interface ModelFile {
  meta: ModelMeta;
  passes: [Weights, Weights];
  tables: TableColumns;
  /** The rules' lexicon, parsed JSON (its type is the reader's: lexicon-index.ts). */
  lexicon: unknown;
}

/** Reads a model file in place (the arrays are views over `bytes`). */
export function readModelFile(bytes: Uint8Array): ModelFile {
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || dv.getUint32(0, true) !== MAGIC) throw new Error('not a names model file');
  const version = dv.getUint32(4, true);
  if (version !== FORMAT_VERSION) throw new Error(`names model format ${version}, expected ${FORMAT_VERSION}`);
  const count = dv.getUint32(8, true);
  const at = new Map<number, [number, number]>();
  for (let s = 0; s < count; s++) at.set(dv.getUint32(12 + s * 12, true), [dv.getUint32(16 + s * 12, true), dv.getUint32(20 + s * 12, true)]);
  const section = (name: SectionName): [number, number] => {
    const s = at.get(sectionId(name));
    if (!s || s[0] + s[1] > bytes.byteLength) throw new Error(`names model file has no ${name} section`);
    return [bytes.byteOffset + s[0], s[1]];
  };
  const u32 = (name: SectionName) => {
    const [o, n] = section(name);
    return new Uint32Array(bytes.buffer, o, n >>> 2);
  };
  const f32 = (name: SectionName) => {
    const [o, n] = section(name);
    return new Float32Array(bytes.buffer, o, n >>> 2);
  };
  const json = (name: SectionName) => {
    const [o, n] = section(name);
    return JSON.parse(new TextDecoder().decode(new Uint8Array(bytes.buffer, o, n))) as unknown;
  };
  const meta = json('meta') as ModelMeta;
  const keys = u32('keys');
  const [wo, wn] = section('wgts');
  const codes = new Int8Array(bytes.buffer, wo, wn);
  if (codes.length !== keys.length * 2 * L) throw new Error('names model file: weights do not match keys');
  const book = f32('book');
  const index = new SortedKeys(keys, u32('kidx'));
  const tran = f32('tran');
  const T = (L + 1) * L;
  const u8 = (name: SectionName) => {
    const [o, n] = section(name);
    return new Uint8Array(bytes.buffer, o, n);
  };
  return {
    meta,
    passes: [new PassWeights(index, codes, book.subarray(0, 256), 0, tran.subarray(0, T)), new PassWeights(index, codes, book.subarray(256, 512), L, tran.subarray(T, 2 * T))],
    tables: {
      words: { keys: u32('wkey'), values: u32('wval'), lex: u32('wlex'), index: u32('widx') },
      phrases: { keys: u32('pkey'), flags: u8('pval'), index: u32('pidx') },
      gazetteer: { keys: u32('gkey'), flags: u8('gval'), index: u32('gidx') },
      skeletons: { keys: u32('skey'), values: u32('sval'), index: u32('sidx') },
    },
    lexicon: json('rlex'),
  };
}
