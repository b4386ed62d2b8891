/**
 * Unlabelled text for the word clusters: the ANT news corpus (../shared/corpora/ant, 31,400
 * articles; the dev and unseen evaluation articles are already left out of it) and the words of
 * ANERcorp's train split, tokenized like page text and normalized the way the tagger's features
 * see words (fnorm), one sentence per line. Digits become «0» so numbers share a few types.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { tokenize } from '../../src/engine/text/tokenize.js';
import { fnorm } from '../../src/engine/entities/tagger/features.js';
import { parseConll } from './conll.js';

/** The clustering form of a word: the features' normalization, digits folded. */
function clusterForm(word: string): string {
  return fnorm(word).replace(/[0-9]+/g, '0');
}

/** Lines of normalized tokens, one sentence (or line of an article) per line. */
export async function* unlabelledLines(antDir: string, anercorpTrain: string): AsyncGenerator<string> {
  for (const s of parseConll(readFileSync(anercorpTrain, 'utf8'))) yield s.words.map(clusterForm).join(' ');
  for (const f of readdirSync(antDir).filter((x) => x.endsWith('.jsonl.gz')).sort()) {
    const rl = createInterface({ input: createReadStream(join(antDir, f)).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of rl) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as { title?: string; text?: string };
      for (const para of [a.title ?? '', ...(a.text ?? '').split('\n')]) {
        const words = tokenize(para).map((t) => clusterForm(t.text)).filter((w) => w.length > 0);
        if (words.length > 1) yield words.join(' ');
      }
    }
  }
}
