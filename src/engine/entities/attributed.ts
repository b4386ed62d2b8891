/**
 * The organization a quote is attributed to is a name the reader must find in the names list
 * («وقالت سلطة المطارات في بيان…», «أعلنت السفارة المصرية أن…»), even where the tagger and the
 * rules missed it. Runs after the quotes stage: an organization speaker named at the attribution
 * that no entity covers becomes an entity (or a mention of the entity of the same name), and the
 * quote is linked to it. A bare definite head («الوزارة», «المكتب») refers back to the nearest
 * organization named earlier with that head («وزارة البترول … وذكرت الوزارة») and becomes its
 * mention; where none was named it names no particular body (the dev and news annotations list
 * no such bare «الحكومة», «الوزارة», «الموقع»).
 */
import type { Doc } from '../doc.js';
import type { Entity } from '../types.js';
import { countBefore } from '../spans.js';
import { isNationality, nameLexicon, stemIn } from './lexicon-index.js';
import type { NameLexicon } from './lexicon-index.js';
import { makeMention } from './mention.js';
import { nameListBits, newsFrequency } from './tagger/word-facts.js';
import { canonicalName } from './roles.js';
import { DESCRIBED_ORG_HEADS, ORG_HEADS, ORG_TRAILING_WORDS } from '../lang/ar/triggers.js';
import { DESCRIBED_KINDS, MEDIA_HEADS } from '../lang/ar/outlets.js';
import { describedKind } from './outlets.js';
import { normalizeWord } from '../text/normalize.js';

/**
 * Token range of the speaker's name: from its first word to a bracket or punctuation, or to before
 * a place it is said to be in («السفارة الروسية | في واشنطن»).
 */
function nameRange(doc: Doc, start: number, end: number, lex: NameLexicon): [number, number] | null {
  const { tokens } = doc;
  let first = 0;
  while (first < tokens.length && tokens[first].end <= start) first++;
  let last = first;
  while (last < tokens.length && tokens[last].start < end && tokens[last].kind === 'word') {
    if (last > first && tokens[last].norm === 'في' && lex.phrases.matchAt(tokens, last + 1)?.entry.type === 'LOC') break;
    last++;
  }
  if (last === first) return null;
  // A person's name the quotes stage took for an organization («أم خالد»): not ours to add.
  const w = tokens[first].norm;
  if (lex.particles.has(w) || lex.givenNames.has(w) || stemIn(w, lex.titles)) return null;
  // A lone head or title («الشرطة», «موقع», «المتحدث») names no one.
  if (last - first === 1 && (stemIn(tokens[first].norm, lex.orgHeads) || stemIn(tokens[first].norm, MEDIA) || stemIn(tokens[first].norm, lex.titles) || stemIn(tokens[first].norm, lex.locHeads))) return null;
  // Nor does an everyday word no list holds («وقالت السلطات», «وقالت النيابة»: ANT writes each
  // over 500 times; the dev and news annotations list no such word alone).
  if (last - first === 1 && w.startsWith('ال') && newsFrequency(w) >= 10 && nameListBits(w) === 0 && !lex.phrases.lookup([w]).length) return null;
  // «صحيفة سويسرية», «الوكالة الروسية»: a kind and a nationality describe, they do not name.
  const words = [stemIn(w, KIND_STEMS)?.stem ?? w];
  for (let k = first + 1; k < last; k++) words.push(tokens[k].norm);
  if (describedKind(words, lex)) return null;
  // «وقالت السلطات التركية», «وأعلنت القوات السعودية»: a generic noun a nationality describes.
  if (words.length === 2 && DESCRIBED.has(words[0]) && isNationality(lex, words[1])) return null;
  return [first, last];
}

const DESCRIBED: ReadonlySet<string> = new Set(DESCRIBED_ORG_HEADS.map(normalizeWord));

/**
 * A lone definite head at the attribution («وذكرت الوزارة», «وقال المكتب», «وطالبت الشركة
 * الأخيرة», «واعترفت الشركة في سبتمبر»): the head without its article («وزارة», «مكتب»), or null
 * when the speaker is not such a word. Words that describe it («الأخيرة», «نفسها») and a phrase
 * from a preposition on may follow.
 */
function loneHead(doc: Doc, start: number, end: number, lex: NameLexicon): { token: number; head: string } | null {
  const { tokens } = doc;
  const t = tokenAfter(tokens, start);
  if (t >= tokens.length || tokens[t].kind !== 'word') return null;
  for (let k = t + 1; k < tokens.length && tokens[k].start < end; k++) {
    if (tokens[k].kind !== 'word' || PREPOSITIONS.has(tokens[k].norm)) break;
    if (!TRAILING.has(tokens[k].norm)) return null;
  }
  const r = stemIn(tokens[t].norm, DEFINITE_HEADS);
  return r && (lex.orgHeads.has(r.stem.slice(2)) || MEDIA.has(r.stem.slice(2))) ? { token: t, head: r.stem.slice(2) } : null;
}

/** The first token that ends after `offset` (tokens are in text order). */
const tokenAfter = (tokens: Doc['tokens'], offset: number): number => countBefore(tokens, offset + 1, (t) => t.end);

/**
 * The organizations' mentions by the head they are named with: their first word («وزارة
 * البترول») or the word right before them («شبكة | سي أن أن»: outlets are named without their
 * kind); each list in text order.
 */
function mentionsByHead(doc: Doc): Map<string, { start: number; entity: Entity }[]> {
  const byHead = new Map<string, { start: number; entity: Entity }[]>();
  const headOf = (w: string) => {
    const h = stemIn(w, HEAD_FORMS)?.stem ?? stemIn(w, DEFINITE_HEADS)?.stem.slice(2);
    return h ?? null;
  };
  for (const entity of doc.entities) {
    if (entity.type !== 'organization') continue;
    for (const m of entity.mentions) {
      const k = tokenAfter(doc.tokens, m.start);
      const heads = new Set<string>();
      for (const t of [doc.tokens[k], doc.tokens[k - 1]]) {
        const h = t?.kind === 'word' ? headOf(t.norm) : null;
        if (h) heads.add(h);
      }
      for (const h of heads) {
        const list = byHead.get(h) ?? [];
        list.push({ start: m.start, entity });
        byHead.set(h, list);
      }
    }
  }
  for (const list of byHead.values()) list.sort((a, b) => a.start - b.start);
  return byHead;
}

/** The organization named with `head` nearest before `at` (a character offset). */
function namedEarlier(byHead: Map<string, { start: number; entity: Entity }[]>, head: string, at: number): Entity | undefined {
  const list = byHead.get(head);
  if (!list) return undefined;
  const n = countBefore(list, at, (m) => m.start);
  return n > 0 ? list[n - 1].entity : undefined;
}

/** Prepositions that open a phrase after a speaker («الشركة | في سبتمبر»). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'عن', 'من', 'خلال', 'علي', 'الي', 'امام', 'عبر', 'منذ']);
/** Words after a head that describe it: «الأخيرة», «نفسها» (lang/ar/triggers.ts). */
const TRAILING: ReadonlySet<string> = new Set(ORG_TRAILING_WORDS.map((w) => normalizeWord(w)));
/** Every organization and outlet head, indefinite, for reading a word before a name in any clitic form. */
const HEAD_FORMS: ReadonlySet<string> = new Set([...ORG_HEADS, ...MEDIA_HEADS].map((w) => normalizeWord(w)).filter((w) => !w.startsWith('ال')));

/** The kinds an adjective may describe (the word without its clitics). */
const KIND_STEMS: ReadonlySet<string> = new Set(DESCRIBED_KINDS.map((w) => normalizeWord(w)));

/** Outlet kinds («موقع», «وكالة»): heads of the outlets' names. */
const MEDIA: ReadonlySet<string> = new Set(MEDIA_HEADS.map((w) => normalizeWord(w)));

/** «الوزارة», «المكتب», «الموقع»…: the organization and outlet heads with the article, read in any clitic form. */
const DEFINITE_HEADS: ReadonlySet<string> = new Set([...ORG_HEADS.map((w) => normalizeWord(w)), ...MEDIA].filter((w) => !w.startsWith('ال')).map((w) => 'ال' + w));

export function attributedOrganizations(doc: Doc): void {
  const lex = nameLexicon();
  let added = false;
  let byHead: ReturnType<typeof mentionsByHead> | null = null;
  let covered: Uint8Array | null = null;
  for (const q of doc.quotes) {
    const sp = q.speaker;
    if (sp.type !== 'organization' || sp.entityId || sp.start === undefined || sp.end === undefined || sp.resolved) continue;
    const lone = loneHead(doc, sp.start, sp.end, lex);
    if (lone) {
      const earlier = namedEarlier((byHead ??= mentionsByHead(doc)), lone.head, sp.start);
      if (earlier) {
        const m = makeMention(doc.tokens, lone.token, lone.token + 1, 'ORG', stemIn(doc.tokens[lone.token].norm, DEFINITE_HEADS)?.prefix ?? '', 'rule');
        if (!covered) {
          covered = new Uint8Array(doc.text.length);
          for (const e of doc.entities) for (const x of e.mentions) covered.fill(1, x.start, x.end);
        }
        if (!covered.subarray(m.start, m.end).includes(1)) {
          covered.fill(1, m.start, m.end);
          earlier.mentions.push({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) });
          earlier.mentions.sort((a, b) => a.start - b.start);
        }
        sp.entityId = earlier.id;
        continue;
      }
    }
    // A lone head no name came before («وقالت الحكومة») names no particular body: the speaker
    // stays as written, no entity.
    if (lone) continue;
    const range = nameRange(doc, sp.start, sp.end, lex);
    if (!range) continue;
    const head = stemIn(doc.tokens[range[0]].norm, lex.orgHeads);
    const m = makeMention(doc.tokens, range[0], range[1], 'ORG', head?.prefix ?? '', 'rule', head?.stem);
    const text = doc.text.slice(m.start, m.end);
    const covering = doc.entities.find((e) => e.mentions.some((x) => x.start < m.end && m.start < x.end));
    if (covering) {
      if (covering.type === 'organization') sp.entityId = covering.id;
      continue;
    }
    const name = canonicalName(doc, [m]);
    let entity: Entity | undefined = doc.entities.find((e) => e.type === 'organization' && e.name === name);
    if (!entity) {
      entity = { id: `new${doc.entities.length}`, type: 'organization', name, mentions: [] };
      doc.entities.push(entity);
    }
    added = true;
    covered?.fill(1, m.start, m.end);
    entity.mentions.push({ start: m.start, end: m.end, text });
    entity.mentions.sort((a, b) => a.start - b.start);
    sp.entityId = entity.id;
  }
  if (added) renumber(doc);
}

/** Entity ids e1, e2… again in order of first mention, and the quotes' links with them. */
function renumber(doc: Doc): void {
  doc.entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const ids = new Map<string, string>();
  doc.entities.forEach((e, i) => {
    ids.set(e.id, `e${i + 1}`);
    e.id = `e${i + 1}`;
  });
  for (const q of doc.quotes) if (q.speaker.entityId) q.speaker.entityId = ids.get(q.speaker.entityId);
}
