/**
 * Two listed places side by side are two places, not one name: «أبلغت روسيا بريطانيا أن …»,
 * «هددت واشنطن طهران بـ…» (a subject and its object, where the tagger reads one place). A name
 * that is listed whole («كوريا الشمالية», «سان بطرسبرغ») stays whole.
 */
import type { Token } from '../text/tokenize.js';
import type { NameLexicon } from './lexicon-index.js';
import type { Mention } from './mention.js';
import { endMentionAt, makeMention } from './mention.js';

function listedPlace(lex: NameLexicon, words: readonly string[]): boolean {
  return lex.phrases.lookup(words).some((e) => e.type === 'LOC' && !e.ambiguous);
}

export function splitPlacePairs(tokens: readonly Token[], mentions: Mention[], lex: NameLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'LOC' || m.source === 'glued' || m.last - m.first < 2 || m.words.length !== m.last - m.first || listedPlace(lex, m.words)) {
      out.push(m);
      continue;
    }
    let cut = -1;
    for (let k = 1; k < m.words.length && cut < 0; k++) if (listedPlace(lex, m.words.slice(0, k)) && listedPlace(lex, m.words.slice(k))) cut = k;
    if (cut < 0) {
      out.push(m);
      continue;
    }
    const first: Mention = { ...m, words: [...m.words] };
    endMentionAt(tokens, first, m.first + cut);
    out.push(first, makeMention(tokens, m.first + cut, m.last, 'LOC', '', m.source));
  }
  return out;
}
