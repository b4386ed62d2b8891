/**
 * The project's hand-written name data (lang/ar: names, titles, heads…) in the form the tagger's
 * features read it: word classes (`Lex` bits), gazetteer phrases with their type, and consonant
 * skeletons. Built at training time and packed into the model file (tables.ts), so the run time
 * reads it without building anything; its fingerprint is recorded with the model, and a test fails
 * when the data in lang/ar drifts from what the model was trained with.
 */
import { PERSON_NAMES, ORGANIZATIONS, OTHER_NAMES, placeRecords, recordsOf } from '../../lang/ar/index.js';
import type { NameRecord } from '../../lang/ar/index.js';
import { ABD_COMPLEMENTS, NAME_PARTICLES, NOT_NAME_WORDS } from '../../lang/ar/names.js';
import { DIRECTIONS, LOC_HEADS, ORG_HEADS, PERSON_TITLES, POST_NAME_ROLES } from '../../lang/ar/triggers.js';
import { Lex, GAZ_CONTINUES, packPhrases, packSkeletons } from './tables.js';
import type { TableColumns } from './tables.js';
import { fnorm, skeleton } from './words.js';

interface GazEntry {
  words: string[];
  /** 0 PER, 1 LOC, 2 ORG, 3 MISC, 4 group of people; +5 when ambiguous. */
  code: number;
}

export interface FeatureLexicon {
  classes: Map<string, number>;
  /** In order: among equally long entries of the same words, the first one's code counts. */
  gaz: GazEntry[];
  /** Consonant skeleton of single-word names → bit per type (1 PER, 2 LOC, 4 ORG). */
  skeletons: Map<string, number>;
}

export function featureLexicon(): FeatureLexicon {
  const classes = new Map<string, number>();
  const mark = (list: readonly string[], bit: number) => {
    for (const w of list) {
      const words = w.split(/\s+/).map(fnorm);
      const k = words[0];
      if (words.length === 1) classes.set(k, (classes.get(k) ?? 0) | bit);
    }
  };
  const names = (rs: readonly NameRecord[]) => rs.map((r) => r.name);
  const given = recordsOf('given');
  // A given name that is mostly another word («الملك», «العزيز») is only an ambiguous one here.
  mark(names(given.filter((r) => r.ambiguous !== 'mostly')), Lex.Given);
  mark(names(given.filter((r) => r.ambiguous)), Lex.GivenAmb);
  mark(PERSON_TITLES, Lex.Title);
  mark(ORG_HEADS, Lex.OrgHead);
  mark(LOC_HEADS, Lex.LocHead);
  mark(DIRECTIONS, Lex.Direction);
  mark(NAME_PARTICLES, Lex.Particle);
  mark(NOT_NAME_WORDS, Lex.NotName);
  mark(ABD_COMPLEMENTS, Lex.AbdComplement);
  mark(POST_NAME_ROLES, Lex.PostRole);
  mark(names(recordsOf('family')), Lex.Family);
  mark(names(recordsOf('surname')), Lex.Surname);
  const titles = new Set(PERSON_TITLES.map(fnorm));
  const particles = new Set(NAME_PARTICLES.map(fnorm));
  const people = PERSON_NAMES.filter((r) => r.class === 'person');
  for (const p of names(people)) {
    const words = p.split(/\s+/).map(fnorm);
    if (words.length < 2) continue;
    const first = words[0];
    const last = words[words.length - 1];
    if (!titles.has(first) && !particles.has(first)) classes.set(first, (classes.get(first) ?? 0) | Lex.PersonFirst);
    if (!particles.has(last) && last.length >= 3) classes.set(last, (classes.get(last) ?? 0) | Lex.Surname);
  }
  const gaz: GazEntry[] = [];
  const add = (list: readonly NameRecord[], code: number) => {
    for (const r of list) {
      if (/[()]/.test(r.name)) continue;
      const words = r.name.split(/\s+/).filter(Boolean).map(fnorm);
      // «الأمير الوليد بن طلال»: a person's name starts after the title (as ANERcorp marks it).
      while (code === 0 && words.length > 1 && titles.has(words[0])) words.shift();
      const e: GazEntry = { words, code: code + (r.ambiguous ? 5 : 0) };
      gaz.push(e);
    }
  };
  // Among equally long matches the first entry wins: people, places, organizations, other names.
  add(people, 0);
  add(placeRecords(), 1);
  add(ORGANIZATIONS, 2);
  add(OTHER_NAMES.filter((r) => r.class === 'misc'), 3);
  add(OTHER_NAMES.filter((r) => r.class === 'group'), 4);
  const skeletons = new Map<string, number>();
  const skel = (list: readonly string[], bit: number) => {
    for (const p of list) {
      if (/\s/.test(p)) continue;
      const k = skeleton(fnorm(p));
      if (k) skeletons.set(k, (skeletons.get(k) ?? 0) | bit);
    }
  };
  // Skeletons are for transliterations: not for the common Arabic given names, whose consonants
  // are shared by too many ordinary words.
  const transliterated = given.filter((r) => r.ambiguous !== 'mostly' && (r.origin === 'foreign' || r.origin === 'extended'));
  skel(names([...recordsOf('surname'), ...recordsOf('family'), ...transliterated, ...people.filter((r) => r.origin === 'news')]), 1);
  skel(names(placeRecords()), 2);
  skel(names(ORGANIZATIONS), 4);
  return { classes, gaz, skeletons };
}

/**
 * A fingerprint of the lexicons as the features see them (word classes, gazetteer entries,
 * consonant skeletons): recorded in the model's metadata when it is trained.
 */
export function lexiconFingerprint(lexicon: FeatureLexicon = featureLexicon()): string {
  const { classes, gaz, skeletons } = lexicon;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
  };
  for (const k of [...classes.keys()].sort()) feed(`c:${k}=${classes.get(k)};`);
  for (const e of gaz) feed(`g:${e.words.join(' ')}=${e.code};`);
  for (const k of [...skeletons.keys()].sort()) feed(`s:${k}=${skeletons.get(k)};`);
  const hex = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

/** The lexicon as table columns (the word classes go into the word table with the other word facts). */
export function packLexicon(lexicon: FeatureLexicon = featureLexicon()): { lex: Map<string, number>; gazetteer: TableColumns['gazetteer']; skeletons: TableColumns['skeletons'] } {
  return {
    lex: lexicon.classes,
    gazetteer: packPhrases(
      lexicon.gaz.map((e) => ({ words: e.words, flag: e.code + 1 })),
      GAZ_CONTINUES,
      true,
    ),
    skeletons: packSkeletons(lexicon.skeletons),
  };
}
