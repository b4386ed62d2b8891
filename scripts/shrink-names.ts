/**
 * `npx tsx scripts/shrink-names.ts`: removes from the hand-written name records
 * (src/engine/lang/ar/names/*.json) the entries that only back the tagger up (one-word surnames,
 * and one-word places and organizations of the `extended` lists: the rules never use them alone)
 * and that the shipped name lists already give the tagger (NERAr, Wikidata person names). Entries
 * the rules read (given names, multi-word names, the `news` lists) stay. Run before a retrain.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, sharedOrExit } from './lib/shared.js';
import { fnorm } from '../src/engine/entities/tagger/words.js';
import { loadNameLists } from './ner/name-lists.js';
import { ListBit } from '../src/engine/entities/tagger/tables.js';

const lists = loadNameLists(sharedOrExit('shrinking the lexicon', 'gazetteers'));
const dir = join(ROOT, 'src/engine/lang/ar/names');
type Rec = { name: string; class?: string; origin?: string; ambiguous?: unknown };

/** Is this one-word record of `cls` covered by the name lists? */
function covered(r: Rec, cls: string): boolean {
  if (/\s/.test(r.name.trim())) return false;
  const w = fnorm(r.name);
  const bits = lists.wordBits.get(w) ?? 0;
  if (cls === 'surname') return lists.wiki.has(w) || (bits & (ListBit.PersonLast | ListBit.PersonOther)) !== 0;
  if (cls === 'place') return (bits & ListBit.PlaceAlone) !== 0;
  if (cls === 'organization') return (bits & ListBit.OrgAlone) !== 0;
  return false;
}

for (const [file, cls] of [['people.json', ''], ['places.json', 'place'], ['organizations.json', 'organization']] as const) {
  const path = join(dir, file);
  const records = JSON.parse(readFileSync(path, 'utf8')) as Rec[];
  const keep = records.filter((r) => {
    const c = r.class ?? cls;
    if (c === 'surname') return !covered(r, 'surname');
    if ((c === 'place' || c === 'organization') && r.origin === 'extended' && !r.ambiguous) return !covered(r, c);
    return true;
  });
  writeFileSync(path, '[\n' + keep.map((r) => '  ' + JSON.stringify(r)).join(',\n') + '\n]\n');
  console.log(`${file}: ${records.length} → ${keep.length} records`);
}
