/**
 * Compiles the rules' name lexicon from the language data (lang/ar: the name records, titles,
 * heads, word lists), normalized as the text core normalizes tokens. Run when the model is trained
 * (the result ships in the model file: lexicon-index.ts) and by the test that checks the shipped
 * lexicon still is what the data gives.
 */
import { normalizeWord } from '../text/normalize.js';
import { PERSON_NAMES, ORGANIZATIONS, placeRecords, recordsOf, trustedAlone } from '../lang/ar/index.js';
import type { NameRecord } from '../lang/ar/index.js';
import { ABD_COMPLEMENTS, COMMON_NOUN_PHRASES, NAME_PARTICLES, NOT_NAME_WORDS, RULE_ORGANIZATIONS, RULE_PLACES } from '../lang/ar/names.js';
import { DIRECTIONS, LOC_HEADS, ORG_HEADS, PERSON_TITLES, POST_NAME_ROLES } from '../lang/ar/triggers.js';
import { PhraseIndex, groupByFirstWord, phraseWords } from './lexicon-index.js';
import type { NameType, PackedLexicon } from './lexicon-index.js';

const normList = (list: readonly string[]): string[] => [...new Set(list.map((w) => normalizeWord(w)))];

export function buildLexicon(): PackedLexicon {
  const titleWords = new Set(normList(PERSON_TITLES));
  const phrases = new PhraseIndex();
  const addRecord = (r: NameRecord, type: NameType) => {
    // «الأمير الوليد بن طلال»: the mention is the name; the title is the role.
    const words = phraseWords(r.name);
    while (type === 'PER' && words.length > 1 && titleWords.has(words[0])) words.shift();
    if (/[()[\]{}«»"،,.]/.test(r.name)) return;
    phrases.addWords(words, type, !trustedAlone({ ...r, name: words.join(' ') }));
  };
  // The lists news names most come first: among equally long matches the first added wins.
  const people = PERSON_NAMES.filter((r) => r.class === 'person');
  for (const extended of [false, true]) {
    const batch = (r: NameRecord) => (r.origin === 'extended') === extended;
    for (const r of placeRecords()) if (batch(r)) addRecord(r, 'LOC');
    for (const r of ORGANIZATIONS) if (batch(r)) addRecord(r, 'ORG');
    for (const r of people) if (batch(r)) addRecord(r, 'PER');
  }
  for (const name of RULE_PLACES) addRecord({ name, class: 'place', origin: 'news', kind: 'country' }, 'LOC');
  for (const name of RULE_ORGANIZATIONS) addRecord({ name, class: 'organization', origin: 'extended' }, 'ORG');
  const titles: string[] = [];
  const titlePhrases: string[] = [];
  for (const p of PERSON_TITLES) {
    const w = phraseWords(p);
    if (w.length === 1) titles.push(w[0]);
    else titlePhrases.push(w.join(' '));
  }
  const given = recordsOf('given').filter((r) => r.ambiguous !== 'mostly');
  return {
    phrases: groupByFirstWord(phrases.entries().map((e) => [e.words.join(' '), e.type, e.ambiguous ? 1 : 0])),
    titlePhrases: [...new Set(titlePhrases)],
    sets: {
      givenNames: normList(given.map((r) => r.name)),
      familyNames: normList(recordsOf('family').map((r) => r.name).filter((n) => !n.includes(' '))),
      ambiguousGiven: normList(given.filter((r) => r.ambiguous).map((r) => r.name)),
      particles: normList(NAME_PARTICLES),
      abdComplements: normList(ABD_COMPLEMENTS),
      notName: normList(NOT_NAME_WORDS),
      titles: [...new Set(titles)],
      postRoles: normList(POST_NAME_ROLES),
      orgHeads: normList(ORG_HEADS),
      locHeads: normList(LOC_HEADS),
      directions: normList(DIRECTIONS),
      groups: normList(recordsOf('group').map((r) => r.name)),
      commonPhrases: [...new Set(COMMON_NOUN_PHRASES.map((p) => phraseWords(p).join(' ')))],
    },
  };
}

/**
 * The places listed as cities and towns (kind `city`), normalized word by word, sorted and
 * distinct: lang/ar/cities.ts is this list (`npm run derive:cities` writes it), read at run time
 * without the names data.
 */
export function cityNames(): string[] {
  const names = placeRecords()
    .filter((r) => r.kind === 'city')
    .map((r) => phraseWords(r.name).join(' '));
  return [...new Set(names)].sort();
}
