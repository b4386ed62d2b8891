/**
 * Document-level names: a name found once is found at its other mentions; partial mentions
 * («عبد الرحمن» after «رامي عبد الرحمن», «المرصد» after «المرصد السوري لحقوق الإنسان») join the
 * same entity; each entity gets a canonical name and, for people, the role the text gives them.
 */
import type { Doc } from '../doc.js';
import type { Entity, EntityType } from '../types.js';
import type { NameLexicon, NameType } from './lexicon-index.js';
import { isNationality, PhraseIndex } from './lexicon-index.js';
import { nameListBits, newsFrequency, ownWord } from './tagger/word-facts.js';
import type { Mention } from './mention.js';
import { enclosing, makeMention, nameKey, resolveOverlaps } from './mention.js';
import { partialKeys, weakKey } from './partial-names.js';
import { canonicalName, findRole } from './roles.js';
import { sentenceRanges } from './sentence-ranges.js';
import { EVERYDAY_OUTLET_NAMES } from '../lang/ar/outlets.js';
import { normalizeWord } from '../text/normalize.js';

const ENTITY_TYPE: Record<NameType, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'location' };

interface Cluster {
  key: string;
  words: string[];
  mentions: Mention[];
  votes: Record<NameType, number>;
  parent: number;
}

function find(cs: Cluster[], i: number): number {
  while (cs[i].parent !== i) {
    cs[i].parent = cs[cs[i].parent].parent;
    i = cs[i].parent;
  }
  return i;
}

function majority(v: Record<NameType, number>): NameType {
  let best: NameType = 'PER';
  for (const t of ['LOC', 'ORG', 'PER'] as NameType[]) if (v[t] > v[best]) best = t;
  return best;
}

/**
 * Finds the other mentions of every name in `found` (whole and partial), groups everything into
 * entities and gives each its canonical name and role.
 */
export function buildEntities(doc: Doc, found: readonly Mention[], lex: NameLexicon): Entity[] {
  const search = searchIndex(found, lex);
  const extra = otherMentions(doc, search, lex);
  const all = resolveOverlaps(doc.text.length, [enclosing(extra, found), found, extra]);
  const clusters = clusterMentions(all, lex);
  joinShortForms(doc.text, all, clusters);
  const entities = groupClusters(clusters);
  // Token ends of organizations and places, where a role written after a name may stop.
  const otherEnds = new Set<number>();
  for (const m of all) if (m.type !== 'PER') otherEnds.add(m.last);
  return entities.map((e, i) => {
    const entity: Entity = {
      id: `e${i + 1}`,
      type: ENTITY_TYPE[e.type],
      name: canonicalName(doc, e.mentions, e.type),
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) })),
    };
    if (e.type === 'PER') {
      const role = findRole(doc, e.mentions, otherEnds, lex);
      if (role) entity.role = role;
    }
    return entity;
  });
}

/** Names to search for: every found name (by its majority type), plus the partial forms of the longer ones. */
function searchIndex(found: readonly Mention[], lex: NameLexicon): PhraseIndex {
  const votes = new Map<string, Record<NameType, number>>();
  const wordsOf = new Map<string, string[]>();
  for (const m of found) {
    const k = nameKey(m.words);
    let v = votes.get(k);
    if (!v) votes.set(k, (v = { PER: 0, ORG: 0, LOC: 0 }));
    v[m.type] += m.source === 'lexicon' ? 2 : 1;
    wordsOf.set(k, m.words);
  }
  // A name found once is not found again inside an everyday word («دينا» in «لدينا»).
  const search = new PhraseIndex((whole, stem) => !ownWord(whole, stem));
  for (const [k, v] of votes) {
    const words = wordsOf.get(k)!;
    const type = majority(v);
    if (!weakKey(lex, words) && !commonWord(lex, words) && !(type === 'ORG' && everydayOutletName(words))) search.add(k, type);
    for (const p of partialKeys(lex, type, words)) if (!(type === 'ORG' && everydayOutletName(p))) search.add(p.join(' '), type);
  }
  return search;
}

/**
 * A one-word name the lexicons and name lists do not know and that is a common word in news
 * («سائق» a driver), or that they list only as an ambiguous organization: found once, it is not
 * searched for elsewhere.
 */
function commonWord(lex: NameLexicon, words: readonly string[]): boolean {
  if (words.length !== 1) return false;
  const w = words[0];
  if (lex.phrases.hasFirst(w) || lex.givenNames.has(w) || lex.familyNames.has(w) || nameListBits(w) !== 0) return false;
  return newsFrequency(w) >= 9;
}

/** An outlet named by an everyday word (lang/ar/outlets.ts), as a one-word organization. */
export function everydayOutletName(words: readonly string[]): boolean {
  return words.length === 1 && EVERYDAY_OUTLETS.has(words[0]);
}

const EVERYDAY_OUTLETS: ReadonlySet<string> = new Set(EVERYDAY_OUTLET_NAMES.map(normalizeWord));

/**
 * «امرأة سعودية», «فصائل سورية موالية»: a feminine place adjective without the article right after
 * an indefinite noun qualifies it (ANT: «X سورية» with an indefinite noun X about 400 times, after
 * a preposition about 30); after a preposition or a direction it is the place («في سورية»).
 */
export function indefiniteAdjectiveOfPlace(tokens: Doc['tokens'], m: Mention, lex: NameLexicon): boolean {
  if (m.type !== 'LOC' || m.last - m.first !== 1 || m.first === 0) return false;
  const t = tokens[m.first];
  const w = t.norm;
  if (m.words[0] !== w || w.startsWith('ال') || w.length < 5 || !w.endsWith('يه')) return false;
  const before = tokens[m.first - 1];
  if (before.kind !== 'word' || t.start - before.end > 1 || !/^[\u0621-\u064a]{3,}$/.test(before.norm)) return false;
  const b = before.norm.replace(/^[وف]/, '');
  return !/^(ال|لل|بال)/.test(b) && !lex.notName.has(b) && !lex.directions.has(b) && !lex.locHeads.has(b) && !lex.phrases.lookup([b]).length && !lex.titles.has(b);
}

/**
 * «السياسة الخارجية الإيرانية», «الديون الخارجية لمصر», «الشؤون الداخلية للدول»: «الخارجية» or
 * «الداخلية» right after the definite noun it qualifies is that noun's adjective, not the ministry
 * (ANT: ~200 such phrases before a nationality or a ل-genitive, besides «الشؤون»). After a body
 * («الاستخبارات الخارجية»), «الشؤون» (the ministry's full name) or a weekday («أعلنت الأربعاء
 * الخارجية الروسية») it may be the ministry. Found so once, nor is it the ministry found elsewhere
 * in the text («السياسة الخارجية البرازيلية» before «قالت الخارجية البرازيلية»).
 */
export function affairsAdjective(tokens: Doc['tokens'], m: Mention, lex: NameLexicon): boolean {
  if (m.type !== 'ORG' || m.first === 0 || !AFFAIRS.has(m.words[0]) || tokens[m.first].norm !== m.words[0]) return false;
  const before = tokens[m.first - 1];
  if (before.kind !== 'word' || tokens[m.first].start - before.end > 1) return false;
  const b = before.norm.replace(/^[وف]/, '').replace(/^(ب|ل)(?=ال)/, '').replace(/^لل/, 'ال');
  // («الشؤون الداخلية للدول» is never the ministry.)
  const genitive = m.words.length > 1 && m.words[1].startsWith('ل') && !m.words[1].startsWith('ال');
  if (!b.startsWith('ال') || b.length < 5 || (NOT_QUALIFIED.has(b) && !(genitive && AFFAIRS_OF.has(b))) || lex.orgHeads.has(b) || lex.notName.has(b) || isNationality(lex, b)) return false;
  return true;
}
const AFFAIRS: ReadonlySet<string> = new Set(['الخارجيه', 'الداخليه']);
const AFFAIRS_OF: ReadonlySet<string> = new Set(['الشؤون', 'الشئون'].map(normalizeWord));
const NOT_QUALIFIED: ReadonlySet<string> = new Set(
  ['الشؤون', 'الشئون', 'الاستخبارات', 'المخابرات', 'الأربعاء', 'الاثنين', 'الثلاثاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'الماضي', 'الماضية'].map(normalizeWord),
);

/**
 * «على الحدود الشمالية لمدينة عفرين», «الحدود الشمالية مع لبنان»: a border of somewhere, not the
 * Saudi province «الحدود الشمالية» the place list holds (ANT: all 16 «الحدود الشمالية» were read as
 * that place; 9 after «على», most before «ل…»/«مع»). After «منطقة», «أمير» or alone it stays; such a
 * border is not found again where the province is named elsewhere in the text.
 */
export function borderOf(tokens: Doc['tokens'], m: Mention, lex: NameLexicon): boolean {
  if (m.type !== 'LOC' || m.words.length !== 2 || m.words[0] !== BORDERS || !lex.directions.has(m.words[1]) && !SIDES.has(m.words[1])) return false;
  const before = tokens[m.first - 1];
  if (before?.kind === 'word' && ALONG.has(before.norm.replace(/^و/, ''))) return true;
  const after = tokens[m.last];
  return after?.kind === 'word' && ((after.norm.startsWith('ل') && !after.norm.startsWith('ال')) || after.norm === 'مع' || isNationality(lex, after.norm));
}
const BORDERS = normalizeWord('الحدود');
const SIDES: ReadonlySet<string> = new Set(['الشمالية', 'الجنوبية', 'الشرقية', 'الغربية'].map(normalizeWord));
const ALONG: ReadonlySet<string> = new Set(['على', 'طول', 'عبر', 'امتداد'].map(normalizeWord));

/** The searched names' occurrences anywhere in the document (overlaps are resolved by the caller). */
function otherMentions(doc: Doc, search: PhraseIndex, lex: NameLexicon): Mention[] {
  const { tokens } = doc;
  const extra: Mention[] = [];
  for (const [from, to] of sentenceRanges(doc)) {
    for (let i = from; i < to; i++) {
      const m = search.matchAt(tokens, i, to);
      if (!m) continue;
      // «الخارجية» stands for «وزارة الخارجية», but not in «السياسة الخارجية», where it qualifies
      // the definite noun before it.
      if (m.length === 1 && m.prefix === '' && /يه$/.test(m.stem) && i > from && tokens[i - 1].kind === 'word' && /^(و|ف)?ال/.test(tokens[i - 1].norm)) continue;
      const x = makeMention(tokens, i, i + m.length, m.entry.type, m.prefix, 'document', m.stem);
      if (!indefiniteAdjectiveOfPlace(tokens, x, lex) && !affairsAdjective(tokens, x, lex) && !borderOf(tokens, x, lex)) extra.push(x);
      i += m.length - 1;
    }
  }
  return extra;
}

/** Clusters of identical names, then partial names joined to the longer ones they stand for. */
function clusterMentions(all: readonly Mention[], lex: NameLexicon): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, number>();
  for (const m of all) {
    const k = nameKey(m.words);
    let c = byKey.get(k);
    if (c === undefined) {
      c = clusters.length;
      byKey.set(k, c);
      clusters.push({ key: k, words: m.words, mentions: [], votes: { PER: 0, ORG: 0, LOC: 0 }, parent: c });
    }
    clusters[c].mentions.push(m);
    clusters[c].votes[m.type] += m.source === 'lexicon' ? 2 : 1;
  }
  // Longest first, so chains (المرصد → المرصد السوري → المرصد السوري لحقوق الإنسان) collapse.
  const order = clusters.map((_, i) => i).sort((a, b) => clusters[b].words.length - clusters[a].words.length);
  const partialOf = new Map<string, number[]>(); // partial key → clusters it may stand for
  for (const ci of order) {
    const c = clusters[ci];
    const type = majority(c.votes);
    const parents = partialOf.get(c.key)?.filter((p) => majority(clusters[find(clusters, p)].votes) === type || c.mentions.every((m) => m.source === 'document'));
    if (parents && parents.length > 0) joinPartial(clusters, c, [...new Set(parents.map((p) => find(clusters, p)))]);
    for (const p of partialKeys(lex, type, c.words, true)) {
      const pk = p.join(' ');
      const list = partialOf.get(pk);
      if (list) list.push(ci);
      else partialOf.set(pk, [ci]);
    }
  }
  return clusters;
}

/** Between a name and its short form: a bracket or quote, after a describing adjective («الرسمية») or not. */
const OPENERS = /^\s*(ال[\u0621-\u064a]+ي[ةه]?\s*)?[(«"“]\s*$/;
const CLOSERS = /^\s*[)»"”]/;

/**
 * A name with its short form right after it in brackets or quotes is one entity: «منظمة الدول
 * المصدرة للنفط (أوبك)», «وكالة الأنباء السورية الرسمية "سانا"». The short form takes the name's
 * type.
 */
function joinShortForms(text: string, all: readonly Mention[], clusters: Cluster[]): void {
  const clusterOf = new Map<string, number>();
  clusters.forEach((c, i) => clusterOf.set(c.key, i));
  const sorted = [...all].sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k];
    const b = sorted[k + 1];
    if (a.type !== 'ORG' || b.type !== 'ORG' || a.words.length < 2 || b.words.length > 2 || b.start - a.end > 16) continue;
    if (!OPENERS.test(text.slice(a.end, b.start)) || !CLOSERS.test(text.slice(b.end, b.end + 3))) continue;
    const ra = find(clusters, clusterOf.get(nameKey(a.words))!);
    const rb = find(clusters, clusterOf.get(nameKey(b.words))!);
    if (ra === rb) continue;
    clusters[rb].parent = ra;
    const type = majority(clusters[ra].votes);
    for (const t of ['PER', 'ORG', 'LOC'] as NameType[]) clusters[ra].votes[type] += clusters[rb].votes[t];
  }
}

/** Joins cluster `c` (a partial name) to the full name(s) it may stand for, `roots`. */
function joinPartial(clusters: Cluster[], c: Cluster, roots: readonly number[]): void {
  if (roots.length === 1 || roots.length > 16) {
    // (More than 16 candidates is a list of namesakes, not prose: the first one takes them.)
    c.parent = roots[0];
    for (const t of ['PER', 'ORG', 'LOC'] as NameType[]) clusters[roots[0]].votes[t] += c.votes[t];
    return;
  }
  // Two people share a surname: each short mention goes to the nearest earlier full one.
  for (const m of c.mentions) {
    let bestRoot = roots[0];
    let bestPos = -Infinity;
    for (const r of roots) {
      for (const o of clusters[r].mentions) if (o.start < m.start && o.start > bestPos) ((bestPos = o.start), (bestRoot = r));
    }
    clusters[bestRoot].mentions.push(m);
  }
  c.mentions = [];
}

/** One entity per cluster tree, typed by its mentions' votes, in order of first mention. */
function groupClusters(clusters: Cluster[]): { type: NameType; mentions: Mention[] }[] {
  const groups = new Map<number, Mention[]>();
  for (let i = 0; i < clusters.length; i++) {
    const r = find(clusters, i);
    const list = groups.get(r) ?? [];
    list.push(...clusters[i].mentions);
    groups.set(r, list);
  }
  const entities: { type: NameType; mentions: Mention[] }[] = [];
  for (const ms of groups.values()) {
    if (ms.length === 0) continue;
    ms.sort((a, b) => a.start - b.start);
    const v: Record<NameType, number> = { PER: 0, ORG: 0, LOC: 0 };
    for (const m of ms) v[m.type] += m.source === 'lexicon' ? 2 : m.source === 'document' ? 0.5 : 1;
    entities.push({ type: majority(v), mentions: ms });
  }
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
