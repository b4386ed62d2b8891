/**
 * `npm run eval:ner`: names, measured two ways.
 *  1. ANERcorp test (CAMeL Lab split), conlleval-style entity-level P/R/F1 per type and micro, for
 *     PER/LOC/ORG and for all four types, with the committed model (sentence-level tagging).
 *  2. ../shared/dev: document-level name recall and precision of the whole entities stage
 *     (gold format in ../shared/dev/README.md).
 * Options: --dev (only the dev part), --anercorp (only ANERcorp), --verbose (list misses),
 * --show FILE (print the entities found in a text file, nothing else).
 * Skips cleanly when ../shared is absent.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedOrExit } from './lib/shared.js';
import { analyze } from '../src/engine/index.js';
import { normalizeWord } from '../src/engine/text/normalize.js';
import { parseConll, score } from './ner/conll.js';
import type { Score } from './ner/conll.js';
import { tagSentences } from '../src/engine/entities/tagger/tagger.js';

const argv = process.argv.slice(2);
const args = new Set(argv);
if (args.has('--show')) {
  const text = readFileSync(argv[argv.indexOf('--show') + 1], 'utf8');
  const a = analyze(text, { stages: { quotes: false, numbers: false } });
  for (const e of a.entities) console.log(`${e.id} ${e.type} ${e.name}${e.role ? ` [${e.role}]` : ''} | ${e.mentions.map((m) => m.text).join(' / ')}`);
  console.log(`${a.stats.tokens} tokens, ${a.stats.milliseconds} ms`);
  process.exit(0);
}
const verbose = args.has('--verbose');
const doDev = !args.has('--anercorp');
const doAner = !args.has('--dev');

function printScore(title: string, s: Score): void {
  console.log(`\n${title}`);
  console.log('type        P      R      F1    gold  pred');
  for (const [t, v] of Object.entries(s.perType)) {
    console.log(`${t.padEnd(6)} ${v.precision.toFixed(2).padStart(6)} ${v.recall.toFixed(2).padStart(6)} ${v.f1.toFixed(2).padStart(6)} ${String(v.gold).padStart(6)} ${String(v.predicted).padStart(5)}`);
  }
  const m = s.micro;
  console.log(`${'micro'.padEnd(6)} ${m.precision.toFixed(2).padStart(6)} ${m.recall.toFixed(2).padStart(6)} ${m.f1.toFixed(2).padStart(6)} ${String(m.gold).padStart(6)} ${String(m.predicted).padStart(5)}`);
}

if (doAner) {
  const file = sharedOrExit('the ANERcorp evaluation', 'corpora', 'anercorp-camel', 'ANERCorp_CamelLab_test.txt');
  const test = parseConll(readFileSync(file, 'utf8'));
  const t0 = performance.now();
  const pred = tagSentences(test.map((s) => s.words));
  const ms = performance.now() - t0;
  const gold = test.map((s) => s.tags);
  const tokens = test.reduce((n, s) => n + s.words.length, 0);
  console.log(`ANERcorp test (CAMeL Lab split): ${test.length} sentences, ${tokens} tokens, tagged in ${ms.toFixed(0)} ms`);
  printScore('PER / LOC / ORG', score(gold, pred, ['PERS', 'LOC', 'ORG']));
  printScore('All four types', score(gold, pred, ['PERS', 'LOC', 'ORG', 'MISC']));
}

/** Matching form of a name: normalized, spaces collapsed. */
function norm(s: string): string {
  return s
    .split(/\s+/)
    .map((w) => normalizeWord(w).replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
    .join(' ');
}

/** The form and the form without one leading clitic letter (gold forms «may drop one»). */
function variants(s: string): string[] {
  const n = norm(s);
  const out = [n];
  if (/^[وبلفك]/.test(n) && n.length > 3) out.push(n.slice(1));
  return out;
}

interface GoldEntity {
  type: string;
  forms: string[];
}

if (doDev) {
  const dir = sharedOrExit('the dev-set name evaluation', 'dev');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const tot: Record<string, { g: number; found: number; p: number; ok: number }> = {};
  for (const t of ['person', 'organization', 'location']) tot[t] = { g: 0, found: 0, p: 0, ok: 0 };
  for (const f of files) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { file: string; entities: GoldEntity[] };
    const text = readFileSync(join(dir, gold.file), 'utf8');
    const a = analyze(text, { stages: { quotes: false } });
    const misses: string[] = [];
    const wrong: string[] = [];
    for (const g of gold.entities) {
      const forms = new Set(g.forms.flatMap(variants));
      const hit = a.entities.some((e) => e.type === g.type && [e.name, ...e.mentions.map((m) => m.text)].some((x) => variants(x).some((v) => forms.has(v))));
      tot[g.type].g++;
      if (hit) tot[g.type].found++;
      else misses.push(`${g.type}:${g.forms[0]}`);
    }
    for (const e of a.entities) {
      const names = new Set([e.name, ...e.mentions.map((m) => m.text)].flatMap(variants));
      const ok = gold.entities.some((g) => g.type === e.type && g.forms.some((x) => variants(x).some((v) => names.has(v))));
      tot[e.type].p++;
      if (ok) tot[e.type].ok++;
      else wrong.push(`${e.type}:${e.name}`);
    }
    if (verbose) {
      console.log(`\n${f}: ${gold.entities.length} gold, ${a.entities.length} predicted`);
      if (misses.length) console.log('  missed: ' + misses.join(' | '));
      if (wrong.length) console.log('  extra:  ' + wrong.join(' | '));
    }
  }
  console.log(`\n../shared/dev (${files.length} articles): document-level names`);
  console.log('type           recall  precision  gold  predicted');
  let g = 0;
  let found = 0;
  let p = 0;
  let ok = 0;
  for (const [t, v] of Object.entries(tot)) {
    console.log(`${t.padEnd(13)} ${((100 * v.found) / Math.max(1, v.g)).toFixed(1).padStart(7)} ${((100 * v.ok) / Math.max(1, v.p)).toFixed(1).padStart(10)} ${String(v.g).padStart(5)} ${String(v.p).padStart(10)}`);
    g += v.g;
    found += v.found;
    p += v.p;
    ok += v.ok;
  }
  console.log(`${'all'.padEnd(13)} ${((100 * found) / Math.max(1, g)).toFixed(1).padStart(7)} ${((100 * ok) / Math.max(1, p)).toFixed(1).padStart(10)} ${String(g).padStart(5)} ${String(p).padStart(10)}`);
}
