/**
 * Currency words, which name no club or body: «2.3 مليار ريال» is riyals, not Real Madrid
 * («ريال»). The numbers stage reads the amount before them, so the word right after an amount
 * («900 ريال», «(20,000) ريال») is its currency (ANT sample of 3,000 articles: 61 of 97 «ريال» read
 * as an organization were so); a currency's dual or plural («ريالين», «ريالات») is never a name.
 */
import type { Doc } from '../doc.js';
import { CURRENCIES } from '../lang/ar/numbers.js';
import { normalizeWord } from '../text/normalize.js';

const FORMS: ReadonlySet<string> = new Set(CURRENCIES.flatMap((c) => c.forms).map(normalizeWord));
const SINGULARS: ReadonlySet<string> = new Set(CURRENCIES.map((c) => normalizeWord(c.forms[0])));

/** Tokens that are a currency: after an amount, or any dual or plural form. */
export function currencyTokens(doc: Doc): Uint8Array {
  const { tokens } = doc;
  const out = new Uint8Array(tokens.length);
  for (const t of tokens) if (t.kind === 'word' && FORMS.has(t.norm) && !SINGULARS.has(t.norm)) out[t.index] = 1;
  let k = 0;
  for (const n of doc.numbers) {
    if (n.kind !== 'money' && n.kind !== 'cardinal') continue;
    while (k < tokens.length && tokens[k].start < n.end) k++;
    // (The amount may stand in brackets: «غرامة (20,000) ريال».)
    const j = tokens[k]?.text === ')' ? k + 1 : k;
    const t = tokens[j];
    if (t && t.kind === 'word' && FORMS.has(t.norm) && t.start - tokens[j - 1].end <= 1) out[j] = 1;
  }
  return out;
}
