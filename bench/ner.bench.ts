/**
 * Names: speed of the trained tagger (both passes, document memory included) in tokens per second
 * on one core, the one-off cost of decoding the committed model, the whole entities stage on a
 * long document, and the model's size. Text: ANERcorp test when ../shared is present (real news),
 * otherwise a generated Arabic text of the same size.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './lib.js';
import { medianMs, rng } from './lib.js';
import { sharedPath } from '../scripts/lib/shared.js';
import { parseConll } from '../scripts/ner/conll.js';
import { PackedWeights, fromBase64 } from '../src/engine/entities/tagger/model.js';
import { NER_PASS1, NER_PASS2 } from '../src/engine/models/ner-model.js';
import { loadModel, tagSentences } from '../src/engine/entities/tagger/tagger.js';
import { createDoc } from '../src/engine/doc.js';
import { findEntities } from '../src/engine/entities/index.js';

const WORDS = ['قال', 'الرئيس', 'إن', 'الوفد', 'وصل', 'إلى', 'بيروت', 'أمس', 'وأكد', 'مدير', 'المرصد', 'رامي', 'سالم', 'أن', 'القوات', 'سيطرت', 'على', 'قرية', 'في', 'ريف', 'حلب', 'الشمالي', '،', '.'];

function sentences(): string[][] {
  const file = sharedPath('corpora', 'anercorp-camel', 'ANERCorp_CamelLab_test.txt');
  if (file) return parseConll(readFileSync(file, 'utf8')).map((s) => s.words);
  const r = rng(4);
  return Array.from({ length: 900 }, () => Array.from({ length: 28 }, () => WORDS[Math.floor(r() * WORDS.length)]));
}

export function run(): BenchRow[] {
  const rows: BenchRow[] = [];
  const load = medianMs(() => [new PackedWeights(fromBase64(NER_PASS1)), new PackedWeights(fromBase64(NER_PASS2))], 5, 1);
  rows.push({ suite: 'ner', name: 'model decode (once per worker)', value: load, unit: 'ms' });
  loadModel();
  const sents = sentences();
  const tokens = sents.reduce((n, s) => n + s.length, 0);
  const ms = medianMs(() => tagSentences(sents), 5, 1);
  rows.push({ suite: 'ner', name: 'tagger, two passes', value: (tokens / ms) * 1000, unit: 'tokens/s', note: `${tokens} tokens in ${ms.toFixed(0)} ms` });
  const text = sents.map((s) => s.join(' ')).join('\n');
  const doc = () => {
    const d = createDoc(text);
    findEntities(d);
    return d;
  };
  const docTokens = createDoc(text).tokens.length;
  const whole = medianMs(() => doc(), 3, 1);
  const tokenizeOnly = medianMs(() => createDoc(text), 3, 1);
  rows.push({ suite: 'ner', name: 'entities stage (tagger+rules+doc)', value: (docTokens / (whole - tokenizeOnly)) * 1000, unit: 'tokens/s', note: `${docTokens} tokens, ${(whole - tokenizeOnly).toFixed(0)} ms beyond text core` });
  const bytes = (NER_PASS1.length + NER_PASS2.length) * 0.75;
  const gz = gzipSync(fromBase64(NER_PASS1)).length + gzipSync(fromBase64(NER_PASS2)).length;
  rows.push({ suite: 'ner', name: 'model size (binary / gzip)', value: bytes / 1e6, unit: 'MB', note: `${(gz / 1e6).toFixed(2)} MB gzip` });
  return rows;
}
