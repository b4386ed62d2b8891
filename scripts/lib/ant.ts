/**
 * The ANT news corpus (../shared/corpora/ant) for the scripts that derive tables from it: its
 * articles' texts, outlet by outlet, and the citation every derived table carries. Only counts
 * are kept from it, never text.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { join } from 'node:path';

const OUTLETS = ['alarabia', 'bbc', 'cnn', 'france24', 'skynews'];

/** Every article's text, in a fixed order (outlet, then file order). */
export async function* antTexts(dir: string): AsyncGenerator<string> {
  for (const outlet of OUTLETS) {
    const rl = createInterface({ input: createReadStream(join(dir, `${outlet}.jsonl.gz`)).pipe(createGunzip()) });
    for await (const line of rl) yield (JSON.parse(line) as { text: string }).text;
  }
}

/** The citation lines of a generated table's header comment (each line opens with « * »). */
export const ANT_CITATION = ` * ANT corpus: A. Chouigui, O. Ben Khiroun, B. Elayeb, «An Arabic Multi-source News Corpus:
 * Experimenting on Single-document Extractive Summarization», Arabian Journal for Science and
 * Engineering 46(8), 2021 (antcorpus.github.io; Apache-2.0 with the authors' citation licence).`;

/** A sorted word list as the rows of a generated TypeScript array, ten words a row. */
export function wordRows(words: readonly string[]): string {
  const rows: string[] = [];
  for (let i = 0; i < words.length; i += 10) rows.push(`  ${words.slice(i, i + 10).map((w) => `'${w}'`).join(', ')},`);
  return rows.join('\n');
}
