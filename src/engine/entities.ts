/**
 * Named entities (person, organization, location): names found in each sentence (the trained
 * two-pass tagger, then lexicon rules where it found nothing, then glued-word splits), then the document stage finds their other mentions, joins partial ones and
 * gives each entity a canonical name and role. Mention spans exclude attached clitics.
 */
import type { Doc } from './doc.js';
import type { Token } from './tokenize.js';
import { originalOffset } from './tokenize.js';
import { proposeSplit } from './glued.js';
import type { GluedLexicon } from './glued.js';
import type { NameLexicon, NameType } from './ner/lexicon-index.js';
import { nameLexicon } from './ner/lexicon-index.js';
import type { Mention } from './ner/mention.js';
import { resolveOverlaps } from './ner/mention.js';
import { ruleMentions } from './ner/rules.js';
import { modelMentions } from './ner/tagger.js';
import { buildEntities, sentenceRanges } from './ner/document.js';

/** The type of a single normalized word the lexicons know as a name, or null. */
export function singleWordName(lex: NameLexicon, norm: string): NameType | null {
  for (const e of lex.phrases.lookup([norm])) if (!e.ambiguous) return e.type;
  if (lex.givenNames.has(norm) && !lex.ambiguousGiven.has(norm)) return 'PER';
  return null;
}

function gluedLexicon(lex: NameLexicon): GluedLexicon {
  return {
    isName: (w) => singleWordName(lex, w) !== null,
    isWord: (w) => lex.notName.has(w) || lex.titles.has(w) || lex.orgHeads.has(w) || lex.locHeads.has(w),
  };
}

/** Mentions inside glued tokens («فرنساروسيا» → فرنسا، روسيا) among tokens no other mention covers. */
export function gluedMentions(tokens: readonly Token[], covered: (t: Token) => boolean, lex: NameLexicon): Mention[] {
  const out: Mention[] = [];
  const glex = gluedLexicon(lex);
  for (const t of tokens) {
    if (t.kind !== 'word' || t.norm.length < 6 || covered(t)) continue;
    const split = proposeSplit(t, glex);
    if (!split || !split.names) continue;
    const types = split.parts.map((p) => singleWordName(lex, p.stem));
    // Two given names glued («محمدعلي») are one person's name, not two entities.
    if (types[0] === 'PER' && types[1] === 'PER') continue;
    split.parts.forEach((p, k) => {
      const type = types[k];
      if (!type) return;
      const start = originalOffset({ ...t, start: p.start, end: p.end, text: p.text }, p.prefix.length);
      out.push({ type, first: t.index, last: t.index + 1, start, end: p.end, words: [p.stem], source: 'glued' });
    });
  }
  return out;
}

const isNisba = (w: string) => w.length >= 5 && /(ي|يه|يين|يون)$/.test(w);

/**
 * Organization names often end in a genitive with ل + article the tagger leaves out
 * («الهيئة العامة | للإحصاء», «المجلس الأعلى | للشؤون الإسلامية»): take it in, with the
 * nationality adjectives after it.
 */
export function extendOrganizations(tokens: readonly Token[], mentions: Mention[], lex: NameLexicon, sentenceEnd: Int32Array): void {
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.source === 'glued') continue;
    const limit = sentenceEnd[m.first];
    let j = m.last;
    const t = tokens[j];
    if (!t || j >= limit || t.kind !== 'word' || !t.norm.startsWith('لل') || t.norm.length < 5 || lex.notName.has(t.norm)) continue;
    j++;
    while (j < limit && tokens[j].kind === 'word' && tokens[j].norm.startsWith('ال') && isNisba(tokens[j].norm)) j++;
    for (let k = m.last; k < j; k++) m.words.push(tokens[k].norm);
    m.last = j;
    m.end = tokens[j - 1].end;
  }
}

export function findEntities(doc: Doc): void {
  const lex = nameLexicon();
  const { tokens } = doc;
  const ranges = sentenceRanges(doc);
  const tagged = modelMentions(doc, ranges, lex);
  const sentenceEnd = new Int32Array(tokens.length);
  for (const [from, to] of ranges) sentenceEnd.fill(to, from, to);

  const rules: Mention[] = [];
  for (const [from, to] of ranges) rules.push(...ruleMentions(tokens, from, to, lex));
  extendOrganizations(tokens, tagged, lex, sentenceEnd);
  extendOrganizations(tokens, rules, lex, sentenceEnd);
  // A glued token («فرنساروسيا») is split even where the tagger took it whole as one name; a
  // token inside a longer name the tagger found stays as it is.
  const inLonger = new Uint8Array(tokens.length);
  for (const m of tagged) if (m.last - m.first > 1) inLonger.fill(1, m.first, m.last);
  const glued = gluedMentions(tokens, (t) => inLonger[t.index] === 1, lex);
  // The model decides where it found something; the lexicon rules fill in where it found nothing.
  const found = resolveOverlaps(doc.text.length, [glued, tagged, rules]);
  doc.entities = buildEntities(doc, found, lex);
}
