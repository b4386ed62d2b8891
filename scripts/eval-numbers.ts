/**
 * `npm run eval:numbers`: the numbers stage measured against other projects' test suites and the
 * project's annotated articles. Skips cleanly when ../shared is absent.
 *
 * 1. Duckling (facebook/duckling) Arabic numeral and ordinal corpora, MSA (locale AR) and
 *    Egyptian (AR_EG) reported separately. A row passes when the whole text (trimmed) is found as
 *    exactly one mention with the expected value; for the ordinal corpus the mention must also be
 *    of kind «ordinal».
 * 2. Recognizers-Text (microsoft/Recognizers-Text) Arabic NumberModel, OrdinalModel and
 *    PercentModel specs. Rows whose `not_supported` field names «dotnet» (Microsoft's own .NET
 *    implementation does not pass them) are reported apart from the rest. Matching rule: a row
 *    passes when every expected result is matched by a distinct predicted mention whose span
 *    overlaps the expected span and whose value is equal (relative tolerance 1e-6; for percentages
 *    the number before «%»), and no predicted mention is left unmatched — so a row expecting no
 *    number passes only when nothing is found. Spans are compared by overlap, not exactly, because
 *    the two projects draw the edges differently (we leave clitics and currency words out, they
 *    keep «ب» in «بألفين»). OrdinalModel and PercentModel only look at mentions of kind «ordinal» /
 *    «percent»; NumberModel at every mention except ordinals and weekday/relative-day dates (a date
 *    counts as its numeric parts, as Recognizers lists them; like the dev scorer, a part it does not
 *    list is not extra, but a date none of whose parts it lists is). Relative ordinals
 *    («التالي»، «الأخير», no numeric value) are outside the engine's scope and counted apart.
 * 3. Dev articles (../shared/dev), scored exactly as its README says, by the shared dev scorer
 *    (scripts/lib/dev-scorer.ts): value P/R/F1, value + counted noun, approximation words.
 *
 * Options: --verbose (list every failing row), --dev / --peers (one part only).
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from './lib/shared.js';
import { analyze } from '../src/engine/index.js';
import type { NumberMention } from '../src/engine/types.js';
import { loadDevSet } from './lib/dev-gold.js';
import { addTally, emptyTally, numberItems, scoreNumbers, tallyPRF } from './lib/dev-scorer.js';

const args = new Set(process.argv.slice(2));
const verbose = args.has('--verbose');
const doDev = !args.has('--peers');
const doPeers = !args.has('--dev');

const numbersOf = (text: string): NumberMention[] => analyze(text, { stages: { entities: false, quotes: false } }).numbers;
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const pct = (n: number, d: number) => (d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const describe = (ms: NumberMention[]) => ms.map((m) => `[${m.text}] ${m.kind} ${m.value}${m.to !== undefined ? `–${m.to}` : ''}`).join(' ; ') || '(nothing)';

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

if (!sharedPath()) {
  console.log('Skipped: eval:numbers needs ../shared (peers and dev), which is not present on this machine.');
  process.exit(0);
}

// ---------------------------------------------------------------- Duckling
interface DucklingRow {
  text: string;
  expected: number;
  locale: string;
}

function duckling(file: string, ordinal: boolean): void {
  const path = sharedPath('peers', 'duckling', file);
  if (!path) return console.log(`  ${file}: not present, skipped`);
  const rows = readJsonl<DucklingRow>(path);
  const byLocale = new Map<string, { pass: number; total: number; fails: string[] }>();
  for (const r of rows) {
    const s = byLocale.get(r.locale) ?? { pass: 0, total: 0, fails: [] };
    byLocale.set(r.locale, s);
    s.total++;
    const text = r.text.trim();
    const ms = numbersOf(text);
    const ok = ms.length === 1 && ms[0].start === 0 && ms[0].end === text.length && same(ms[0].value, r.expected) && (!ordinal || ms[0].kind === 'ordinal');
    if (ok) s.pass++;
    else s.fails.push(`    «${r.text}» expected ${r.expected}: ${describe(ms)}`);
  }
  for (const [loc, s] of byLocale) {
    console.log(`  ${file.padEnd(30)} ${loc.padEnd(6)} ${String(s.pass).padStart(4)} / ${String(s.total).padEnd(4)} ${pct(s.pass, s.total)}`);
    if (verbose) for (const f of s.fails) console.log(f);
  }
}

// ---------------------------------------------------------------- Recognizers-Text
interface RecognizerRow {
  input: string;
  expected: { Text: string; TypeName: string; Resolution: { value?: string }; Start?: number; End?: number }[];
  not_supported?: string;
}

function recognizers(file: string, kindFilter: (m: NumberMention) => boolean): void {
  const path = sharedPath('peers', 'recognizers', file);
  if (!path) return console.log(`  ${file}: not present, skipped`);
  const rows = readJsonl<RecognizerRow>(path);
  const groups = new Map<string, { pass: number; total: number; fails: string[] }>();
  const bump = (g: string, ok: boolean, line: string) => {
    const s = groups.get(g) ?? { pass: 0, total: 0, fails: [] };
    groups.set(g, s);
    s.total++;
    if (ok) s.pass++;
    else s.fails.push(line);
  };
  for (const r of rows) {
    const dotnetUnsupported = (r.not_supported ?? '').includes('dotnet');
    const relative = r.expected.some((e) => e.TypeName === 'ordinal.relative');
    const group = relative ? 'relative ordinals (out of scope)' : dotnetUnsupported ? 'not supported by .NET' : 'supported by .NET';
    // A date is one mention; Recognizers lists its numeric parts, as the dev gold does, and like
    // the dev scorer a part it does not list (the month of «4 مايو») is not counted as extra.
    const mentions = numbersOf(r.input).filter(kindFilter);
    const isDate = (m: NumberMention) => m.kind === 'date' && m.date?.day !== undefined;
    const predicted = mentions.flatMap((m) => (isDate(m) ? numberItems(m).map((it) => ({ ...m, value: it.value })) : [m]));
    const used = new Set<number>();
    let ok = true;
    for (const e of r.expected) {
      const start = e.Start ?? r.input.indexOf(e.Text);
      // Recognizers' End is inclusive; some rows carry a wrong Start, so fall back to the text.
      let s = start;
      if (r.input.slice(s, s + e.Text.length) !== e.Text && r.input.includes(e.Text)) s = r.input.indexOf(e.Text);
      const end = s + e.Text.length;
      const want = Number(String(e.Resolution?.value ?? '').replace('%', ''));
      const k = predicted.findIndex((m, idx) => !used.has(idx) && m.start < end && s < m.end && Number.isFinite(want) && same(m.value, want));
      if (k < 0) {
        ok = false;
        break;
      }
      used.add(k);
    }
    if (predicted.some((m, idx) => !used.has(idx) && !isDate(m))) ok = false;
    if (mentions.some((m) => isDate(m) && !predicted.some((p, idx) => used.has(idx) && p.start === m.start))) ok = false;
    const exp = r.expected.map((e) => `[${e.Text}] ${e.Resolution?.value}`).join(' ; ') || '(nothing)';
    bump(group, ok, `    «${r.input}» expected ${exp}: got ${describe(mentions)}`);
  }
  for (const [g, s] of [...groups].sort()) {
    console.log(`  ${file.padEnd(44)} ${g.padEnd(34)} ${String(s.pass).padStart(4)} / ${String(s.total).padEnd(4)} ${pct(s.pass, s.total)}`);
    if (verbose) for (const f of s.fails) console.log(f);
  }
}

if (doPeers) {
  console.log('Duckling (whole text = one number with the expected value)');
  duckling('duckling-ar-numeral.jsonl', false);
  duckling('duckling-ar-ordinal.jsonl', true);
  console.log('\nRecognizers-Text (overlapping span + equal value, nothing extra)');
  // Everything but ordinals and dates without a written day, month or year (weekdays, أمس).
  recognizers('recognizers-ar-number-NumberModel.jsonl', (m) => m.kind !== 'ordinal' && !(m.kind === 'date' && m.date?.day === undefined && m.date?.year === undefined));
  recognizers('recognizers-ar-number-OrdinalModel.jsonl', (m) => m.kind === 'ordinal');
  recognizers('recognizers-ar-number-PercentModel.jsonl', (m) => m.kind === 'percent');
}

// ---------------------------------------------------------------- dev articles
if (doDev) {
  const articles = loadDevSet();
  if (!articles) console.log('\nDev: ../shared/dev not present, skipped');
  else {
    console.log('\nDev articles, scored as ../shared/dev/README.md says (scripts/lib/dev-scorer.ts)');
    console.log('file                      gold found  counted/gold-counted  approx/gold-approx  counted-against  extra');
    const value = emptyTally();
    const withNoun = emptyTally();
    let C = 0, CG = 0, A = 0, AG = 0;
    const notes: string[] = [];
    for (const art of articles) {
      const s = scoreNumbers(art, { numbers: numbersOf(art.text) });
      addTally(value, s.detection);
      addTally(withNoun, s.withNoun);
      C += s.counted.right; CG += s.counted.total; A += s.approx.right; AG += s.approx.total;
      for (const m of s.missed) notes.push(`  ${art.name}: missed «${m}»`);
      for (const x of s.extra) notes.push(`  ${art.name}: extra «${x}»`);
      console.log(`${art.name.padEnd(25)} ${String(s.detection.gold).padStart(4)} ${String(s.detection.tpGold).padStart(5)}  ${`${s.counted.right}/${s.counted.total}`.padStart(20)}  ${`${s.approx.right}/${s.approx.total}`.padStart(18)}  ${String(s.detection.predicted).padStart(15)}  ${String(s.extra.length).padStart(5)}`);
    }
    const f = (t: ReturnType<typeof tallyPRF>) => `P ${pct(t.tp, t.predicted)} R ${pct(t.tpGold, t.gold)} F1 ${(100 * t.f1).toFixed(1)}`;
    console.log(`value        ${f(tallyPRF(value))}`);
    console.log(`value+noun   ${f(tallyPRF(withNoun))}`);
    console.log(`counted right ${pct(C, CG)} · approx right ${pct(A, AG)}`);
    if (verbose) for (const n of notes) console.log(n);
  }
}
