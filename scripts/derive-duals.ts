/**
 * `npm run derive:duals`: the table of dual nouns (src/engine/lang/ar/duals.ts), counted from the
 * ANT news corpus (../shared/corpora/ant). A dual counts two by itself («يومين»، «مرتين»،
 * «دقيقتين»), but its ending -ين is also the sound masculine plural's (مسلحين «gunmen») and -ان
 * ends many names (حمدان، طالبان): the corpus says which words are duals.
 *
 * A singular S is kept when
 * - S is common on its own (≥ MIN_SINGULAR, bare at least MIN_BARE times), and its dual forms
 *   (S+ين/S+ان, or for S ending in ة: S−ة+تين/تان) are attested (≥ MIN_DUAL) but rarer than half
 *   of S;
 * - masculine: both cases of the dual occur and the nominative plural S+ون is at most half as
 *   common as the nominative dual S+ان, or rare beside S+ين (so «مرشحين», mostly «candidates»,
 *   is left out, «عامين» is kept);
 * - S is no proclitic glued to a common word («لسنة», «ومع»);
 * - S is no nisba adjective (-ي، -ية), no number word, no verb (a t-initial S whose y-form is a
 *   common word: «تعمل» → يعمل), and neither dual form is a person's name (Wikidata person-name
 *   tokens, ../shared/gazetteers, CC0);
 * - S is not in NOT_DUALS (lang/ar/numbers.ts), the few the counts let through.
 * Skips cleanly without ../shared.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, sharedOrExit } from './lib/shared.js';
import { ANT_CITATION, antTexts } from './lib/ant.js';
import { normalizeWord } from '../src/engine/text/normalize.js';
import { numberWord } from '../src/engine/numbers/words.js';
import { NOT_DUALS } from '../src/engine/lang/ar/numbers.js';

const MIN_SINGULAR = 30;
const MIN_BARE = 10;
const MIN_DUAL = 4;
const NAME_MIN_COUNT = 3;
/** The nominative plural may be this share of the accusative dual when the dual dominates («عامين»). */
const PLURAL_SHARE = 0.03;

const ant = sharedOrExit('derive:duals', 'corpora', 'ant');
const namesFile = sharedOrExit('derive:duals', 'gazetteers', 'wikidata-person-names', 'names.tsv');

const counts = new Map<string, number>();
const WORD = /[\u0621-\u064a\u0640\u064b-\u065f\u0670]+/g;
for await (const text of antTexts(ant)) {
  for (const m of text.matchAll(WORD)) {
    const w = normalizeWord(m[0]);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
}
const names = new Set<string>();
for (const line of readFileSync(namesFile, 'utf8').split('\n').slice(1)) {
  const [ar, , n] = line.split('\t');
  if (ar && Number(n) >= NAME_MIN_COUNT) names.add(normalizeWord(ar));
}

const PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل', 'وب', 'ول', 'فب', 'فل', 'وك', 'وبال', 'فبال'];
const n = (w: string) => counts.get(w) ?? 0;
/** A form with any of its proclitics. */
const withClitics = (w: string) => PREFIXES.reduce((s, p) => s + n(p + w), 0);
const notDual = new Set(NOT_DUALS.map(normalizeWord));

interface Dual {
  singular: string;
  forms: [string, string];
}

function candidate(d: string): Dual | null {
  if (d.length < 5 || !(d.endsWith('ين') || d.endsWith('ان'))) return null;
  if (d[d.length - 3] === 'ت') {
    const stem = d.slice(0, -3);
    return { singular: `${stem}ه`, forms: [`${stem}تين`, `${stem}تان`] };
  }
  const s = d.slice(0, -2);
  return { singular: s, forms: [`${s}ين`, `${s}ان`] };
}

function accept({ singular: s, forms }: Dual): boolean {
  const feminine = forms[0].endsWith('تين') && s.endsWith('ه');
  if (s.length < 3 || s.startsWith('ال') || notDual.has(s)) return false;
  // «لسنه», «ومع», «والله»: a proclitic on a common word, not a word of its own.
  if ('وفبلك'.includes(s[0]) && n(s.slice(1)) >= MIN_SINGULAR) return false;
  if (s.endsWith('ي') || s.endsWith('يه')) return false;
  if (numberWord(s) || numberWord(forms[0]) || numberWord(forms[1])) return false;
  if (forms.some((f) => names.has(f))) return false;
  if (s.startsWith('ت') && n(`ي${s.slice(1)}`) >= MIN_SINGULAR) return false;
  const single = n(s) + n(`ال${s}`);
  const [acc, nom] = forms.map(withClitics);
  if (n(s) < MIN_BARE || single < MIN_SINGULAR || acc + nom < MIN_DUAL || acc + nom > single / 2 || acc === 0) return false;
  if (!feminine) {
    const plural = withClitics(`${s}ون`);
    if (nom === 0 || (2 * plural > nom && plural > PLURAL_SHARE * acc)) return false;
  }
  return true;
}

const kept = new Map<string, Dual>();
const tried = new Set<string>();
for (const w of counts.keys()) {
  if (!(w.endsWith('ين') || w.endsWith('ان'))) continue;
  for (const p of PREFIXES) {
    if (!w.startsWith(p)) continue;
    const d = w.slice(p.length);
    if (tried.has(d)) continue;
    tried.add(d);
    const c = candidate(d);
    if (c && accept(c)) kept.set(c.singular, c);
  }
}
// A singular that is another kept singular with a proclitic («وشخص») is that one.
for (const s of [...kept.keys()]) {
  for (const p of PREFIXES) if (p && s.startsWith(p) && kept.has(s.slice(p.length))) kept.delete(s);
}

const entries = [...kept.values()].sort((a, b) => a.singular.localeCompare(b.singular, 'ar'));
const rows = entries.map((e) => `  ['${e.singular}', '${e.forms[0]}', '${e.forms[1]}'],`);
const out = `/**
 * Dual nouns: [singular, dual in -ين, dual in -ان], normalized (normalizeWord). Generated by
 * \`npm run derive:duals\` (scripts/derive-duals.ts) from word counts of the ANT corpus
 * (../shared/corpora/ant); no text of the corpus is kept. Do not edit by hand: add a word that is
 * not a dual to NOT_DUALS in numbers.ts and run the script again.
 *
${ANT_CITATION}
 * Person names left out with Wikidata person-name tokens (CC0).
 */
export const DUAL_NOUNS: readonly (readonly [singular: string, genitive: string, nominative: string])[] = [
${rows.join('\n')}
];
`;
writeFileSync(join(ROOT, 'src/engine/lang/ar/duals.ts'), out);
console.log(`${entries.length} dual nouns written to src/engine/lang/ar/duals.ts`);
