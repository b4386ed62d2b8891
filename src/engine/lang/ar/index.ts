/**
 * The names data, in one place: every listed name is one record with its attributes (class,
 * ambiguity, origin), read from the JSON files in `names/` and from the i18n-iso-countries table
 * (gazetteer.ts). Consumers (the rule lexicon in entities/lexicon-index.ts, the tagger's features)
 * select records by attribute; nothing else lists names.
 *
 * Attributes:
 * - `class`: what the name is. Parts of people's names: `given`, `family` (Arab family and tribal
 *   names, with or without the article), `surname` (family names of well-known people, mostly
 *   transliterated); whole names: `person`, `place`, `organization`; `misc` (currencies,
 *   religions, languages: ANERcorp's MISC) and `group` (peoples, sects, tribes), which the engine
 *   does not report but the tagger learns from.
 * - `ambiguous`: `true` when the name is also an everyday word («نور» light, «العين» the eye): never
 *   a name on its own, only with a title, another name part or the tagger's agreement.
 *   `'mostly'` (given names only): far more often something else (a title, a divine name, a
 *   family name) — a tagger feature, never a given name to the rules.
 * - `origin`: where the entry comes from and so how far it is trusted.
 *   `iso`: the i18n-iso-countries Arabic table (official country names).
 *   `news`: the short list of names news uses most, checked by hand: a single word is a name.
 *   `extended`: the broader reference lists (regions, towns, institutions, notable people of the
 *   last decades): a multi-word entry is a name; a single word only backs the tagger up.
 *   For given names: `common` (frequent Arabic names), `foreign` (transliterated foreign names),
 *   `extended` (classical, Maghrebi and further spellings); transliterations are matched across
 *   vowel-letter spellings (the tagger's consonant skeletons), common Arabic names are not.
 * - `kind` (places, optional): `country`, `city`, `region`.
 */
import peopleData from './names/people.json';
import placesData from './names/places.json';
import organizationsData from './names/organizations.json';
import otherData from './names/other-names.json';
import { countryNames } from './gazetteer.js';

export type NameClass = 'given' | 'family' | 'surname' | 'person' | 'place' | 'organization' | 'misc' | 'group';
type NameOrigin = 'iso' | 'news' | 'extended' | 'common' | 'foreign';

export interface NameRecord {
  /** As written (normalized by each consumer). */
  readonly name: string;
  readonly class: NameClass;
  readonly ambiguous?: true | 'mostly';
  readonly origin?: NameOrigin;
  readonly kind?: 'country' | 'city' | 'region';
}

type Json = Omit<NameRecord, 'class'> & { class?: string };

const withClass = (list: readonly Json[], cls: NameClass): NameRecord[] => list.map((r) => ({ ...r, class: cls }) as NameRecord);

/** Parts of people's names and whole names of people (people.json). */
export const PERSON_NAMES: readonly NameRecord[] = peopleData as readonly Json[] as readonly NameRecord[];
/** Hand-written places (places.json); official country names are added by `placeRecords`. */
export const PLACES: readonly NameRecord[] = withClass(placesData as readonly Json[], 'place');
export const ORGANIZATIONS: readonly NameRecord[] = withClass(organizationsData as readonly Json[], 'organization');
/** MISC and group names (other-names.json). */
export const OTHER_NAMES: readonly NameRecord[] = otherData as readonly Json[] as readonly NameRecord[];

let places: readonly NameRecord[] | null = null;

/**
 * Every place: the official country names first (i18n-iso-countries, minus those that are
 * everyday words), then the hand-written list. Names in both are listed twice on purpose: the
 * hand-written list stands on its own if the package renames a country.
 */
export function placeRecords(): readonly NameRecord[] {
  if (places) return places;
  const ambiguous = new Set(PLACES.filter((r) => r.ambiguous).map((r) => r.name));
  const iso: NameRecord[] = countryNames().map((name) => ({ name, class: 'place', origin: 'iso', kind: 'country', ...(ambiguous.has(name) ? { ambiguous: true } : {}) }));
  return (places = [...iso, ...PLACES]);
}

/** Records of one class, in file order. */
export function recordsOf(cls: NameClass): readonly NameRecord[] {
  switch (cls) {
    case 'place':
      return placeRecords();
    case 'organization':
      return ORGANIZATIONS;
    case 'misc':
    case 'group':
      return OTHER_NAMES.filter((r) => r.class === cls);
    default:
      return PERSON_NAMES.filter((r) => r.class === cls);
  }
}

/** A name listed as a name on its own: the `news` and `iso` lists, or any multi-word entry. */
export function trustedAlone(r: NameRecord): boolean {
  if (r.ambiguous) return false;
  return r.origin !== 'extended' || /\s/.test(r.name.trim());
}
