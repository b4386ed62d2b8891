/**
 * A Bloom filter over words: answers «certainly not one of them» for most words without a lookup
 * in a hash table. The quote stage asks about every token of a document; a table of all the words
 * it has seen is large, each lookup in it misses the processor's caches and hashes a string just
 * made by the tokenizer, while this filter is a few kilobytes read with two bit tests. Words it
 * lets through may still not be members (about one in two hundred, at the sizes used here), so a
 * caller checks them as before: the filter only saves work, it never decides.
 */

/** Bits in the filter: 2^19 (64 KB) keeps false positives near 0.5% for some 20,000 words. */
const LOG_BITS = 19;
const MASK = (1 << LOG_BITS) - 1;

/** FNV-1a over the UTF-16 code units. */
function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

/** The second bit is derived from the same hash, mixed again (double hashing). */
const secondBit = (h: number): number => Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> (32 - LOG_BITS);

export class WordFilter {
  private readonly bits = new Int32Array(1 << (LOG_BITS - 5));

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const h = hashOf(w);
      this.set(h & MASK);
      this.set(secondBit(h));
    }
  }

  /** False when the word is certainly not among those given; true when it may be. */
  mayHave(word: string): boolean {
    const h = hashOf(word);
    return this.test(h & MASK) && this.test(secondBit(h));
  }

  private set(bit: number): void {
    this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  private test(bit: number): boolean {
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}
