/**
 * Golden articles: a few news pages written for Isnad's tests (test/fixtures/golden/*.html), each
 * with the analysis it is expected to get (`*.expected.json`): the article text read from the page
 * the way the CLI reads an HTML file (Readability, then the DOM text walk), and the whole Analysis
 * of that text. Any change to either shows as a diff of the expected file, as Readability keeps its
 * test pages. `npm run golden:update` writes the expected files anew; review the diff before
 * committing it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { articleFromHtml } from '../../src/cli/html.js';
import { analyze } from '../../src/engine/index.js';
import type { Analysis } from '../../src/engine/types.js';
import { ROOT } from './shared.js';

const GOLDEN_DIR = join(ROOT, 'test/fixtures/golden');
export const GOLDEN_UPDATE = 'npm run golden:update';

export interface Golden {
  title: string;
  text: string;
  /** The analysis without its timing (`stats.milliseconds`), which differs on every run. */
  analysis: Omit<Analysis, 'stats'> & { stats: Omit<Analysis['stats'], 'milliseconds'> };
}

export interface GoldenCase {
  name: string;
  html: string;
  expectedPath: string;
}

export function goldenCases(): GoldenCase[] {
  return readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: basename(f, '.html'), html: join(GOLDEN_DIR, f), expectedPath: join(GOLDEN_DIR, `${basename(f, '.html')}.expected.json`) }));
}

/** What the page gets today. */
export function goldenOf(htmlFile: string): Golden {
  const { title, text } = articleFromHtml(readFileSync(htmlFile, 'utf8'));
  const { stats, ...rest } = analyze(text);
  const { milliseconds: _ms, ...steady } = stats;
  return { title, text, analysis: { ...rest, stats: steady } };
}

/**
 * JSON written for reading diffs: objects indented, and every array of objects one item per
 * line, so a changed mention or quote is one changed line.
 */
export function formatGolden(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    const inner = `${indent}  `;
    if (value.every((v) => v !== null && typeof v === 'object')) return `[\n${value.map((v) => `${inner}${JSON.stringify(v)}`).join(',\n')}\n${indent}]`;
    return JSON.stringify(value);
  }
  if (value !== null && typeof value === 'object') {
    const inner = `${indent}  `;
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (!entries.length) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatGolden(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
