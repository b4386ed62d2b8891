/**
 * Document-level names: a name found once is found at its other mentions; partial mentions
 * («عبد الرحمن» after «رامي عبد الرحمن», «المرصد» after «المرصد السوري لحقوق الإنسان») join the
 * same entity; each entity gets a canonical name and, for people, the role the text gives them.
 */
import type { Doc } from '../doc.js';
import type { Entity, EntityType } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { originalOffset } from '../text/tokenize.js';
import { normalizeWord } from '../text/normalize.js';
import type { NameLexicon, NameType } from './lexicon-index.js';
import { PhraseIndex, stemIn } from './lexicon-index.js';
import type { Mention } from './mention.js';
import { makeMention, nameKey, resolveOverlaps } from './mention.js';

const ENTITY_TYPE: Record<NameType, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'location' };

/** Token index ranges [from, to) of the document's sentences. */
export function sentenceRanges(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  const { tokens } = doc;
  let k = 0;
  for (const s of doc.sentences) {
    while (k < tokens.length && tokens[k].end <= s.start) k++;
    const from = k;
    while (k < tokens.length && tokens[k].start < s.end) k++;
    if (k > from) out.push([from, k]);
  }
  return out;
}

/** A single word that is too common or too short to be searched for across the document. */
function weakKey(lex: NameLexicon, words: readonly string[]): boolean {
  if (words.length !== 1) return false;
  const w = words[0];
  return w.length < 3 || lex.notName.has(w) || lex.titles.has(w) || lex.orgHeads.has(w) || lex.locHeads.has(w) || lex.directions.has(w) || lex.particles.has(w);
}

/**
 * The shorter names by which a longer one is referred to later: a person by the last part(s) of
 * the name, an organization or place by its first word(s).
 */
export function partialKeys(lex: NameLexicon, type: NameType, words: readonly string[], joining = false): string[][] {
  const out: string[][] = [];
  const n = words.length;
  if (n < 2) return out;
  if (type === 'PER') {
    for (let k = 1; k < n; k++) {
      // Never cut inside a compound name («عبد | الرحمن», «بن | سلمان»).
      if (lex.particles.has(words[k - 1])) continue;
      const part = words.slice(k);
      // A lone given name («علي», also على normalized) names too many people to search for; but a
      // mention found on its own that is the last name of a full one («الطيب» after «عثمان الطيب»)
      // is that person.
      const lastName = joining && k === n - 1 && part[0].length >= 3;
      if (part.length === 1 && !lastName && (lex.givenNames.has(part[0]) || part[0].length < 4)) continue;
      if (weakKey(lex, part)) continue;
      out.push(part);
    }
  } else {
    // «تنظيم داعش», «جماعة أحرار الشام»: the name without its indefinite head.
    if (type === 'ORG' && lex.orgHeads.has(words[0]) && !words[0].startsWith('ال') && !weakKey(lex, words.slice(1))) out.push(words.slice(1));
    for (let k = n - 1; k >= 1; k--) {
      const part = words.slice(0, k);
      const last = part[part.length - 1];
      if (lex.notName.has(last) || lex.particles.has(last) || last.startsWith('ل') && !last.startsWith('ال')) continue;
      if (part.length === 1) {
        // «المرصد» stands for the observatory; an indefinite head («وزارة») or a compass word does not.
        if (!part[0].startsWith('ال') || lex.directions.has(part[0]) || weakKey(lex, part) && !lex.orgHeads.has(part[0])) continue;
        if (type === 'LOC' && lex.locHeads.has(part[0])) continue;
      }
      out.push(part);
    }
  }
  return out;
}

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
 * Finds the other mentions of every name in `mentions` (whole and partial), groups everything
 * into entities and fills `doc.entities`.
 */
export function buildEntities(doc: Doc, found: readonly Mention[], lex: NameLexicon): Entity[] {
  const { tokens } = doc;
  // 1. Names to search for: every found name, plus the partial forms of the longer ones.
  const votes = new Map<string, Record<NameType, number>>();
  const wordsOf = new Map<string, string[]>();
  for (const m of found) {
    const k = nameKey(m.words);
    let v = votes.get(k);
    if (!v) votes.set(k, (v = { PER: 0, ORG: 0, LOC: 0 }));
    v[m.type] += m.source === 'lexicon' ? 2 : 1;
    wordsOf.set(k, m.words);
  }
  const search = new PhraseIndex();
  for (const [k, v] of votes) {
    const words = wordsOf.get(k)!;
    const type = majority(v);
    if (!weakKey(lex, words)) search.add(k, type);
    for (const p of partialKeys(lex, type, words)) search.add(p.join(' '), type);
  }
  // 2. Their other occurrences, where nothing else was found.
  const extra: Mention[] = [];
  for (const [from, to] of sentenceRanges(doc)) {
    for (let i = from; i < to; i++) {
      const m = search.matchAt(tokens, i, to);
      if (!m) continue;
      // A partial match must not be the start of a longer unknown name: «المرصد» + «الوطني» is another one.
      extra.push(makeMention(tokens, i, i + m.length, m.entry.type, m.prefix, 'document', m.stem));
      i += m.length - 1;
    }
  }
  const all = resolveOverlaps(doc.text.length, [enclosing(extra, found), found, extra]);

  // 3. Clusters of identical names, then partial names joined to the longer ones.
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
    if (parents && parents.length > 0) {
      const roots = [...new Set(parents.map((p) => find(clusters, p)))];
      if (roots.length === 1 || roots.length > 16) {
        // (More than 16 candidates is a list of namesakes, not prose: the first one takes them.)
        c.parent = roots[0];
        for (const t of ['PER', 'ORG', 'LOC'] as NameType[]) clusters[roots[0]].votes[t] += c.votes[t];
      } else {
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
    }
    for (const p of partialKeys(lex, type, c.words, true)) {
      const pk = p.join(' ');
      const list = partialOf.get(pk);
      if (list) list.push(ci);
      else partialOf.set(pk, [ci]);
    }
  }
  // 4. Entities.
  const groups = new Map<number, Mention[]>();
  for (let i = 0; i < clusters.length; i++) {
    const r = find(clusters, i);
    const list = groups.get(r) ?? [];
    list.push(...clusters[i].mentions);
    groups.set(r, list);
  }
  const entities: { type: NameType; mentions: Mention[] }[] = [];
  for (const [r, ms] of groups) {
    if (ms.length === 0) continue;
    ms.sort((a, b) => a.start - b.start);
    const v: Record<NameType, number> = { PER: 0, ORG: 0, LOC: 0 };
    for (const m of ms) v[m.type] += m.source === 'lexicon' ? 2 : m.source === 'document' ? 0.5 : 1;
    void r;
    entities.push({ type: majority(v), mentions: ms });
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  // Token ends of organizations and places, where a role written after a name may stop.
  const otherEnds = new Set<number>();
  for (const m of all) if (m.type !== 'PER') otherEnds.add(m.last);
  return entities.map((e, i) => {
    const entity: Entity = {
      id: `e${i + 1}`,
      type: ENTITY_TYPE[e.type],
      name: canonicalName(doc, e.mentions),
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) })),
    };
    if (e.type === 'PER') {
      const role = findRole(doc, e.mentions, otherEnds, lex);
      if (role) entity.role = role;
    }
    return entity;
  });
}

/**
 * Mentions of `outer` (known multi-word names) that contain mentions of `found` of the same type
 * entirely (the tagger split «المرصد | السوري لحقوق الإنسان» in two) and cut none: the whole name
 * wins there. A place inside an organization's name («جامعة دمشق») counts as contained.
 */
export function enclosing(outer: readonly Mention[], found: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const sorted = [...found].sort((a, b) => a.start - b.start);
  let j = 0;
  for (const x of [...outer].sort((a, b) => a.start - b.start)) {
    if (x.words.length < 2) continue;
    while (j < sorted.length && sorted[j].end <= x.start) j++;
    let inside = 0;
    let ok = true;
    for (let k = j; ok && k < sorted.length && sorted[k].start < x.end; k++) {
      const m = sorted[k];
      if (m.start < x.start || m.end > x.end || (m.type !== x.type && !(x.type === 'ORG' && m.type === 'LOC')) || (m.start === x.start && m.end === x.end)) ok = false;
      else inside++;
    }
    if (ok && inside > 0) out.push(x);
  }
  return out;
}

/** The most complete mention as written (the article restored when a ل ate its alef: «للمرصد»). */
export function canonicalName(doc: Doc, mentions: readonly Mention[]): string {
  let best = mentions[0];
  for (const m of mentions) {
    if (m.words.length > best.words.length || (m.words.length === best.words.length && m.end - m.start > best.end - best.start && m.source !== 'glued')) best = m;
  }
  const text = doc.text.slice(best.start, best.end).replace(/\s+/g, ' ');
  if (best.words[0].startsWith('ال') && !normalizeWord(text).startsWith('ال')) return 'ا' + text;
  return text;
}

/** Words that end a role phrase: verbs of saying, complementizers. */
function endsRole(lex: NameLexicon, t: Token): boolean {
  return t.kind === 'punct' && !'()'.includes(t.text) || t.kind === 'number' || lex.notName.has(t.norm) && t.norm !== 'في';
}

/**
 * The role the text gives a person: a title before a mention («مدير المرصد رامي عبد الرحمن»)
 * or a role word right after it («حسن علي القيادي بجماعة …»). The first mention that has one wins.
 */
export function findRole(doc: Doc, mentions: readonly Mention[], otherEnds: ReadonlySet<number>, lex: NameLexicon): string | undefined {
  const { tokens, text } = doc;
  for (const m of mentions) {
    if (m.source === 'glued') continue;
    // Before: the nearest title within six tokens, with nothing in between that ends a phrase.
    for (let j = m.first - 1; j >= Math.max(0, m.first - 6); j--) {
      const t = tokens[j];
      if (endsRole(lex, t)) break;
      const title = stemIn(t.norm, lex.titles);
      if (title) {
        // «المتحدث باسم …», «الأمين العام …» keep their second word; a leading و/ف is dropped.
        const from = originalOffset(t, title.prefix.length);
        const role = text.slice(from, tokens[m.first - 1].end).replace(/\s+/g, ' ').trim();
        if (role) return role;
      }
    }
    // After: a role word directly after the name, up to the end of an organization it names.
    const after = m.last;
    const t = tokens[after];
    if (t && t.kind === 'word' && stemIn(t.norm, lex.postRoles)) {
      let end = after + 1;
      let cut = after + 1;
      while (end < tokens.length && end - after < 8 && !endsRole(lex, tokens[end])) {
        end++;
        if (otherEnds.has(end)) cut = end;
      }
      if (cut === after + 1) cut = Math.min(end, after + 3);
      // A bracket opened inside the role is closed with it when it closes soon after
      // («القيادي بجماعة (جيش إدلب الحر)»); otherwise the role stops before it.
      let open = -1;
      for (let k = after + 1; k < cut; k++) if (tokens[k].text === '(') open = k;
      if (open < 0 && tokens[cut]?.text === '(') open = cut;
      if (open >= 0) {
        let close = -1;
        for (let k = open + 1; k < Math.min(tokens.length, open + 8) && close < 0; k++) if (tokens[k].text === ')') close = k;
        cut = close >= 0 ? close + 1 : open;
      }
      const role = text.slice(tokens[after].start, tokens[cut - 1].end).replace(/\s+/g, ' ').trim();
      if (role) return role;
    }
  }
  return undefined;
}
