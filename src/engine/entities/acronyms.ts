/**
 * Foreign acronyms written as the Arabic names of their letters joined by dots: «سي.إن.إن» (CNN),
 * «إف.بي.آي» (FBI), «زد.تي.إي» (ZTE), «جيه.بي.مورغان» (J.P. Morgan). Nearly always a company, a
 * network or an agency (ANT: ~60 such runs in 3,000 articles); each piece alone is a particle or
 * a short word («إن», «في», «أو») that neither the tagger nor the rules take for a name. The
 * tokenizer splits them at the dots; the run is read whole, over the document (a dot may end a
 * tagging sentence).
 */
import type { Token } from '../text/tokenize.js';
import { normalizeWord } from '../text/normalize.js';
import { LATIN_LETTER_NAMES } from '../lang/ar/abbreviations.js';
import type { NameLexicon } from './lexicon-index.js';
import { stemIn } from './lexicon-index.js';
import type { Mention } from './mention.js';
import { endMentionAt, makeMention } from './mention.js';

const LETTERS: ReadonlySet<string> = new Set(LATIN_LETTER_NAMES.map(normalizeWord));

/** The token right after `k`, with nothing between them. */
const glued = (tokens: readonly Token[], k: number) => k + 1 < tokens.length && tokens[k + 1].start === tokens[k].end;
const dot = (t: Token | undefined) => t?.kind === 'punct' && t.text === '.';

/** `persons`: the tagger's people, whose initials an acronym's letters may be. */
export function dottedAcronyms(tokens: readonly Token[], lex: NameLexicon, persons: readonly Mention[]): Mention[] {
  const personAt = new Set(persons.filter((m) => m.type === 'PER').map((m) => m.first));
  const out: Mention[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || (i > 0 && tokens[i - 1].end === t.start && (tokens[i - 1].kind === 'word' || dot(tokens[i - 1])))) continue;
    const first = LETTERS.has(t.norm) ? { stem: t.norm, prefix: '' } : stemIn(t.norm, LETTERS);
    if (!first) continue;
    // Letters joined by dots, the last piece possibly a word («جيه.بي.مورغان»).
    let last = i;
    let letters = 1;
    while (glued(tokens, last) && dot(tokens[last + 1]) && glued(tokens, last + 1) && tokens[last + 2]?.kind === 'word') {
      last += 2;
      if (!LETTERS.has(tokens[last].norm)) break;
      letters++;
    }
    if (letters < 2) continue;
    // Initials before a person's surname: «جيه.كيه رولينغ».
    const next = tokens[last + 1];
    if (!glued(tokens, last) && next?.kind === 'word' && (lex.familyNames.has(next.norm) || personAt.has(last + 1))) continue;
    out.push(makeMention(tokens, i, last + 1, 'ORG', first.prefix, 'rule', first.stem));
    i = last;
  }
  return out;
}

/** Names read around an acronym end before it («مكتب التحقيقات الاتحادي | إف.بي.آي»). */
export function endBeforeAcronyms(tokens: readonly Token[], acronyms: readonly Mention[], lists: readonly Mention[][]): void {
  for (const a of acronyms) {
    for (const list of lists) {
      for (const m of list) if (m.first < a.first && m.last > a.first) endMentionAt(tokens, m, a.first);
    }
  }
}
