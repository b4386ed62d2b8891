/**
 * The organization a quote is attributed to is a name the reader must find in the names list
 * («وقالت سلطة المطارات في بيان…», «أعلنت السفارة المصرية أن…»), even where the tagger and the
 * rules missed it. Runs after the quotes stage: an organization speaker named at the attribution
 * that no entity covers becomes an entity (or a mention of the entity of the same name), and the
 * quote is linked to it. A bare head («الشرطة», «الصحيفة») names no one and is left alone.
 */
import type { Doc } from '../doc.js';
import type { Entity } from '../types.js';
import { nameLexicon, stemIn } from './lexicon-index.js';
import type { NameLexicon } from './lexicon-index.js';
import { makeMention } from './mention.js';
import { canonicalName } from './roles.js';

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
  // A lone head or title («الشرطة», «الصحيفة», «المتحدث») names no one.
  if (last - first === 1 && (stemIn(tokens[first].norm, lex.orgHeads) || stemIn(tokens[first].norm, lex.titles) || stemIn(tokens[first].norm, lex.locHeads))) return null;
  return [first, last];
}

export function attributedOrganizations(doc: Doc): void {
  const lex = nameLexicon();
  let added = false;
  for (const q of doc.quotes) {
    const sp = q.speaker;
    if (sp.type !== 'organization' || sp.entityId || sp.start === undefined || sp.end === undefined || sp.resolved) continue;
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
