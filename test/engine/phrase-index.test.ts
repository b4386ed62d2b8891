import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '../../src/engine/entities/lexicon-index.js';
import { tokenize } from '../../src/engine/text/tokenize.js';

describe('phrase index', () => {
  const tokens = tokenize('وصل وفد من الهيئة العامة للطيران المدني إلى المطار');
  const at = (w: string) => tokens.findIndex((t) => t.text === w);

  it('finds the longest entry within the limit, asked again and again about the same tokens', () => {
    const ix = new PhraseIndex();
    ix.add('الهيئة العامة', 'ORG');
    ix.add('الهيئة العامة للطيران المدني', 'ORG');
    const i = at('الهيئة');
    expect(ix.matchAt(tokens, i)?.length).toBe(4);
    // A limit before the end of the long entry leaves the short one; asked again, the long one.
    expect(ix.matchAt(tokens, i, i + 3)?.length).toBe(2);
    expect(ix.matchAt(tokens, i, i + 1)).toBeNull();
    expect(ix.matchAt(tokens, i)?.length).toBe(4);
  });

  it('sees an entry added after a document was read', () => {
    const ix = new PhraseIndex();
    ix.add('الطيران المدني', 'ORG');
    const i = at('للطيران');
    expect(ix.matchAt(tokens, i)).toMatchObject({ length: 2, prefix: 'ل', stem: 'الطيران' });
    expect(ix.matchAt(tokens, at('المطار'))).toBeNull();
    ix.add('المطار', 'LOC');
    expect(ix.matchAt(tokens, at('المطار'))?.entry.type).toBe('LOC');
  });

  it('answers for each document it is given', () => {
    const ix = new PhraseIndex();
    ix.add('الهيئة العامة', 'ORG');
    const other = tokenize('قالت الهيئة الوطنية');
    expect(ix.matchAt(tokens, at('الهيئة'))?.length).toBe(2);
    expect(ix.matchAt(other, 1)).toBeNull();
    expect(ix.matchAt(tokens, at('الهيئة'))?.length).toBe(2);
  });
});
