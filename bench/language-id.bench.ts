/**
 * Arabic or not: the content script's heuristic (src/content/language.ts) measured on texts in
 * Arabic and in the other languages written with Arabic letters, and, for comparison, the
 * language-identification package `franc` when it can be loaded (it is not a dependency: point
 * ISNAD_FRANC at its index.js, e.g. after `npm install franc` in a scratch folder).
 *
 * Texts: the samples written for the tests (test/fixtures/pages/language-samples.ts) and, when
 * ../shared is present, the development articles (real Arabic news) cut to what the content
 * script samples (3,000 characters) and to a short 400-character start. Reports accuracy on
 * "is it Arabic?" and time per sample.
 */
import { pathToFileURL } from 'node:url';
import type { BenchRow } from './lib.js';
import { devTexts } from './lib.js';
import { guessLanguage } from '../src/content/detect/sample-language.js';
import { LANGUAGE_SAMPLES } from '../test/fixtures/pages/language-samples.js';

interface Case {
  id: string;
  arabic: boolean;
  text: string;
}

/** ISO 639-3 codes franc uses for Arabic (standard and the dialects it knows). */
const FRANC_ARABIC = new Set(['arb', 'ara', 'ary', 'arz', 'apc', 'ajp', 'acm', 'aeb', 'arq', 'ars', 'afb', 'apd', 'ayl', 'acw']);

function cases(): Case[] {
  const out: Case[] = LANGUAGE_SAMPLES.map((s) => ({ id: s.id, arabic: s.language === 'arabic', text: s.text }));
  for (const { name: f, text } of devTexts()) {
    out.push({ id: `dev ${f} (3000)`, arabic: true, text: text.slice(0, 3000) });
    out.push({ id: `dev ${f} (400)`, arabic: true, text: text.slice(0, 400) });
  }
  return out;
}

function score(name: string, all: Case[], isArabic: (t: string) => boolean): BenchRow[] {
  let right = 0;
  const wrong: string[] = [];
  const t0 = performance.now();
  for (const c of all) {
    if (isArabic(c.text) === c.arabic) right++;
    else wrong.push(c.id);
  }
  const us = ((performance.now() - t0) / all.length) * 1000;
  const other = all.filter((c) => !c.arabic).length;
  return [
    { suite: 'language-id', name: `${name} accuracy`, value: right / all.length, unit: 'share', note: `${all.length} texts (${all.length - other} Arabic, ${other} not)${wrong.length ? `; wrong: ${wrong.join(', ')}` : ''}` },
    { suite: 'language-id', name: `${name} time`, value: us, unit: 'µs/text' },
  ];
}

export async function run(): Promise<BenchRow[]> {
  const all = cases();
  // Warm up, then measure.
  for (const c of all) guessLanguage(c.text);
  const rows = score('heuristic', all, (t) => guessLanguage(t).guess === 'arabic');
  const francPath = process.env.ISNAD_FRANC;
  if (!francPath) {
    console.log('  (franc not measured: set ISNAD_FRANC to its index.js to compare)');
    return rows;
  }
  const { franc } = (await import(pathToFileURL(francPath).href)) as { franc: (t: string, o?: { minLength?: number }) => string };
  for (const c of all) franc(c.text);
  return [...rows, ...score('franc', all, (t) => FRANC_ARABIC.has(franc(t, { minLength: 10 })))];
}
