/** BIO label sequences read as entity chunks: shared by the tagger at run time and the conlleval scorer. */

export interface Chunk {
  type: string;
  start: number;
  /** Exclusive. */
  end: number;
}

/**
 * Entity chunks of a BIO sequence, the way conlleval reads them: an I- tag whose type differs from
 * the running chunk (or with no running chunk) starts a new chunk.
 */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const prefix = tag.slice(0, 2);
    const type = tag.length > 2 ? tag.slice(2) : '';
    if (tag === 'O' || type === '') {
      if (cur) out.push(cur);
      cur = null;
    } else if (prefix === 'B-' || !cur || cur.type !== type) {
      if (cur) out.push(cur);
      cur = { type, start: i, end: i + 1 };
    } else cur.end = i + 1;
  }
  if (cur) out.push(cur);
  return out;
}
