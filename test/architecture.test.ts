/**
 * The import graph keeps one direction of flow (ARCHITECTURE.md): page → content script → worker →
 * engine → analysis → popup / highlights. The engine imports nothing of the browser or the
 * extension; inside the engine the text core and the language data sit below the stages; no
 * browser context imports another (code they share lives in src/shared/). A rule broken here is
 * an import to move, not a rule to relax.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

/** Every relative import of a file, as a path under src/ (without extension change). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) out.push(relative(SRC, resolve(dirname(file), m[1])).replace(/\.js$/, '.ts'));
  return out;
}

/** Which part of src/ a path belongs to, fine-grained inside the engine. */
function partOf(path: string): string {
  const p = path.split('/');
  if (p[0] !== 'engine') return p[0];
  if (p.length === 2) return `engine/${p[1].replace(/\.tsx?$/, '')}`;
  if (p[1] === 'lang') return 'engine/lang';
  return `engine/${p[1]}`;
}

/** Leaf modules every part may use: the schema, span search, and the script's character classes. */
const SHARED_LEAVES = ['engine/types.ts', 'engine/spans.ts', 'engine/text/charset.ts'];

/** part → the parts it may import (besides itself and the shared leaves). */
const ALLOWED: Record<string, readonly string[]> = {
  'engine/lang': [],
  'engine/text': ['engine/lang'],
  'engine/models': [],
  'engine/doc': ['engine/text'],
  'engine/numbers': ['engine/text', 'engine/lang', 'engine/doc'],
  'engine/entities': ['engine/text', 'engine/lang', 'engine/doc', 'engine/models'],
  'engine/quotes': ['engine/text', 'engine/lang', 'engine/doc'],
  'engine/index': ['engine/text', 'engine/doc', 'engine/numbers', 'engine/entities', 'engine/quotes'],
  'engine/types': [],
  'engine/spans': [],
  shared: ['engine/index'],
  background: ['shared', 'engine/index', 'engine/models'],
  content: ['shared'],
  popup: ['shared'],
  cli: ['shared', 'engine/index'],
  log: ['shared'],
};

describe('import graph', () => {
  const all = files(SRC).map((f) => relative(SRC, f));

  it('has a rule for every part of src/', () => {
    const parts = new Set(all.map(partOf));
    for (const p of parts) expect(ALLOWED[p], `no import rule for ${p}`).toBeDefined();
  });

  it('imports only downward and never across browser contexts', () => {
    const broken: string[] = [];
    for (const f of all) {
      const from = partOf(f);
      for (const target of importsOf(join(SRC, f))) {
        if (target.startsWith('..')) {
          // Outside src/, only the UI strings (_locales) may be imported.
          if (!/^\.\.\/_locales\/[\w-]+\/messages\.json$/.test(target)) broken.push(`${f} → ${target} (outside src/)`);
          continue;
        }
        const to = partOf(target);
        if (to === from || SHARED_LEAVES.includes(target) || ALLOWED[from]?.includes(to)) continue;
        broken.push(`${f} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('keeps the engine free of browser and extension APIs', () => {
    const offenders = all
      .filter((f) => f.startsWith('engine/'))
      .filter((f) => {
        const code = readFileSync(join(SRC, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$|^import .*$/gm, '');
        return /webextension-polyfill|\b(?:chrome|browser)\.(?:runtime|storage|tabs)|\b(?:document|window)\.[a-zA-Z]/.test(code);
      });
    expect(offenders).toEqual([]);
  });
});
