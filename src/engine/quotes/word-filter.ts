/**
 * A Bloom filter over words: answers «certainly not one of them» for most words without a lookup
 * in a hash table. The quote stage asks about every token of a document; a table of all the words
 * it has seen is large, each lookup in it misses the processor's caches and hashes a string just
 * made by the tokenizer, while this filter is a few kilobytes read with two bit tests. Words it
 * lets through may still not be members (about one in a hundred), so a caller checks them as
 * before: the filter only saves work, it never decides.
 */

/** Bits per word, at least (rounded up to a power of two): two bits each keep false positives near 1%. */
const BITS_PER_WORD = 16;

const FNV_START = 0x811c9dc5;

/** FNV-1a over the UTF-16 code units. */
export function hashOf(word: string): number {
  return hashOn(FNV_START, word, 0, word.length);
}

/**
 * FNV-1a carried on over `word.slice(from, to)` from `h`, the hash of what comes before it:
 * `hashOn(hashOf(a), b, 0, b.length) === hashOf(a + b)`. A caller asks about a part of a word, or
 * a part with letters before it, without making the string.
 */
export function hashOn(h: number, word: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

export class WordFilter {
  private readonly bits: Int32Array;
  private readonly logBits: number;

  constructor(words: Iterable<string>, hashes: readonly number[] = []) {
    const all = [...hashes];
    for (const w of words) all.push(hashOf(w));
    // Small filters stay small: the stage asks several for every token, and all of them should
    // stay in the processor's caches.
    this.logBits = Math.max(10, Math.ceil(Math.log2(all.length * BITS_PER_WORD)));
    this.bits = new Int32Array(1 << (this.logBits - 5));
    for (const h of all) {
      this.set(this.firstBit(h));
      this.set(this.secondBit(h));
    }
  }

  /** A filter over the words whose `hashOf` values are given (built without making the words). */
  static ofHashes(hashes: readonly number[]): WordFilter {
    return new WordFilter([], hashes);
  }

  /** False when the word is certainly not among those given; true when it may be. */
  mayHave(word: string): boolean {
    return this.mayHaveHash(hashOf(word));
  }

  /** `mayHave(word.slice(from))` without making the slice. */
  mayHaveSlice(word: string, from: number): boolean {
    return this.mayHaveHash(hashOn(FNV_START, word, from, word.length));
  }

  /** `mayHave` of the word whose `hashOf` is `h`. */
  private mayHaveHash(h: number): boolean {
    return this.test(this.firstBit(h)) && this.test(this.secondBit(h));
  }

  private firstBit(h: number): number {
    return h >>> (32 - this.logBits);
  }

  /** The second bit comes from the same hash, mixed again (double hashing). */
  private secondBit(h: number): number {
    return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> (32 - this.logBits);
  }

  private set(bit: number): void {
    this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  private test(bit: number): boolean {
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}
