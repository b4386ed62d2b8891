/**
 * The names data (lang/ar/names/*.json and the word lists beside them) stays consistent: no entry
 * listed twice, no attribute outside its class, and no word that is both a sure name and a word
 * that is never a name.
 */
import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../../src/engine/text/normalize.js';
import { stripMarks } from '../../src/engine/text/charset.js';
import { ORGANIZATIONS, OTHER_NAMES, PERSON_NAMES, PLACES, placeRecords } from '../../src/engine/lang/ar/index.js';
import { cityNames } from '../../src/engine/entities/lexicon-build.js';
import { CITY_NAMES } from '../../src/engine/lang/ar/cities.js';
import type { NameRecord } from '../../src/engine/lang/ar/index.js';
import { ABD_COMPLEMENTS, NAME_PARTICLES, NOT_NAME_WORDS } from '../../src/engine/lang/ar/names.js';
import * as TRIGGERS from '../../src/engine/lang/ar/triggers.js';
import { OUTLET_CONTEXT } from '../../src/engine/lang/ar/outlets.js';

const key = (s: string) => s.split(/\s+/).filter(Boolean).map(normalizeWord).join(' ');
const RECORDS: readonly NameRecord[] = [...PERSON_NAMES, ...PLACES, ...ORGANIZATIONS, ...OTHER_NAMES];

function repeats(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of list) {
    const k = key(w);
    if (seen.has(k)) out.push(w);
    seen.add(k);
  }
  return out;
}

describe('names data', () => {
  it('ships the table of cities the data gives (npm run derive:cities writes it)', () => {
    expect([...CITY_NAMES]).toEqual(cityNames());
  });

  it('lists each name once per class', () => {
    for (const cls of ['given', 'family', 'surname', 'person', 'place', 'organization', 'misc', 'group']) {
      expect(repeats(RECORDS.filter((r) => r.class === cls).map((r) => r.name)), cls).toEqual([]);
    }
  });

  it('lists each word once in every word list', () => {
    const lists: Record<string, readonly string[]> = { NAME_PARTICLES, ABD_COMPLEMENTS, NOT_NAME_WORDS, OUTLET_CONTEXT: [...OUTLET_CONTEXT] };
    for (const [k, v] of Object.entries(TRIGGERS)) if (Array.isArray(v)) lists[k] = v;
    for (const [name, list] of Object.entries(lists)) expect(repeats(list), name).toEqual([]);
  });

  it('gives each class only the attributes it has', () => {
    const origins: Record<string, readonly (string | undefined)[]> = {
      given: ['common', 'foreign', 'extended'],
      person: ['news', 'extended'],
      place: ['news', 'extended'],
      organization: ['news', 'extended'],
    };
    for (const r of RECORDS) {
      expect(r.name.trim(), JSON.stringify(r)).toBe(r.name);
      expect(r.name.length, JSON.stringify(r)).toBeGreaterThan(0);
      expect(origins[r.class] ?? [undefined], JSON.stringify(r)).toContain(r.origin);
      if (r.ambiguous === 'mostly') expect(r.class, r.name).toBe('given');
      if (r.kind) expect(r.class, r.name).toBe('place');
    }
  });

  it('never lists a sure name as a word that is never a name, nor as a title', () => {
    // Two different words may meet in one normalized form («على»/«علي», «الآن»/«آلان»): the
    // rules tell them apart by the letters, so only the same written word is a contradiction.
    const written = (s: string) => stripMarks(s);
    const notNames = new Map(NOT_NAME_WORDS.map((w) => [key(w), written(w)]));
    const titles = new Map(TRIGGERS.PERSON_TITLES.filter((w) => !/\s/.test(w)).map((w) => [key(w), written(w)]));
    const clashes: string[] = [];
    for (const r of [...RECORDS, ...placeRecords()]) {
      if (r.ambiguous || r.class === 'misc' || r.class === 'group') continue;
      if (notNames.get(key(r.name)) === written(r.name)) clashes.push(`${r.class} ${r.name} / not a name`);
      if (r.class === 'given' && titles.get(key(r.name)) === written(r.name)) clashes.push(`given ${r.name} / title`);
    }
    expect(clashes).toEqual([]);
  });

  it('reads the official country names and marks their everyday-word ones ambiguous as the hand-written list does', () => {
    const iso = placeRecords().filter((r) => r.origin === 'iso');
    expect(iso.length).toBeGreaterThan(200);
    const ambiguous = new Set(PLACES.filter((r) => r.ambiguous).map((r) => key(r.name)));
    for (const r of iso) expect(Boolean(r.ambiguous), r.name).toBe(ambiguous.has(key(r.name)));
  });
});
