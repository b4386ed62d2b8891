/**
 * Named entities (person, organization, location): names found in each sentence (the trained
 * two-pass tagger, then lexicon rules where it found nothing, then glued-word splits), then the document stage finds their other mentions, joins partial ones and
 * gives each entity a canonical name and role. Mention spans exclude attached clitics.
 */
import type { Doc } from '../doc.js';
import type { Token } from '../text/tokenize.js';
import { originalOffset } from '../text/tokenize.js';
import { proposeSplit } from './glued.js';
import type { GluedLexicon } from './glued.js';
import type { NameLexicon, NameType } from './lexicon-index.js';
import { nameLexicon } from './lexicon-index.js';
import type { Mention } from './mention.js';
import { resolveOverlaps } from './mention.js';
import { outletMentions, ruleMentions } from './rules.js';
import { OUTLET_CONTEXT } from '../lang/ar/outlets.js';
import { modelMentions } from './tagger/tagger.js';
import { buildEntities, enclosing, sentenceRanges } from './document.js';

/** The type of a single normalized word the lexicons know as a name, or null. */
export function singleWordName(lex: NameLexicon, norm: string): NameType | null {
  for (const e of lex.phrases.lookup([norm])) if (!e.ambiguous) return e.type;
  // A three-letter given name («يون», «كيم») is too easily the tail of an ordinary word (لبنانيون).
  if (lex.givenNames.has(norm) && !lex.ambiguousGiven.has(norm) && norm.length >= 4) return 'PER';
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
    // One-word names («التنظيم») take no genitive: «التنظيم للخروج» is a verbal phrase.
    if (m.type !== 'ORG' || m.source === 'glued' || m.words.length < 2) continue;
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

/**
 * Arabic names chain given names (name, father, grandfather): a person's mention takes in up to two
 * following words that are unambiguous given or family names («حسن حاج | علي»).
 */
export function extendPersons(tokens: readonly Token[], mentions: Mention[], lex: NameLexicon, sentenceEnd: Int32Array, taken: Uint8Array): void {
  for (const m of mentions) {
    if (m.type !== 'PER' || m.source === 'glued') continue;
    let j = m.last;
    while (j < sentenceEnd[m.first] && j - m.last < 2 && !taken[j]) {
      const t = tokens[j];
      if (t.kind !== 'word' || t.start - tokens[j - 1].end > 1) break;
      const given = lex.givenNames.has(t.norm) && !lex.ambiguousGiven.has(t.norm) && !(t.norm === 'علي' && t.text.endsWith('ى'));
      if (!given && !lex.familyNames.has(t.norm)) break;
      j++;
    }
    for (let k = m.last; k < j; k++) m.words.push(tokens[k].norm);
    if (j > m.last) {
      m.last = j;
      m.end = tokens[j - 1].end;
    }
  }
}

/** One- and two-letter "names" are tokenization debris («بي» of «بي.بي.سي»), not entities. */
const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/;

/**
 * Long runs of Latin words are not names in Arabic news (a pasted English paragraph, lorem ipsum);
 * a short Latin name («CNN», «Human Rights Watch») can be.
 */
function substantial(m: Mention): boolean {
  if (m.words.join('').length < 3) return false;
  return m.words.length <= 3 || m.words.some((w) => ARABIC_LETTER.test(w));
}

/** Sentences with no Arabic word are not tagged: the model knows nothing of other languages. */
function hasArabicWord(tokens: Doc['tokens'], [from, to]: readonly [number, number]): boolean {
  for (let i = from; i < to; i++) if (tokens[i].kind === 'word') return true;
  return false;
}

export function findEntities(doc: Doc): void {
  const lex = nameLexicon();
  const { tokens } = doc;
  const ranges = sentenceRanges(doc).filter((r) => hasArabicWord(tokens, r));
  const tagged = modelMentions(doc, ranges, lex);
  const sentenceEnd = new Int32Array(tokens.length);
  for (const [from, to] of ranges) sentenceEnd.fill(to, from, to);

  const rules: Mention[] = [];
  for (const [from, to] of ranges) rules.push(...ruleMentions(tokens, from, to, lex), ...outletMentions(tokens, from, to, OUTLET_CONTEXT));
  extendOrganizations(tokens, tagged, lex, sentenceEnd);
  extendOrganizations(tokens, rules, lex, sentenceEnd);
  const taken = new Uint8Array(tokens.length);
  for (const m of tagged) taken.fill(1, m.first, m.last);
  extendPersons(tokens, tagged, lex, sentenceEnd, taken);
  // A glued token («فرنساروسيا») is split even where the tagger took it whole as one name; a
  // token inside a longer name the tagger found stays as it is.
  const inLonger = new Uint8Array(tokens.length);
  for (const m of tagged) if (m.last - m.first > 1) inLonger.fill(1, m.first, m.last);
  const glued = gluedMentions(tokens, (t) => inLonger[t.index] === 1, lex);
  // The model decides where it found something; the lexicon rules fill in where it found nothing.
  // Where a lexicon or head rule reads a longer name around what the tagger found («المرصد» +
  // «السوري لحقوق الإنسان» tagged alone), the longer reading wins.
  const found = resolveOverlaps(doc.text.length, [glued, enclosing(rules, tagged), tagged, rules]).filter(substantial);
  doc.entities = buildEntities(doc, found, lex);
}
