/**
 * The engine's one public entry: `analyze(text) → Analysis`. Pure TypeScript, no DOM, no browser
 * API, so the same code runs in the extension's worker, in Node tests, the CLI and benchmarks.
 */
import type { Analysis, AnalyzeOptions } from './types.js';
import { ANALYSIS_VERSION } from './types.js';
import { createDoc } from './doc.js';
import type { Component } from './doc.js';
import { findNumbers } from './numbers/index.js';
import { attributedOrganizations, findEntities } from './entities/index.js';
import { findQuotes } from './quotes/index.js';

export type * from './types.js';
/** The text core's matching forms, for code outside the engine that matches words as the engine does (the reading log's search). */
export { normalizeWord, readings as cliticReadings } from './text/index.js';
export { ANALYSIS_VERSION } from './types.js';

export const DEFAULT_MAX_LENGTH = 2_000_000;

/** Share of letters that are Arabic-script, over the first few thousand characters. */
function arabicShare(text: string): number {
  let arabic = 0;
  let letters = 0;
  const limit = Math.min(text.length, 5000);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) {
      if (c >= 0x0621) {
        arabic++;
        letters++;
      }
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x0400 && c <= 0x04ff)) letters++;
  }
  return letters === 0 ? 0 : arabic / letters;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  const t0 = now();
  const warnings: string[] = [];
  let text = typeof input === 'string' ? input : '';
  if (typeof input !== 'string') warnings.push('The input was not text; nothing was analysed.');
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > max) {
    // Cut at a code-point boundary so no lone surrogate is produced.
    let cutAt = max;
    const c = text.charCodeAt(cutAt - 1);
    if (c >= 0xd800 && c <= 0xdbff) cutAt--;
    text = text.slice(0, cutAt);
    warnings.push(`The text is very long; only its first ${cutAt.toLocaleString('en')} characters were analysed.`);
  }
  if (text.trim() === '') warnings.push('There is no text to analyse.');
  else if (arabicShare(text) < 0.3) warnings.push('The text does not look like Arabic; results may be empty.');

  const doc = createDoc(text);
  const stages = options.stages ?? {};
  const pipeline: [keyof NonNullable<AnalyzeOptions['stages']>, Component][] = [
    ['numbers', (d) => findNumbers(d, { publishedAt: options.publishedAt })],
    ['entities', findEntities],
    ['quotes', findQuotes],
    // The organization a quote is attributed to always reaches the names list.
    ['entities', attributedOrganizations],
  ];
  for (const [name, component] of pipeline) if (stages[name] !== false) component(doc);

  return {
    version: ANALYSIS_VERSION,
    textLength: text.length,
    sentences: doc.sentences,
    paragraphs: doc.paragraphs,
    entities: doc.entities,
    quotes: doc.quotes,
    numbers: doc.numbers,
    ...(doc.publishedAt ? { publishedAt: doc.publishedAt } : {}),
    stats: { characters: text.length, tokens: doc.tokens.length, milliseconds: Math.round((now() - t0) * 10) / 10 },
    warnings,
  };
}
