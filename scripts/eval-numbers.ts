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
 *    written in digits counts as its numeric parts, as Recognizers lists them). Relative ordinals
 *    («التالي»، «الأخير», no numeric value) are outside the engine's scope and counted apart.
 * 3. Dev articles (../shared/dev, format in its README): a gold number is found when a predicted
 *    number overlaps its text and has the same value (or, for a predicted range, the same upper
 *    bound); its counted noun is right when the predicted counted text contains or is contained
 *    in the gold one. Also reported: approximation words, and precision (predicted mentions that
 *    overlap a gold number), overall and without the kinds the annotators do not list (ordinals,
 *    weekdays, relative days).
 *
 * Options: --verbose (list every failing row), --dev / --peers (one part only).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from './lib/shared.js';
import { analyze } from '../src/engine/index.js';
import type { NumberMention } from '../src/engine/types.js';
import { normalizeWord } from '../src/engine/normalize.js';

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
    const predicted = numbersOf(r.input).filter(kindFilter);
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
    if (used.size !== predicted.length) ok = false;
    const exp = r.expected.map((e) => `[${e.Text}] ${e.Resolution?.value}`).join(' ; ') || '(nothing)';
    bump(group, ok, `    «${r.input}» expected ${exp}: got ${describe(predicted)}`);
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
interface GoldNumber {
  text: string;
  value: number;
  counted: string | null;
  approx: string | null;
}

if (doDev) {
  const dir = sharedPath('dev');
  if (!dir) console.log('\nDev: ../shared/dev not present, skipped');
  else {
    console.log('\nDev articles (found = overlap + same value; counted = contains / contained)');
    console.log('file                      gold found  counted/gold-counted  approx/gold-approx  predicted  overlapping');
    let G = 0, F = 0, C = 0, CG = 0, A = 0, AG = 0, P = 0, PO = 0, PL = 0, PLO = 0;
    const notes: string[] = [];
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { file: string; numbers: GoldNumber[] };
      const text = readFileSync(join(dir, gold.file), 'utf8');
      const pred = numbersOf(text);
      // Gold spans: a text listed twice is its next occurrence; a short text («1») that occurs in
      // several places is taken where a prediction with its value is, if any.
      const cursor = new Map<string, number>();
      const matches = (g: GoldNumber, at: number) =>
        pred.some((p) => p.start < at + g.text.length && at < p.end && (same(p.value, g.value) || (p.to !== undefined && same(p.to, g.value))));
      const spans = gold.numbers.map((g) => {
        const from = cursor.get(g.text) ?? 0;
        let at = text.indexOf(g.text, from);
        if (at < 0) at = text.indexOf(g.text);
        for (let x = at; x >= 0; x = text.indexOf(g.text, x + 1)) {
          if (matches(g, x)) {
            at = x;
            break;
          }
        }
        cursor.set(g.text, at + 1);
        return { g, start: at, end: at + g.text.length };
      });
      let found = 0, counted = 0, countedGold = 0, approx = 0, approxGold = 0;
      for (const { g, start, end } of spans) {
        const m = pred.find((p) => p.start < end && start < p.end && (same(p.value, g.value) || (p.to !== undefined && same(p.to, g.value))));
        if (g.counted) countedGold++;
        if (g.approx) approxGold++;
        if (!m) {
          notes.push(`  ${f}: missed «${g.text}» = ${g.value}`);
          continue;
        }
        found++;
        if (g.counted) {
          const c = m.counted?.text ?? '';
          if (c && (c.includes(g.counted) || g.counted.includes(c))) counted++;
          else notes.push(`  ${f}: «${g.text}» counted «${g.counted}», predicted «${c}»`);
        }
        if (g.approx) {
          if (m.approx && normalizeWord(m.approx).includes(normalizeWord(g.approx))) approx++;
          else notes.push(`  ${f}: «${g.text}» approx «${g.approx}», predicted «${m.approx ?? ''}»`);
        }
      }
      const overlapping = pred.filter((p) => spans.some((s) => p.start < s.end && s.start < p.end));
      const listed = pred.filter((p) => p.kind !== 'ordinal' && !(p.kind === 'date' && p.date && p.date.day === undefined));
      const listedOverlap = listed.filter((p) => spans.some((s) => p.start < s.end && s.start < p.end));
      for (const p of listed) if (!listedOverlap.includes(p)) notes.push(`  ${f}: extra [${p.text}] ${p.kind} ${p.value}`);
      console.log(`${f.padEnd(25)} ${String(gold.numbers.length).padStart(4)} ${String(found).padStart(5)}  ${`${counted}/${countedGold}`.padStart(20)}  ${`${approx}/${approxGold}`.padStart(18)}  ${String(pred.length).padStart(9)}  ${String(overlapping.length).padStart(11)}`);
      G += gold.numbers.length; F += found; C += counted; CG += countedGold; A += approx; AG += approxGold;
      P += pred.length; PO += overlapping.length; PL += listed.length; PLO += listedOverlap.length;
    }
    console.log(`${'all'.padEnd(25)} ${String(G).padStart(4)} ${String(F).padStart(5)}  ${`${C}/${CG}`.padStart(20)}  ${`${A}/${AG}`.padStart(18)}  ${String(P).padStart(9)}  ${String(PO).padStart(11)}`);
    console.log(`recall ${pct(F, G)} · counted right ${pct(C, CG)} · approx right ${pct(A, AG)} · precision ${pct(PO, P)} · precision without ordinals/weekdays/relative days ${pct(PLO, PL)}`);
    if (verbose) for (const n of notes) console.log(n);
  }
}
